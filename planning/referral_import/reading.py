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

from planning.messages import Message, Value

MAX_CELL = 2_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_BYTES = 50 * 1024 * 1024
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


class FileProblem(Exception):
    """The file as a whole cannot be read; `said` says why and what to do (a `referral_file.*` key)."""

    def __init__(self, key: str, **params: Value) -> None:
        self.said = Message.of(key, **params)
        super().__init__(self.said.english())


@dataclass(frozen=True)
class RawRow:
    line: int  # as the user sees it: the CSV line or the sheet's row number
    cells: tuple[str, ...]
    refused: tuple[tuple[int, Message], ...] = ()  # (column index, why) for cells that were not read

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""

    def refusal(self, index: int) -> Message | None:
        return next((why for i, why in self.refused if i == index), None)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    encoding: str | None = None
    sheet: str | None = None
    notes: tuple[Message, ...] = ()  # things worth saying about the file (other sheets ignored, …)
    digest: str = ""  # SHA-256 of the file, for the audit log


def read_file(path: Path) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileProblem("referral_file.too_large", size=size // (1024 * 1024), most=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except FileProblem:
        raise
    except OSError as exc:
        raise FileProblem("referral_file.unreadable", reason=str(exc.strerror or exc)) from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str = "") -> Table:
    """The table in `data`: XLSX if it is a zip (or named .xlsx), CSV otherwise."""
    if not data.strip(b" \t\r\n\x00"):
        raise FileProblem("referral_file.empty")
    if data.startswith(_OLE_MAGIC):
        raise FileProblem("referral_file.old_excel")
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
                raise FileProblem("referral_file.bad_encoding", encoding=encoding.upper()) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise FileProblem("referral_file.binary")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise FileProblem("referral_file.unknown_encoding", byte=f"{data[exc.start]:#04x}",
                          position=exc.start) from None


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
        raise FileProblem("referral_file.nul")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=False)
    records: list[tuple[int, list[str]]] = []
    try:
        for record in reader:
            records.append((reader.line_num, record))
            if len(records) > MAX_ROWS + 1:
                raise FileProblem("referral_file.too_many_rows", most=MAX_ROWS)
    except csv.Error as exc:
        raise FileProblem("referral_file.malformed", line=reader.line_num, reason=str(exc)) from None
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
        raise FileProblem("referral_file.unreadable_workbook", error=type(exc).__name__) from None
    except Exception as exc:  # openpyxl raises its own and lxml's errors on damaged workbooks
        raise FileProblem("referral_file.damaged_workbook", error=type(exc).__name__) from None
    try:
        names = list(book.sheetnames)
        if not names:
            raise FileProblem("referral_file.no_sheets")
        for position, name in enumerate(names):
            try:
                records = _sheet_records(book[name])
            except FileProblem:
                raise
            except Exception as exc:
                raise FileProblem("referral_file.unreadable_sheet", sheet=name, error=type(exc).__name__) from None
            if records:
                notes: tuple[Message, ...] = ()
                if position:
                    notes += (Message.of("referral_file.empty_sheets_skipped", sheet=name),)
                if len(names) > position + 1:
                    notes += (Message.of("referral_file.other_sheets", sheet=name, sheets=len(names)),)
                return _table(records, sheet=name, notes=notes)
        if len(names) > 1:
            raise FileProblem("referral_file.every_sheet_empty")
        raise FileProblem("referral_file.sheet_empty", sheet=names[0])
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
                raise FileProblem("referral_file.sheet_too_many_rows", most=MAX_ROWS)
    return records


class _Refused(str):
    """A cell's text that is not taken, with the key of the reason as its value."""


def _xlsx_text(cell: object) -> str:
    value = getattr(cell, "value", None)
    kind = getattr(cell, "data_type", None)
    if value is None:
        return ""
    if kind == "f" or (isinstance(value, str) and value.startswith("=")):
        return _Refused("referral_cell.formula")
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
           encoding: str | None = None, sheet: str | None = None, notes: tuple[Message, ...] = ()) -> Table:
    filled = [(n, cells) for n, cells in records if any(str(c).strip() for c in cells)]
    if not filled:
        if sheet is None:
            raise FileProblem("referral_file.no_rows")
        raise FileProblem("referral_file.sheet_empty", sheet=sheet)
    header = filled[0][1]
    width = max(len(cells) for _, cells in filled)
    if width > MAX_COLUMNS:
        raise FileProblem("referral_file.too_many_columns", most=MAX_COLUMNS)
    headers = tuple(_heading(header, i) for i in range(width))
    if len(filled) == 1:
        raise FileProblem("referral_file.no_data_rows")
    rows = []
    for line, cells in filled[1:]:
        texts: list[str] = []
        refused: list[tuple[int, Message]] = []
        for i, cell in enumerate(cells):
            if isinstance(cell, _Refused):
                refused.append((i, Message.of(str(cell))))
                texts.append("")
            elif len(cell) > MAX_CELL:
                refused.append((i, Message.of("referral_cell.too_long", length=len(cell), most=MAX_CELL)))
                texts.append("")
            elif formula_like(cell):
                refused.append((i, Message.of("referral_cell.formula_like")))
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
