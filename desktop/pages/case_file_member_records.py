"""One member's records on the case file: vulnerabilities, travel documents, clearances, best interests."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QTableWidget, QVBoxLayout, QWidget

from desktop.changes import Changes
from desktop.dialogs.members import EndVulnerabilityDialog, VulnerabilityDialog
from desktop.dialogs.minors import DeterminationDialog, ReceptionDialog
from desktop.dialogs.travel import ClearanceDialog, DocumentDialog
from desktop.i18n import tr
from desktop.labels import day, in_sentence, label
from desktop.ops import run_op
from desktop.pages.case_file_common import ActionButton, Host, fill, selected_key, table
from planning import travel
from planning.case_file import MemberView
from planning.vocabulary import TravelDocumentStatus, VulnerabilityKind


def _box(title: str, widget: QTableWidget, *buttons: ActionButton) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return box


class MemberRecords(QWidget):
    """The boxes under the members table, for the selected member."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.member: MemberView | None = None
        self.vulnerabilities = table((tr("Vulnerability"), tr("Noted"), tr("Ended"), tr("Details")), stretch=3)
        self.add_vulnerability = ActionButton(tr("Add…"), tr("Note a vulnerability of this member"))
        self.end_vulnerability = ActionButton(tr("End…"),
                                              tr("Record that the selected vulnerability no longer applies"))
        self.documents = table((tr("Document"), tr("Number"), tr("Issuer"), tr("Valid until"), tr("Status")),
                               stretch=1)
        self.add_document = ActionButton(tr("Add…"), tr("Record a passport or emergency travel document"))
        self.mark_cancelled = ActionButton(tr("Mark cancelled"), tr("The selected document was cancelled"))
        self.mark_lost = ActionButton(tr("Mark lost"), tr("The selected document was lost"))
        self.clearances = table((tr("Assessed"), tr("By"), tr("Result"), tr("Valid until"), tr("Conditions")),
                                stretch=4)
        self.add_clearance = ActionButton(tr("Add…"), tr("Record a fit-to-travel assessment"))
        self.determinations = table((tr("Decided", "date"), tr("By"), tr("Outcome"), tr("Reception confirmed")),
                                    stretch=2)
        self.add_determination = ActionButton(tr("Record…"), tr("Record a best-interests determination"))
        self.confirm_reception = ActionButton(tr("Confirm reception…"),
                                              tr("Record that the reception arrangement is confirmed"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_box(tr("Vulnerabilities"), self.vulnerabilities, self.add_vulnerability,
                            self.end_vulnerability))
        left.addWidget(_box(tr("Fit to travel"), self.clearances, self.add_clearance))
        right.addWidget(_box(tr("Travel documents"), self.documents, self.add_document, self.mark_cancelled,
                             self.mark_lost))
        self.minor_box = _box(tr("Best interests (unaccompanied minor)"), self.determinations,
                              self.add_determination, self.confirm_reception)
        self.minor_note = QLabel()
        self.minor_note.setObjectName("hint")
        self.minor_note.setWordWrap(True)
        right.addWidget(self.minor_box)
        right.addWidget(self.minor_note)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.add_vulnerability.clicked.connect(self._add_vulnerability)
        self.end_vulnerability.clicked.connect(self._end_vulnerability)
        self.add_document.clicked.connect(self._add_document)
        self.mark_cancelled.clicked.connect(lambda: self._set_status(TravelDocumentStatus.CANCELLED))
        self.mark_lost.clicked.connect(lambda: self._set_status(TravelDocumentStatus.LOST))
        self.add_clearance.clicked.connect(self._add_clearance)
        self.add_determination.clicked.connect(self._add_determination)
        self.confirm_reception.clicked.connect(self._confirm_reception)
        for widget in (self.vulnerabilities, self.documents, self.determinations):
            widget.itemSelectionChanged.connect(self._update_actions)

    def show_member(self, member: MemberView | None, today: date) -> None:
        self.member = member
        self.setEnabled(member is not None)
        if member is None:
            for widget in (self.vulnerabilities, self.documents, self.clearances, self.determinations):
                widget.setRowCount(0)
            return
        fill(self.vulnerabilities, [(label(v.kind), day(v.noted_on), day(v.ended_on, "—"), v.details or "")
                                    for v in member.vulnerabilities], [v.id for v in member.vulnerabilities])
        fill(self.documents, [(label(d.kind), d.number, d.issuing_country, day(d.valid_until),
                               _document_state(d.status, d.valid_until, today)) for d in member.documents],
             [d.id for d in member.documents])
        fill(self.clearances, [(day(c.assessed_on), c.assessed_by, tr("Fit") if c.fit else tr("Not fit"),
                                day(c.valid_until), c.conditions or "") for c in member.clearances],
             [c.id for c in member.clearances])
        fill(self.determinations, [(day(b.decided_on), b.decided_by, label(b.outcome),
                                    day(b.reception_confirmed_on, tr("Not yet"))) for b in member.determinations],
             [b.id for b in member.determinations])
        unaccompanied = any(v.kind is VulnerabilityKind.UNACCOMPANIED_MINOR and v.ended_on is None
                            for v in member.vulnerabilities)
        minor = member.age_on(today) < 18
        self.minor_box.setVisible(unaccompanied or bool(member.determinations))
        guardian = next((m.name for m in self.host.view.members if m.id == member.guardian_id), None) \
            if self.host.view and member.guardian_id else None
        self.minor_note.setVisible(minor and not self.minor_box.isVisible())
        self.minor_note.setText(tr("{name} is a minor travelling on the decision of {guardian}.")
                                .format(name=member.name, guardian=guardian)
                                if guardian else tr("{name} is a minor.").format(name=member.name))
        self._update_actions()

    def _update_actions(self) -> None:
        member = self.member
        vulnerability = next((v for v in member.vulnerabilities if v.id == selected_key(self.vulnerabilities)),
                             None) if member else None
        self.end_vulnerability.allow(None if vulnerability and vulnerability.ended_on is None
                                     else tr("Select a current vulnerability first"))
        document = next((d for d in member.documents if d.id == selected_key(self.documents)), None) \
            if member else None
        ok = document is not None and document.status is TravelDocumentStatus.VALID
        self.mark_cancelled.allow(None if ok else tr("Select a valid document first"))
        self.mark_lost.allow(None if ok else tr("Select a valid document first"))
        determination = next((b for b in member.determinations if b.id == selected_key(self.determinations)),
                             None) if member else None
        self.confirm_reception.allow(None if determination and determination.reception_confirmed_on is None
                                     else tr("Select a determination whose reception is not yet confirmed"))

    def _case_id(self) -> int:
        assert self.host.view is not None
        return self.host.view.id

    def _add_vulnerability(self) -> None:
        if self.member:
            self.host.open_dialog(VulnerabilityDialog(self.host.store, self._case_id(), self.member, self))

    def _end_vulnerability(self) -> None:
        key = selected_key(self.vulnerabilities)
        found = next((v for v in self.member.vulnerabilities if v.id == key), None) if self.member else None
        if found:
            self.host.open_dialog(EndVulnerabilityDialog(self.host.store, self._case_id(), found, self))

    def _add_document(self) -> None:
        if self.member:
            self.host.open_dialog(DocumentDialog(self.host.store, self._case_id(), self.member, self))

    def _set_status(self, status: TravelDocumentStatus) -> None:
        key = selected_key(self.documents)
        document = next((d for d in self.member.documents if d.id == key), None) if self.member else None
        if document is None:
            return
        store, case_id = self.host.store, self._case_id()
        run_op(self, lambda: travel.set_document_status(store, document.id, document.version, status),
               changes=Changes.of_case(case_id, origin=self),
               on_success=lambda _v: self.host.notify(_marked(label(document.kind), document.number, status)))

    def _add_clearance(self) -> None:
        if self.member:
            self.host.open_dialog(ClearanceDialog(self.host.store, self._case_id(), self.member, self))

    def _add_determination(self) -> None:
        if self.member:
            self.host.open_dialog(DeterminationDialog(self.host.store, self._case_id(), self.member, self))

    def _confirm_reception(self) -> None:
        key = selected_key(self.determinations)
        found = next((b for b in self.member.determinations if b.id == key), None) if self.member else None
        if found:
            self.host.open_dialog(ReceptionDialog(self.host.store, self._case_id(), found, self))


def _marked(kind: str, number: str, status: TravelDocumentStatus) -> str:
    if status is TravelDocumentStatus.CANCELLED:
        return tr("{document} {number} marked cancelled.").format(document=kind, number=number)
    if status is TravelDocumentStatus.LOST:
        return tr("{document} {number} marked lost.").format(document=kind, number=number)
    return tr("{document} {number} marked {status}.").format(document=kind, number=number,
                                                           status=in_sentence(status))


def _document_state(status: TravelDocumentStatus, valid_until: date, today: date) -> str:
    if status is not TravelDocumentStatus.VALID:
        return label(status)
    return tr("Expired", "travel document") if valid_until < today else tr("Valid", "travel document")
