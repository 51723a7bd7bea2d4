"""A table to export: named, typed columns and rows of plain values, in the reader's language already.

The desktop and the command line build the headers and the words (statuses, countries) in the interface
language; the writers only put each value in the cell its column's kind calls for: text stays text, a
count a number, a date a real date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

Cell = str | int | float | Decimal | date | datetime | bool | None

#: A text that begins with one of these is a formula to a spreadsheet (and a tab or a carriage return
#: hides one); such values are written so that no spreadsheet runs them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CellKind(Enum):
    """What a column holds, so each writer knows the cell to write (a technical kind, never shown: no label)."""

    TEXT = "text"
    INTEGER = "integer"
    #: An amount of money (two decimals, in euros).
    AMOUNT = "amount"
    #: A number with decimals (a mean score).
    DECIMAL = "decimal"
    #: A share between 0 and 1 (shown as a percentage).
    SHARE = "share"
    DATE = "date"
    #: A calendar month, given as its first day (shown as the month and year).
    MONTH = "month"
    #: A moment, in UTC.
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT
    #: Width in characters; None: from the header and the first rows.
    width: int | None = None


@dataclass(frozen=True)
class Sheet:
    """One table: a sheet of a workbook, or one CSV file."""

    #: Short, plain ASCII: names the extra CSV file of a second sheet (`cases-not_placed.csv`).
    key: str
    #: The sheet's name in the reader's language.
    title: str
    columns: tuple[Column, ...]
    rows: Iterable[Sequence[Cell]]
    right_to_left: bool = False
    #: How many rows to expect (for progress), when known.
    expected: int | None = None
    #: Lines above the table (the period, the filters, a note on suppressed cells), in the reader's language.
    notes: tuple[str, ...] = ()


def formula_like(text: str) -> bool:
    """Whether a spreadsheet would take this text for a formula."""
    return text.startswith(FORMULA_STARTS)


def defused(text: str) -> str:
    """The text as a CSV cell no spreadsheet runs: a leading apostrophe before a formula's first sign."""
    return "'" + text if formula_like(text) else text
