"""Reading a referral list into rows of text: CSV in any usual encoding, or the first filled XLSX sheet.

Cells are refused one by one (formulas, huge texts) rather than the whole file; a file that cannot be
read at all gives a `FileProblem` with a message for people.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

MAX_CELL = 2_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_BYTES = 50 * 1024 * 1024
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


class FileProblem(Exception):
    """The file as a whole cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class RawRow:
    line: int  # as the user sees it: the CSV line or the sheet's row number
    cells: tuple[str, ...]
    refused: tuple[tuple[int, str], ...] = ()  # (column index, why) for cells that were not read

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""

    def refusal(self, index: int) -> str | None:
        return next((why for i, why in self.refused if i == index), None)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    encoding: str | None = None
    sheet: str | None = None
    notes: tuple[str, ...] = ()  # things worth saying about the file (other sheets ignored, …)
    digest: str = ""  # SHA-256 of the file, for the audit log


def read_file(path: Path) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileProblem(f"the file is {size // (1024 * 1024)} MB; referral lists over "
                              f"{MAX_BYTES // (1024 * 1024)} MB are not accepted — split it")
        data = path.read_bytes()
    except FileProblem:
        raise
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str = "") -> Table:
    """The table in `data`: XLSX if it is a zip (or named .xlsx), CSV otherwise."""
    if not data.strip(b" \t\r\n\x00"):
        raise FileProblem("the file is empty")
    if data.startswith(_OLE_MAGIC):
        raise FileProblem("this is an old binary Excel file (.xls); save it as .xlsx or CSV and try again")
    table = _read_xlsx(data) if data.startswith(_XLSX_MAGIC) or name.lower().endswith((".xlsx", ".xlsm")) \
        else _read_csv(data)
    return replace(table, digest=hashlib.sha256(data).hexdigest())


# --- CSV ----------------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: a BOM decides; else UTF-8; else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise FileProblem(f"the file starts as {encoding.upper()} but is not valid {encoding.upper()} "
                                  "text; save it again as UTF-8 CSV") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise FileProblem("this is not a text (CSV) file: it holds binary data; export the list as CSV "
                          "(UTF-8) or XLSX")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise FileProblem(f"the text encoding is not recognised (byte {data[exc.start]:#04x} at position "
                          f"{exc.start}); save the list as UTF-8 CSV") from None


def _delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(",;\t|", key=first.count)


def _read_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    if text.count("\x00") * 100 > len(text):  # a stray NUL is a bad cell; many mean a binary file
        raise FileProblem("the file is full of NUL characters, so it is not a CSV list; export it again as CSV")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=False)
    records: list[tuple[int, list[str]]] = []
    try:
        for record in reader:
            records.append((reader.line_num, record))
            if len(records) > MAX_ROWS + 1:
                raise FileProblem(f"the file has more than {MAX_ROWS} rows; split it into smaller lists")
    except csv.Error as exc:
        raise FileProblem(f"the CSV is malformed near line {reader.line_num}: {exc}") from None
    return _table(records, encoding=encoding)


# --- XLSX ---------------------------------------------------------------------------------------------

def _read_xlsx(data: bytes) -> Table:
    # openpyxl is imported here: reading CSV should not need it
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        # Formulas are read as formulas (not data_only) so that each one can be refused: data_only
        # would silently put in their cached value, or nothing when it was never calculated.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError, AttributeError,
            EOFError, SyntaxError, UnicodeError, NotImplementedError) as exc:
        raise FileProblem(f"this is not a readable XLSX workbook ({type(exc).__name__}); open it in a "
                          "spreadsheet program and save it again as .xlsx or CSV") from None
    except Exception as exc:  # openpyxl raises its own and lxml's errors on damaged workbooks
        raise FileProblem(f"the workbook is damaged ({type(exc).__name__}); save it again as .xlsx or CSV") from None
    try:
        names = list(book.sheetnames)
        if not names:
            raise FileProblem("the workbook has no sheets")
        for position, name in enumerate(names):
            try:
                records = _sheet_records(book[name])
            except FileProblem:
                raise
            except Exception as exc:
                raise FileProblem(f"sheet {name!r} cannot be read ({type(exc).__name__}); save the workbook "
                                  "again as .xlsx or CSV") from None
            if records:
                notes: tuple[str, ...] = ()
                if position:
                    notes += (f"read sheet {name!r}; the empty sheet(s) before it were skipped",)
                if len(names) > position + 1:
                    notes += (f"only sheet {name!r} was read; the workbook has {len(names)} sheets",)
                return _table(records, sheet=name, notes=notes)
        raise FileProblem("every sheet of the workbook is empty" if len(names) > 1 else
                          f"the sheet {names[0]!r} is empty")
    finally:
        book.close()


def _sheet_records(sheet: object) -> list[tuple[int, list[str | _Refused]]]:
    records: list[tuple[int, list[str | _Refused]]] = []
    for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1), start=1):  # type: ignore[attr-defined]
        cells = [_xlsx_text(cell) for cell in row]
        while cells and not cells[-1]:  # read-only sheets pad rows with empty cells up to max_col
            cells.pop()
        if cells:
            records.append((number, cells))
            if len(records) > MAX_ROWS + 1:
                raise FileProblem(f"the sheet has more than {MAX_ROWS} rows; split it into smaller lists")
    return records


class _Refused(str):
    """A cell's text that is not taken, with the reason as its value."""


def _xlsx_text(cell: object) -> str:
    value = getattr(cell, "value", None)
    kind = getattr(cell, "data_type", None)
    if value is None:
        return ""
    if kind == "f" or (isinstance(value, str) and value.startswith("=")):
        return _Refused("is a formula; type the value itself")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- both ---------------------------------------------------------------------------------------------

def formula_like(text: str) -> bool:
    """Text a spreadsheet would run as a formula (also the CSV-injection characters + - @ before a word)."""
    stripped = text.lstrip()
    if not stripped:
        return False
    if stripped[0] == "=":
        return True
    if stripped[0] in "+-@" and len(stripped) > 1:
        rest = stripped[1:].lstrip()
        return bool(rest) and not (rest[0].isdigit() or rest[0] in "( ")
    return False


def _table(records: list[tuple[int, list[str]]] | list[tuple[int, list[str | _Refused]]], *,
           encoding: str | None = None, sheet: str | None = None, notes: tuple[str, ...] = ()) -> Table:
    filled = [(n, cells) for n, cells in records if any(str(c).strip() for c in cells)]
    if not filled:
        raise FileProblem("the file has no rows" if sheet is None else f"the sheet {sheet!r} is empty")
    header = filled[0][1]
    width = max(len(cells) for _, cells in filled)
    if width > MAX_COLUMNS:
        raise FileProblem(f"the file has more than {MAX_COLUMNS} columns; is this a referral list?")
    headers = tuple(_heading(header, i) for i in range(width))
    if len(filled) == 1:
        raise FileProblem("the file has a heading row but no data rows")
    rows = []
    for line, cells in filled[1:]:
        texts: list[str] = []
        refused: list[tuple[int, str]] = []
        for i, cell in enumerate(cells):
            if isinstance(cell, _Refused):
                refused.append((i, str(cell)))
                texts.append("")
            elif len(cell) > MAX_CELL:
                refused.append((i, f"is {len(cell)} characters long (at most {MAX_CELL} are accepted)"))
                texts.append("")
            elif formula_like(cell):
                refused.append((i, "looks like a spreadsheet formula; type the value itself"))
                texts.append("")
            else:
                texts.append(cell)
        rows.append(RawRow(line, tuple(texts), tuple(refused)))
    return Table(headers, tuple(rows), encoding=encoding, sheet=sheet, notes=notes)


def _heading(header: list[str] | list[str | _Refused], index: int) -> str:
    text = str(header[index]).strip() if index < len(header) and not isinstance(header[index], _Refused) else ""
    text = " ".join(text.split())[:80]
    return text or f"Column {_letters(index)}"


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out
