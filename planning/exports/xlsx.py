"""Writing tables to an Excel workbook, row by row in constant memory (XlsxWriter).

Each column's kind decides the cell: text as a string (a text that looks like a formula carries Excel's
quote prefix, so it is shown as typed and never run), counts and amounts as numbers, dates as dates (shown
in the reader's own date format), moments as date and time. The header row is bold and frozen, with a
filter; the widths come from the headers and the first rows; an Arabic sheet reads right to left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from planning.exports.table import Cell, CellKind, Column, Sheet, formula_like

#: Rows read before the columns' widths are set.
SAMPLE = 200
#: Progress is reported every this many rows.
STEP = 1000
MIN_WIDTH, MAX_WIDTH = 6, 60
#: Built-in number formats: Excel shows them in the reader's regional style.
_NUMBER_FORMATS: dict[CellKind, int | str] = {
    CellKind.INTEGER: 3,  # #,##0
    CellKind.AMOUNT: 4,  # #,##0.00
    CellKind.DECIMAL: 2,  # 0.00
    CellKind.SHARE: 9,  # 0%
    CellKind.DATE: 14,  # the short date of the reader's locale
    CellKind.MONTH: 17,  # mmm-yy
    CellKind.DATETIME: "yyyy-mm-dd hh:mm",
}
_WIDTHS = {CellKind.DATE: 12, CellKind.MONTH: 10, CellKind.DATETIME: 17}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")

Progress = Callable[[int, int], None]


def sheet_name(title: str, taken: set[str]) -> str:
    """A name Excel accepts (31 characters, none of []:*?/\\, unique in the workbook)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", title).strip(" '")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _width(column: Column, sample: Sequence[Sequence[Cell]], index: int) -> int:
    if column.width is not None:
        return column.width
    longest = max((len(_shown(row[index])) for row in sample if index < len(row)), default=0)
    header = min(len(column.header), 24)
    return max(MIN_WIDTH, min(MAX_WIDTH, max(_WIDTHS.get(column.kind, 0), longest, header) + 2))


def _shown(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def write_xlsx(path: Path, sheets: Sequence[Sheet], progress: Progress | None = None) -> list[int]:
    """Write the sheets into a new workbook at `path`; the rows written per sheet."""
    import xlsxwriter  # only exports need it

    workbook = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False, "remove_timezone": True,
    })
    try:
        header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1, "text_wrap": True,
                                      "valign": "top"})
        note = workbook.add_format({"italic": True, "font_color": "#444444"})
        quoted = workbook.add_format({"quote_prefix": True})
        formats = {kind: workbook.add_format({"num_format": code}) for kind, code in _NUMBER_FORMATS.items()}
        total = sum(s.expected or 0 for s in sheets)
        written: list[int] = []
        done = 0
        taken: set[str] = set()
        for sheet in sheets:
            worksheet = workbook.add_worksheet(sheet_name(sheet.title, taken))
            if sheet.right_to_left:
                worksheet.right_to_left()
            rows = iter(sheet.rows)
            sample = [tuple(r) for r in islice(rows, SAMPLE)]
            for index, column in enumerate(sheet.columns):
                worksheet.set_column(index, index, _width(column, sample, index))
            top = 0
            for line in sheet.notes:
                worksheet.write_string(top, 0, line, note)
                top += 1
            if sheet.notes:
                top += 1
            for index, column in enumerate(sheet.columns):
                worksheet.write_string(top, index, column.header, header)
            worksheet.freeze_panes(top + 1, 0)
            count = 0
            writer = _CellWriter(worksheet, sheet.columns, formats, quoted)
            for row in _chained(sample, rows):
                count += 1
                writer.row(top + count, row)
                if progress is not None and count % STEP == 0:
                    progress(done + count, max(total, done + count))
            if sheet.columns:
                worksheet.autofilter(top, 0, top + count, len(sheet.columns) - 1)
            done += count
            written.append(count)
        if progress is not None:
            progress(done, max(total, done))
    except BaseException:
        _abandon(workbook)
        raise
    workbook.close()
    return written


def _chained(sample: list[tuple[Cell, ...]], rest: Iterator[Sequence[Cell]]) -> Iterator[Sequence[Cell]]:
    yield from sample
    yield from rest


def _abandon(workbook: Any) -> None:
    """Drop a workbook half written (its temporary row files) without writing it out."""
    for worksheet in workbook.worksheets():
        handle = getattr(worksheet, "row_data_fh", None)
        if handle is not None:
            handle.close()
    workbook.fileclosed = True


class _CellWriter:
    def __init__(self, worksheet: Any, columns: Sequence[Column], formats: dict[CellKind, Any], quoted: Any) -> None:
        self.worksheet = worksheet
        self.kinds = [c.kind for c in columns]
        self.formats = formats
        self.quoted = quoted

    def row(self, r: int, values: Sequence[Cell]) -> None:
        worksheet = self.worksheet
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            kind = self.kinds[c] if c < len(self.kinds) else CellKind.TEXT
            if isinstance(value, bool):
                worksheet.write_boolean(r, c, value)
            elif isinstance(value, datetime):
                moment = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
                worksheet.write_datetime(r, c, moment, self.formats[CellKind.DATETIME])
            elif isinstance(value, date):
                worksheet.write_datetime(r, c, datetime(value.year, value.month, value.day),
                                         self.formats[CellKind.MONTH if kind is CellKind.MONTH else CellKind.DATE])
            elif isinstance(value, int | float | Decimal):
                worksheet.write_number(r, c, float(value), self.formats.get(kind))
            else:
                text = str(value)
                if text.startswith("<r>") and text.endswith("</r>"):
                    # The streaming writer would copy such a text into the sheet's XML as markup (a corrupt file):
                    # as escaped runs of a rich string it reads back exactly as typed.
                    worksheet.write_rich_string(r, c, text[:1], text[1:2], text[2:])
                    continue
                worksheet.write_string(r, c, text, self.quoted if formula_like(text) else None)
