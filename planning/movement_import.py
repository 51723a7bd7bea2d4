"""Importing a flight schedule from CSV or XLSX: a checked preview first, then all valid rows in one go.

Columns (first row; case, spaces and hyphens ignored). Required: ``code``, ``country`` (ISO code
or name), ``origin``, ``destination``, ``departure``, ``arrival``, ``seats``. Optional: ``kind``
(scheduled_flight — the default —, charter, ground), ``cost_per_seat``, ``charter_cost``,
``medical_escorts``, ``minor_escorts`` (escort places), ``via`` (one transit point) with
``via_arrival`` and ``via_departure`` (times at the transit point), ``transit_visa`` (yes/no),
``carrier``, ``notes``.

Times are ISO 8601 (``2026-07-01T08:30``, ``2026-07-01 08:30``, or a date-time cell); with a UTC
offset (``+04:00``, ``Z``) it is used, without one the time is taken as UTC. The no-overnight-
transit rule of `planning.movements` applies at ``via``, on the clock of ``via_arrival``'s offset.

CSV must be UTF-8 (a BOM is fine); the delimiter is a comma, semicolon or tab. XLSX is read with
openpyxl in read-only mode from the first sheet; formulas are never evaluated: a cell holding a
formula is an error in that row. Any cell starting with ``=``, ``+``, ``-`` or ``@`` that is not a
number is refused too (spreadsheet formula injection).
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from planning.errors import HomewardError, ValidationError
from planning.messages import Count, Message, Value
from planning.movements import LegDraft, MovementDraft, insert, validated
from planning.security.permissions import Permission, require
from planning.storage.models import Movement
from planning.storage.store import Store
from planning.vocabulary import MovementKind

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 5000
MAX_CELL = 500
REQUIRED = ("code", "country", "origin", "destination", "departure", "arrival", "seats")
OPTIONAL = ("kind", "cost_per_seat", "charter_cost", "medical_escorts", "minor_escorts", "via", "via_arrival",
            "via_departure", "transit_visa", "carrier", "notes")
COLUMNS = REQUIRED + OPTIONAL
_YES = {"yes", "y", "true", "1", "x", "oui", "ja"}
_NO = {"no", "n", "false", "0", "", "non", "nein"}


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Issue:
    """A problem of the file (line 0), its header (line 1) or a row, in one of its columns."""

    line: int  # 1 = the header row; 0 = the file as a whole
    field: str
    message: Message
    value: str | None = None

    def in_column(self) -> Message:
        """The problem with its column (and the value found): 'seats: is not a whole number ('ten')'."""
        if self.value in (None, ""):
            return Message.of("movement_import.in_column", column=self.field, problem=self.message)
        return Message.of("movement_import.in_column_with_value", column=self.field, problem=self.message,
                          value=self.value)

    def located(self) -> Message:
        """The problem with where it is: 'line 3, seats: is not a whole number ('ten')'."""
        if not self.line:
            return Message.of("movement_import.in_file", issue=self.in_column())
        return Message.of("movement_import.at_line", line=self.line, issue=self.in_column())

    def __str__(self) -> str:
        return self.located().english()


@dataclass(frozen=True)
class ImportRow:
    line: int
    code: str
    draft: MovementDraft | None
    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        return self.draft is not None and not self.issues


@dataclass(frozen=True)
class ImportPreview:
    kind: FileKind
    rows: tuple[ImportRow, ...] = ()
    file_issues: tuple[Issue, ...] = ()
    warnings: tuple[Message, ...] = ()

    @property
    def valid_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.valid)

    @property
    def issues(self) -> tuple[Issue, ...]:
        return self.file_issues + tuple(i for r in self.rows for i in r.issues)

    @property
    def ok(self) -> bool:
        """Whether everything in the file can be imported."""
        return not self.issues and bool(self.rows)

    def report(self) -> str:
        lines = [f"{len(self.valid_rows)} of {len(self.rows)} movement(s) can be imported"]
        lines += [f"  {issue}" for issue in self.issues]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    movement_ids: tuple[int, ...]
    skipped_lines: tuple[int, ...]


@dataclass(frozen=True)
class _Refused:
    """A cell that must not be read as data: the formula it holds."""

    formula: str


# --- reading ------------------------------------------------------------------------------------


def _header(name: object) -> str:
    return "_".join(str(name or "").strip().casefold().replace("-", " ").split())


def _read_csv(data: bytes) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _FileError("encoding", Message.of("movement_import.not_utf8", byte=exc.start)) from None
    if "\x00" in text:
        raise _FileError("encoding", Message.of("movement_import.nul_bytes"))
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise _FileError("format", Message.of("movement_import.unreadable_csv", reason=str(exc))) from None


def _read_xlsx(data: bytes) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _FileError("format", Message.of("movement_import.unreadable_xlsx", reason=type(exc).__name__)) from None
    try:
        sheet = values.worksheets[0]
        raw = formulas.worksheets[0]
        rows: list[list[object]] = []
        for n, (row, source) in enumerate(zip(sheet.iter_rows(values_only=True),
                                              raw.iter_rows(values_only=False), strict=False)):
            if n > MAX_ROWS + 1:
                break
            cells: list[object] = list(row)
            for i, cell in enumerate(source):
                if getattr(cell, "data_type", None) == "f" and i < len(cells):
                    cells[i] = _Refused(str(cell.value))
            rows.append(cells)
        return rows
    finally:
        values.close()
        formulas.close()


class _FileError(Exception):
    def __init__(self, field: str, message: Message) -> None:
        super().__init__(message.key)
        self.field = field
        self.message = message


# --- parsing cells ------------------------------------------------------------------------------


class _Cell(Exception):
    """What is wrong with a cell."""

    def __init__(self, key: str, **params: Value) -> None:
        super().__init__(key)
        self.message = Message.of(key, **params)


def _text(value: object) -> str:
    if isinstance(value, _Refused):
        raise _Cell("movement_import.formula", formula=value.formula)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if len(text) > MAX_CELL:
        raise _Cell("text.too_long", max_length=MAX_CELL)
    if text[:1] in ("=", "+", "-", "@") and not _number_like(text):
        raise _Cell("movement_import.formula_like")
    return text


def _number_like(text: str) -> bool:
    try:
        Decimal(text)
    except InvalidOperation:
        return False
    return True


def _when(value: object) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        raise _Cell("movement_import.no_time")
    text = _text(value)
    if not text:
        raise _Cell("value.required")
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Cell("movement_import.not_datetime") from None
    if len(text) <= 10:
        raise _Cell("movement_import.no_time")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _whole(value: object, *, default: int | None = None) -> int:
    if isinstance(value, bool):
        raise _Cell("movement_import.not_whole_number")
    if isinstance(value, int):
        return value
    text = _text(value)
    if not text and default is not None:
        return default
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise _Cell("movement_import.not_whole_number") from None
    if number != number.to_integral_value():
        raise _Cell("movement_import.not_whole_number")
    return int(number)


def _amount(value: object) -> Decimal | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    text = _text(value).replace(" ", "")
    if not text:
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise _Cell("value.not_amount") from None


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _Cell("movement_import.not_yes_or_no")


def _kind(value: object) -> MovementKind:
    text = _header(_text(value)) or MovementKind.SCHEDULED_FLIGHT.value
    aliases = {"flight": "scheduled_flight", "scheduled": "scheduled_flight", "bus": "ground", "road": "ground"}
    try:
        return MovementKind(aliases.get(text, text))
    except ValueError:
        # The codes a file may hold, as it writes them (not words of the interface).
        raise _Cell("movement_import.unknown_kind", kinds=tuple(k.value for k in MovementKind)) from None


def _row(line: int, cells: dict[str, object]) -> ImportRow:
    issues: list[Issue] = []

    def take(name: str, parse: object) -> object:
        try:
            return parse(cells.get(name))  # type: ignore[operator]
        except _Cell as problem:
            issues.append(Issue(line, name, problem.message, _shown(cells.get(name))))
            return None

    code = take("code", _text)
    values = {
        "code": code, "kind": take("kind", _kind), "country": take("country", _text),
        "origin": take("origin", _text), "destination": take("destination", _text),
        "departure_at": take("departure", _when), "arrival_at": take("arrival", _when),
        "capacity": take("seats", _whole),
        "cost_per_seat": take("cost_per_seat", _amount),
        "charter_cost": take("charter_cost", _amount),
        "medical_escort_places": take("medical_escorts", lambda v: _whole(v, default=0)),
        "minor_escort_places": take("minor_escorts", lambda v: _whole(v, default=0)),
        "notes": take("notes", _text),
    }
    via = take("via", _text)
    visa = take("transit_visa", _flag)
    carrier = take("carrier", _text)
    legs: tuple[LegDraft, ...] = ()
    if via:
        via_arrival = take("via_arrival", _when)
        via_departure = take("via_departure", _when)
        if via_arrival is not None and via_departure is not None and not issues:
            legs = (
                LegDraft(str(values["origin"]), str(via), values["departure_at"], via_arrival,  # type: ignore[arg-type]
                         carrier or None, False),  # type: ignore[arg-type]
                LegDraft(str(via), str(values["destination"]), via_departure, values["arrival_at"],  # type: ignore[arg-type]
                         carrier or None, bool(visa)),  # type: ignore[arg-type]
            )
    elif carrier or visa:
        values_departure = values["departure_at"]
        if values_departure is not None and values["arrival_at"] is not None:
            legs = (LegDraft(str(values["origin"]), str(values["destination"]), values_departure,  # type: ignore[arg-type]
                             values["arrival_at"], carrier or None, bool(visa)),)  # type: ignore[arg-type]
    if issues:
        return ImportRow(line, str(code or ""), None, tuple(issues))
    draft = MovementDraft(
        code=str(code), kind=values["kind"], country=str(values["country"]),  # type: ignore[arg-type]
        origin=str(values["origin"]), destination=str(values["destination"]),
        departure_at=values["departure_at"], arrival_at=values["arrival_at"],  # type: ignore[arg-type]
        capacity=values["capacity"],  # type: ignore[arg-type]
        cost_per_seat=values["cost_per_seat"] or Decimal(0),  # type: ignore[arg-type]
        charter_cost=values["charter_cost"],  # type: ignore[arg-type]
        medical_escort_places=values["medical_escort_places"],  # type: ignore[arg-type]
        minor_escort_places=values["minor_escort_places"],  # type: ignore[arg-type]
        legs=legs, notes=str(values["notes"] or "") or None,
    )
    try:
        validated(draft)
    except ValidationError as exc:
        return ImportRow(line, draft.code, None, (Issue(line, _column_of(exc.field), _message_of(exc),
                                                        _shown(exc.value)),))
    return ImportRow(line, draft.code.upper(), draft)


_FIELD_TO_COLUMN = {"departure_at": "departure", "arrival_at": "arrival", "capacity": "seats",
                    "medical_escort_places": "medical_escorts", "minor_escort_places": "minor_escorts"}


def _column_of(field_name: str) -> str:
    if field_name.startswith("legs["):
        return "via_departure" if "departure" in field_name else "via"
    return _FIELD_TO_COLUMN.get(field_name, field_name)


def _message_of(exc: ValidationError) -> Message:
    """What a validation error says is wrong, without its field (and the close match it suggests)."""
    problem = Message(exc.key, exc.params)
    if exc.suggestion:
        return Message.of("value.with_suggestion", problem=problem, suggestion=exc.suggestion)
    return problem


def _shown(value: object) -> str | None:
    if value is None or isinstance(value, _Refused):
        return None
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --- services -----------------------------------------------------------------------------------


def preview_import(store: Store, source: Path | bytes, kind: FileKind | str | None = None) -> ImportPreview:
    """Read and check a schedule; writes nothing. File problems and every row's problems are reported."""
    if isinstance(source, Path):
        if kind is None:
            kind = source.suffix.lstrip(".").casefold()
        try:
            if source.stat().st_size > MAX_BYTES:
                raise ValidationError("file", "file.too_large", str(source), megabytes=MAX_BYTES // (1024 * 1024))
            data = source.read_bytes()
        except OSError as exc:
            raise HomewardError("import.unreadable", path=str(source), reason=exc.strerror or type(exc).__name__) \
                from None
    else:
        data = source
    try:
        file_kind = FileKind(str(kind).casefold())
    except ValueError:
        raise ValidationError("kind", "movement_import.wrong_kind", kind) from None
    if len(data) > MAX_BYTES:
        raise ValidationError("file", "file.too_large", len(data), megabytes=MAX_BYTES // (1024 * 1024))
    try:
        table = _read_csv(data) if file_kind is FileKind.CSV else _read_xlsx(data)
    except _FileError as problem:
        return ImportPreview(file_kind, file_issues=(Issue(0, problem.field, problem.message),))
    table = [row for row in table if any(c not in (None, "") for c in row)]
    if not table:
        return ImportPreview(file_kind, file_issues=(Issue(0, "file", Message.of("movement_import.empty")),))
    if len(table) > MAX_ROWS + 1:
        return ImportPreview(file_kind, file_issues=(
            Issue(0, "file", Message.of("movement_import.too_many_rows", max_rows=MAX_ROWS)),))
    header = [_header(c) if not isinstance(c, _Refused) else "" for c in table[0]]
    issues: list[Issue] = []
    warnings: list[Message] = []
    missing = [c for c in REQUIRED if c not in header]
    for column in missing:
        close = difflib.get_close_matches(column, [h for h in header if h not in COLUMNS], n=1, cutoff=0.6)
        issues.append(Issue(1, column, Message.of("movement_import.column_missing_close", close=close[0]) if close
                            else Message.of("movement_import.column_missing")))
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        warnings.append(Message.of("movement_import.columns_ignored", columns=tuple(unknown)))
    if len(set(h for h in header if h)) != len([h for h in header if h]):
        issues.append(Issue(1, "header", Message.of("movement_import.column_twice")))
    if issues:
        return ImportPreview(file_kind, file_issues=tuple(issues), warnings=tuple(warnings))
    if len(table) == 1:
        return ImportPreview(file_kind, file_issues=(Issue(0, "file", Message.of("movement_import.no_movements")),))
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(table[1:], start=2):
        record = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(header) if name}
        row = _row(line, record)
        if row.code:
            key = row.code.upper()
            if key in seen:
                repeats = Message.of("movement_import.repeats_line", line=seen[key])
                row = ImportRow(line, row.code, None, (*row.issues, Issue(line, "code", repeats, row.code)))
            else:
                seen[key] = line
        rows.append(row)
    codes = [r.code.upper() for r in rows if r.code]
    taken: set[str] = set()
    with store.reading() as session:
        for start in range(0, len(codes), 500):
            taken.update(session.scalars(select(func.upper(Movement.code)).where(
                func.upper(Movement.code).in_(codes[start:start + 500]))))
    registered = Message.of("movement_import.code_taken")
    rows = [ImportRow(r.line, r.code, None, (*r.issues, Issue(r.line, "code", registered, r.code)))
            if r.code.upper() in taken else r for r in rows]
    return ImportPreview(file_kind, tuple(rows), (), tuple(warnings))


def apply_import(store: Store, preview: ImportPreview, *, skip_invalid: bool = False) -> ImportResult:
    """Write every valid row in one transaction, or nothing.

    Refused when the file had problems, or when some row is invalid and `skip_invalid` is not set.
    Rows are checked again at write time (a code registered since the preview refuses the import).
    """
    require(store, Permission.PLAN_MOVEMENTS)
    if preview.file_issues:
        raise ValidationError("file", "movement_import.file_refused", issue=preview.file_issues[0].located())
    invalid = [r for r in preview.rows if not r.valid]
    if invalid and not skip_invalid:
        raise ValidationError("rows", "movement_import.rows_refused", rows=Count("row_with_problems", len(invalid)),
                              issue=invalid[0].issues[0].located())
    valid = preview.valid_rows
    if not valid:
        raise ValidationError("rows", "movement_import.nothing_to_import")
    created: list[int] = []
    with store.transaction() as session:
        for row in valid:
            assert row.draft is not None
            try:
                created.append(insert(session, store, validated(row.draft)).id)
            except ValidationError as exc:
                raise ValidationError(exc.field, "movement_import.row_refused", exc.value, line=row.line,
                                      problem=_message_of(exc)) from None
    return ImportResult(tuple(created), tuple(r.line for r in invalid))

