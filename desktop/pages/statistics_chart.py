"""The Statistics page's chart (QtCharts): the report's charted measures as bars by row of the overview —
stacked where they are exclusive outcomes (returns) — the same figures as the printed report's chart; small
counts left out of the bars when they are hidden for sharing. Right to left, the rows run from the right.
The legend is the page's own, under the chart, on as many lines as the names need (QtCharts' cuts them short)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.exports.reports import key_text
from desktop.labels import label, month
from desktop.pages.compliance_charts import nice_top
from planning.documents.report_document import PALETTE
from planning.reports.measures import SPECS, UNITS
from planning.reports.report import Report


class ReportChart(QWidget):
    """The chart, and under it a legend: a coloured square and the whole name of each series, two to a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        chart = self.view.chart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        self.legend = QWidget()
        self.legend.setObjectName("chartLegend")
        self._legend = QGridLayout(self.legend)
        self._legend.setContentsMargins(8, 0, 8, 4)
        self._legend.setHorizontalSpacing(6)
        self._legend.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.series: QBarSeries | QStackedBarSeries | None = None

    def chart(self) -> QChart:
        return self.view.chart()

    def legend_names(self) -> list[str]:
        """The names the legend shows, in order."""
        return [label.text() for label in self.legend.findChildren(QLabel) if label.objectName() == "legendName"]

    def _show_legend(self, names: list[tuple[str, QColor]]) -> None:
        while self._legend.count():
            item = self._legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the legend now, not only once deleted
                widget.deleteLater()
        small = QFont(self.font())
        small.setPointSizeF(8)
        for index, (name, colour) in enumerate(names):
            swatch = QLabel()
            swatch.setFixedSize(10, 10)
            swatch.setStyleSheet(f"background: {colour.name()};")
            text = QLabel(name)
            text.setObjectName("legendName")
            text.setFont(small)
            text.setWordWrap(True)
            row, column = divmod(index, 2)
            self._legend.addWidget(swatch, row, 2 * column, Qt.AlignmentFlag.AlignVCenter)
            self._legend.addWidget(text, row, 2 * column + 1)
        self._legend.setColumnStretch(1, 1)
        self._legend.setColumnStretch(3, 1)

    def show_report(self, report: Report, smallest: int) -> None:
        chart = self.view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        spec, table = SPECS[report.kind], report.overview
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rows = list(reversed(table.rows)) if right_to_left else list(table.rows)
        series: QBarSeries | QStackedBarSeries = QStackedBarSeries() if spec.exclusive else QBarSeries()
        highest = 0.0
        totals = [0.0] * len(rows)
        names: list[tuple[str, QColor]] = []
        for index, measure in enumerate(spec.charted):
            bars = QBarSet(label(measure))
            colour = QColor(PALETTE[index % len(PALETTE)])
            bars.setColor(colour)
            bars.setBorderColor(colour)
            names.append((label(measure), colour))
            for r, row in enumerate(rows):
                cell = table.cell(row, measure)
                value = 0.0 if cell.suppressed(smallest) else float(cell.value or 0)
                bars.append(value)
                totals[r] += value
                highest = max(highest, value)
            series.append(bars)
        chart.addSeries(series)
        self._show_legend(names)
        chart.setTitle(f"{label(UNITS[spec.charted[0]])} · {label(report.request.down)}")
        categories = QBarCategoryAxis()
        categories.append([month(row, short=True) if isinstance(row, date) else key_text(row, report.countries)
                           for row in rows])
        font = QFont(categories.labelsFont())
        font.setPointSizeF(8)
        categories.setLabelsFont(font)
        if len(rows) > 8:
            categories.setLabelsAngle(-90)
        counts = QValueAxis()
        top, ticks = nice_top(int(max(totals, default=0) if spec.exclusive else highest))
        counts.setRange(0, top)
        counts.setTickCount(ticks)
        counts.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)
        self.series = series
