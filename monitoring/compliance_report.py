"""The country compliance report as a PDF (ReportLab): key figures, two charts, the months, the assurances.

`write_pdf(report, path)` draws a `monitoring.compliance.ComplianceReport` on A4 pages with the
bundled Noto Sans: a header naming the country and the period on every page, the figures, the
follow-up chart (bars: fell due and done; line: contact rate), the incidents by kind per month, the
month-by-month table, the monitoring plans and the assurances' status, and how things were counted.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

import resources
from monitoring.compliance import INCIDENT_KINDS, ComplianceReport, Figures, Month
from planning.errors import HomewardError
from planning.storage.models.monitoring import IncidentKind

FONT_DIR = Path(resources.__file__).resolve().parent / "fonts"
REGULAR, BOLD = "ComplianceSans", "ComplianceSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER = 24 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#5f6368")
NAVY = colors.HexColor("#1a3a5f")
RULE = colors.HexColor("#c8d0da")
ZEBRA = colors.HexColor("#f3f6fa")
DUE_COLOUR = colors.HexColor("#a8c7fa")
DONE_COLOUR = colors.HexColor("#0b57d0")
CONTACT_COLOUR = colors.HexColor("#188038")
WARN = colors.HexColor("#b3261e")
INCIDENT_COLOURS = {
    IncidentKind.PUNISHMENT: colors.HexColor("#b3261e"),
    IncidentKind.DETENTION: colors.HexColor("#e37400"),
    IncidentKind.READMISSION_REFUSED: colors.HexColor("#6d4c41"),
}
INCIDENT_LABELS = {
    IncidentKind.PUNISHMENT: "Punishment",
    IncidentKind.DETENTION: "Detention",
    IncidentKind.READMISSION_REFUSED: "Readmission refused",
}
STATUS_COLOURS = {
    "in_force": colors.HexColor("#e6f4ea"),
    "requested": colors.HexColor("#eef0f2"),
    "under_review": colors.HexColor("#fff4d6"),
    "expired": colors.HexColor("#f6e3e1"),
    "revoked": colors.HexColor("#fde7e9"),
}


class ReportWriteError(HomewardError):
    """The PDF could not be written (folder missing, no permission, disk full)."""

    code = "report.write"


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def _style(name: str, size: float = 9, *, bold: bool = False, colour: Any = INK, leading: float | None = None,
           **extra: Any) -> ParagraphStyle:
    extra.setdefault("alignment", TA_LEFT)
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, textColor=colour,
                          leading=leading or size * 1.3, **extra)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f} %"


def words(value: str) -> str:
    return value.replace("_", " ").capitalize()


# -- the document ---------------------------------------------------------------------------------
def pdf_bytes(report: ComplianceReport, *, issued: datetime | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages."""
    register_fonts()
    buffer = io.BytesIO()
    pages: list[int] = []
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + 6 * mm, title=f"Compliance report — {report.country_name}, {report.period_from} to "
        f"{report.period_to}", author="Homeward", subject="Country compliance with its assurances",
        creator="Homeward")
    frame = Frame(MARGIN, MARGIN + 6 * mm, WIDTH, PAGE_HEIGHT - 2 * MARGIN - HEADER - 6 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    moment = issued or datetime.now()
    document.addPageTemplates([PageTemplate("report", [frame], onPage=_header(report))])
    try:
        document.build(story(report), canvasmaker=_numbered(report, moment, pages))
    except LayoutError as exc:  # a bug in the layout, not the user's doing
        raise RuntimeError(f"the compliance report could not be laid out: {exc}") from exc
    return buffer.getvalue(), pages[0] if pages else 0


def write_pdf(report: ComplianceReport, path: Path, *, issued: datetime | None = None) -> int:
    """Write the report to `path` (whole or not at all); returns the number of pages."""
    data, pages = pdf_bytes(report, issued=issued)
    target = Path(path)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ReportWriteError(f"Could not save the report to {target}: {exc.strerror or exc}") from exc
    return pages


def _header(report: ComplianceReport) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFillColor(NAVY)
        canvas.rect(MARGIN, top - 2.2 * mm, WIDTH, 2.2 * mm, stroke=0, fill=1)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(NAVY)
        canvas.drawString(MARGIN, top - 7 * mm, "HOMEWARD · ASSISTED VOLUNTARY RETURN · POST-RETURN MONITORING")
        canvas.setFont(BOLD, 15)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top - 14 * mm, "Country compliance report")
        canvas.setFont(REGULAR, 10)
        canvas.drawRightString(MARGIN + WIDTH, top - 14 * mm, f"{report.country_name} ({report.country_code})")
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top - 19 * mm, f"Period {report.period_from.isoformat()} to "
                          f"{report.period_to.isoformat()}")
        canvas.drawRightString(MARGIN + WIDTH, top - 19 * mm, f"Figures as of {report.as_of.isoformat()}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 21.5 * mm, MARGIN + WIDTH, top - 21.5 * mm)
        canvas.restoreState()

    return draw


def _numbered(report: ComplianceReport, issued: datetime, pages: list[int]) -> type[Canvas]:
    """A canvas that learns the page count before saving, for 'page x of y' in the footer."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            pages.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, MARGIN + 3 * mm, MARGIN + WIDTH, MARGIN + 3 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, MARGIN, f"Compliance report {report.country_code} "
                            f"{report.period_from.isoformat()}–{report.period_to.isoformat()} · drawn up "
                            f"{issued:%Y-%m-%d %H:%M} by Homeward")
            self.drawRightString(MARGIN + WIDTH, MARGIN, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


def story(report: ComplianceReport) -> list[Flowable]:
    title = _style("section", 11, bold=True, colour=NAVY, spaceBefore=10, spaceAfter=4)
    note = _style("note", 7.5, colour=MUTED)
    totals = report.totals
    flow: list[Flowable] = [
        Paragraph(_escape(_summary(report)), _style("lead", 9.5, spaceAfter=6)),
        _key_figures(report),
        Paragraph("Follow-ups per month", title),
        _follow_up_chart(report.months),
        Paragraph("Incidents reported per month, by kind of breach", title),
        _incident_chart(report.months),
        CondPageBreak(60 * mm),
        Paragraph("Month by month", title),
        _month_table(report.months, totals),
        KeepTogether([Paragraph("Monitoring plans", title), _plans(report)]),
        KeepTogether([Paragraph("Assurances valid during the period, with their status today", title),
                      _assurance_table(report)]),
        Spacer(1, 8),
        Paragraph(_escape(
            "How this report counts. A follow-up counts in the month it fell due, whatever day it was logged; "
            "follow-ups due after the day the figures were drawn up are not counted. Done vs due = done / fell "
            "due. Contact rate = contact made / logged (done + missed); a breach reported by a partner without "
            "contact counts as done without contact. Missed contacts are escalated (a second attempt, then a field "
            "visit where active monitoring is authorised) and each attempt counts on its own due date. An "
            "incident counts in the month it was reported; one incident may report several kinds of breach. Open "
            "incidents are those awaiting a review decision today. The monitoring shortfall counts households "
            "whose risk profile calls for active monitoring where the country authorised only passive "
            "monitoring."), note),
    ]
    return flow


def _summary(report: ComplianceReport) -> str:
    totals = report.totals
    months = len(report.months)
    counted = (f" Follow-ups are counted up to {report.counted_to.isoformat()}, the day the figures were drawn up."
               if report.counted_to < report.period_to else "")
    incidents = totals.incidents.incidents
    return (f"Over {months} month{'s' if months != 1 else ''}, {totals.due} follow-up"
            f"{'s' if totals.due != 1 else ''} of returnees to {report.country_name} fell due and {totals.done} "
            f"{'were' if totals.done != 1 else 'was'} done ({percent(totals.done_rate)}); monitors reached the "
            f"returnee in {percent(totals.contact_rate)} of the follow-ups logged. {incidents} incident"
            f"{'s' if incidents != 1 else ''} of a breach of the assurances {'were' if incidents != 1 else 'was'} "
            f"reported; {report.open_incidents} {'are' if report.open_incidents != 1 else 'is'} open today."
            f"{counted}")


def _key_figures(report: ComplianceReport) -> Table:
    totals, plans = report.totals, report.plans
    value = _style("figure", 16, bold=True, leading=19)
    warn = _style("figure-warn", 16, bold=True, leading=19, colour=WARN)
    caption = _style("caption", 7.5, colour=MUTED, leading=9.5)
    cells = [
        ("Fell due", str(totals.due), f"{len(report.months)} months", False),
        ("Done", str(totals.done), f"{percent(totals.done_rate)} of due", False),
        ("Missed", str(totals.missed), "no contact, escalated", False),
        ("Not yet logged", str(totals.outstanding), "overdue", totals.outstanding > 0),
        ("Contact rate", percent(totals.contact_rate), f"{totals.contact_made} of {totals.logged} logged", False),
        ("Incidents", str(totals.incidents.incidents), f"{report.open_incidents} open today",
         report.open_incidents > 0),
        ("Households monitored", str(plans.total), f"{plans.active} active · {plans.passive} passive", False),
        ("Monitoring shortfall", str(plans.shortfall), "need active, passive only", plans.shortfall > 0),
    ]

    def cell(entry: tuple[str, str, str, bool]) -> list[Flowable]:
        name, figure, detail, warning = entry
        return [Paragraph(_escape(name), caption), Paragraph(_escape(figure), warn if warning else value),
                Paragraph(_escape(detail), caption)]

    rows = [[cell(c) for c in cells[:4]], [cell(c) for c in cells[4:]]]
    table = Table(rows, colWidths=[WIDTH / 4] * 4)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _month_labels(months: Sequence[Month]) -> list[str]:
    return [f"{m.start:%b %y}" for m in months]


def _axis_top(value: int) -> tuple[int, int]:
    """A whole-number axis top at or above `value` and its step (1-2-5, at most 5 steps)."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * scale
            steps = -(-max(value, 1) // step)
            if steps <= 5:
                return steps * step, step
        scale *= 10


def _bar_chart(months: Sequence[Month], data: list[list[int]], top: int, step: int, height: float) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = WIDTH - 80, height - 62
    chart.data = data
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ec")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = _month_labels(months)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7 if len(months) <= 18 else 5.5
    chart.categoryAxis.strokeColor = RULE
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -3
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(months) <= 24 else 2
    chart.bars.strokeWidth = 0
    return chart


def _legend(items: list[tuple[Any, str]], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx, legend.dy = 8, 8
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.strokeWidth = 0
    legend.boxAnchor = "w"
    legend.colorNamePairs = items
    legend.autoXPadding = 14
    return legend


def _follow_up_chart(months: Sequence[Month]) -> Drawing:
    height = 68 * mm
    drawing = Drawing(WIDTH, height)
    top, step = _axis_top(max((m.figures.due for m in months), default=0))
    bars = _bar_chart(months, [[m.figures.due for m in months], [m.figures.done for m in months]], top, step,
                      height)
    bars.bars[0].fillColor = DUE_COLOUR
    bars.bars[1].fillColor = DONE_COLOUR
    drawing.add(bars)
    rates = [(index + 0.5, m.figures.contact_rate * 100) for index, m in enumerate(months)
             if m.figures.contact_rate is not None]
    line = LinePlot()
    line.x, line.y, line.width, line.height = bars.x, bars.y, bars.width, bars.height
    line.data = [rates or [(0.5, 0.0)]]
    line.lines[0].strokeColor = CONTACT_COLOUR if rates else colors.transparent
    line.lines[0].strokeWidth = 1.6
    line.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=CONTACT_COLOUR,
                                      strokeColor=CONTACT_COLOUR) if rates else None
    line.xValueAxis.valueMin, line.xValueAxis.valueMax = 0, max(len(months), 1)
    line.xValueAxis.visible = False
    line.yValueAxis.valueMin, line.yValueAxis.valueMax, line.yValueAxis.valueStep = 0, 100, 20
    line.yValueAxis.joinAxis = line.xValueAxis
    line.yValueAxis.joinAxisMode = "right"
    line.yValueAxis.labels.boxAnchor = "w"
    line.yValueAxis.labels.dx = 4
    line.yValueAxis.labels.fontName = REGULAR
    line.yValueAxis.labels.fontSize = 7
    line.yValueAxis.labels.fillColor = CONTACT_COLOUR
    line.yValueAxis.labelTextFormat = "%d %%"
    line.yValueAxis.tickLeft, line.yValueAxis.tickRight = 0, 3
    line.yValueAxis.strokeColor = RULE
    drawing.add(line)
    drawing.add(String(2, height - 10, "Follow-ups", fontName=REGULAR, fontSize=7, fillColor=MUTED))
    drawing.add(String(WIDTH, height - 10, "Contact rate", fontName=REGULAR, fontSize=7, fillColor=CONTACT_COLOUR,
                       textAnchor="end"))
    drawing.add(_legend([(DUE_COLOUR, "Fell due"), (DONE_COLOUR, "Done"), (CONTACT_COLOUR, "Contact rate (%)")],
                        60, height - 8))
    return drawing


def _incident_chart(months: Sequence[Month]) -> Drawing:
    height = 58 * mm
    drawing = Drawing(WIDTH, height)
    highest = max((sum(m.figures.incidents.of(k) for k in INCIDENT_KINDS) for m in months), default=0)
    top, step = _axis_top(highest)
    bars = _bar_chart(months, [[m.figures.incidents.of(kind) for m in months] for kind in INCIDENT_KINDS], top,
                      step, height)
    bars.categoryAxis.style = "stacked"
    for index, kind in enumerate(INCIDENT_KINDS):
        bars.bars[index].fillColor = INCIDENT_COLOURS[kind]
    drawing.add(bars)
    drawing.add(String(2, height - 10, "Reports", fontName=REGULAR, fontSize=7, fillColor=MUTED))
    drawing.add(_legend([(INCIDENT_COLOURS[k], INCIDENT_LABELS[k]) for k in INCIDENT_KINDS], 60, height - 8))
    if not highest:
        drawing.add(String(bars.x + bars.width / 2, bars.y + bars.height / 2, "No incident reported in the period",
                           fontName=REGULAR, fontSize=9, fillColor=MUTED, textAnchor="middle"))
    return drawing


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]] | None = None,
           numeric_from: int | None = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 9.5),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if numeric_from is not None:
        style.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def _month_row(name: str, f: Figures) -> list[str]:
    kinds = f.incidents
    return [name, str(f.due), str(f.done), str(f.missed), str(f.outstanding), str(f.contact_made),
            percent(f.done_rate), percent(f.contact_rate), str(kinds.incidents),
            *(str(kinds.of(k)) for k in INCIDENT_KINDS)]


def _month_table(months: Sequence[Month], totals: Figures) -> Table:
    head = _style("head", 7, bold=True, colour=colors.white, leading=8.5, alignment=TA_RIGHT)
    header = [Paragraph("Month", head.clone("head-left", alignment=TA_LEFT)),
              *(Paragraph(name, head) for name in ("Fell due", "Done", "Missed", "Not logged", "Contact made",
                                                   "Done / due", "Contact rate", "Incidents", "Punish&shy;ment",
                                                   "Deten&shy;tion", "Readm. refused"))]
    rows = [header, *(_month_row(m.label, m.figures) for m in months), _month_row("Total", totals)]
    widths = [WIDTH * w for w in (0.1, 0.075, 0.07, 0.075, 0.085, 0.08, 0.085, 0.085, 0.09, 0.085, 0.08, 0.09)]
    last = len(rows) - 1
    return _table(rows, widths, [("FONTNAME", (0, last), (-1, last), BOLD),
                                 ("LINEABOVE", (0, last), (-1, last), 0.9, NAVY),
                                 ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#e8eef6"))])


def _plans(report: ComplianceReport) -> Table:
    plans = report.plans
    decided = ", ".join(f"{n} {words(outcome.value).lower()}" for outcome, n in report.decisions) or "none"
    rows = [
        ["Households monitored (arrived by the end of the period)", str(plans.total)],
        ["   of which arrived during the period", str(plans.arrived_in_period)],
        ["Monitored actively (visits authorised)", str(plans.active)],
        ["Monitored passively (reports come to the monitors)", str(plans.passive)],
        ["Not monitored: no authorisation on the arrival date", str(plans.unmonitored)],
        ["Shortfall: active monitoring needed, only passive authorised", str(plans.shortfall)],
        ["Open incidents awaiting a review decision today", str(report.open_incidents)],
        ["Review decisions recorded during the period", decided],
    ]
    body = [["Plans and reviews", "Count"], *rows]
    extra: list[tuple[Any, ...]] = []
    if plans.shortfall:
        extra.append(("TEXTCOLOR", (1, 6), (1, 6), WARN))
    if report.open_incidents:
        extra.append(("TEXTCOLOR", (1, 7), (1, 7), WARN))
    return _table(body, [WIDTH * 0.72, WIDTH * 0.28], extra)


#: Assurance columns that may wrap (kind, reference, issuer, scope, region); dates and status never do.
WRAPPED = frozenset({0, 1, 2, 3, 7})


def _assurance_table(report: ComplianceReport) -> Flowable:
    if not report.assurances:
        return Paragraph("No assurance of this country is valid during the period.", _style("none", 9, colour=MUTED))
    cell = _style("cell", 7.5, leading=9.5)
    header = ["Assurance", "Reference", "Issued by", "Scope", "Status", "Valid from", "Valid to", "Region",
              "Monitoring"]
    rows: list[list[Any]] = [header]
    extra: list[tuple[Any, ...]] = []
    for index, a in enumerate(report.assurances, start=1):
        values = (words(a.kind.value), a.reference, a.issuing_authority, words(a.scope.value), words(a.status.value),
                  a.valid_from.isoformat(), a.valid_to.isoformat() if a.valid_to else "open-ended",
                  a.region or "whole country", words(a.monitoring_level.value) if a.monitoring_level else "—")
        rows.append([Paragraph(_escape(value), cell) if column in WRAPPED else value
                     for column, value in enumerate(values)])
        extra.append(("BACKGROUND", (4, index), (4, index), STATUS_COLOURS[a.status.value]))
    widths = [WIDTH * w for w in (0.13, 0.12, 0.16, 0.11, 0.1, 0.1, 0.1, 0.09, 0.09)]
    return _table(rows, widths, extra, numeric_from=None)
