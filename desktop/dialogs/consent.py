"""Consent and sharing for one person: lawful bases per purpose, and the register of transfers.

Reached from the case file ("Consent and sharing…" by the member's name). Recording a basis,
withdrawing it and registering a transfer each run one audited service call; the service refuses a
transfer that no consent or other basis covers, and the refusal is shown in the share dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import CheckGroup, DateField, EnumBox
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from desktop.ops import run_query
from desktop.service_text import error_text
from planning.data_protection import consent
from planning.data_protection.consent import SHAREABLE, ConsentView, PersonRecords
from planning.storage.store import Store
from planning.vocabulary import LegalBasis

BASIS_HELP = QT_TR_NOOP("Consent, given freely and informed, can be withdrawn at any time. The other bases — "
                        "vital interest (life or health at stake), legal obligation, public interest, legitimate "
                        "interest — need no signature but must be recorded with the reason.")
#: What may be shared, as the share dialog and the register name it (the service's keys, translated here).
FIELD_LABELS = {
    "names": QT_TR_NOOP("Names"),
    "date_of_birth": QT_TR_NOOP("Date of birth"),
    "sex": QT_TR_NOOP("Sex"),
    "nationality": QT_TR_NOOP("Nationality"),
    "contact": QT_TR_NOOP("Phone and e-mail"),
    "languages": QT_TR_NOOP("Languages"),
    "region_of_return": QT_TR_NOOP("Region of return"),
    "household": QT_TR_NOOP("Household composition"),
    "vulnerabilities": QT_TR_NOOP("Vulnerabilities"),
    "reintegration_needs": QT_TR_NOOP("Reintegration needs"),
    "medical": QT_TR_NOOP("Medical needs for travel"),
}


def field_label(key: str) -> str:
    """A shareable field's name in the interface language (the service's own name for keys added later)."""
    return tr(FIELD_LABELS[key]) if key in FIELD_LABELS else SHAREABLE.get(key, key)


def purpose_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(["", *consent.PURPOSES])
    if (typed := box.lineEdit()) is not None:
        typed.setPlaceholderText(tr("What the data is for, e.g. reintegration assistance"))
    return box


def _table(headers: tuple[str, ...]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.verticalHeader().hide()
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    widget.verticalHeader().setDefaultSectionSize(24)
    return widget


def _fill(widget: QTableWidget, rows: list[tuple[str, ...]], keys: list[int]) -> None:
    widget.setRowCount(len(rows))
    for r, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setStretchLastSection(True)


class RecordBasisDialog(ServiceDialog):
    def __init__(self, store: Store, person_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record consent or lawful basis — {name}").format(name=name), parent,
                         save_text=tr("Record", "verb"), intro=tr(BASIS_HELP))
        self.store, self.person_id = store, person_id
        self.basis: EnumBox[LegalBasis] = EnumBox(list(LegalBasis), LegalBasis.CONSENT)
        self.purpose = purpose_box()
        self.given_on = DateField(store.today())
        self.note = text_box(tr("How it was given or why the basis applies (e.g. signed form in the paper file)"))
        self.row(tr("Basis"), self.basis, "basis")
        self.row(tr("Purpose"), self.purpose, "purpose")
        self.row(tr("Given on"), self.given_on, "given_on")
        self.row(tr("Note"), self.note, "note", "person")

    def work(self) -> Callable[[], int]:
        store, person_id = self.store, self.person_id
        basis, purpose, given_on = self.basis.value(), self.purpose.currentText(), self.given_on.value()
        note = self.note.toPlainText()
        return lambda: consent.record_basis(store, person_id, basis, purpose, given_on, note)


class WithdrawDialog(ServiceDialog):
    def __init__(self, store: Store, record: ConsentView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Withdraw — {purpose}").format(purpose=record.purpose), parent,
                         save_text=tr("Withdraw"),
                         intro=tr("{basis} for <b>{purpose}</b>, given on {date}. From the date below no transfer "
                                  "for this purpose relies on it.").format(basis=label(record.basis),
                                                                           purpose=record.purpose,
                                                                           date=day(record.given_on)))
        self.store, self.record = store, record
        self.withdrawn_on = DateField(store.today())
        self.row(tr("Withdrawn on"), self.withdrawn_on, "withdrawn_on", "consent")

    def work(self) -> Callable[[], None]:
        store, record, on = self.store, self.record, self.withdrawn_on.value()
        return lambda: consent.withdraw(store, record.id, record.version, on)


class ShareDialog(ServiceDialog):
    def __init__(self, store: Store, person_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Share data with a partner — {name}").format(name=name), parent,
                         save_text=tr("Register transfer"),
                         intro=tr("Register what is given, to whom, why and how it is protected. Homeward refuses "
                                  "the transfer unless a consent or other lawful basis covers the purpose on that "
                                  "day."))
        self.store, self.person_id = store, person_id
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(tr("Organisation and contact person, e.g. Caritas Georgia, N. Gelashvili"))
        self.purpose = purpose_box()
        self.safeguard = text_box(tr("Data-sharing agreement, channel (encrypted e-mail, hand delivery), "
                                     "retention at the recipient"))
        self.shared_on = DateField(store.today())
        self.fields: CheckGroup[str] = CheckGroup([(key, field_label(key)) for key in SHAREABLE],
                                                          columns=3)
        self.row(tr("Recipient"), self.recipient, "recipient")
        self.row(tr("Purpose"), self.purpose, "purpose", "person")
        self.row(tr("Safeguard"), self.safeguard, "safeguard")
        self.row(tr("Shared on"), self.shared_on, "shared_on")
        self.row(tr("Data shared"), self.fields, "fields")

    def work(self) -> Callable[[], int]:
        store, person_id = self.store, self.person_id
        values = (self.recipient.text(), self.purpose.currentText(), self.safeguard.toPlainText(),
                  self.shared_on.value(), list(self.fields.checked()))
        return lambda: consent.share(store, person_id, *values)


class ConsentDialog(QDialog):
    """The person's bases and transfers, with the actions on them."""

    def __init__(self, store: Store, case_id: int, person_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.person_id, self.name = store, case_id, person_id, name
        self.records: PersonRecords | None = None
        self.setWindowTitle(tr("Consent and sharing — {name}").format(name=name))
        self.resize(920, 600)
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.bases = _table((tr("Basis"), tr("Purpose"), tr("Given", "consent date"), tr("Withdrawn", "consent date"),
                              tr("Recorded by"), tr("Note")))
        self.record_button = QPushButton(tr("Record consent or basis…"))
        self.withdraw_button = QPushButton(tr("Withdraw…"))
        self.withdraw_button.setEnabled(False)
        layout.addWidget(self._group(tr("Consent and lawful basis"), self.bases, self.record_button,
                                     self.withdraw_button), 1)
        self.transfers = _table((tr("Shared on"), tr("Recipient"), tr("Purpose"), tr("Basis"), tr("By", "recorded by"),
                                 tr("Data"), tr("Safeguard")))
        self.share_button = QPushButton(tr("Share data with a partner…"))
        layout.addWidget(self._group(tr("Register of transfers"), self.transfers, self.share_button), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.record_button.clicked.connect(self.record_basis)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.share_button.clicked.connect(self.share)
        self.bases.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def _group(self, title: str, widget: QTableWidget, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        return box

    def reload(self) -> None:
        store, case_id = self.store, self.case_id
        run_query(self, lambda: consent.for_case(store, case_id), self._loaded, kind=f"consent-{self.person_id}",
                  on_error=lambda error: self.banner.show_message(error_text(error)))

    def _loaded(self, people: list[PersonRecords]) -> None:
        self.records = next((p for p in people if p.person_id == self.person_id), None)
        if self.records is None:
            self.banner.show_message(tr("This person is no longer in the case."))
            return
        today = self.store.today()
        _fill(self.bases, [(label(c.basis), c.purpose, day(c.given_on), day(c.withdrawn_on, "—"), c.recorded_by,
                            c.note or "") for c in self.records.consents], [c.id for c in self.records.consents])
        for row, record in enumerate(self.records.consents):
            if not record.covers(record.purpose, today):
                for column in range(self.bases.columnCount()):
                    item = self.bases.item(row, column)
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.gray)
        _fill(self.transfers, [(day(t.shared_on), t.recipient, t.purpose, label(t.basis) if t.basis else "—",
                                t.shared_by, ", ".join(field_label(f) for f in t.fields), t.safeguard)
                               for t in self.records.transfers], [t.id for t in self.records.transfers])
        self._selection_changed()

    def selected_basis(self) -> ConsentView | None:
        rows = self.bases.selectionModel().selectedRows()
        if not rows or self.records is None:
            return None
        return self.records.consents[rows[0].row()]

    def _selection_changed(self) -> None:
        chosen = self.selected_basis()
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    def _open(self, dialog: ServiceDialog) -> None:
        dialog.saved.connect(lambda _result: self.reload())
        dialog.open()

    def record_basis(self) -> None:
        self._open(RecordBasisDialog(self.store, self.person_id, self.name, self))

    def withdraw(self) -> None:
        chosen = self.selected_basis()
        if chosen is not None:
            self._open(WithdrawDialog(self.store, chosen, self))

    def share(self) -> None:
        self._open(ShareDialog(self.store, self.person_id, self.name, self))


__all__ = ["ConsentDialog", "RecordBasisDialog", "ShareDialog", "WithdrawDialog"]
