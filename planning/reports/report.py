"""A report as computed: the request checked (period, dimensions), the overview, a table per measure when
split two ways, and plain values for JSON and for the issue record of a printed report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from planning.errors import ValidationError
from planning.messages import Phrase
from planning.reports.measures import SPECS, ReportKind, Spec
from planning.reports.tables import Column, Fact, Figure, Table, overview, tabulate
from planning.statistics import CountBy, Key
from planning.validation import period

#: The currency of every amount Homeward records (budgets, packages).
CURRENCY = "EUR"
#: The longest period one report covers, in days (ten years).
LONGEST = 3660


@dataclass(frozen=True)
class Request:
    kind: ReportKind
    start: date
    end: date
    by: tuple[CountBy, ...]

    @property
    def spec(self) -> Spec:
        return SPECS[self.kind]

    @property
    def down(self) -> CountBy:
        return self.by[0]

    @property
    def across(self) -> CountBy | None:
        return self.by[1] if len(self.by) > 1 else None


def request(kind: ReportKind | str, start: date, end: date, by: Sequence[CountBy | str]) -> Request:
    """The request checked: a known report, a period of at most ten years, one or two different dimensions
    that the report can be split by (ValidationError naming the field otherwise)."""
    try:
        report = ReportKind(kind)
    except ValueError:
        raise ValidationError("report", "report.unknown_kind", str(kind), given=str(kind),
                              known=tuple(ReportKind)) from None
    period("period_start", start, "period_end", end)
    if (end - start).days > LONGEST:
        raise ValidationError("period_end", "report.period_too_long", end, years=LONGEST // 366)
    spec = SPECS[report]
    chosen: list[CountBy] = []
    for way in by:
        try:
            dimension = CountBy(way)
        except ValueError:
            raise ValidationError("dimension", "report.unknown_dimension", str(way), given=str(way),
                                  known=spec.dimensions) from None
        if dimension not in spec.dimensions:
            raise ValidationError("dimension", "report.dimension_not_available", str(way), dimension=dimension,
                                  report=report, known=spec.dimensions)
        chosen.append(dimension)
    if not 1 <= len(chosen) <= 2 or len(set(chosen)) != len(chosen):
        raise ValidationError("dimension", "report.dimension_count", ",".join(str(w) for w in by))
    return Request(report, start, end, tuple(chosen))


@dataclass(frozen=True)
class BudgetLine:
    """A funding line whose period overlaps the report's, and what it paid in the period and overall."""

    funding_line: str
    country_code: str | None
    period_start: date
    period_end: date
    budget: Decimal
    delivered_in_period: Decimal
    delivered_to_date: Decimal
    committed: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.delivered_to_date - self.committed


@dataclass(frozen=True)
class Report:
    request: Request
    #: The day the figures were drawn up.
    as_of: date
    overview: Table
    #: One table per measure, down and across (only when the report is split two ways).
    tables: tuple[Table, ...]
    #: Countries by ISO code, as stored.
    countries: dict[str, str]
    budgets: tuple[BudgetLine, ...] = ()
    #: How it was counted, for the notes under the tables (a keyed phrase).
    how_counted: Phrase | None = None
    currency: str = field(default=CURRENCY)

    @property
    def kind(self) -> ReportKind:
        return self.request.kind

    def as_dict(self, smallest: int = 0) -> dict[str, object]:
        """Plain values; counts standing for fewer than `smallest` subjects as '<N' (0: every count)."""
        return {
            "report": self.kind.value, "period": {"from": self.request.start.isoformat(),
                                                  "to": self.request.end.isoformat()},
            "by": [b.value for b in self.request.by], "as_of": self.as_of.isoformat(), "currency": self.currency,
            "suppressed_under": smallest if smallest > 1 else None,
            "overview": table_dict(self.overview, smallest),
            "tables": {t.measure.value: table_dict(t, smallest) for t in self.tables if t.measure is not None},
            "budgets": [{"funding_line": b.funding_line, "country": b.country_code,
                         "period": {"from": b.period_start.isoformat(), "to": b.period_end.isoformat()},
                         "budget": str(b.budget), "delivered_in_period": str(b.delivered_in_period),
                         "delivered_to_date": str(b.delivered_to_date), "committed": str(b.committed),
                         "remaining": str(b.remaining)} for b in self.budgets],
        }


def build(req: Request, facts: Sequence[Fact], as_of: date, countries: dict[str, str],
          budgets: tuple[BudgetLine, ...] = (), how_counted: Phrase | None = None) -> Report:
    spec, span = req.spec, (req.start, req.end)
    tables = tuple(tabulate(facts, m, req.down, req.across, span, shared=True) for m in spec.measures) \
        if req.across is not None else ()
    return Report(req, as_of, overview(facts, spec.measures, req.down, span, spec.exclusive), tables, countries,
                  budgets, how_counted)


def key_text(key: Column) -> str:
    """A row or column key as JSON writes it: '2026-06', 'GEO', 'F', '25-59', 'travelled'."""
    if key is None:
        return ""
    if isinstance(key, date):
        return key.strftime("%Y-%m")
    return str(key)


def value_of(cell: Figure, smallest: int) -> int | str | None:
    """A cell in JSON: the number (amounts and scores as decimal strings), '<N' when suppressed."""
    if cell.suppressed(smallest):
        return f"<{smallest}"
    return str(cell.value) if isinstance(cell.value, Decimal) else cell.value


def table_dict(table: Table, smallest: int) -> dict[str, object]:
    def cells(row: Key) -> dict[str, object]:
        return {key_text(c): value_of(table.cell(row, c), smallest) for c in table.columns}

    return {
        "measure": table.measure.value if table.measure is not None else None, "down": table.down.value,
        "across": table.across.value if table.across is not None else None,
        "rows": [{"key": key_text(row), **({"cells": cells(row)} if table.columns else {}),
                  **({"total": value_of(table.row_totals[row], smallest)} if table.row_totals else {})}
                 for row in table.rows],
        "column_totals": {key_text(c): value_of(f, smallest) for c, f in table.column_totals.items()},
        "total": value_of(table.total, smallest) if table.total is not None else None,
    }
