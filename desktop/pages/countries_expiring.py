"""Assurances in force that end within 30 days, in every country: what to renew first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.pages.countries_assurances import AssuranceTableModel, assurance_table
from planning.country_view import AssuranceView


class ExpiringPanel(QWidget):
    """Double-click (or Enter) opens the assurance in its country's register."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("Assurances expiring within 30 days"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.model = AssuranceTableModel(self, with_country=True)
        self.table, self.proxy = assurance_table(self.model, tr("Assurances expiring within 30 days"))
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
            self.summary.setText(
                tr("{assurances} in {countries} end within 30 days. Double-click one (or press Enter) to open it "
                   "in its country's register.").format(
                    assurances=tr("%n assurance(s) in force", None, len(rows)),
                    countries=tr("%n country(ies)", None, countries)))
        else:
            self.summary.setText(tr("No assurance in force ends within the next 30 days."))
        if rows:
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        a = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_requested.emit(a.country_code, a.id)
