"""Reintegration dialogs: change one need's package or month in a proposed allocation; record a handover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField
from desktop.i18n import tr
from desktop.labels import long_month, money
from planning.reintegration import allocations
from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.options import candidates
from planning.reintegration.allocations import AllocationView
from planning.storage.store import Store


class AdjustDialog(QDialog):
    """The chosen need: every package and month its eligibility and lead time allow, or leave it unmet.

    Nothing is written: the page applies the choice to the proposed plan and the validator checks it.
    """

    chosen = Signal(int, object)  # need id, Option or None

    def __init__(self, instance: Instance, plan: frozenset[Option], need_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change the package"))
        self.setModal(True)
        self.need_id = need_id
        current = next((o for o in plan if o.need == need_id), None)
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Package and delivery month"))
        self.choice.addItem(tr("Leave this need unmet"), None)
        for option in candidates(instance).get(need_id, []):
            package = instance.package(option.package)
            self.choice.addItem(tr("{package} — {month} ({in_kind} in kind, {cash} cash)").format(
                package=package.name, month=long_month(instance.month_start(option.month)),
                in_kind=money(package.in_kind), cash=money(package.cash)), option)
            if option == current:
                self.choice.setCurrentIndex(self.choice.count() - 1)
        intro = QLabel(tr("<b>{title}</b><br>Only the packages this person is eligible for, in the months their "
                          "lead time allows after the arrival, are offered. Budgets, ceilings and partner places "
                          "are checked on the whole allocation when you close this dialog.").format(title=title))
        intro.setWordWrap(True)
        caption = QLabel(tr("Package and delivery month"))
        caption.setBuddy(self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def showEvent(self, event: QShowEvent) -> None:
        """Open tall enough for the wrapped introduction at the dialog's width."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def select(self, option: Option | None) -> None:
        """Choose `option` (None: leave the need unmet); an option not offered leaves the choice alone."""
        for index in range(self.choice.count()):
            if self.choice.itemData(index) == option:
                self.choice.setCurrentIndex(index)
                return

    def _ok(self) -> None:
        data = self.choice.currentData()
        self.chosen.emit(self.need_id, data if isinstance(data, Option) else None)
        self.accept()


class RecordDeliveryDialog(ServiceDialog):
    """The handover of an accepted package: when, and what was handed over."""

    def __init__(self, store: Store, allocation: AllocationView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record handover"), parent, save_text=tr("Record handover"),
                         intro=tr("<b>{package}</b> for {person} ({reference}), planned for {month} by "
                                  "{partner}.").format(package=allocation.package, person=allocation.person,
                                                       reference=allocation.reference,
                                                       month=long_month(allocation.delivery_month),
                                                       partner=allocation.partner),
                         changes=Changes.of_case(allocation.case_id))
        self.store = store
        self.allocation = allocation
        self.delivered_on = DateField(store.today())
        self.notes = text_box(tr("What was handed over, to whom, anything missing"))
        self.row(tr("Handed over on"), self.delivered_on, "delivered_on")
        self.row(tr("Notes"), self.notes, "notes")

    def work(self) -> Callable[[], int]:
        store, allocation = self.store, self.allocation
        delivered_on = self.delivered_on.value()
        notes = self.notes.toPlainText()
        return lambda: allocations.record_delivery(store, allocation.id, allocation.version, delivered_on, notes)
