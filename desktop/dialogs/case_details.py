"""The case's region of return and referral note (undoable: the page keeps `before`/`after`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.i18n import tr
from desktop.places import country_name
from planning import cases
from planning.case_file import CaseFileView
from planning.storage.store import Store


@dataclass(frozen=True)
class CaseDetails:
    region_of_return: str | None
    referral_note: str | None


def update(store: Store, case_id: int, version: int, details: CaseDetails) -> int:
    return cases.update_case(store, case_id, version, region_of_return=details.region_of_return,
                             referral_note=details.referral_note)


class CaseDetailsDialog(ServiceDialog):
    def __init__(self, store: Store, case: CaseFileView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Case details — {reference}").format(reference=case.reference), parent,
                         changes=Changes.of_case(case.id, origin=parent))
        self.store = store
        self.case = case
        self.before = CaseDetails(case.region, case.referral_note)
        self.after = self.before
        self.region = QLineEdit(case.region or "")
        self.region.setPlaceholderText(tr("Region of return in {country}").format(
            country=country_name(case.country_code, case.country_name)))
        self.note = text_box(tr("How the household came to the programme"), 90)
        self.note.setPlainText(case.referral_note or "")
        self.row(tr("Region of return"), self.region, "region_of_return")
        self.row(tr("Referral note"), self.note, "referral_note")

    def work(self) -> Callable[[], int]:
        self.after = CaseDetails(self.region.text() or None, self.note.toPlainText() or None)
        store, case_id, version, after = self.store, self.case.id, self.case.version, self.after
        return lambda: update(store, case_id, version, after)
