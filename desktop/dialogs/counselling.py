"""Recording a counselling session: who was there, in which language, what was explained, the outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.fields import CheckGroup, DateField, EnumBox, LanguageBox
from desktop.i18n import tr
from desktop.labels import in_sentence, label
from planning import counselling
from planning.case_file import CaseFileView
from planning.errors import ValidationError
from planning.storage.store import Store
from planning.vocabulary import CounsellingOutcome, CounsellingTopic


def text_box(placeholder: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class SessionDialog(ServiceDialog):
    def __init__(self, store: Store, case: CaseFileView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Counselling session — {reference}").format(reference=case.reference), parent,
                         intro=tr("Record what was explained, what the household said they need, and the outcome."),
                         changes=Changes.of_case(case.id, origin=parent))
        self.store = store
        self.setMinimumWidth(720)
        self.case = case
        last = case.sessions[-1] if case.sessions else None
        self.held_on = DateField(store.today())
        self.counsellor = QLineEdit(last.counsellor if last else store.actor.username)
        self.language = LanguageBox(last.language if last else (case.members[0].preferred_language
                                                                if case.members else None))
        self.interpreter = QLineEdit(last.interpreter or "" if last else "")
        self.interpreter.setPlaceholderText(tr("Name, if an interpreter took part"))
        self.topics: CheckGroup[CounsellingTopic] = CheckGroup([(t, label(t)) for t in CounsellingTopic])
        self.outcome = EnumBox(list(CounsellingOutcome), CounsellingOutcome.CONTINUE)
        self.participants: CheckGroup[int] = CheckGroup([(m.id, f"{m.name} ({in_sentence(m.relationship)})")
                                        for m in case.members])
        self.participants.set_checked(m.id for m in case.members)
        self.needs = text_box(tr("Needs of the individual and the family"))
        self.notes = text_box(tr("Anything else worth keeping"))
        self.row(tr("Held on"), self.held_on, "held_on")
        self.row(tr("Counsellor"), self.counsellor, "counsellor")
        self.row(tr("Language"), self.language, "language")
        self.row(tr("Interpreter"), self.interpreter, "interpreter")
        self.row(tr("Options explained"), self.topics, "topics")
        self.row(tr("Participants"), self.participants, "participants")
        self.row(tr("Outcome"), self.outcome, "outcome")
        self.row(tr("Needs"), self.needs, "needs")
        self.row(tr("Notes"), self.notes, "notes", "case")

    def work(self) -> Callable[[], int]:
        if not self.participants.checked():
            raise ValidationError("participants", "choice.participant")
        draft = counselling.SessionDraft(
            held_on=self.held_on.value(), counsellor=self.counsellor.text(), language=self.language.code(),
            topics=self.topics.checked(), outcome=self.outcome.value(),
            participant_ids=self.participants.checked(), interpreter=self.interpreter.text() or None,
            needs=self.needs.toPlainText() or None, notes=self.notes.toPlainText() or None,
        )
        store, case_id = self.store, self.case.id
        return lambda: counselling.record_session(store, case_id, draft)
