"""Statistics: the reports for donors — returns, reintegration, monitoring — over a period, by one dimension
down and another across, with totals, the same chart as the printed report, and the workbook and PDF to share.

Small counts are hidden as the office shares them ("<5", Administration › Office); a role that may take lists
of people away may show every count (and its Excel export then says so in the audit log)."""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField
from desktop.exports.reports import key_text, report_sheets
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import label, money, number
from desktop.ops import run_op, run_query, show_known_error
from desktop.pages.statistics_chart import ReportChart
from desktop.service_text import error_text
from desktop.words import value
from monitoring import report as _monitoring_report  # noqa: F401  (registers how the monitoring report counts)
from planning.documents.report_document import Drawn, IssuedReport, draw_up, issue_report
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.messages import Phrase
from planning.reports.measures import SPECS, UNITS, Measure, ReportKind, Unit
from planning.reports.report import Request, request
from planning.reports.tables import Column, Figure, Table
from planning.security.permissions import Permission, may
from planning.statistics import CountBy
from planning.storage.store import Store


class StatisticsPage(QWidget):
    """A report chosen, its period and dimensions; the overview (or one measure split two ways) and its chart."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.drawn: Drawn | None = None
        self.table_shown: Table | None = None
        self._asked = False
        today = store.today()
        title = QLabel(tr("Statistics — reports for donors"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(label(kind), kind)
        self.start = DateField(date(today.year, 1, 1))
        self.end = DateField(today)
        self.down = QComboBox()
        self.across = QComboBox()
        self.measure = QComboBox()
        self.measure.setToolTip(tr("Split two ways, the table shows one figure at a time"))
        self.every_count = QCheckBox(tr("Show every count"))
        self.every_count.setToolTip(tr("Small counts are hidden as in reports for sharing; show them as they are "
                                       "(the export then is not for sharing)"))
        self.every_count.setVisible(may(store.actor.role, Permission.EXPORT_LISTS))
        self.excel = ExportButton(store, ExportedList.STATISTICS, self.export_request, text=tr("Export to Excel…"))
        self.excel.setToolTip(tr("Save this report as an Excel workbook: the overview, a sheet per figure and the "
                                 "budgets"))
        self.pdf = QPushButton(tr("Save as PDF…"))
        self.pdf.setToolTip(tr("Issue this report as a PDF in the office's language, small counts hidden, with a "
                               "verification code"))
        bar = QHBoxLayout()
        for caption, widget in ((tr("Report"), self.kind), (tr("From"), self.start), (tr("to"), self.end),
                                (tr("Rows"), self.down), (tr("Columns"), self.across)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addWidget(self.measure)
        bar.addStretch(1)
        actions = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        actions.addWidget(self.heading, 1)
        for button in (self.every_count, self.excel, self.pdf):
            actions.addWidget(button)
        self.banner = Banner()
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart = ReportChart()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([690, 430])
        self.chart.setMinimumWidth(360)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self._fill_dimensions()
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.start.dateChanged.connect(lambda _d: self._debounce.start())
        self.end.dateChanged.connect(lambda _d: self._debounce.start())
        for combo in (self.down, self.across):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.measure.currentIndexChanged.connect(lambda _i: self._show())
        self.every_count.toggled.connect(lambda _on: self._show())
        self.pdf.clicked.connect(self.save_pdf)

    # -- the request --------------------------------------------------------------------------------
    def report_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())  # (Qt hands a StrEnum back as a plain str)

    def _kind_chosen(self) -> None:
        self._fill_dimensions()
        self.refresh()

    def _fill_dimensions(self) -> None:
        """The dimensions the chosen report can be split by (monitoring: month and country)."""
        spec = SPECS[self.report_kind()]
        down, across = self.down.currentData(), self.across.currentData()
        for combo in (self.down, self.across):
            combo.blockSignals(True)
            combo.clear()
        self.across.addItem(tr("nothing"), None)
        for by in spec.dimensions:
            self.down.addItem(label(by), by)
            self.across.addItem(label(by), by)
        self.down.setCurrentIndex(max(0, self.down.findData(down)))
        self.across.setCurrentIndex(max(0, self.across.findData(across)))
        for combo in (self.down, self.across):
            combo.blockSignals(False)

    def current_request(self) -> Request:
        down = CountBy(self.down.currentData())
        chosen = self.across.currentData()
        by = [down] + ([CountBy(chosen)] if chosen and chosen != down else [])
        return request(self.report_kind(), self.start.value(), self.end.value(), by)

    def smallest(self) -> int:
        """The smallest count shown now: none when every count is asked for, else the office's."""
        if self.drawn is None or (self.every_count.isVisible() and self.every_count.isChecked()):
            return 0
        return self.drawn.smallest

    # -- loading ------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked:
            self.refresh()

    def refresh(self) -> None:
        self._asked = True
        self._debounce.stop()
        self.banner.clear_message()
        try:
            req = self.current_request()
        except HomewardError as error:
            self._failed(error)
            return
        self.heading.setText(tr("Loading…"))
        store = self.store
        run_query(self, lambda: draw_up(store, req), self._loaded, kind=f"statistics-{id(self)}",
                  on_error=self._failed)

    def _loaded(self, drawn: Drawn) -> None:
        self.drawn = drawn
        spec = SPECS[drawn.report.kind]
        self.measure.blockSignals(True)
        chosen = self.measure.currentData()
        self.measure.clear()
        for measure in spec.measures:
            self.measure.addItem(label(measure), measure)
        self.measure.setCurrentIndex(max(0, self.measure.findData(chosen)))
        self.measure.blockSignals(False)
        self._show()
        self.loaded.emit()

    def _failed(self, error: HomewardError) -> None:
        self.heading.setText("")
        self.banner.show_message(error_text(error))
        self.loaded.emit()

    # -- showing --------------------------------------------------------------------------------------
    def _show(self) -> None:
        if self.drawn is None:
            return
        report, smallest = self.drawn.report, self.smallest()
        self.measure.setVisible(bool(report.tables))
        table = report.overview
        if report.tables:
            measure = Measure(self.measure.currentData() or SPECS[report.kind].measures[0])
            table = next(t for t in report.tables if t.measure is measure)
        self.table_shown = table
        people = report.overview.total
        heading = label(report.kind) + " · " + tr("{start} to {end}").format(start=self.start.text(),
                                                                              end=self.end.text())
        if people is not None and people.value is not None:
            heading = tr("%n person(s)", None, int(people.value)) + " · " + heading
        self.heading.setText(heading)
        self._fill_table(table, report.countries, smallest)
        self.chart.show_report(report, smallest)
        notes = [value(report.how_counted)] if report.how_counted is not None else []
        if smallest > 1:
            notes.insert(0, value(Phrase.of("report.suppressed_note", n=smallest)))
        self.note.setText(" ".join(notes))

    def _fill_table(self, table: Table, countries: dict[str, str], smallest: int) -> None:
        columns: list[Column] = list(table.columns) or [None]
        units = {c: UNITS[c] if isinstance(c, Measure) else UNITS[table.measure] if table.measure else Unit.PEOPLE
                 for c in columns}
        totals = bool(table.row_totals)
        headers = [label(table.down)] + [label(c) if isinstance(c, Measure) else key_text(c, countries)
                                         for c in table.columns]
        if totals:
            headers.append(tr("Total"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        # (long figure names on two lines, so the table fits beside its chart)
        self.table.setHorizontalHeaderLabels([textwrap.fill(h, 16) for h in headers])
        self.table.setRowCount(len(table.rows) + 1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        row_unit = UNITS[table.measure] if table.measure is not None else Unit.PEOPLE
        for r, row in enumerate(table.rows):
            self.table.setItem(r, 0, QTableWidgetItem(key_text(row, countries)))
            if table.columns:
                for c, column in enumerate(table.columns):
                    self._cell(r, c + 1, table.cell(row, column), units[column], smallest)
            if totals:
                self._cell(r, len(headers) - 1, table.row_totals[row], row_unit, smallest, bold)
        last = len(table.rows)
        total = QTableWidgetItem(tr("Total"))
        total.setFont(bold)
        self.table.setItem(last, 0, total)
        for c, column in enumerate(table.columns):
            self._cell(last, c + 1, table.column_totals[column], units[column], smallest, bold)
        if totals and table.total is not None:
            self._cell(last, len(headers) - 1, table.total, row_unit, smallest, bold)

    def _cell(self, row: int, column: int, figure: Figure, unit: Unit, smallest: int,
              font: QFont | None = None) -> None:
        if figure.suppressed(smallest):
            # (an embedding, which table cells honour, keeps "<5" reading left to right in Arabic)
            text = f"\u202a<{smallest}\u202c"
        elif figure.value is None:
            text = "—"
        elif unit is Unit.AMOUNT:
            text = money(Decimal(figure.value))
        elif unit is Unit.SCORE:
            text = number(Decimal(figure.value), 2)
        else:
            text = number(int(figure.value))
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if font is not None:
            item.setFont(font)
        self.table.setItem(row, column, item)

    # -- sharing ----------------------------------------------------------------------------------------
    def export_request(self) -> ExportRequest | None:
        if self.drawn is None:
            return None
        report, smallest = self.drawn.report, self.smallest()
        self.excel.what = ExportedList.STATISTICS if smallest else ExportedList.STATISTICS_ALL_COUNTS
        req = report.request
        return ExportRequest(lambda: report_sheets(report, smallest),
                             f"{req.kind.value}-{req.start.isoformat()}-{req.end.isoformat()}",
                             {"report": req.kind.value, "from": req.start.isoformat(), "to": req.end.isoformat(),
                              "by": ",".join(b.value for b in req.by), "smallest_shown": smallest})

    def save_pdf(self) -> None:
        if self.drawn is None:
            return
        req = self.drawn.report.request
        suggested = Path.home() / f"{req.kind.value}-{req.start.isoformat()}-{req.end.isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the report"), str(suggested),
                                                    tr("PDF document (*.pdf)"))
        if path:
            self.save_pdf_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_pdf_to(self, path: Path) -> None:
        """Issue the report shown as a PDF (office's language, small counts hidden) at `path`, in the background."""
        if self.drawn is None:
            return
        store, req = self.store, self.drawn.report.request
        self.pdf.setEnabled(False)

        def done(issued: IssuedReport) -> None:
            self.pdf.setEnabled(True)
            self.banner.show_message(tr("Saved {path} — reference {reference}, verification code {code}.")
                                     .format(path=issued.path, reference=issued.reference, code=issued.code))
            self.saved.emit(issued)

        def failed(error: HomewardError) -> None:
            self.pdf.setEnabled(True)
            show_known_error(self, error)

        run_op(self, lambda: issue_report(store, req, path=path), on_success=done, on_error=failed)
