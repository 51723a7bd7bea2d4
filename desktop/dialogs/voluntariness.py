"""Recording a person's will: declaration, reconfirmation, refusal, withdrawal — and that force would be needed.

These records are append-only: the dialogs say so, and nothing here edits or removes one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import CheckGroup, DateField, LanguageBox
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import label
from planning import voluntariness
from planning.case_file import CaseFileView, MemberView
from planning.storage.store import Store
from planning.vocabulary import CounsellingTopic, VoluntarinessKind

APPEND_ONLY = QT_TR_NOOP("Once saved, this record cannot be edited or deleted; a later record can only add to it.")

_TITLES = {
    VoluntarinessKind.DECLARED: QT_TR_NOOP("Record declaration"),
    VoluntarinessKind.RECONFIRMED: QT_TR_NOOP("Record reconfirmation"),
    VoluntarinessKind.REFUSED: QT_TR_NOOP("Record refusal"),
    VoluntarinessKind.WITHDRAWN: QT_TR_NOOP("Record withdrawal"),
}
_INTROS = {
    VoluntarinessKind.DECLARED: QT_TR_NOOP("{name} decides, after counselling, to return. An informed decision "
                                           "records the counsellor, the language used and what was explained — "
                                           "including that they may change their mind at any time."),
    VoluntarinessKind.RECONFIRMED: QT_TR_NOOP("{name} confirms again that they want to return."),
    VoluntarinessKind.REFUSED: QT_TR_NOOP("{name} refuses or disagrees. <b>The whole household is taken out of "
                                          "every planned movement at once and the case goes back to "
                                          "counselling.</b>"),
    VoluntarinessKind.WITHDRAWN: QT_TR_NOOP("{name} withdraws their decision. <b>The whole household is taken out "
                                            "of every planned movement at once and the case goes back to "
                                            "counselling.</b>"),
}


class ExpressionDialog(ServiceDialog):
    """Declared, reconfirmed, refused or withdrawn."""

    def __init__(self, store: Store, case: CaseFileView, member: MemberView, kind: VoluntarinessKind,
                 parent: QWidget | None = None) -> None:
        intro = tr(_INTROS[kind]).format(name=member.name) + f"<br><i>{tr(APPEND_ONLY)}</i>"
        super().__init__(tr("{action} — {name}").format(action=tr(_TITLES[kind]), name=member.name), parent,
                         intro=intro, save_text=tr(_TITLES[kind]),
                         changes=Changes.of_case(case.id, origin=parent))
        self.store = store
        self.setMinimumWidth(720)
        self.member = member
        self.kind = kind
        last = case.sessions[-1] if case.sessions else None
        self.occurred_on = DateField(store.today())
        self.counsellor = QLineEdit(last.counsellor if last else "")
        self.language = LanguageBox(last.language if last else member.preferred_language)
        self.interpreter = QLineEdit(last.interpreter or "" if last else "")
        self.information: CheckGroup[CounsellingTopic] = CheckGroup([(t, label(t)) for t in CounsellingTopic])
        self.statement = text_box(tr("What the person said, in their words") if kind is not VoluntarinessKind.DECLARED
                                  else tr("Optional: the person's own words"))
        self.row(tr("Date"), self.occurred_on, "occurred_on")
        self.row(tr("Counsellor"), self.counsellor, "counsellor")
        self.row(tr("Language"), self.language, "language")
        self.row(tr("Interpreter"), self.interpreter, "interpreter")
        if kind is VoluntarinessKind.DECLARED:
            self.row(tr("Information given"), self.information, "information_given")
        self.row(tr("Statement"), self.statement, "statement", "kind", "movement")

    def work(self) -> Callable[[], voluntariness.Recorded]:
        expression = voluntariness.Expression(
            kind=self.kind, occurred_on=self.occurred_on.value(), counsellor=self.counsellor.text() or None,
            language=self.language.code() or None, interpreter=self.interpreter.text() or None,
            information_given=self.information.checked() if self.kind is VoluntarinessKind.DECLARED else (),
            statement=self.statement.toPlainText() or None,
        )
        store, person_id = self.store, self.member.id
        return lambda: voluntariness.record(store, person_id, expression)


class ForceNeededDialog(ServiceDialog):
    """Force would be needed to move someone (S3): the organisation's involvement ends for good."""

    def __init__(self, store: Store, case: CaseFileView, member: MemberView, parent: QWidget | None = None) -> None:
        intro = (
            "<p><b style='color:#8c1d18'>"
            + tr("This ends the organisation's involvement in {reference} for good.").format(reference=case.reference)
            + "</b></p><p>"
            + tr("Homeward never supports a deportation. If physical force would be needed to move {name}, the "
                 "whole household is taken out of every movement, the case is closed as <i>involvement ended</i>, "
                 "it can never be scheduled again and no travel document can be printed for it.").format(
                name=member.name)
            + "</p><p>" + tr("<b>This cannot be undone</b> — not by you, not by an administrator.") + "</p>"
        )
        super().__init__(tr("Force would be needed — {name}").format(name=member.name), parent, intro=intro,
                         save_text=tr("End involvement for good"), changes=Changes.of_case(case.id, origin=parent))
        self.store = store
        self.member = member
        self.occurred_on = DateField(store.today())
        self.counsellor = QLineEdit()
        self.counsellor.setPlaceholderText(tr("Who witnessed it"))
        self.statement = text_box(tr("What happened: why force would be needed"), 90)
        self.confirm = QCheckBox(tr("I confirm force would be needed, and that this ends the case for good"))
        self.confirm.setStyleSheet("font-weight: 600;")
        self.row(tr("Date"), self.occurred_on, "occurred_on")
        self.row(tr("Witnessed by"), self.counsellor, "counsellor")
        self.row(tr("Statement"), self.statement, "statement")
        self.row("", self.confirm, "confirmed", "kind")
        self.save_button.setStyleSheet("QPushButton:enabled { background: #b3261e; color: white; "
                                       "padding: 4px 12px; border-radius: 3px; }")
        self.confirm.toggled.connect(self.refresh_save)
        self.statement.textChanged.connect(self.refresh_save)
        self.save_button.setDefault(False)
        self.buttons.button(self.buttons.StandardButton.Cancel).setDefault(True)
        self.refresh_save()

    def can_save(self) -> bool:
        return self.confirm.isChecked() and bool(self.statement.toPlainText().strip())

    def work(self) -> Callable[[], voluntariness.Recorded]:
        expression = voluntariness.Expression(
            kind=VoluntarinessKind.FORCE_NEEDED, occurred_on=self.occurred_on.value(),
            counsellor=self.counsellor.text() or None, statement=self.statement.toPlainText(),
            confirmed=self.confirm.isChecked(),
        )
        store, person_id = self.store, self.member.id
        return lambda: voluntariness.record(store, person_id, expression)
