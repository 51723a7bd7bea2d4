"""Assurances in force that end within 30 days, in every country: what to renew first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.pages.countries_assurances import AssuranceTableModel, assurance_table
from planning.country_view import AssuranceView


class ExpiringPanel(QWidget):
    """Double-click (or Enter) opens the assurance in its country's register."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Assurances expiring within 30 days")
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.model = AssuranceTableModel(self, with_country=True)
        self.table, self.proxy = assurance_table(self.model, "Assurances expiring within 30 days")
        self.table.sortByColumn(self.model.column_of("Valid to"), Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[AssuranceView], today: date) -> None:
        self.model.set_rows_on(rows, today)
        countries = len({a.country_code for a in rows})
        if rows:
            self.summary.setText(f"{len(rows)} assurances in force in {countries} "
                                 f"{'country' if countries == 1 else 'countries'} end within 30 days. "
                                 "Double-click one (or press Enter) to open it in its country's register.")
        else:
            self.summary.setText("No assurance in force ends within the next 30 days.")
        if rows:
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        a = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_requested.emit(a.country_code, a.id)
