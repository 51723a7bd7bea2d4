"""Unaccompanied minors (S1): the best-interests determination and the confirmed reception arrangement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox
from planning import minors
from planning.case_file import DeterminationView, MemberView
from planning.storage.store import Store
from planning.vocabulary import BestInterestsOutcome


class DeterminationDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(f"Best-interests determination — {member.name}", parent, save_text="Record determination",
                         intro="An unaccompanied minor returns only if a best-interests determination finds "
                               "return in the child's interests and a reception arrangement is confirmed.",
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        self.decided_on = DateField(store.today())
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText("Panel or officer who decided")
        self.outcome = EnumBox(list(BestInterestsOutcome))
        self.arrangement = text_box("Who will receive the child on arrival (optional here)")
        self.row("Decided on", self.decided_on, "decided_on")
        self.row("Decided by", self.decided_by, "decided_by")
        self.row("Outcome", self.outcome, "outcome")
        self.row("Reception", self.arrangement, "reception_arrangement")

    def work(self) -> Callable[[], int]:
        draft = minors.DeterminationDraft(decided_on=self.decided_on.value(), decided_by=self.decided_by.text(),
                                          outcome=self.outcome.value(),
                                          reception_arrangement=self.arrangement.toPlainText() or None)
        store, person_id = self.store, self.member.id
        return lambda: minors.record_determination(store, person_id, draft)


class ReceptionDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, determination: DeterminationView,
                 parent: QWidget | None = None) -> None:
        super().__init__("Confirm reception arrangement", parent, save_text="Confirm reception",
                         intro=f"Determination of {determination.decided_on} by {determination.decided_by}.",
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.determination = determination
        self.confirmed_on = DateField(store.today())
        self.arrangement = text_box("Who receives the child, where, and how it was confirmed", 90)
        self.arrangement.setPlainText(determination.reception_arrangement or "")
        self.row("Confirmed on", self.confirmed_on, "confirmed_on")
        self.row("Arrangement", self.arrangement, "reception_arrangement")

    def work(self) -> Callable[[], int]:
        store, d = self.store, self.determination
        on, text = self.confirmed_on.value(), self.arrangement.toPlainText()
        return lambda: minors.confirm_reception(store, d.id, d.version, on, text)
