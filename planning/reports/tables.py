"""Facts counted into tables: one measure down one dimension and across another, and a report's overview
(its measures side by side), with totals that count each subject once however many rows it falls in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planning.reports.measures import UNITS, Measure, Unit
from planning.statistics import CountBy, Key, order

CENT = Decimal("0.01")
#: A column of a table: a key of the dimension across, a measure (the overview), or None (no dimension across).
Column = Key | Measure | None


@dataclass(frozen=True)
class Fact:
    """One thing counted: a person's outcome, a package, a follow-up… `subject` is what totals count once
    (a person, a household, a follow-up); `value` an amount or a score where the measure sums or averages."""

    measure: Measure
    subject: int
    keys: tuple[tuple[CountBy, tuple[Key, ...]], ...]
    value: Decimal | None = None

    def under(self, by: CountBy) -> tuple[Key, ...]:
        for dimension, keys in self.keys:
            if dimension is by:
                return keys
        return ()


@dataclass(frozen=True)
class Figure:
    """A cell: its value (a count, a sum in euros, a mean score; None where there is nothing to average) and
    how many distinct subjects it stands for (what suppression looks at)."""

    value: int | Decimal | None
    n: int

    def suppressed(self, smallest: int) -> bool:
        """Whether a table for sharing hides it: it stands for 1 to `smallest - 1` subjects."""
        return 0 < self.n < smallest


ZERO = Figure(0, 0)


def figure(unit: Unit, values: dict[int, Decimal | None]) -> Figure:
    """The cell of these subjects (subject → its value)."""
    if unit.counts:
        return Figure(len(values), len(values))
    known = [v for v in values.values() if v is not None]
    if unit is Unit.AMOUNT:
        return Figure(sum(known, Decimal(0)).quantize(CENT), len(values))
    return Figure((sum(known, Decimal(0)) / len(known)).quantize(CENT) if known else None, len(values))


def empty(unit: Unit) -> Figure:
    return ZERO if unit.counts else Figure(Decimal("0.00") if unit is Unit.AMOUNT else None, 0)


@dataclass(frozen=True)
class Table:
    """`measure` (None: the overview, whose columns are measures) by `down` and, if any, `across`."""

    measure: Measure | None
    down: CountBy
    across: CountBy | None
    rows: tuple[Key, ...]
    columns: tuple[Column, ...]
    cells: dict[tuple[Key, Column], Figure]
    #: A row's total across its columns; for the overview only where the measures are exclusive (else empty).
    row_totals: dict[Key, Figure]
    column_totals: dict[Column, Figure]
    total: Figure | None

    def cell(self, row: Key, column: Column = None) -> Figure:
        return self.cells.get((row, column), ZERO)


def _sorted(keys: Iterable[Key]) -> tuple[Key, ...]:
    return tuple(sorted(set(keys), key=order))


def months(start: date, end: date) -> tuple[date, ...]:
    """The first day of every month the period touches."""
    found, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        found.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(found)


def _keys(by: CountBy, facts: Sequence[Fact], period: tuple[date, date]) -> tuple[Key, ...]:
    """Every key the facts fall under; for months, every month of the period (an empty month shows as 0)."""
    found = {key for fact in facts for key in fact.under(by)}
    if by is CountBy.MONTH:
        found.update(months(*period))
    return _sorted(found)


def tabulate(facts: Sequence[Fact], measure: Measure, down: CountBy, across: CountBy | None,
             period: tuple[date, date], shared: bool = False) -> Table:
    """One measure's facts counted down and across (a subject under several keys counts in each, once in totals)."""
    unit = UNITS[measure]
    mine = [f for f in facts if f.measure is measure]
    cells: dict[tuple[Key, Column], dict[int, Decimal | None]] = defaultdict(dict)
    rows: dict[Key, dict[int, Decimal | None]] = defaultdict(dict)
    columns: dict[Column, dict[int, Decimal | None]] = defaultdict(dict)
    everyone: dict[int, Decimal | None] = {}
    for fact in mine:
        everyone[fact.subject] = fact.value
        for row in fact.under(down):
            rows[row][fact.subject] = fact.value
            for column in fact.under(across) if across is not None else (None,):
                cells[(row, column)][fact.subject] = fact.value
                if column is not None:
                    columns[column][fact.subject] = fact.value
    # (with `shared`, every key any measure falls under: the tables of one report have the same rows and columns)
    among = facts if shared else mine
    row_keys = _keys(down, among, period)
    column_keys: tuple[Column, ...] = _keys(across, among, period) if across is not None else ()
    return Table(
        measure, down, across, row_keys, column_keys,
        {key: figure(unit, subjects) for key, subjects in cells.items()},
        {row: figure(unit, rows[row]) if row in rows else empty(unit) for row in row_keys},
        {column: figure(unit, columns[column]) if column in columns else empty(unit) for column in column_keys},
        figure(unit, everyone) if everyone else empty(unit))


def overview(facts: Sequence[Fact], measures: Sequence[Measure], down: CountBy, period: tuple[date, date],
             exclusive: bool) -> Table:
    """The measures side by side, down one dimension; where they are exclusive (one outcome per person), each
    row's total counts the people with any of them, each once."""
    tables = [tabulate(facts, m, down, None, period) for m in measures]
    rows = _sorted(key for t in tables for key in t.rows)
    cells: dict[tuple[Key, Column], Figure] = {
        (row, m): t.row_totals.get(row, empty(UNITS[m])) for t, m in zip(tables, measures, strict=True) for row in rows}
    column_totals: dict[Column, Figure] = {m: t.total or ZERO for t, m in zip(tables, measures, strict=True)}
    row_totals: dict[Key, Figure] = {}
    total: Figure | None = None
    if exclusive:
        anyone = [Fact(Measure.TRAVELLED, f.subject, f.keys) for f in facts if f.measure in measures]
        combined = tabulate(anyone, Measure.TRAVELLED, down, None, period)
        row_totals = {row: combined.row_totals.get(row, ZERO) for row in rows}
        total = combined.total
    return Table(None, down, None, rows, tuple(measures), cells, row_totals, column_totals, total)
