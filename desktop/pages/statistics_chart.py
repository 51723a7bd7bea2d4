"""The Statistics page's chart (QtCharts): the report's charted measures as bars by row of the overview —
stacked where they are exclusive outcomes (returns) — the same figures as the printed report's chart; small
counts left out of the bars when they are hidden for sharing. Right to left, the rows run from the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

from desktop.exports.reports import key_text
from desktop.labels import label, month
from desktop.pages.compliance_charts import nice_top
from planning.documents.report_document import PALETTE
from planning.reports.measures import SPECS, UNITS
from planning.reports.report import Report


class ReportChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = self.chart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(chart.legend().font())
        small.setPointSizeF(8)
        chart.legend().setFont(small)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        self.series: QBarSeries | QStackedBarSeries | None = None

    def show_report(self, report: Report, smallest: int) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        spec, table = SPECS[report.kind], report.overview
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rows = list(reversed(table.rows)) if right_to_left else list(table.rows)
        series: QBarSeries | QStackedBarSeries = QStackedBarSeries() if spec.exclusive else QBarSeries()
        highest = 0.0
        totals = [0.0] * len(rows)
        for index, measure in enumerate(spec.charted):
            bars = QBarSet(label(measure))
            colour = QColor(PALETTE[index % len(PALETTE)])
            bars.setColor(colour)
            bars.setBorderColor(colour)
            for r, row in enumerate(rows):
                cell = table.cell(row, measure)
                value = 0.0 if cell.suppressed(smallest) else float(cell.value or 0)
                bars.append(value)
                totals[r] += value
                highest = max(highest, value)
            series.append(bars)
        chart.addSeries(series)
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
