"""Writing a table to CSV: UTF-8 with a byte-order mark (so Excel reads the letters right), comma-separated
(RFC 4180), dates in ISO form, numbers with a full stop, and no text a spreadsheet would run as a formula.

A CSV file holds one table: the notes above a sheet are for the workbook only.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

from planning.exports.table import Cell, CellKind, Sheet, defused

STEP = 1000
Progress = Callable[[int, int], None]


def cell_text(value: Cell, kind: CellKind) -> str:
    """How a CSV cell writes a value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m") if kind is CellKind.MONTH else value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}" if kind is CellKind.AMOUNT else format(value, "f")
    if isinstance(value, float):
        return f"{value:.2f}" if kind is CellKind.AMOUNT else repr(round(value, 6))
    if isinstance(value, int):
        return f"{value}.00" if kind is CellKind.AMOUNT else str(value)
    return defused(str(value))


def write_table(file: IO[str], sheet: Sheet, progress: Callable[[int], None] | None = None) -> int:
    """Write one sheet's header and rows; the rows written."""
    writer = csv.writer(file, lineterminator="\r\n")
    writer.writerow([defused(c.header) for c in sheet.columns])
    kinds = [c.kind for c in sheet.columns]
    count = 0
    for row in sheet.rows:
        writer.writerow([cell_text(v, kinds[i] if i < len(kinds) else CellKind.TEXT) for i, v in enumerate(row)])
        count += 1
        if progress is not None and count % STEP == 0:
            progress(count)
    return count


def _offset(progress: Progress, before: int, total: int) -> Callable[[int], None]:
    """Progress within one file, reported as progress over all of them."""
    return lambda n: progress(before + n, max(total, before + n))


def write_csv(paths: Sequence[Path], sheets: Sequence[Sheet], progress: Progress | None = None) -> list[int]:
    """Each sheet into its own file (`paths` in the same order); the rows written per sheet."""
    total = sum(s.expected or 0 for s in sheets)
    done = 0
    written = []
    for path, sheet in zip(paths, sheets, strict=True):
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            count = write_table(file, sheet, None if progress is None else _offset(progress, done, total))
        done += count
        written.append(count)
    if progress is not None:
        progress(done, max(total, done))
    return written
