"""A report for donors as workbook sheets in the interface language: the overview (the measures side by side,
with a totals row and, for returns, a totals column), a sheet per measure when split two ways, the budgets;
counts as numbers, months as dates, amounts in euros, and small counts as "<N" when meant for sharing."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import label, long_month
from desktop.places import country_name
from desktop.words import value
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.messages import Phrase
from planning.reports.measures import UNITS, Measure, Unit
from planning.reports.report import Report
from planning.reports.tables import Column as Key
from planning.reports.tables import Figure, Table
from planning.statistics import CountBy

_KINDS = {Unit.AMOUNT: CellKind.AMOUNT, Unit.SCORE: CellKind.DECIMAL}


def key_text(key: Key, countries: dict[str, str]) -> str:
    """A row or column as the interface names it: 'June 2026', 'Female', 'Georgia'."""
    if key is None:
        return ""
    if isinstance(key, date):
        return long_month(key)
    if isinstance(key, StrEnum):
        return label(key)
    return country_name(key, countries.get(key, key))


def cell(figure: Figure, smallest: int) -> Cell:
    """A figure as a typed cell: the number, or '<N' (text) when suppressed, empty where nothing averages."""
    if figure.suppressed(smallest):
        return f"<{smallest}"
    return figure.value


def _key_cell(key: Key, down: CountBy, countries: dict[str, str]) -> Cell:
    return key if down is CountBy.MONTH and isinstance(key, date) else key_text(key, countries)


def _down_column(down: CountBy) -> Column:
    return Column(label(down), CellKind.MONTH if down is CountBy.MONTH else CellKind.TEXT, width=24)


def notes(report: Report, smallest: int) -> tuple[str, ...]:
    req = report.request
    lines = [tr("{report} from {start} to {end}, by {by}; figures drawn up on {day}").format(
        report=label(req.kind), start=req.start.isoformat(), end=req.end.isoformat(),
        by=", ".join(label(b) for b in req.by), day=report.as_of.isoformat())]
    lines.append(value(Phrase.of("report.suppressed_note", n=smallest)) if smallest > 1
                 else tr("Every count is shown: not for sharing."))
    if report.how_counted is not None:
        lines.append(value(report.how_counted))
    return tuple(lines)


def overview_sheet(report: Report, smallest: int) -> Sheet:
    table = report.overview
    measures = [c for c in table.columns if isinstance(c, Measure)]
    totals = bool(table.row_totals)
    columns = (_down_column(table.down),
               *(Column(label(m), _KINDS.get(UNITS[m], CellKind.INTEGER), width=16) for m in measures),
               *((Column(tr("Total"), CellKind.INTEGER),) if totals else ()))
    rows: list[tuple[Cell, ...]] = [
        (_key_cell(row, table.down, report.countries), *(cell(table.cell(row, m), smallest) for m in measures),
         *((cell(table.row_totals[row], smallest),) if totals else ())) for row in table.rows]
    rows.append((tr("Total"), *(cell(table.column_totals[m], smallest) for m in measures),
                 *((cell(table.total, smallest),) if totals and table.total is not None else ())))
    return Sheet("overview", label(report.kind), columns, rows, right_to_left=right_to_left(),
                 expected=len(rows), notes=notes(report, smallest))


def measure_sheet(report: Report, table: Table, smallest: int) -> Sheet:
    assert table.measure is not None
    kind = _KINDS.get(UNITS[table.measure], CellKind.INTEGER)
    columns = (_down_column(table.down), *(Column(key_text(c, report.countries), kind) for c in table.columns),
               Column(tr("Total"), kind))
    rows: list[tuple[Cell, ...]] = [
        (_key_cell(row, table.down, report.countries), *(cell(table.cell(row, c), smallest) for c in table.columns),
         cell(table.row_totals[row], smallest)) for row in table.rows]
    rows.append((tr("Total"), *(cell(table.column_totals[c], smallest) for c in table.columns),
                 cell(table.total, smallest) if table.total is not None else None))
    return Sheet(table.measure.value, label(table.measure), columns, rows, right_to_left=right_to_left(),
                 expected=len(rows), notes=(tr("{measure} by {down} (rows) and {across} (columns)").format(
                     measure=label(table.measure), down=label(table.down),
                     across=label(table.across) if table.across else ""),))


def budget_sheet(report: Report) -> Sheet:
    columns = (Column(tr("Funding line"), width=24), Column(tr("Country")), Column(tr("From"), CellKind.DATE),
               Column(tr("To"), CellKind.DATE), Column(tr("Budget (€)"), CellKind.AMOUNT),
               Column(tr("Delivered in the period (€)"), CellKind.AMOUNT),
               Column(tr("Delivered to date (€)"), CellKind.AMOUNT), Column(tr("Committed (€)"), CellKind.AMOUNT),
               Column(tr("Remaining (€)"), CellKind.AMOUNT))
    rows: list[tuple[Cell, ...]] = [
        (b.funding_line, country_name(b.country_code, report.countries.get(b.country_code, b.country_code))
         if b.country_code else tr("All countries"), b.period_start, b.period_end, b.budget, b.delivered_in_period,
         b.delivered_to_date, b.committed, b.remaining) for b in report.budgets]
    return Sheet("budgets", tr("Budgets"), columns, rows, right_to_left=right_to_left(), expected=len(rows))


def report_sheets(report: Report, smallest: int) -> list[Sheet]:
    """Every sheet of the report's workbook; `smallest` ≤ 1 shows every count."""
    sheets = [overview_sheet(report, smallest), *(measure_sheet(report, t, smallest) for t in report.tables)]
    if report.budgets:
        sheets.append(budget_sheet(report))
    return sheets

