"""The voluntariness timeline per person (S1–S3): append-only events and the actions that add one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.voluntariness import ExpressionDialog, ForceNeededDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label, stored_label
from desktop.pages.case_file_common import AMBER, GREEN, RED, ActionButton, Card, Host, Locks, heading, hint
from planning.case_file import CaseFileView, EventView, MemberView
from planning.readiness.rules.s1_voluntariness import NEGATIVE, POSITIVE
from planning.vocabulary import CounsellingTopic, VoluntarinessKind

COLOURS = {VoluntarinessKind.DECLARED: GREEN, VoluntarinessKind.RECONFIRMED: GREEN,
           VoluntarinessKind.REFUSED: AMBER, VoluntarinessKind.WITHDRAWN: AMBER,
           VoluntarinessKind.FORCE_NEEDED: RED}
SYMBOLS = {VoluntarinessKind.DECLARED: "✔", VoluntarinessKind.RECONFIRMED: "✔", VoluntarinessKind.REFUSED: "✘",
           VoluntarinessKind.WITHDRAWN: "↩", VoluntarinessKind.FORCE_NEEDED: "⚠"}


#: The last expression of will, in a few words (marked here, translated where shown).
SHORT = {VoluntarinessKind.DECLARED: QT_TR_NOOP("declared {date}"),
         VoluntarinessKind.RECONFIRMED: QT_TR_NOOP("reconfirmed {date}"),
         VoluntarinessKind.REFUSED: QT_TR_NOOP("refused {date}"),
         VoluntarinessKind.WITHDRAWN: QT_TR_NOOP("withdrew {date}"),
         VoluntarinessKind.FORCE_NEEDED: QT_TR_NOOP("force needed {date}")}


def current_will(member: MemberView, case: CaseFileView | None = None) -> str:
    """One line: where the person's will stands (derived from the events, never stored)."""
    if not member.events:
        guardian = next((m for m in case.members if m.id == member.guardian_id), None) if case else None
        return (tr("on {guardian}'s decision").format(guardian=guardian.given_names) if guardian
                else tr("no decision recorded"))
    last = member.events[-1]
    return tr(SHORT[last.kind]).format(date=day(last.occurred_on))


def has_current_declaration(member: MemberView) -> bool:
    kinds = [e.kind for e in member.events]
    declared = [i for i, k in enumerate(kinds) if k is VoluntarinessKind.DECLARED]
    negative = [i for i, k in enumerate(kinds) if k in NEGATIVE]
    return bool(declared) and not (negative and negative[-1] > declared[-1])


class TimelinePanel(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.people = QListWidget()
        self.people.setFixedWidth(180)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setSpacing(2)
        self.declare = ActionButton(tr("Record declaration…"), tr("The person decides, after counselling, to return"))
        self.reconfirm = ActionButton(tr("Reconfirm…"),
                                      tr("The person confirms the decision again (e.g. before travel)"))
        self.refuse = ActionButton(tr("Record refusal…"), tr("The person refuses or disagrees: the household leaves "
                                                             "every planned movement and goes back to counselling"))
        self.withdraw = ActionButton(tr("Record withdrawal…"), tr("The person withdraws the decision: the household "
                                                                  "leaves every planned movement and goes back to "
                                                                  "counselling"))
        self.force = ActionButton(tr("Force would be needed…"), tr("Physical force would be needed to move the "
                                                                   "person: ends the organisation's involvement for "
                                                                   "good"))
        self.force.setObjectName("dangerButton")
        # Two rows, so the page still fits a 1366-pixel laptop screen.
        actions = QGridLayout()
        actions.addWidget(self.declare, 0, 0)
        actions.addWidget(self.reconfirm, 0, 1)
        actions.addWidget(self.force, 0, 3)
        actions.addWidget(self.refuse, 1, 0)
        actions.addWidget(self.withdraw, 1, 1)
        actions.setColumnStretch(2, 1)
        self.events_box = QWidget()
        self.events_layout = QVBoxLayout(self.events_box)
        self.events_layout.setContentsMargins(0, 0, 4, 0)
        self.events_layout.setSpacing(6)
        self.events_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.events_box)
        self.person_title = heading("")
        right = QVBoxLayout()
        right.addWidget(self.person_title)
        right.addLayout(actions)
        right.addWidget(hint("<i>" + tr("Voluntariness records are append-only: they cannot be edited, deleted or "
                                        "undone. A change of mind is recorded as a new event.") + "</i>"))
        right.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.people)
        layout.addLayout(right, 1)
        self.people.currentRowChanged.connect(lambda _row: self._show_person())
        self.declare.clicked.connect(lambda: self._express(VoluntarinessKind.DECLARED))
        self.reconfirm.clicked.connect(lambda: self._express(VoluntarinessKind.RECONFIRMED))
        self.refuse.clicked.connect(lambda: self._express(VoluntarinessKind.REFUSED))
        self.withdraw.clicked.connect(lambda: self._express(VoluntarinessKind.WITHDRAWN))
        self.force.clicked.connect(self._force)

    def show_case(self, case: CaseFileView) -> None:
        current = self.selected_member()
        row = [m.id for m in case.members].index(current.id) if current and current in case.members else 0
        keep = self.people.blockSignals(True)
        self.people.clear()
        for m in case.members:
            item = QListWidgetItem(f"{m.name}\n{current_will(m, case)}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            colour = COLOURS[m.events[-1].kind] if m.events else "#5f6368"
            item.setToolTip(f"{m.name}: {current_will(m, case)}")
            item.setData(Qt.ItemDataRole.DecorationRole, _dot(colour))
            self.people.addItem(item)
        self.people.blockSignals(keep)
        self.people.setCurrentRow(row if case.members else -1)
        self._show_person()

    def select_member(self, person_id: int) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(row)

    def selected_member(self) -> MemberView | None:
        item = self.people.currentItem()
        view = self.host.view
        if item is None or view is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in view.members if m.id == key), None)

    def _show_person(self) -> None:
        member, view = self.selected_member(), self.host.view
        while self.events_layout.count() > 1:
            taken = self.events_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if member is None or view is None:
            self.person_title.setText("")
            for button in (self.declare, self.reconfirm, self.refuse, self.withdraw, self.force):
                button.allow(tr("Select a person first"))
            return
        self.person_title.setText(f"{member.name} — {current_will(member, view)}")
        for i, event in enumerate(member.events):
            self.events_layout.insertWidget(i, event_card(event))
        if not member.events:
            self.events_layout.insertWidget(0, hint(tr("No expression of will recorded yet. Counsel the household, "
                                                       "then record the person's informed declaration.")))
        locks = Locks.of(view)
        self.declare.allow(locks.positive)
        no_declaration = None if has_current_declaration(member) else \
            tr("{name} has no current declaration to reconfirm").format(name=member.name)
        self.reconfirm.allow(locks.positive or no_declaration)
        self.refuse.allow(locks.will)
        self.withdraw.allow(locks.will)
        self.force.allow(locks.will)

    def _express(self, kind: VoluntarinessKind) -> None:
        member, view = self.selected_member(), self.host.view
        if member is None or view is None:
            return
        dialog = ExpressionDialog(self.host.store, view, member, kind, self)
        if kind in NEGATIVE:
            dialog.saved.connect(lambda recorded: self.host.notify(_after_refusal(member.name, kind, recorded), AMBER))
        self.host.open_dialog(dialog)

    def _force(self) -> None:
        member, view = self.selected_member(), self.host.view
        if member is None or view is None:
            return
        dialog = ForceNeededDialog(self.host.store, view, member, self)
        dialog.saved.connect(lambda _r: self.host.notify(
            tr("Recorded that force would be needed to move {name}. The organisation's involvement in {reference} "
               "has ended for good.").format(name=member.name, reference=view.reference), RED))
        self.host.open_dialog(dialog)


def _after_refusal(name: str, kind: VoluntarinessKind, recorded: object) -> str:
    cancelled = len(getattr(recorded, "cancelled_bookings", ()))
    what = (tr("{name}'s refusal recorded.") if kind is VoluntarinessKind.REFUSED
            else tr("{name}'s withdrawal recorded.")).format(name=name)
    status = getattr(recorded, "case_status", None)
    if cancelled:
        moved = (tr("The household was taken out of %n planned movement(s); the case is back in counselling "
                    "({status}).", None, cancelled) if status is not None
                 else tr("The household was taken out of %n planned movement(s).", None, cancelled))
    else:
        moved = (tr("No movement was planned for the household; the case is back in counselling ({status}).")
                 if status is not None else tr("No movement was planned for the household."))
    if status is not None:
        moved = moved.format(status=in_sentence(status))
    return f"{what} {moved}"


def event_card(event: EventView) -> Card:
    colour = COLOURS[event.kind]
    card = Card(colour)
    card.line(f"<span style='color:{colour}; font-size:12pt'>{SYMBOLS[event.kind]}</span>&nbsp; "
              f"<b>{escape(label(event.kind))}</b> <span style='color:#5f6368'>· {day(event.occurred_on)}</span>")
    details = [tr("Counsellor {name}").format(name=escape(event.counsellor)) if event.counsellor else None,
               tr("language {language}").format(language=escape(event.language)) if event.language else None,
               tr("interpreter {name}").format(name=escape(event.interpreter)) if event.interpreter else None,
               tr("recorded by {name}").format(name=escape(event.recorded_by))]
    card.line(" · ".join(d for d in details if d), "color:#3c4043")
    if event.information_given:
        card.line(tr("Information given: {topics}").format(
            topics=escape(", ".join(stored_label(CounsellingTopic, t) for t in event.information_given))),
            "color:#3c4043")
    if event.statement:
        card.line(tr("<i>“{statement}”</i>").format(statement=escape(event.statement)))
    if event.kind in POSITIVE:
        card.setToolTip(tr("A voluntary decision to return"))
    return card


def _dot(colour: str) -> QPixmap:
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(colour))
    return pixmap
