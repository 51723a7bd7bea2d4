"""A returnee's monitoring history: the case's follow-ups in a table and the sustainability scores over time."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop.changes import Changes
from desktop.dialogs.attachments import FollowUpRecordDialog
from desktop.i18n import current_locale, tr
from desktop.labels import day, in_sentence, label, number
from desktop.ops import hub, run_query
from monitoring.attachments import FollowUpRecord, read_record
from monitoring.history import LoggedFollowUp, history
from planning.storage.models.monitoring import Dimension
from planning.storage.store import Store

COLUMN_COUNT = 10
DUE, DONE, KIND, STATUS, MODE, CONTACT, BREACHES, ECONOMIC, SOCIAL, PSYCHOSOCIAL = range(COLUMN_COUNT)
SCORE_COLUMNS = (ECONOMIC, SOCIAL, PSYCHOSOCIAL)
SERIES_COLOURS = (QColor("#0b57d0"), QColor("#188038"), QColor("#b06000"))
BREACH_COLOUR = QColor("#b3261e")
SCORE_MIN, SCORE_MAX = 1, 5
#: Padding either side of the dates charted, so a single point is not on the edge.
PAD = timedelta(days=15)
def column_titles() -> list[str]:
    """The table's headers in the interface language ("Due" and "Done" are dates here, not statuses)."""
    return [tr("Due", "date"), tr("Done", "date"), tr("Follow-up"), tr("Status"), tr("Mode"), tr("Contact"),
            tr("Breaches"), tr("Econ."), tr("Social"), tr("Psych.")]


def _when(day: date) -> QDateTime:
    """Midday on `day`, so no time zone moves a point to the day before or after."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else (tr("yes") if value else tr("no"))


class MonitoringHistory(QWidget):
    """Shows one case's follow-ups; `show_case(case_id)` loads it in the background, then emits `loaded()`."""

    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id: int | None = None
        self.rows: list[LoggedFollowUp] = []

        self.title = QLabel(tr("Monitoring history — select a follow-up to see the returnee's history"))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.record_button = QPushButton(tr("Notes and files…"))
        self.record_button.setToolTip(tr("The notes and attachments of the selected logged follow-up (audited)"))
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.open_record)
        self.record_dialog: FollowUpRecordDialog | None = None

        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.open_record())
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((82, 82, 152, 50, 80, 58, 88, 50, 50, 50)):
            self.table.setColumnWidth(column, width)
        for column, dimension in zip(SCORE_COLUMNS, Dimension, strict=True):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tr("{dimension} sustainability, 1 (poor) to 5 (good)")
                                .format(dimension=label(dimension)))

        self.chart_view = QChartView()
        self.chart: QChart = self.chart_view.chart()  # owned by the view (C++), never by Python
        self.chart.setTitle(tr("Sustainability score over time (1 poor – 5 good)"))
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.x_axis = QDateTimeAxis()
        locale = current_locale()
        self.x_axis.setFormat(locale.dateFormat(QLocale.FormatType.ShortFormat) if locale else "yyyy-MM-dd")
        self.x_axis.setTitleText(tr("Follow-up done on"))
        self.y_axis = QValueAxis()
        self.y_axis.setRange(SCORE_MIN, SCORE_MAX)
        self.y_axis.setTickCount(SCORE_MAX - SCORE_MIN + 1)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(tr("Score"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: list[QLineSeries] = []
        for dimension, colour in zip(Dimension, SERIES_COLOURS, strict=True):
            series = QLineSeries()
            series.setName(label(dimension))
            series.setPointsVisible(True)
            series.setPen(QPen(colour, 2))
            series.setColor(colour)
            self.chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self.series.append(series)
        self._set_range(date.today(), date.today())
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.no_scores = QLabel(tr("No sustainability scores logged yet."))
        self.no_scores.setAlignment(Qt.AlignmentFlag.AlignCenter)

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_view, 1)
        chart_layout.addWidget(self.no_scores)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table)
        body.addWidget(chart_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.record_button)
        layout.addLayout(heading)
        layout.addWidget(body, 1)
        hub().changed.connect(self._on_changes)

    # -- loading ---------------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if case_id is None:
            self.show_history([])
            self.title.setText(tr("Monitoring history — select a follow-up to see the returnee's history"))
            return
        store = self.store
        self.title.setText(tr("Monitoring history — loading…"))
        run_query(self, lambda: history(store, case_id), self.show_history, kind="monitoring-history")

    def _on_changes(self, changes: Changes) -> None:
        if self.case_id is not None and changes.touches_case(self.case_id):
            self.show_case(self.case_id)

    def selected(self) -> LoggedFollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.record_button.setEnabled(row is not None and row.done_on is not None)

    def open_record(self) -> None:
        row = self.selected()
        if row is None or row.done_on is None:
            return
        store, follow_up_id = self.store, row.follow_up_id
        title = tr("Follow-up of {date} — {reference}").format(date=day(row.done_on), reference=row.reference)
        run_query(self, lambda: read_record(store, follow_up_id), lambda record: self.show_record(record, title),
                  kind="follow-up-record")

    def show_record(self, record: FollowUpRecord, title: str) -> None:
        self.record_dialog = FollowUpRecordDialog(self.store, record, title, self)
        self.record_dialog.open()

    # -- showing ---------------------------------------------------------------------------------
    def show_history(self, rows: list[LoggedFollowUp]) -> None:
        self.rows = rows
        if rows:
            done = sum(1 for r in rows if r.done_on is not None)
            self.title.setText(tr("Monitoring history — {name} ({reference}): %n follow-up(s), {done} logged", None,
                                  len(rows))
                               .format(name=rows[0].head_name, reference=rows[0].reference, done=number(done)))
        elif self.case_id is not None:
            self.title.setText(tr("Monitoring history — this case has no monitoring plan"))
        self._fill_table(rows)
        self._fill_chart(rows)
        self.loaded.emit()

    def _fill_table(self, rows: list[LoggedFollowUp]) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            breaches = [in_sentence(breach) for breach in row.breaches.reported()]
            scores = (row.scores.economic, row.scores.social, row.scores.psychosocial)
            values = (day(row.due_on), day(row.done_on) if row.done_on else "—",
                      tr("{kind} (month {month})").format(kind=label(row.kind), month=number(row.month)),
                      label(row.status), label(row.mode) if row.mode else "—", _yes_no(row.contact_made),
                      ", ".join(breaches) if breaches else (tr("none", "no breach") if row.done_on else "—"),
                      *("—" if s is None else number(s) for s in scores))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == BREACHES and breaches:
                    cell.setForeground(BREACH_COLOUR)
                if c in SCORE_COLUMNS:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)

    def _fill_chart(self, rows: list[LoggedFollowUp]) -> None:
        scored = [r for r in rows if r.done_on is not None and r.scores.logged]
        for series, dimension in zip(self.series, Dimension, strict=True):
            series.clear()
            for row in scored:
                score = getattr(row.scores, dimension.value)
                if score is not None and row.done_on is not None:
                    series.append(float(_when(row.done_on).toMSecsSinceEpoch()), float(score))
        days = [r.done_on for r in scored if r.done_on is not None]
        if days:
            self._set_range(min(days), max(days))
        self.no_scores.setVisible(not days)

    def _set_range(self, first: date, last: date) -> None:
        self.x_axis.setRange(_when(first - PAD), _when(last + PAD))
        self.x_axis.setTickCount(min(6, max(3, (last - first).days // 30 + 2)))
