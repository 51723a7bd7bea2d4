"""The country compliance report as an issued document: a PDF on the official page with a verification code.

`issue_report(store, country, period_from, period_to, path=...)` computes the figures
(`monitoring.compliance`), records the issue (`planning.documents.verification`: the code printed on
the report vouches for exactly these figures) and lays them out with the shared page
(`planning.documents.layout`: letterhead, reference, page numbers, QR and verification block) — all
in one transaction, the file written before it commits, so an issue is recorded only for a report
that was saved. The report: a summary, key figures, the follow-up chart (bars: fell due and done;
line: contact rate), incidents by kind per month, the months, the monitoring plans, the assurances'
status, and how things were counted.

The subject of an issue is 'GEO 2026-06-01 2026-12-31 @2026-09-20' (country, period, the day the
figures were drawn up), so checking a code recomputes the same figures as of that day: *match* while
the records still say the same, *superseded* once a follow-up, incident or assurance changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle
from sqlalchemy.orm import Session

from monitoring.compliance import INCIDENT_KINDS, ComplianceReport, Figures, Month, compute, validate
from planning.documents import fonts, layout, printable, verification
from planning.documents.layout import CONTENT_WIDTH as WIDTH
from planning.documents.office import letterhead
from planning.documents.text import TextStyle
from planning.documents.verification import Facts
from planning.errors import HomewardError, NotFoundError
from planning.labels import in_sentence, label
from planning.private_files import write_private
from planning.security.permissions import Permission, require
from planning.storage.models.monitoring import IncidentKind
from planning.storage.store import Store

KIND = "compliance-report"
PREFIX = "CR"
TITLE = "Country compliance report"
REGULAR, BOLD = fonts.SANS.name, fonts.SANS.bold

DUE_COLOUR = colors.HexColor("#a8c7fa")
DONE_COLOUR = colors.HexColor("#0b57d0")
CONTACT_COLOUR = colors.HexColor("#188038")
WARN = colors.HexColor("#b3261e")
GRID = colors.HexColor("#e3e7ec")
TOTAL_SHADE = colors.HexColor("#dde6f0")
INCIDENT_COLOURS = {
    IncidentKind.PUNISHMENT: colors.HexColor("#b3261e"),
    IncidentKind.DETENTION: colors.HexColor("#e37400"),
    IncidentKind.READMISSION_REFUSED: colors.HexColor("#6d4c41"),
}
STATUS_COLOURS = {
    "in_force": colors.HexColor("#e6f4ea"),
    "requested": colors.HexColor("#eef0f2"),
    "under_review": colors.HexColor("#fff4d6"),
    "expired": colors.HexColor("#f6e3e1"),
    "revoked": colors.HexColor("#fde7e9"),
}
CELL = layout.CELL.but(size=8)
NUMBER = CELL.but(align="right")
TOTAL = NUMBER.but(bold=True)
HEAD = layout.HEAD_CELL.but(size=7)
HEAD_NUMBER = HEAD.but(align="right")
FIGURE = TextStyle(size=16, bold=True, color=layout.INK, leading=19)
CAPTION = TextStyle(size=7.5, color=layout.MUTED, leading=9.5)
NOTE = layout.SMALL.but(size=7.5, space_before=3 * mm)
_SUBJECT = re.compile(r"^([A-Z]{3}) (\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2}) @(\d{4}-\d{2}-\d{2})$")


class ReportWriteError(HomewardError):
    """The PDF could not be saved (folder missing, no permission, disk full); no issue was recorded."""

    family = "report.write"


@dataclass(frozen=True)
class IssuedReport:
    report: ComplianceReport
    pdf: bytes
    #: The verification code printed on it, 'HW-XXXXX-XXXXX'.
    code: str
    #: The document reference in its header, 'CR-GEO-0007'.
    reference: str
    path: Path | None = None


def subject_of(report: ComplianceReport) -> str:
    return (f"{report.country_code} {report.period_from.isoformat()} {report.period_to.isoformat()} "
            f"@{report.as_of.isoformat()}")


def facts_of(report: ComplianceReport) -> Facts:
    """Everything the report prints, as plain values."""
    return report.as_dict()


def _reload(session: Session, subject: str) -> Facts | None:
    """The facts the report with this subject would print today from the records (None: no such country)."""
    found = _SUBJECT.match(subject)
    if found is None:
        return None
    code, start, end, on = found.groups()
    try:
        return facts_of(compute(session, code, date.fromisoformat(start), date.fromisoformat(end),
                                date.fromisoformat(on)))
    except NotFoundError:
        return None


verification.register_kind(KIND, _reload)


def issue_report(store: Store, country: str, period_from: date, period_to: date, *,
                 path: Path | None = None) -> IssuedReport:
    """Draw up the report as of today, record its issue and render it; with `path`, save it there first
    (a failure to save rolls the issue back: ReportWriteError)."""
    require(store, Permission.ISSUE_MONITORING_REPORTS)
    code = validate(country, period_from, period_to)
    with store.transaction() as session:
        report = compute(session, code, period_from, period_to, store.today())
        subject = subject_of(report)
        issued = verification.issue(session, store, KIND, subject, facts_of(report), store.today())
        office = letterhead(session)
        reference = f"{PREFIX}-{report.country_code}-{issued.id:04d}"
        meta = layout.Meta(title=TITLE, reference=reference, issued=issued, language=office.language,
                           subtitle=f"{printable.line(report.country_name)} ({report.country_code}) · period "
                                    f"{report.period_from.isoformat()} to {report.period_to.isoformat()} · "
                                    f"figures as of {report.as_of.isoformat()}")
        pdf = layout.render(office, meta, story(report))
        if path is not None:
            _write(Path(path), pdf)
    return IssuedReport(report, pdf, issued.display_code, reference, path)


def _write(target: Path, data: bytes) -> None:
    """Whole or not at all (a partial file is never left under the target's name), its owner's alone."""
    try:
        write_private(target, data)
    except OSError as exc:
        raise ReportWriteError("report.not_saved", path=str(target), reason=exc.strerror or str(exc)) from exc


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f} %"


# -- the story --------------------------------------------------------------------------------------
def story(report: ComplianceReport) -> list[Flowable]:
    report = printable.facts(report)  # each stored value on its own line, in its own direction
    return [
        layout.para(_summary(report), layout.BODY.but(space_after=3 * mm)),
        _key_figures(report),
        layout.heading("Follow-ups per month"),
        _follow_up_chart(report.months),
        CondPageBreak(62 * mm),
        layout.heading("Incidents reported per month, by kind of breach"),
        _incident_chart(report.months),
        CondPageBreak(60 * mm),
        layout.heading("Month by month"),
        _month_table(report.months, report.totals),
        KeepTogether([layout.heading("Monitoring plans and reviews"), _plans(report)]),
        KeepTogether([layout.heading("Assurances valid during the period, with their status on "
                                     f"{report.as_of.isoformat()}"), _assurance_table(report)]),
        layout.para(
            "How this report counts. A follow-up counts in the month it fell due, whatever day it was logged; "
            "follow-ups due after the day the figures were drawn up are not counted. Done vs due = done / fell "
            "due. Contact rate = contact made / logged (done + missed); a breach reported by a partner without "
            "contact counts as done without contact. Missed contacts are escalated (a second attempt, then a field "
            "visit where active monitoring is authorised) and each attempt counts on its own due date. An "
            "incident counts in the month it was reported; one incident may report several kinds of breach. Open "
            "incidents are those awaiting a review decision on the day the figures were drawn up. The monitoring "
            "shortfall counts households whose risk profile calls for active monitoring where the country "
            "authorised only passive monitoring.", NOTE),
    ]


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
            f"reported; {report.open_incidents} {'are' if report.open_incidents != 1 else 'is'} open."
            f"{counted}")


def _key_figures(report: ComplianceReport) -> Table:
    totals, plans = report.totals, report.plans
    cells = [
        ("Fell due", str(totals.due), f"{len(report.months)} month{'s' if len(report.months) != 1 else ''}", False),
        ("Done", str(totals.done), f"{percent(totals.done_rate)} of due", False),
        ("Missed", str(totals.missed), "no contact, escalated", False),
        ("Not yet logged", str(totals.outstanding), "overdue", totals.outstanding > 0),
        ("Contact rate", percent(totals.contact_rate), f"{totals.contact_made} of {totals.logged} logged", False),
        ("Incidents", str(totals.incidents.incidents), f"{report.open_incidents} open", report.open_incidents > 0),
        ("Households monitored", str(plans.total), f"{plans.active} active · {plans.passive} passive", False),
        ("Monitoring shortfall", str(plans.shortfall), "active needed, passive only", plans.shortfall > 0),
    ]

    def cell(entry: tuple[str, str, str, bool]) -> list[Flowable]:
        name, figure, detail, warning = entry
        return [layout.para(name, CAPTION), layout.para(figure, FIGURE.but(color=WARN) if warning else FIGURE),
                layout.para(detail, CAPTION)]

    table = Table([[cell(c) for c in cells[:4]], [cell(c) for c in cells[4:]]], colWidths=[WIDTH / 4] * 4)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, layout.RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, layout.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), layout.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _month_labels(months: Sequence[Month]) -> list[str]:
    """'Jun 26' under every month; over more than two years only under each quarter's first month."""
    sparse = len(months) > 24
    return [f"{m.start:%b %y}" if not sparse or m.start.month % 3 == 1 else "" for m in months]


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
    chart.valueAxis.strokeColor = layout.RULE
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = _month_labels(months)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7 if len(months) <= 18 else 5.5
    chart.categoryAxis.strokeColor = layout.RULE
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -3
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(months) <= 24 else 2
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
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
    line.yValueAxis.strokeColor = layout.RULE
    drawing.add(line)
    drawing.add(String(2, height - 10, "Follow-ups", fontName=REGULAR, fontSize=7, fillColor=layout.MUTED))
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
    drawing.add(String(2, height - 10, "Reports", fontName=REGULAR, fontSize=7, fillColor=layout.MUTED))
    totals = {k: sum(m.figures.incidents.of(k) for m in months) for k in INCIDENT_KINDS}
    drawing.add(_legend([(INCIDENT_COLOURS[k], f"{label(k)} ({totals[k]})") for k in INCIDENT_KINDS],
                        60, height - 8))
    if not highest:
        drawing.add(String(bars.x + bars.width / 2, bars.y + bars.height / 2, "No incident reported in the period",
                           fontName=REGULAR, fontSize=9, fillColor=layout.MUTED, textAnchor="middle"))
    return drawing


def _month_row(name: str, f: Figures, style: TextStyle = NUMBER) -> list[object]:
    kinds = f.incidents
    values = [str(f.due), str(f.done), str(f.missed), str(f.outstanding), str(f.contact_made),
              percent(f.done_rate), percent(f.contact_rate), str(kinds.incidents),
              *(str(kinds.of(k)) for k in INCIDENT_KINDS)]
    return [layout.para(name, style.but(align="left")), *(layout.para(v, style) for v in values)]


def _month_table(months: Sequence[Month], totals: Figures) -> Table:
    names = ("Fell due", "Done", "Missed", "Not logged", "Contact made", "Done / due", "Contact rate", "Incidents",
             "Punishment", "Detention", "Readm. refused")
    header = [layout.para("Month", HEAD), *(layout.para(n, HEAD_NUMBER) for n in names)]
    rows = [*(_month_row(m.label, m.figures) for m in months), _month_row("Total", totals, TOTAL)]
    widths = [WIDTH * w for w in (0.1, 0.07, 0.06, 0.07, 0.08, 0.08, 0.08, 0.08, 0.09, 0.1, 0.09, 0.09)]
    table = layout.table(header, rows, widths)
    last = len(rows)
    table.setStyle(TableStyle([("LINEABOVE", (0, last), (-1, last), 0.9, layout.ACCENT),
                               ("BACKGROUND", (0, last), (-1, last), TOTAL_SHADE)]))
    return table


def _plans(report: ComplianceReport) -> Table:
    plans = report.plans
    decided = ", ".join(f"{n} × {in_sentence(outcome)}" for outcome, n in report.decisions) or "none"
    rows = [
        ("Households monitored (arrived by the end of the period)", str(plans.total), False),
        ("   of which arrived during the period", str(plans.arrived_in_period), False),
        ("Monitored actively (visits authorised)", str(plans.active), False),
        ("Monitored passively (reports come to the monitors)", str(plans.passive), False),
        ("Not monitored: no authorisation on the arrival date", str(plans.unmonitored), False),
        ("Shortfall: active monitoring needed, only passive authorised", str(plans.shortfall), plans.shortfall > 0),
        (f"Open incidents awaiting a review decision on {report.as_of.isoformat()}", str(report.open_incidents),
         report.open_incidents > 0),
        ("Review decisions recorded during the period", decided, False),
    ]
    body = [[layout.para(name, CELL), layout.para(value, NUMBER.but(color=WARN, bold=True) if warn else NUMBER)]
            for name, value, warn in rows]
    return layout.table([layout.para("Plans and reviews", HEAD), layout.para("Count", HEAD_NUMBER)],
                        body, [WIDTH * 0.72, WIDTH * 0.28])


def _assurance_table(report: ComplianceReport) -> Flowable:
    if not report.assurances:
        return layout.para("No assurance of this country is valid during the period.", layout.BODY.but(
            color=layout.MUTED))
    header = ["Assurance", "Reference", "Issued by", "Scope", "Status", "Valid from", "Valid to", "Region",
              "Monitoring"]
    rows = [[label(a.kind), a.reference, a.issuing_authority, label(a.scope), label(a.status),
             a.valid_from.isoformat(), a.valid_to.isoformat() if a.valid_to else "open-ended",
             a.region or "whole country", label(a.monitoring_level) if a.monitoring_level else "—"]
            for a in report.assurances]
    widths = [WIDTH * w for w in (0.13, 0.11, 0.15, 0.1, 0.11, 0.1, 0.1, 0.1, 0.1)]
    table = layout.table([layout.para(h, HEAD) for h in header], rows, widths, style=CELL)
    table.setStyle(TableStyle([("BACKGROUND", (4, row), (4, row), STATUS_COLOURS[a.status.value])
                               for row, a in enumerate(report.assurances, start=1)]))
    return table
