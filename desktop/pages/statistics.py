"""Statistics: the returns of a period for donors' reports, by month, country, sex, age group and vulnerability."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import label, long_month, number
from desktop.ops import run_query
from desktop.places import country_name
from desktop.service_text import error_text
from planning.errors import HomewardError
from planning.statistics import SMALLEST_SHOWN, CountBy, Key, Returnee, Tabulation, returnees, tabulate
from planning.storage.store import Store


class StatisticsPage(QWidget):
    """People who travelled in the period, counted one way down and, if chosen, another across, with totals."""

    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.people: list[Returnee] = []
        self.names: dict[str, str] = {}
        self.table_shown: Tabulation | None = None
        self._asked = False
        today = store.today()
        title = QLabel(tr("Statistics — returns for reporting"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.start = DateField(date(today.year, 1, 1))
        self.end = DateField(today)
        self.down = QComboBox()
        self.across = QComboBox()
        self.across.addItem(tr("nothing"), None)
        for by in CountBy:
            self.down.addItem(label(by), by)
            self.across.addItem(label(by), by)
        self.across.setCurrentIndex(self.across.findData(CountBy.SEX))
        self.suppress = QCheckBox(tr("For sharing: counts under {n} shown as “<{n}”").format(n=SMALLEST_SHOWN))
        self.suppress.setToolTip(tr("Statistical disclosure control: a cell of fewer than {n} people could point "
                                    "to someone").format(n=SMALLEST_SHOWN))
        self.suppress.setChecked(True)
        bar = QHBoxLayout()
        for caption, widget in ((tr("Departed from"), self.start), (tr("to"), self.end), (tr("Rows"), self.down),
                                (tr("Columns"), self.across)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.suppress)
        self.banner = Banner()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(tr("People whose household departed in the period, counted on the day they departed. "
                              "A person with several vulnerabilities counts under each; totals count each person "
                              "once."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.start.dateChanged.connect(lambda _d: self._debounce.start())
        self.end.dateChanged.connect(lambda _d: self._debounce.start())
        for combo in (self.down, self.across):
            combo.currentIndexChanged.connect(lambda _i: self._show())
        self.suppress.toggled.connect(lambda _on: self._show())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked:
            self.refresh()

    def refresh(self) -> None:
        self._asked = True
        self._debounce.stop()
        self.banner.clear_message()
        self.heading.setText(tr("Loading…"))
        store, start, end = self.store, self.start.value(), self.end.value()
        run_query(self, lambda: returnees(store, start, end), self._loaded, kind=f"statistics-{id(self)}",
                  on_error=self._failed)

    def _loaded(self, people: list[Returnee]) -> None:
        self.people = people
        self.names = {p.country_code: p.country_name for p in people}
        self._show()
        self.loaded.emit()

    def _failed(self, error: HomewardError) -> None:
        self.heading.setText("")
        self.banner.show_message(error_text(error))
        self.loaded.emit()

    def _show(self) -> None:
        down = CountBy(self.down.currentData())  # (Qt hands a StrEnum back as a plain str)
        chosen = self.across.currentData()
        across = CountBy(chosen) if chosen and chosen != down else None
        counted = tabulate(self.people, down, across)
        self.table_shown = counted
        suppress = self.suppress.isChecked()
        self.heading.setText(tr("%n person(s) returned", None, counted.total) + " · " + tr(
            "{start} to {end}").format(start=self.start.text(), end=self.end.text()))
        columns: list[Key | None] = list(counted.columns) if counted.columns else [None]
        headers = [label(down)] + ([self.key_text(c) for c in counted.columns] if counted.columns else [])
        headers.append(tr("Total"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(counted.rows) + 1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(counted.rows):
            self.table.setItem(r, 0, QTableWidgetItem(self.key_text(row)))
            if counted.columns:
                for c, column in enumerate(columns):
                    self._count(r, c + 1, counted.cell(row, column), suppress)
            self._count(r, len(headers) - 1, counted.row_totals[row], suppress, bold)
        last = len(counted.rows)
        total = QTableWidgetItem(tr("Total"))
        total.setFont(bold)
        self.table.setItem(last, 0, total)
        if counted.columns:
            for c, column in enumerate(counted.columns):
                self._count(last, c + 1, counted.column_totals[column], suppress, bold)
        self._count(last, len(headers) - 1, counted.total, suppress, bold)

    def _count(self, row: int, column: int, count: int, suppress: bool, font: QFont | None = None) -> None:
        # (an embedding, which table cells honour, keeps "<5" reading left to right in Arabic)
        text = f"\u202a<{SMALLEST_SHOWN}\u202c" if suppress and 0 < count < SMALLEST_SHOWN else number(count)
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if font is not None:
            item.setFont(font)
        self.table.setItem(row, column, item)

    def key_text(self, key: Key | None) -> str:
        if key is None:
            return ""
        if isinstance(key, date):
            return long_month(key)
        if isinstance(key, StrEnum):
            return label(key)
        return country_name(key, self.names.get(key, key))
