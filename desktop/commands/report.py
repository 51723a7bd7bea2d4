"""`homeward report returns --from D --to D [--by month,sex] [--json] [--all-counts]`: returns for donors' reports."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from planning.statistics import CountBy, Key, Tabulation, returnees, shown, tabulate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report", help="figures for donors' reports: returns by month, country, sex, age group, vulnerability",
        description="The people whose household departed in the period, counted by one dimension down and, if "
                    "given, a second across, with totals counting each person once. Counts under 5 are shown "
                    "as <5 (for sharing) unless --all-counts.")
    parser.add_argument("kind", choices=("returns",), help="what to count")
    parser.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", type=iso_date,
                        help="first day of the period (default: 1 January of this year)")
    parser.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", type=iso_date,
                        help="last day of the period (default: today)")
    parser.add_argument("--by", type=_dimensions, default=(CountBy.MONTH,),
                        help="one or two of " + ", ".join(c.value for c in CountBy) + ", comma-separated "
                        "(default: month)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--all-counts", action="store_true", help="show counts under 5 as they are (not for "
                        "sharing)")
    parser.set_defaults(handler=run)


def _dimensions(text: str) -> tuple[CountBy, ...]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    try:
        chosen = tuple(CountBy(name) for name in names)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: choose one or two of {', '.join(c.value for c in CountBy)}") from None
    if not 1 <= len(chosen) <= 2 or len(set(chosen)) != len(chosen):
        raise argparse.ArgumentTypeError("give one dimension, or two different ones")
    return chosen


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        today = store.today()
        start, end = args.period_from or date(today.year, 1, 1), args.period_to or today
        people = returnees(store, start, end)
    finally:
        store.engine.dispose()
    down, *rest = args.by
    counted = tabulate(people, down, rest[0] if rest else None)
    suppress = not args.all_counts
    if args.json:
        print(json.dumps(as_dict(counted, start, end, args.by, suppress), indent=2, ensure_ascii=False))
    else:
        print(render(counted, start, end, args.by, suppress))
    return 0


def key_text(key: Key | None) -> str:
    if key is None:
        return ""
    if isinstance(key, date):
        return key.strftime("%Y-%m")
    return str(key)


def _value(count: int, suppress: bool) -> int | str:
    """A count in JSON: the number, or "<5" when suppressed."""
    return shown(count, suppress) if suppress and 0 < count < 5 else count


def as_dict(counted: Tabulation, start: date, end: date, by: tuple[CountBy, ...], suppress: bool) -> dict[str, object]:
    columns = counted.columns
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()}, "by": [b.value for b in by],
        "suppressed_under": 5 if suppress else None,
        "rows": [{"key": key_text(row),
                  **({"cells": {key_text(c): _value(counted.cell(row, c), suppress) for c in columns}}
                     if columns else {}),
                  "total": _value(counted.row_totals[row], suppress)} for row in counted.rows],
        "column_totals": {key_text(c): _value(counted.column_totals[c], suppress) for c in columns},
        "total": _value(counted.total, suppress),
    }


def render(counted: Tabulation, start: date, end: date, by: tuple[CountBy, ...], suppress: bool) -> str:
    columns = counted.columns
    header = [by[0].value] + [key_text(c) for c in columns] + ["total"]
    lines = [[key_text(row)] + [shown(counted.cell(row, c), suppress) for c in columns]
             + [shown(counted.row_totals[row], suppress)] for row in counted.rows]
    lines.append(["total"] + [shown(counted.column_totals[c], suppress) for c in columns]
                 + [shown(counted.total, suppress)])
    widths = [max(len(str(r[i])) for r in [header, *lines]) for i in range(len(header))]
    table = [" ".join(str(cell).ljust(widths[0]) if i == 0 else str(cell).rjust(widths[i])
                      for i, cell in enumerate(r)) for r in [header, *lines]]
    note = " (counts under 5 shown as <5)" if suppress else ""
    return "\n".join([f"returns {start.isoformat()} to {end.isoformat()}: {counted.total} people{note}", *table])
