"""The validity timeline: one lane per assurance kind, a bar per assurance from valid_from to valid_to.

Time runs in the reading direction: left to right, and right to left in Arabic (the lane names then sit on
the right). Positions are worked out left to right and mirrored where they are drawn (`_mx`, `_mirrored`),
so the bars, the grid, the month names and the legend all turn round together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.i18n import current_locale, tr
from desktop.labels import STATUS_COLOURS, arrow, day, label, month
from desktop.places import place_name
from planning.country_view import AssuranceView
from planning.vocabulary import AssuranceKind, AssuranceStatus

GUTTER = 178  # lane labels
AXIS = 30  # month ticks and year labels
LEGEND = 26
ROW = 24
BAR = 17
LANE_PAD = 7
FADE = 70  # how far an open-ended bar fades out before the edge
TODAY_COLOUR = QColor("#1565c0")


@dataclass(frozen=True)
class Bar:
    assurance: AssuranceView
    lane: int
    row: int  # sub-row within the lane, when assurances of one kind overlap
    rect: QRectF


def month_start(d: date) -> date:
    return d.replace(day=1)


def next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def visible_range(assurances: Sequence[AssuranceView], today: date) -> tuple[date, date]:
    """From six months back (or the earliest start) to a year ahead (or the latest end), whole months."""
    earliest = min([today - timedelta(days=182), *(a.valid_from for a in assurances)])
    latest = max([today + timedelta(days=365), *(a.valid_to for a in assurances if a.valid_to)])
    earliest = max(earliest, today - timedelta(days=3 * 365))
    latest = min(latest, today + timedelta(days=3 * 365))
    return month_start(earliest), next_month(latest)


def month_name(d: date) -> str:
    """The month's short name alone ('Jun', 'juin', 'يونيو') in the interface locale."""
    locale = current_locale() or QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(d.year, d.month, 1), "MMM")


def pack(assurances: Sequence[AssuranceView]) -> dict[int, int]:
    """A sub-row for each assurance so that overlapping ones of a kind sit one above the other."""
    rows: dict[int, int] = {}
    ends: list[date] = []
    for a in sorted(assurances, key=lambda a: (a.valid_from, a.id)):
        end = a.valid_to or date.max
        for i, last in enumerate(ends):
            if last < a.valid_from:
                ends[i] = end
                rows[a.id] = i
                break
        else:
            rows[a.id] = len(ends)
            ends.append(end)
    return rows


class ValidityTimeline(QWidget):
    """Custom-painted: lanes for readmission, no-punishment and monitoring authorisation."""

    assurance_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Assurance validity timeline"))
        self._assurances: tuple[AssuranceView, ...] = ()
        self._today = date.today()
        self._rows: dict[int, int] = {}
        self._lane_rows: dict[AssuranceKind, int] = {kind: 1 for kind in AssuranceKind}
        self._selected: int | None = None
        self._bars: list[Bar] = []
        self._exit_punished = True
        #: While a country loads: its lanes say so rather than "None recorded".
        self._loading = False

    # --- data -------------------------------------------------------------------------------------
    def set_loading(self) -> None:
        """Another country is being read: no bars, and each lane says it is loading."""
        self._loading = True
        self._assurances = ()
        self._rows = {}
        self._lane_rows = {kind: 1 for kind in AssuranceKind}
        self.updateGeometry()
        self.update()

    def set_data(self, assurances: Sequence[AssuranceView], today: date, *, exit_punished: bool = True) -> None:
        self._loading = False
        self._assurances = tuple(assurances)
        self._exit_punished = exit_punished
        self._today = today
        self._rows = {}
        for kind in AssuranceKind:
            of_kind = [a for a in self._assurances if a.kind is kind]
            packed = pack(of_kind)
            self._rows.update(packed)
            self._lane_rows[kind] = max([1, *(r + 1 for r in packed.values())])
        self.updateGeometry()
        self.update()

    def set_selected(self, assurance_id: int | None) -> None:
        if assurance_id != self._selected:
            self._selected = assurance_id
            self.update()

    def bars(self) -> list[Bar]:
        """Where each assurance is drawn (valid after a paint or a call to `layout_bars`)."""
        return list(self._bars)

    def _empty_note(self, kind: AssuranceKind) -> str:
        if self._loading:
            return tr("Loading…")
        if kind is AssuranceKind.NO_PUNISHMENT and not self._exit_punished:
            return tr("None recorded — not needed while irregular exit is not punished")
        return tr("None recorded")

    # --- geometry ---------------------------------------------------------------------------------
    def _lane_height(self, kind: AssuranceKind) -> int:
        return self._lane_rows[kind] * ROW + 2 * LANE_PAD

    def sizeHint(self) -> QSize:
        height = AXIS + sum(self._lane_height(k) for k in AssuranceKind) + LEGEND + 4
        return QSize(760, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 240, self.sizeHint().height())

    def _x(self, d: date, start: date, end: date) -> float:
        """Where `d` falls, measured from the lane names' side (the left, right to left the right)."""
        span = max((end - start).days, 1)
        width = self.width() - GUTTER - 12
        return GUTTER + width * (d - start).days / span

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _mx(self, x: float) -> float:
        """A distance from the lane names' side as a position on the widget."""
        return self.width() - x if self._rtl() else x

    def _mirrored(self, rect: QRectF) -> QRectF:
        """A rectangle laid out from the lane names' side, where it is drawn."""
        if not self._rtl():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _text_at(self, p: QPainter, x: float, baseline: float, text: str) -> None:
        """`text` starting `x` from the lane names' side, read in the interface's direction."""
        width = QFontMetrics(p.font()).horizontalAdvance(text)
        p.drawText(QPointF(self.width() - x - width if self._rtl() else x, baseline), text)

    def layout_bars(self) -> list[Bar]:
        start, end = visible_range(self._assurances, self._today)
        right = self._x(end, start, end)
        bars = []
        top = AXIS
        for lane, kind in enumerate(AssuranceKind):
            for a in (a for a in self._assurances if a.kind is kind):
                if (a.valid_to is not None and a.valid_to < start) or a.valid_from >= end:
                    continue
                x0 = self._x(max(a.valid_from, start), start, end)
                x1 = right if a.valid_to is None else self._x(min(a.valid_to + timedelta(days=1), end), start, end)
                y = top + LANE_PAD + self._rows.get(a.id, 0) * ROW + (ROW - BAR) / 2
                rect = self._mirrored(QRectF(x0, y, max(x1 - x0, 3.0), BAR))
                bars.append(Bar(a, lane, self._rows.get(a.id, 0), rect))
            top += self._lane_height(kind)
        self._bars = bars
        return bars

    def bar_at(self, point: QPointF) -> Bar | None:
        shown = self.visibleRegion().boundingRect()
        if not shown.isEmpty() and not (shown.top() + AXIS <= point.y() <= shown.bottom() - LEGEND):
            return None  # the axis and the legend, which stay in view over the bars
        for bar in reversed(self._bars):
            if bar.rect.adjusted(-2, -2, 2, 2).contains(point):
                return bar
        return None

    # --- events -----------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), tooltip(bar.assurance, self._today), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.assurance_clicked.emit(bar.assurance.id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.bar_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(140)
        grid = QColor(text)
        grid.setAlpha(28)
        start, end = visible_range(self._assurances, self._today)
        lanes_bottom = AXIS + sum(self._lane_height(k) for k in AssuranceKind)
        # inside a scroll area, the axis, the lane names and the legend stay in view
        shown = self.visibleRegion().boundingRect()
        view_top = float(shown.top()) if not shown.isEmpty() else 0.0
        view_bottom = float(shown.bottom() + 1) if not shown.isEmpty() else float(self.height())
        p.fillRect(self.rect(), base)

        top = AXIS
        stripe = QColor(text)
        stripe.setAlpha(10)
        for lane, kind in enumerate(AssuranceKind):
            if lane % 2 == 0:
                p.fillRect(QRectF(0, top, self.width(), self._lane_height(kind)), stripe)
            top += self._lane_height(kind)
        self._paint_grid(p, start, end, lanes_bottom, muted, grid)
        for bar in self.layout_bars():
            self._paint_bar(p, bar)
        x = self._mx(self._x(self._today, start, end))
        p.setPen(QPen(TODAY_COLOUR, 2))
        p.drawLine(QPointF(x, AXIS - 6), QPointF(x, lanes_bottom))
        self._paint_lane_names(p, view_top, muted)

        p.fillRect(QRectF(0, view_top, self.width(), AXIS), base)
        self._paint_ticks(p, start, end, view_top, muted, grid)
        p.setPen(QPen(TODAY_COLOUR, 2))
        p.drawLine(QPointF(x, view_top + AXIS - 6), QPointF(x, view_top + AXIS))
        small = p.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        small.setBold(True)
        p.setFont(small)
        p.setPen(TODAY_COLOUR)
        p.drawText(QRectF(x - 40, view_top, 80, 14), Qt.AlignmentFlag.AlignCenter, tr("Today"))
        p.setFont(self.font())
        legend_top = min(float(lanes_bottom), view_bottom - LEGEND)
        p.fillRect(QRectF(0, legend_top, self.width(), LEGEND + 4), base)
        self._paint_legend(p, legend_top, muted)

    def _paint_lane_names(self, p: QPainter, view_top: float, muted: QColor) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        top = float(AXIS)
        for kind in AssuranceKind:
            height = self._lane_height(kind)
            box = metrics.boundingRect(0, 0, GUTTER - 20, 200, int(flags), label(kind)).height() + 4
            # centred in a short lane; in a tall one, at its top and following the scroll
            y = top + (height - box) / 2 if height <= 2 * ROW + 2 * LANE_PAD else max(
                top + LANE_PAD, min(view_top + AXIS + LANE_PAD, top + height - box - LANE_PAD))
            p.setFont(bold)
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawText(self._mirrored(QRectF(12, y, GUTTER - 20, box)), flags, label(kind))
            if not any(a.kind is kind for a in self._assurances):
                p.setFont(self.font())
                p.setPen(muted)
                p.drawText(self._mirrored(QRectF(GUTTER + 8, top, self.width() - GUTTER - 16, height)),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._empty_note(kind))
            top += height
        p.setFont(self.font())

    def _months(self, start: date, end: date) -> list[date]:
        months = []
        d = start
        while d <= end:
            months.append(d)
            d = next_month(d)
        return months

    def _paint_grid(self, p: QPainter, start: date, end: date, bottom: float, muted: QColor, grid: QColor) -> None:
        for d in self._months(start, end):
            x = self._mx(self._x(d, start, end))
            p.setPen(QPen(muted if d.month == 1 else grid, 1))
            p.drawLine(QPointF(x, AXIS), QPointF(x, bottom))

    def _paint_ticks(self, p: QPainter, start: date, end: date, top: float, muted: QColor, grid: QColor) -> None:
        months = max(1, (end.year - start.year) * 12 + end.month - start.month)
        per_month = (self.width() - GUTTER - 12) / months
        step = 1 if per_month >= 30 else 3 if per_month >= 12 else 6
        metrics = QFontMetrics(self.font())
        free_from = float(GUTTER)  # labels never overlap: each starts after the previous one ends
        for d in self._months(start, end):
            x = self._x(d, start, end)
            year_start = d.month == 1
            p.setPen(QPen(muted if year_start else grid, 1))
            p.drawLine(QPointF(self._mx(x), top + AXIS - (8 if year_start else 4)), QPointF(self._mx(x), top + AXIS))
            if d < end and (d.month - 1) % step == 0:
                name = month(d) if year_start or d == start else month_name(d)
                width = metrics.horizontalAdvance(name)
                if x + 3 >= free_from and x + width + 4 < self.width():
                    p.setPen(muted)
                    self._text_at(p, x + 3, top + AXIS - 8, name)
                    free_from = x + width + 12
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(self._mx(GUTTER), top + AXIS), QPointF(self._mx(self.width()), top + AXIS))

    def _paint_bar(self, p: QPainter, bar: Bar) -> None:
        a = bar.assurance
        colour = STATUS_COLOURS[a.status]
        rect = bar.rect
        rtl = self._rtl()
        if a.valid_to is None:  # fades out towards the end of time: the right, right to left the left
            gradient = (QLinearGradient(rect.right(), 0, rect.left(), 0) if rtl
                        else QLinearGradient(rect.left(), 0, rect.right(), 0))
            fade_from = max(0.0, (rect.width() - FADE) / rect.width()) if rect.width() > 0 else 0.0
            faded = QColor(colour)
            faded.setAlpha(0)
            gradient.setColorAt(0.0, colour)
            gradient.setColorAt(fade_from, colour)
            gradient.setColorAt(1.0, faded)
            brush = QBrush(gradient)
        else:
            brush = QBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(brush)
        p.drawRoundedRect(rect, 4, 4)
        if a.status is AssuranceStatus.REVOKED:
            p.setBrush(QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 4, 4)
        if a.id == self._selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5))
            p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
        caption = a.reference + (f" · {place_name(a.region)}" if a.region else "")
        metrics = QFontMetrics(self.font())
        visible = rect.right() if rtl else self.width() - rect.left()
        room = int(min(rect.width(), visible) - (FADE / 2 if a.valid_to is None else 0) - 10)
        if room > 30:  # from where the bar starts: its left end, right to left its right end
            p.setPen(QColor("#ffffff") if a.status is not AssuranceStatus.UNDER_REVIEW else QColor("#3d2e00"))
            p.drawText(rect.adjusted(0, 0, -6, 0) if rtl else rect.adjusted(6, 0, 0, 0),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       metrics.elidedText(caption, Qt.TextElideMode.ElideRight, room))

    def _paint_legend(self, p: QPainter, top: float, muted: QColor) -> None:
        metrics = QFontMetrics(self.font())
        x = float(GUTTER)
        y = top + 8
        for status in (AssuranceStatus.IN_FORCE, AssuranceStatus.REQUESTED, AssuranceStatus.UNDER_REVIEW,
                       AssuranceStatus.EXPIRED, AssuranceStatus.REVOKED):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(STATUS_COLOURS[status])
            p.drawRoundedRect(self._mirrored(QRectF(x, y + 1, 14, 10)), 2, 2)
            name = label(status)
            p.setPen(muted)
            self._text_at(p, x + 19, y + 10, name)
            x += 19 + metrics.horizontalAdvance(name) + 18
        name = tr("Open-ended: fades to the edge")
        if x + metrics.horizontalAdvance(name) < self.width():
            self._text_at(p, x, y + 10, name)


def tooltip(a: AssuranceView, today: date) -> str:
    scope = label(a.scope) + (f" ({', '.join(p.name for p in a.persons)})" if a.persons else "")
    lines = [f"<b>{escape(label(a.kind))}</b> — {escape(a.reference)}",
             f"{label(a.status)} · {day(a.valid_from)} {arrow()} {day(a.valid_to)}",
             tr("Issued by {authority}").format(authority=a.issuing_authority),
             tr("Scope: {scope}").format(scope=scope)]
    if a.monitoring_level is not None:
        lines.append(tr("Monitoring: {level}").format(level=label(a.monitoring_level)))
    if a.region:
        lines.append(tr("Region: {region}").format(region=place_name(a.region)))
    if a.valid_to is not None and a.status is AssuranceStatus.IN_FORCE and a.valid_to >= today:
        lines.append(tr("%n day(s) left", None, (a.valid_to - today).days))
    if a.has_scan:
        lines.append(tr("Scan: {file}").format(file=a.scan_filename))
    return "<br>".join(escape(line) if not line.startswith("<b>") else line for line in lines)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
