"""Unaccompanied minors (S1): the best-interests determination and the confirmed reception arrangement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox
from desktop.i18n import tr
from desktop.labels import day
from planning import minors
from planning.case_file import DeterminationView, MemberView
from planning.storage.store import Store
from planning.vocabulary import BestInterestsOutcome


class DeterminationDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Best-interests determination — {name}").format(name=member.name), parent,
                         save_text=tr("Record determination"),
                         intro=tr("An unaccompanied minor returns only if a best-interests determination finds "
                                  "return in the child's interests and a reception arrangement is confirmed."),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        self.decided_on = DateField(store.today())
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(tr("Panel or officer who decided"))
        self.outcome = EnumBox(list(BestInterestsOutcome))
        self.arrangement = text_box(tr("Who will receive the child on arrival (optional here)"))
        self.row(tr("Decided on"), self.decided_on, "decided_on")
        self.row(tr("Decided by"), self.decided_by, "decided_by")
        self.row(tr("Outcome"), self.outcome, "outcome")
        self.row(tr("Reception"), self.arrangement, "reception_arrangement")

    def work(self) -> Callable[[], int]:
        draft = minors.DeterminationDraft(decided_on=self.decided_on.value(), decided_by=self.decided_by.text(),
                                          outcome=self.outcome.value(),
                                          reception_arrangement=self.arrangement.toPlainText() or None)
        store, person_id = self.store, self.member.id
        return lambda: minors.record_determination(store, person_id, draft)


class ReceptionDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, determination: DeterminationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Confirm reception arrangement"), parent, save_text=tr("Confirm reception"),
                         intro=tr("Determination of {date} by {decided_by}.").format(
                             date=day(determination.decided_on), decided_by=determination.decided_by),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.determination = determination
        self.confirmed_on = DateField(store.today())
        self.arrangement = text_box(tr("Who receives the child, where, and how it was confirmed"), 90)
        self.arrangement.setPlainText(determination.reception_arrangement or "")
        self.row(tr("Confirmed on"), self.confirmed_on, "confirmed_on")
        self.row(tr("Arrangement"), self.arrangement, "reception_arrangement")

    def work(self) -> Callable[[], int]:
        store, d = self.store, self.determination
        on, text = self.confirmed_on.value(), self.arrangement.toPlainText()
        return lambda: minors.confirm_reception(store, d.id, d.version, on, text)
