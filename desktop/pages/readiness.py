"""Readiness lookup: a case reference and a date in, the verdict and every reason out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Task
from planning.readiness.reasons import Verdict
from planning.readiness.service import verdict_for
from planning.storage.store import Store

COLUMNS = ("Safeguard", "Person", "Why not", "What would resolve it")


class ReadinessPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("Case reference, e.g. HW-2026-000123")
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        today = store.today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.check_button = QPushButton("Check")
        row.addWidget(QLabel("Case"))
        row.addWidget(self.reference, 2)
        row.addWidget(QLabel("Travel date"))
        row.addWidget(self.on)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        layout.addWidget(self.verdict)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.check_button.clicked.connect(self.check)
        self.reference.returnPressed.connect(self.check)

    def check(self) -> None:
        reference = self.reference.text().strip()
        if not reference:
            self.verdict.setText("Enter a case reference.")
            return
        qdate = self.on.date()
        on = date(qdate.year(), qdate.month(), qdate.day())
        task = Task(lambda _s: verdict_for(self.store, reference, on), kind="readiness", parent=self)
        task.succeeded.connect(self.show_verdict)
        task.failed_known.connect(lambda exc: self.verdict.setText(str(exc)))
        task.start()

    def show_verdict(self, verdict: Verdict) -> None:
        if verdict.ready:
            self.verdict.setText(f"{verdict.reference} is ready to travel on {verdict.on}.")
        else:
            self.verdict.setText(f"{verdict.reference} cannot travel on {verdict.on}: "
                                 f"{len(verdict.reasons)} reason(s).")
        self.table.setRowCount(len(verdict.reasons))
        for row, reason in enumerate(verdict.reasons):
            cells = (f"{reason.safeguard.value} {reason.safeguard.heading}", reason.person_name or "Household",
                     reason.message, reason.resolution)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()


