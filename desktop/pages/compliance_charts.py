"""The compliance page's charts (QtCharts): follow-ups due vs done with the contact rate, incidents by kind.

Both run in the reading direction: months left to right, right to left in Arabic (the months laid out from
the right — QtCharts cannot reverse a bar axis — the count axis on the right and the rate on the left).
Month names stand upright whenever they would not fit side by side, so none is cut short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.i18n import QT_TR_NOOP, current_locale, tr
from desktop.labels import label, number
from monitoring.compliance import INCIDENT_KINDS, Month
from planning.storage.models.monitoring import IncidentKind

DUE_COLOUR = QColor("#a8c7fa")
DONE_COLOUR = QColor("#0b57d0")
CONTACT_COLOUR = QColor("#188038")
INCIDENT_COLOURS = {
    IncidentKind.PUNISHMENT: QColor("#b3261e"),
    IncidentKind.DETENTION: QColor("#e37400"),
    IncidentKind.READMISSION_REFUSED: QColor("#6d4c41"),
}


TITLE_INCIDENTS = QT_TR_NOOP("Incidents reported per month, by kind")
#: More months than this and the month names stand upright, so none is cut short.
UPRIGHT_AFTER = 14


def month_labels(months: Sequence[Month]) -> list[str]:
    """'Jun', 'Jul', …: the axis title gives the years; over more than UPRIGHT_AFTER months (labels upright)
    each January says its year, 'Jan 27'."""
    upright = len(months) > UPRIGHT_AFTER
    locale = current_locale()
    if locale is None:  # before a locale is installed (tests, commands): as before, 'Sep' not 'Sept'
        return [f"{m.start:%b %y}" if upright and m.start.month == 1 else f"{m.start:%b}" for m in months]
    return [locale.toString(QDate(m.start.year, m.start.month, 1),
                            "MMM yy" if upright and m.start.month == 1 else "MMM") for m in months]


def years(months: Sequence[Month]) -> str:
    """'2026' or '2026–2027'."""
    if not months:
        return ""
    locale = current_locale()
    first, last = (locale.toString(QDate(m.start.year, 1, 1), "yyyy") if locale else str(m.start.year)
                   for m in (months[0], months[-1]))
    return first if first == last else f"{first}–{last}"


def nice_top(value: int, most_ticks: int = 5) -> tuple[int, int]:
    """An axis top at or above `value` on a 1-2-5 step, at most `most_ticks` steps: (top, tick count)."""
    step, scale = 1, 1
    while True:
        for factor in (1, 2, 5):
            step = factor * scale
            if -(-max(value, 1) // step) <= most_ticks:
                top = -(-max(value, 1) // step) * step
                return top, top // step + 1
        scale *= 10


def _label_months(axis: QBarCategoryAxis, months: Sequence[Month]) -> None:
    axis.clear()
    axis.append(month_labels(in_reading_order(months)))
    axis.setTitleText(years(months))
    font = QFont(axis.labelsFont())
    font.setPointSizeF(8)
    axis.setLabelsFont(font)


def _fit_months(chart: QChart, axis: QBarCategoryAxis) -> None:
    """Month names side by side where each fits its month's width, else upright (never cut short)."""
    names = axis.categories()
    if not names:
        return
    plot = chart.plotArea().width()
    width = plot if plot > 0 else chart.size().width() - 140
    widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(name) for name in names) + 6
    upright = len(names) > UPRIGHT_AFTER or widest * len(names) > width
    axis.setLabelsAngle(-90 if upright else 0)


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def in_reading_order(months: Sequence[Month]) -> list[Month]:
    """The months as the axis lays them out from the left: the last one first right to left."""
    return list(reversed(months)) if _right_to_left() else list(months)


def _run_in_reading_direction(chart: QChart, months: QBarCategoryAxis, counts: QValueAxis,
                              rates: QValueAxis | None = None) -> None:
    """The count axis where the months start (the right, right to left), the rate axis at the other end."""
    right_to_left = _right_to_left()
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    if rates is not None:
        chart.addAxis(rates, Qt.AlignmentFlag.AlignLeft if right_to_left else Qt.AlignmentFlag.AlignRight)


class ChartView(QChartView):
    """A chart view that tells its chart when it changes size (to set the month names upright or not)."""

    def __init__(self, on_resize: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.on_resize is not None:
            self.on_resize()


def _view(title: str) -> tuple[ChartView, QChart]:
    view = ChartView()
    chart = view.chart()  # owned by the view (C++), never by Python
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view, chart


class FollowUpChart:
    """Bars: follow-ups that fell due and were done, per month; a line: the contact rate (right axis, %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.view, self.chart = _view(tr("Follow-ups per month: fell due, done — and contact rate"))
        self.view.setParent(parent)
        self.due = QBarSet(tr("Fell due"))
        self.due.setColor(DUE_COLOUR)
        self.due.setBorderColor(DUE_COLOUR)
        self.done = QBarSet(tr("Done"))
        self.done.setColor(DONE_COLOUR)
        self.done.setBorderColor(DONE_COLOUR)
        self.bars = QBarSeries()
        self.bars.append(self.due)
        self.bars.append(self.done)
        self.contact = QLineSeries()
        self.contact.setName(tr("Contact rate (%)"))
        self.contact.setPen(QPen(CONTACT_COLOUR, 2.5))
        self.contact.setColor(CONTACT_COLOUR)
        self.contact.setPointsVisible(True)
        self.months_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText(tr("Follow-ups"))
        self.rate_axis = QValueAxis()
        self.rate_axis.setRange(0, 100)
        self.rate_axis.setTickCount(6)
        self.rate_axis.setLabelFormat("%d%%")
        self.rate_axis.setTitleText(tr("Contact rate"))
        self.chart.addSeries(self.bars)
        self.chart.addSeries(self.contact)
        _run_in_reading_direction(self.chart, self.months_axis, self.count_axis, self.rate_axis)
        self.view.on_resize = lambda: _fit_months(self.chart, self.months_axis)
        self.bars.attachAxis(self.months_axis)
        self.bars.attachAxis(self.count_axis)
        self.contact.attachAxis(self.months_axis)
        self.contact.attachAxis(self.rate_axis)

    def show_months(self, months: tuple[Month, ...]) -> None:
        self.due.remove(0, self.due.count())
        self.done.remove(0, self.done.count())
        self.contact.clear()
        _label_months(self.months_axis, months)
        for index, month in enumerate(in_reading_order(months)):
            self.due.append(month.figures.due)
            self.done.append(month.figures.done)
            rate = month.figures.contact_rate
            if rate is not None:
                self.contact.append(float(index), rate * 100)
        top, ticks = nice_top(max((m.figures.due for m in months), default=0))
        self.count_axis.setTickCount(ticks)
        self.count_axis.setRange(0, top)
        _fit_months(self.chart, self.months_axis)


class IncidentChart:
    """Incidents reported per month, stacked by kind of breach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.view, self.chart = _view(tr(TITLE_INCIDENTS))
        self.view.setParent(parent)
        self.sets: dict[IncidentKind, QBarSet] = {}
        self.bars = QStackedBarSeries()
        for kind in INCIDENT_KINDS:
            bar_set = QBarSet(label(kind))
            bar_set.setColor(INCIDENT_COLOURS[kind])
            bar_set.setBorderColor(INCIDENT_COLOURS[kind])
            self.bars.append(bar_set)
            self.sets[kind] = bar_set
        self.months_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText(tr("Reports"))
        self.chart.addSeries(self.bars)
        _run_in_reading_direction(self.chart, self.months_axis, self.count_axis)
        self.view.on_resize = lambda: _fit_months(self.chart, self.months_axis)
        self.bars.attachAxis(self.months_axis)
        self.bars.attachAxis(self.count_axis)

    def show_months(self, months: tuple[Month, ...]) -> None:
        _label_months(self.months_axis, months)
        for kind, bar_set in self.sets.items():
            count = sum(m.figures.incidents.of(kind) for m in months)
            bar_set.setLabel(f"{label(kind)} ({number(count)})")
            bar_set.remove(0, bar_set.count())
            for month in in_reading_order(months):
                bar_set.append(month.figures.incidents.of(kind))
        highest = max((sum(m.figures.incidents.of(k) for k in INCIDENT_KINDS) for m in months), default=0)
        self.chart.setTitle(tr(TITLE_INCIDENTS) if highest else tr(TITLE_INCIDENTS) + " — " + tr("none in the period"))
        top, ticks = nice_top(highest)
        self.count_axis.setTickCount(ticks)
        self.count_axis.setRange(0, top)
        _fit_months(self.chart, self.months_axis)
