"""Travel documents and fit-to-travel clearances (S10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox
from desktop.i18n import tr
from planning import travel
from planning.case_file import MemberView
from planning.storage.store import Store
from planning.vocabulary import TravelDocumentKind


class DocumentDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add travel document — {name}").format(name=member.name), parent,
                         save_text=tr("Add document"),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        today = store.today()
        self.kind = EnumBox(list(TravelDocumentKind))
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("As printed on the document"))
        self.issuing_country = QLineEdit(member.nationality)
        self.issuing_country.setPlaceholderText(tr("ISO code (GEO) or name"))
        self.issued_on = DateField(today)
        self.valid_until = DateField(today + timedelta(days=365))
        self.row(tr("Kind"), self.kind, "kind")
        self.row(tr("Number"), self.number, "number")
        self.row(tr("Issuing country"), self.issuing_country, "issuing_country")
        self.row(tr("Issued on"), self.issued_on, "issued_on")
        self.row(tr("Valid until"), self.valid_until, "valid_until")

    def work(self) -> Callable[[], int]:
        draft = travel.DocumentDraft(kind=self.kind.value(), number=self.number.text(),
                                     issuing_country=self.issuing_country.text(),
                                     issued_on=self.issued_on.value(), valid_until=self.valid_until.value())
        store, person_id = self.store, self.member.id
        return lambda: travel.add_document(store, person_id, draft)


class ClearanceDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add fit-to-travel clearance — {name}").format(name=member.name), parent,
                         save_text=tr("Add clearance"),
                         intro=tr("A medical assessment of whether the person can travel, and until when."),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        today = store.today()
        self.assessed_on = DateField(today)
        self.assessed_by = QLineEdit()
        self.assessed_by.setPlaceholderText(tr("Doctor or clinic"))
        self.fit = QCheckBox(tr("Fit to travel"))
        self.fit.setChecked(True)
        self.valid_until = DateField(today + timedelta(days=30))
        self.conditions = text_box(tr("e.g. wheelchair at transit, oxygen on board"))
        self.row(tr("Assessed on"), self.assessed_on, "assessed_on")
        self.row(tr("Assessed by"), self.assessed_by, "assessed_by")
        self.row(tr("Result"), self.fit, "fit")
        self.row(tr("Valid until"), self.valid_until, "valid_until")
        self.row(tr("Conditions"), self.conditions, "conditions")

    def work(self) -> Callable[[], int]:
        draft = travel.ClearanceDraft(assessed_on=self.assessed_on.value(), assessed_by=self.assessed_by.text(),
                                      fit=self.fit.isChecked(), valid_until=self.valid_until.value(),
                                      conditions=self.conditions.toPlainText() or None)
        store, person_id = self.store, self.member.id
        return lambda: travel.add_clearance(store, person_id, draft)
