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
from enum import StrEnum
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
from planning.documents.report_document import HEAD, HEAD_NUMBER, NOTE, TOTAL_SHADE, ReportWriteError, axis_top
from planning.documents.text import TextStyle
from planning.documents.texts import country_name, is_rtl_language, say
from planning.documents.verification import Facts
from planning.errors import NotFoundError
from planning.labels import label
from planning.private_files import write_private
from planning.security.permissions import Permission, require
from planning.storage.models.monitoring import IncidentKind
from planning.storage.store import Store

KIND = "compliance-report"
PREFIX = "CR"
REGULAR, BOLD = fonts.SANS.name, fonts.SANS.bold

DUE_COLOUR = colors.HexColor("#a8c7fa")
DONE_COLOUR = colors.HexColor("#0b57d0")
CONTACT_COLOUR = colors.HexColor("#188038")
WARN = colors.HexColor("#b3261e")
GRID = colors.HexColor("#e3e7ec")
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
FIGURE = TextStyle(size=16, bold=True, color=layout.INK, leading=19)
CAPTION = TextStyle(size=7.5, color=layout.MUTED, leading=9.5)
_SUBJECT = re.compile(r"^([A-Z]{3}) (\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2}) @(\d{4}-\d{2}-\d{2})$")


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
        language = office.language
        reference = f"{PREFIX}-{report.country_code}-{issued.id:04d}"
        country = country_name(report.country_code, language, printable.line(report.country_name))
        meta = layout.Meta(title=say("cr_title", language), reference=reference, issued=issued, language=language,
                           subtitle=say("cr_subtitle", language, country=f"{country} ({report.country_code})",
                                        start=report.period_from.isoformat(), end=report.period_to.isoformat(),
                                        on=report.as_of.isoformat()))
        pdf = layout.render(office, meta, story(report, language))
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
class _Words:
    """The report's wording in one language (the office's): `words("cr_done")`, and where it reads from."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.rtl = is_rtl_language(language)
        self.direction = "R" if self.rtl else "L"

    def __call__(self, key: str, **values: object) -> str:
        return say(key, self.language, **values)

    def vocab(self, word: StrEnum, prefix: str) -> str:
        """A vocabulary word as a table shows it: the program's label in English, else the printed texts' word."""
        if self.language == "en":
            return label(word)
        text = self(prefix + word.value)
        return text[:1].upper() + text[1:]

    def chart(self, text: str) -> tuple[str, str]:
        """A chart label as drawn (ReportLab's chart strings are not shaped) and its font."""
        if fonts.has_rtl(text):
            fonts.register()
            return fonts.visual(fonts.shaped(text)), fonts.NASKH.name
        return text, REGULAR


def story(report: ComplianceReport, language: str = "en") -> list[Flowable]:
    """The report's body, in `language` (the office's)."""
    report = printable.facts(report)  # each stored value on its own line, in its own direction
    words = _Words(language)
    return [
        layout.para(_summary(report, words), layout.BODY.but(space_after=3 * mm), words.direction),
        _key_figures(report, words),
        layout.heading(words("cr_follow_ups_per_month")),
        _follow_up_chart(report.months, words),
        CondPageBreak(62 * mm),
        layout.heading(words("cr_incidents_per_month")),
        _incident_chart(report.months, words),
        CondPageBreak(60 * mm),
        layout.heading(words("cr_month_by_month")),
        _month_table(report.months, report.totals, words),
        KeepTogether([layout.heading(words("cr_plans_heading")), _plans(report, words)]),
        KeepTogether([layout.heading(words("cr_assurances_valid", date=report.as_of.isoformat())),
                      _assurance_table(report, words)]),
        layout.para(words("cr_how_counted"), NOTE, words.direction),
    ]


def _summary(report: ComplianceReport, words: _Words) -> str:
    totals = report.totals
    months = len(report.months)
    incidents = totals.incidents.incidents
    if words.language != "en":
        counted = (" " + words("cr_counted_to", date=report.counted_to.isoformat())
                   if report.counted_to < report.period_to else "")
        country = country_name(report.country_code, words.language, report.country_name)
        return words("cr_summary", months=months, due=totals.due, country=country, done=totals.done,
                     done_rate=percent(totals.done_rate), contact_rate=percent(totals.contact_rate),
                     incidents=incidents, open=report.open_incidents) + counted
    counted = (f" Follow-ups are counted up to {report.counted_to.isoformat()}, the day the figures were drawn up."
               if report.counted_to < report.period_to else "")
    return (f"Over {months} month{'s' if months != 1 else ''}, {totals.due} follow-up"
            f"{'s' if totals.due != 1 else ''} of returnees to {report.country_name} fell due and {totals.done} "
            f"{'were' if totals.done != 1 else 'was'} done ({percent(totals.done_rate)}); monitors reached the "
            f"returnee in {percent(totals.contact_rate)} of the follow-ups logged. {incidents} incident"
            f"{'s' if incidents != 1 else ''} of a breach of the assurances {'were' if incidents != 1 else 'was'} "
            f"reported; {report.open_incidents} {'are' if report.open_incidents != 1 else 'is'} open."
            f"{counted}")


def _key_figures(report: ComplianceReport, words: _Words) -> Table:
    totals, plans = report.totals, report.plans
    months = len(report.months)
    cells = [
        (words("cr_fell_due"), str(totals.due),
         f"{months} month{'s' if months != 1 else ''}" if words.language == "en" else words("cr_months", count=months),
         False),
        (words("cr_done"), str(totals.done), words("cr_of_due", rate=percent(totals.done_rate)), False),
        (words("cr_missed"), str(totals.missed), words("cr_escalated"), False),
        (words("cr_not_yet_logged"), str(totals.outstanding), words("cr_overdue"), totals.outstanding > 0),
        (words("cr_contact_rate"), percent(totals.contact_rate),
         words("cr_of_logged", made=totals.contact_made, logged=totals.logged), False),
        (words("cr_incidents"), str(totals.incidents.incidents), words("cr_open", count=report.open_incidents),
         report.open_incidents > 0),
        (words("cr_households_monitored"), str(plans.total),
         words("cr_active_passive", active=plans.active, passive=plans.passive), False),
        (words("cr_shortfall"), str(plans.shortfall), words("cr_shortfall_detail"), plans.shortfall > 0),
    ]

    def cell(entry: tuple[str, str, str, bool]) -> list[Flowable]:
        name, figure, detail, warning = entry
        return [layout.para(name, CAPTION, words.direction),
                layout.para(figure, FIGURE.but(color=WARN) if warning else FIGURE, words.direction),
                layout.para(detail, CAPTION, words.direction)]

    rows = [[cell(c) for c in cells[:4]], [cell(c) for c in cells[4:]]]
    if words.rtl:
        rows = [row[::-1] for row in rows]
    table = Table(rows, colWidths=[WIDTH / 4] * 4)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, layout.RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, layout.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), layout.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _month_labels(months: Sequence[Month], language: str = "en") -> list[str]:
    """'Jun 26' under every month ('06/26' in the other office languages); over more than two years only under
    each quarter's first month."""
    sparse = len(months) > 24
    shape = "%b %y" if language == "en" else "%m/%y"
    return [m.start.strftime(shape) if not sparse or m.start.month % 3 == 1 else "" for m in months]


def _axis_top(value: int) -> tuple[int, int]:
    """A whole-number axis top at or above `value` and its step (`report_document.axis_top`)."""
    top, step = axis_top(value)
    return int(top), int(step)


def _bar_chart(months: Sequence[Month], data: list[list[int]], top: int, step: int, height: float,
               language: str = "en") -> VerticalBarChart:
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
    chart.categoryAxis.categoryNames = _month_labels(months, language)
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


def _legend(items: list[tuple[Any, str]], x: float, y: float, words: _Words) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx, legend.dy = 8, 8
    drawn = [(colour, *words.chart(text)) for colour, text in items]
    legend.fontName = next((font for _, _, font in drawn if font != REGULAR), REGULAR)
    legend.fontSize = 7.5
    legend.strokeWidth = 0
    legend.boxAnchor = "w"
    legend.colorNamePairs = [(colour, text) for colour, text, _ in drawn]
    legend.autoXPadding = 14
    return legend


def _chart_string(words: _Words, x: float, y: float, text: str, size: float, colour: Any,
                  anchor: str = "start") -> String:
    drawn, font = words.chart(text)
    return String(x, y, drawn, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _follow_up_chart(months: Sequence[Month], words: _Words) -> Drawing:
    height = 68 * mm
    drawing = Drawing(WIDTH, height)
    top, step = _axis_top(max((m.figures.due for m in months), default=0))
    bars = _bar_chart(months, [[m.figures.due for m in months], [m.figures.done for m in months]], top, step,
                      height, words.language)
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
    drawing.add(_chart_string(words, 2, height - 10, words("cr_follow_ups"), 7, layout.MUTED))
    drawing.add(_chart_string(words, WIDTH, height - 10, words("cr_contact_rate"), 7, CONTACT_COLOUR, "end"))
    drawing.add(_legend([(DUE_COLOUR, words("cr_fell_due")), (DONE_COLOUR, words("cr_done")),
                         (CONTACT_COLOUR, words("cr_contact_rate_percent"))], 60, height - 8, words))
    return drawing


def _incident_chart(months: Sequence[Month], words: _Words) -> Drawing:
    height = 58 * mm
    drawing = Drawing(WIDTH, height)
    highest = max((sum(m.figures.incidents.of(k) for k in INCIDENT_KINDS) for m in months), default=0)
    top, step = _axis_top(highest)
    bars = _bar_chart(months, [[m.figures.incidents.of(kind) for m in months] for kind in INCIDENT_KINDS], top,
                      step, height, words.language)
    bars.categoryAxis.style = "stacked"
    for index, kind in enumerate(INCIDENT_KINDS):
        bars.bars[index].fillColor = INCIDENT_COLOURS[kind]
    drawing.add(bars)
    drawing.add(_chart_string(words, 2, height - 10, words("cr_reports"), 7, layout.MUTED))
    totals = {k: sum(m.figures.incidents.of(k) for m in months) for k in INCIDENT_KINDS}
    drawing.add(_legend([(INCIDENT_COLOURS[k], f"{words.vocab(k, 'cr_ik_')} ({totals[k]})") for k in INCIDENT_KINDS],
                        60, height - 8, words))
    if not highest:
        drawing.add(_chart_string(words, bars.x + bars.width / 2, bars.y + bars.height / 2, words("cr_no_incident"),
                                  9, layout.MUTED, "middle"))
    return drawing


def _month_row(name: str, f: Figures, style: TextStyle = NUMBER) -> list[Flowable]:
    kinds = f.incidents
    values = [str(f.due), str(f.done), str(f.missed), str(f.outstanding), str(f.contact_made),
              percent(f.done_rate), percent(f.contact_rate), str(kinds.incidents),
              *(str(kinds.of(k)) for k in INCIDENT_KINDS)]
    return [layout.para(name, style.but(align="start")), *(layout.para(v, style) for v in values)]


def _month_table(months: Sequence[Month], totals: Figures, words: _Words) -> Table:
    names = [words(key) for key in ("cr_fell_due", "cr_done", "cr_missed", "cr_not_logged", "cr_contact_made",
                                    "cr_done_due", "cr_contact_rate", "cr_incidents")]
    names += [words(f"cr_ik_short_{kind.value}") for kind in INCIDENT_KINDS]
    header = [layout.para(words("cr_month"), HEAD, words.direction),
              *(layout.para(n, HEAD_NUMBER, words.direction) for n in names)]
    rows = [*(_month_row(m.label, m.figures) for m in months), _month_row(words("cr_total"), totals, TOTAL)]
    widths = [WIDTH * w for w in (0.1, 0.07, 0.06, 0.07, 0.08, 0.08, 0.08, 0.08, 0.09, 0.1, 0.09, 0.09)]
    table = layout.table(header, rows, widths, rtl=words.rtl)
    last = len(rows)
    table.setStyle(TableStyle([("LINEABOVE", (0, last), (-1, last), 0.9, layout.ACCENT),
                               ("BACKGROUND", (0, last), (-1, last), TOTAL_SHADE)]))
    return table


def _plans(report: ComplianceReport, words: _Words) -> Table:
    plans = report.plans
    comma = "، " if words.rtl else ", "
    decided = comma.join(f"{n} × {words('cr_ro_' + outcome.value)}" for outcome, n in report.decisions) \
        or words("cr_none")
    rows = [
        (words("cr_plans_total"), str(plans.total), False),
        ("   " + words("cr_plans_arrived"), str(plans.arrived_in_period), False),
        (words("cr_plans_active"), str(plans.active), False),
        (words("cr_plans_passive"), str(plans.passive), False),
        (words("cr_plans_unmonitored"), str(plans.unmonitored), False),
        (words("cr_plans_shortfall"), str(plans.shortfall), plans.shortfall > 0),
        (words("cr_plans_open", date=report.as_of.isoformat()), str(report.open_incidents), report.open_incidents > 0),
        (words("cr_plans_decisions"), decided, False),
    ]
    body = [[layout.para(name, CELL, words.direction),
             layout.para(value, NUMBER.but(color=WARN, bold=True) if warn else NUMBER, words.direction)]
            for name, value, warn in rows]
    return layout.table([layout.para(words("cr_plans_and_reviews"), HEAD, words.direction),
                         layout.para(words("cr_count"), HEAD_NUMBER, words.direction)],
                        body, [WIDTH * 0.72, WIDTH * 0.28], rtl=words.rtl)


def _assurance_table(report: ComplianceReport, words: _Words) -> Flowable:
    if not report.assurances:
        return layout.para(words("cr_no_assurance"), layout.BODY.but(color=layout.MUTED), words.direction)
    header = [words(key) for key in ("cr_assurance", "as_reference", "as_issued_by", "as_scope", "as_status",
                                     "cr_valid_from", "cr_valid_to", "cr_region", "cr_monitoring")]
    rows = [[words.vocab(a.kind, "ak_"), a.reference, a.issuing_authority, words.vocab(a.scope, "sc_"),
             words.vocab(a.status, "st_"), a.valid_from.isoformat(),
             a.valid_to.isoformat() if a.valid_to else words("cr_open_ended"),
             a.region or words("cr_whole_country"),
             words.vocab(a.monitoring_level, "ml_") if a.monitoring_level else "—"]
            for a in report.assurances]
    widths = [WIDTH * w for w in (0.13, 0.11, 0.15, 0.1, 0.11, 0.1, 0.1, 0.1, 0.1)]
    table = layout.table([layout.para(h, HEAD, words.direction) for h in header], rows, widths, style=CELL,
                         rtl=words.rtl)
    status_column = len(header) - 1 - 4 if words.rtl else 4
    table.setStyle(TableStyle([("BACKGROUND", (status_column, row), (status_column, row),
                                STATUS_COLOURS[a.status.value])
                               for row, a in enumerate(report.assurances, start=1)]))
    return table
