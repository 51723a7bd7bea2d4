"""A report for donors as an issued document: the office's letterhead, the period, the overview chart and
table, a table per measure when split two ways, the budgets (reintegration) and how it was counted, printed in
the office's language (English, French or Arabic, right to left) with a verification code.

Printed reports are meant for sharing: a cell standing for fewer people or records than the office's smallest
count shown reads "<N". The subject of an issue is 'returns 2026-03-01 2026-05-31 month,sex @2026-06-01'
(report, period, dimensions, the day the figures were drawn up), so a code is checked by counting again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, TableStyle
from sqlalchemy.orm import Session

from planning.documents import fonts, keyed, layout, verification
from planning.documents.layout import CONTENT_WIDTH as WIDTH
from planning.documents.office import letterhead
from planning.documents.text import TextStyle
from planning.documents.texts import country_name, format_date, format_money, is_rtl_language, month_name
from planning.documents.verification import Facts
from planning.errors import HomewardError
from planning.exports.files import ExportedList, require_export
from planning.messages import Phrase
from planning.private_files import write_private
from planning.reports import reintegration, returns
from planning.reports.measures import SPECS, UNITS, Measure, ReportKind, Unit
from planning.reports.report import Report, Request, request
from planning.reports.tables import Column, Figure, Table
from planning.security.permissions import Permission, require
from planning.storage.store import Store

Compute = Callable[[Session, Request, date], Report]
KINDS = {kind: f"{kind.value}-report" for kind in ReportKind}
PREFIXES = {ReportKind.RETURNS: "RR", ReportKind.REINTEGRATION: "RI", ReportKind.MONITORING: "RM"}
#: The colours of the charted measures, in order (the screen's chart uses the same).
PALETTE = ("#0b57d0", "#e37400", "#b3261e", "#6d4c41", "#188038", "#8e24aa", "#00838f", "#5f6368")
REGULAR = fonts.SANS.name
CELL = layout.CELL.but(size=7.5)
NUMBER = CELL.but(align="right")
TOTAL = NUMBER.but(bold=True)
HEAD = layout.HEAD_CELL.but(size=7)
HEAD_NUMBER = HEAD.but(align="right")
NOTE = layout.SMALL.but(size=7.5, space_before=3 * mm)
TOTAL_SHADE = colors.HexColor("#dde6f0")
COMPUTE: dict[ReportKind, Compute] = {}
_SUBJECT = re.compile(r"^(\w+) (\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2}) ([a-z_,]+) @(\d{4}-\d{2}-\d{2})$")


class ReportWriteError(HomewardError):
    """The PDF could not be saved (folder missing, no permission, disk full); no issue was recorded."""

    family = "report.write"


@dataclass(frozen=True)
class IssuedReport:
    report: Report
    pdf: bytes
    code: str
    reference: str
    path: Path | None = None


def register(kind: ReportKind, compute: Compute) -> None:
    """How to count a report of this kind (monitoring registers its own: planning may not import it)."""
    COMPUTE[kind] = compute
    verification.register_kind(KINDS[kind], _reload)


def subject_of(report: Report) -> str:
    req = report.request
    return (f"{req.kind.value} {req.start.isoformat()} {req.end.isoformat()} {','.join(b.value for b in req.by)} "
            f"@{report.as_of.isoformat()}")


def _reload(session: Session, subject: str) -> Facts | None:
    found = _SUBJECT.match(subject)
    if found is None or found[1] not in KINDS:
        return None
    kind, start, end, by, on = found.groups()
    req = request(kind, date.fromisoformat(start), date.fromisoformat(end), by.split(","))
    return COMPUTE[req.kind](session, req, date.fromisoformat(on)).as_dict(letterhead(session).smallest_shown)


register(ReportKind.RETURNS, returns.compute)
register(ReportKind.REINTEGRATION, reintegration.compute)


@dataclass(frozen=True)
class Drawn:
    """A report as the screen shows it, with the office's smallest count shown for sharing."""

    report: Report
    smallest: int


def draw_up(store: Store, req: Request) -> Drawn:
    """Count a report as of today (anyone who reads), with the office's smallest count shown."""
    require(store, Permission.READ)
    if req.kind not in COMPUTE:
        raise HomewardError("verification.kind_not_loaded", kind=KINDS[req.kind])
    with store.reading() as session:
        return Drawn(COMPUTE[req.kind](session, req, store.today()), letterhead(session).smallest_shown)


def issue_report(store: Store, req: Request, *, path: Path | None = None) -> IssuedReport:
    """Count the report as of today, record its issue and render it in the office's language; with `path`, save
    it there first (a failure to save rolls the issue back: ReportWriteError)."""
    require_export(store, ExportedList.STATISTICS)
    if req.kind not in COMPUTE:
        raise HomewardError("verification.kind_not_loaded", kind=KINDS[req.kind])
    with store.transaction() as session:
        report = COMPUTE[req.kind](session, req, store.today())
        office = letterhead(session)
        smallest = office.smallest_shown
        issued = verification.issue(session, store, KINDS[req.kind], subject_of(report), report.as_dict(smallest),
                                    store.today())
        words = Words(office.language)
        reference = f"{PREFIXES[req.kind]}-{issued.id:04d}"
        meta = layout.Meta(title=words(f"report.title_{req.kind.value}"), reference=reference, issued=issued,
                           language=office.language, subtitle=words(
                               "report.subtitle", start=req.start, end=req.end, by=tuple(req.by)))
        pdf = layout.render(office, meta, story(report, words, smallest))
        if path is not None:
            try:
                write_private(Path(path), pdf)
            except OSError as exc:
                raise ReportWriteError("report.not_saved", path=str(path), reason=exc.strerror or str(exc)) from exc
    return IssuedReport(report, pdf, issued.display_code, reference, path)


class Words:
    """The report's wording in one language (the office's), from the catalogues (`planning.documents.keyed`)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.rtl = is_rtl_language(language)
        self.direction = "R" if self.rtl else "L"

    def __call__(self, key: str, **values: object) -> str:
        return keyed.value(Phrase.of(key, **values), self.language)  # type: ignore[arg-type]

    def vocab(self, word: StrEnum) -> str:
        return keyed.vocabulary(word, self.language)

    def key(self, key: Column, countries: dict[str, str]) -> str:
        if key is None:
            return ""
        if isinstance(key, date):
            return f"{month_name(key.month, self.language)} {key.year}"
        if isinstance(key, StrEnum):
            return self.vocab(key)
        return country_name(key, self.language, countries.get(key))

    def short_key(self, key: Column, countries: dict[str, str]) -> str:
        """A chart's category: months as '03/26', countries by code, other words as written."""
        if isinstance(key, date):
            return key.strftime("%m/%y")
        if isinstance(key, str) and not isinstance(key, StrEnum):
            return key
        return self.key(key, countries)

    def figure(self, cell: Figure, unit: Unit, smallest: int) -> str:
        if cell.suppressed(smallest):
            return f"<{smallest}"
        if cell.value is None:
            return "—"
        if unit is Unit.AMOUNT:
            return format_money(Decimal(cell.value), self.language)
        locale = self.language if self.language in ("en", "fr") else "en"
        if unit is Unit.SCORE:
            return format_decimal(cell.value, format="0.00", locale=locale)
        return format_decimal(cell.value, locale=locale)

    def chart(self, text: str) -> tuple[str, str]:
        """A chart label as drawn (ReportLab's chart strings are not shaped) and its font."""
        if fonts.has_rtl(text):
            fonts.register()
            return fonts.visual(fonts.shaped(text)), fonts.NASKH.name
        return text, REGULAR


def story(report: Report, words: Words, smallest: int) -> list[Flowable]:
    req = report.request
    notes = [words("report.drawn_up", day=report.as_of),
             words("report.suppressed_note", n=smallest) if smallest > 1 else words("report.every_count")]
    parts: list[Flowable] = [layout.para(" ".join(notes), layout.BODY.but(space_after=2 * mm), words.direction),
                             layout.heading(words("report.overview", dimension=req.down))]
    parts.append(chart(report, words, smallest))
    parts.append(_overview_table(report, words, smallest))
    for table in report.tables:
        assert table.measure is not None and req.across is not None
        parts += [CondPageBreak(40 * mm),
                  layout.heading(f"{words.vocab(table.measure)} — "
                                 + words("report.by_two", down=req.down, across=req.across)),
                  _cross_table(table, report, words, smallest)]
    if report.kind is ReportKind.REINTEGRATION:
        parts.append(KeepTogether([layout.heading(words("report.budgets")), _budgets(report, words)]))
    if report.how_counted is not None:
        parts += [layout.heading(words("report.how_counted")),
                  layout.para(keyed.value(report.how_counted, words.language), NOTE, words.direction)]
    return parts


def _with_total_row(table: Table, rows: list[list[object]], header: list[Any], widths: list[float],
                    words: Words) -> Flowable:
    result = layout.table(header, rows, widths, rtl=words.rtl)
    last = len(rows)
    result.setStyle(TableStyle([("LINEABOVE", (0, last), (-1, last), 0.9, layout.ACCENT),
                                ("BACKGROUND", (0, last), (-1, last), TOTAL_SHADE)]))
    return result


def _widths(headings: Sequence[str]) -> list[float]:
    """The first column's width, then the figures' columns: equal shares, each at least as wide as the longest
    word of its heading ('Psychosocial' is never cut in two) while the page allows."""
    count = len(headings)
    first = min(WIDTH * 0.26, max(WIDTH * 0.16, WIDTH - count * 16 * mm))
    least = [max((fonts.width(word, HEAD.size, bold=True) for word in heading.split()), default=0.0) + 7
             for heading in headings]
    share = (WIDTH - first) / count
    narrow = [w for w in least if w <= share]
    if not narrow or len(narrow) == count:
        return [first] + [share] * count
    rest = (WIDTH - first - sum(w for w in least if w > share)) / len(narrow)
    if rest < max(narrow):  # the page is too narrow for every word: equal shares, a long word broken
        return [first] + [share] * count
    return [first] + [w if w > share else rest for w in least]


def _overview_table(report: Report, words: Words, smallest: int) -> Flowable:
    table = report.overview
    measures = [c for c in table.columns if isinstance(c, Measure)]
    totals = bool(table.row_totals)
    names = [words.vocab(m) for m in measures] + ([words("report.total")] if totals else [])
    header: list[object] = [layout.para(words.vocab(table.down), HEAD, words.direction),
                            *(layout.para(name, HEAD_NUMBER, words.direction) for name in names)]

    def line(name: str, cells: Sequence[tuple[Figure, Unit]], style: TextStyle) -> list[object]:
        return [layout.para(name, style.but(align="start", bold=style.bold), words.direction),
                *(layout.para(words.figure(c, u, smallest), style) for c, u in cells)]

    rows = [line(words.key(row, report.countries),
                 [(table.cell(row, m), UNITS[m]) for m in measures]
                 + ([(table.row_totals[row], Unit.PEOPLE)] if totals else []), NUMBER) for row in table.rows]
    rows.append(line(words("report.total"), [(table.column_totals[m], UNITS[m]) for m in measures]
                     + ([(table.total, Unit.PEOPLE)] if totals and table.total is not None else []), TOTAL))
    return _with_total_row(table, rows, header, _widths(names), words)


def _cross_table(table: Table, report: Report, words: Words, smallest: int) -> Flowable:
    assert table.measure is not None
    unit = UNITS[table.measure]
    names = [words.key(c, report.countries) for c in table.columns] + [words("report.total")]
    header: list[object] = [layout.para(words.vocab(table.down), HEAD, words.direction),
                            *(layout.para(name, HEAD_NUMBER, words.direction) for name in names)]
    rows: list[list[object]] = [
        [layout.para(words.key(row, report.countries), CELL, words.direction),
         *(layout.para(words.figure(table.cell(row, c), unit, smallest), NUMBER) for c in table.columns),
         layout.para(words.figure(table.row_totals[row], unit, smallest), TOTAL)] for row in table.rows]
    rows.append([layout.para(words("report.total"), CELL.but(bold=True), words.direction),
                 *(layout.para(words.figure(table.column_totals[c], unit, smallest), TOTAL) for c in table.columns),
                 layout.para(words.figure(table.total, unit, smallest) if table.total else "", TOTAL)])
    return _with_total_row(table, rows, header, _widths(names), words)


def _budgets(report: Report, words: Words) -> Flowable:
    if not report.budgets:
        return layout.para(words("report.no_budget"), layout.BODY.but(color=layout.MUTED), words.direction)
    keys = ("report.funding_line", "report.country", "report.budget_period", "report.budget",
            "report.delivered_in_period", "report.delivered_to_date", "report.committed", "report.remaining")
    header = [layout.para(words(k), HEAD if i < 3 else HEAD_NUMBER, words.direction) for i, k in enumerate(keys)]

    def money(amount: Decimal) -> Flowable:
        return layout.para(format_money(amount, words.language), NUMBER)

    rows = [[layout.para(b.funding_line, CELL, words.direction),
             layout.para(country_name(b.country_code, words.language, report.countries.get(b.country_code or ""))
                         if b.country_code else words("report.all_countries"), CELL, words.direction),
             layout.para(f"{format_date(b.period_start, words.language)} – {format_date(b.period_end, words.language)}",
                         CELL, words.direction),
             money(b.budget), money(b.delivered_in_period), money(b.delivered_to_date), money(b.committed),
             money(b.remaining)] for b in report.budgets]
    widths = [WIDTH * w for w in (0.16, 0.11, 0.17, 0.11, 0.12, 0.11, 0.11, 0.11)]
    return layout.table(header, rows, widths, rtl=words.rtl)


def axis_top(value: float) -> tuple[float, float]:
    """An axis top at or above `value` and its step (1-2-5, at most 5 steps)."""
    scale = 1.0
    while True:
        for factor in (1, 2, 5):
            step = factor * scale
            steps = -(-max(value, 1) // step)
            if steps <= 5:
                return steps * step, step
        scale *= 10


def series(report: Report) -> list[tuple[Measure, list[float]]]:
    """The charted measures and their values by row of the overview (a suppressed cell drawn as 0)."""
    table = report.overview
    return [(m, [float(table.cell(row, m).value or 0) for row in table.rows]) for m in SPECS[report.kind].charted]


def chart(report: Report, words: Words, smallest: int) -> Drawing:
    """The overview's charted measures as bars by row (stacked where they are exclusive outcomes), as on screen;
    suppressed cells are left out of the bars too."""
    table, spec = report.overview, SPECS[report.kind]
    data = [[float(table.cell(row, m).value or 0) if not table.cell(row, m).suppressed(smallest) else 0.0
             for row in table.rows] for m in spec.charted]
    height = 70 * mm
    drawing = Drawing(WIDTH, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 34, 40
    bars.width, bars.height = WIDTH - 50, height - 72
    bars.data = data or [[0.0]]
    highest = max((sum(col) for col in zip(*data, strict=True)), default=0.0) if spec.exclusive \
        else max((v for row in data for v in row), default=0.0)
    top, step = axis_top(highest)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = REGULAR, 7
    bars.valueAxis.labelTextFormat = "%d"
    bars.valueAxis.strokeColor, bars.valueAxis.gridStrokeColor = layout.RULE, colors.HexColor("#e3e7ec")
    bars.valueAxis.visibleGrid = True
    names = [words.chart(words.short_key(row, report.countries)) for row in table.rows] or [("", REGULAR)]
    bars.categoryAxis.categoryNames = [text for text, _ in names]
    bars.categoryAxis.labels.fontName = next((font for _, font in names if font != REGULAR), REGULAR)
    bars.categoryAxis.labels.fontSize = 7 if len(names) <= 14 else 5.5
    bars.categoryAxis.strokeColor = layout.RULE
    if len(names) > 8 or max(len(t) for t, _ in names) > 9:
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.categoryAxis.labels.dy = -3
    if spec.exclusive:
        bars.categoryAxis.style = "stacked"
    bars.barSpacing, bars.groupSpacing = 1, 6
    bars.bars.strokeWidth = 0
    for index in range(len(spec.charted)):
        bars.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(bars)
    drawn, font = words.chart(f"{words.vocab(UNITS[spec.charted[0]])} "
                              + words("report.by_one", dimension=report.request.down))
    drawing.add(String(WIDTH if words.rtl else 2, height - 8, drawn, fontName=font, fontSize=7,
                       fillColor=layout.MUTED, textAnchor="end" if words.rtl else "start"))
    legend = Legend()
    legend.x, legend.y = 2, height - 18
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax, legend.dx, legend.dy, legend.dxTextSpace = 0, 8, 8, 4
    labelled = [(colors.HexColor(PALETTE[i % len(PALETTE)]), *words.chart(words.vocab(m)))
                for i, m in enumerate(spec.charted)]
    legend.colorNamePairs = [(colour, text) for colour, text, _ in labelled]
    legend.fontName = next((f for _, _, f in labelled if f != REGULAR), REGULAR)
    legend.fontSize = 7
    legend.strokeWidth = 0
    legend.boxAnchor = "nw"
    legend.autoXPadding = 12
    legend.columnMaximum = 1
    drawing.add(legend)
    return drawing

