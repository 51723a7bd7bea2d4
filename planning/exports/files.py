"""Exporting a list to the user's file: the role checked first, the file written privately (0600) under a
temporary name, the export audited (who, which list, how many rows, with which filters), then the file
put in place. A failure or a cancel leaves no file behind and nothing in the log.

Who may export what: the audit log only the data-protection officer (who alone reads it); a manifest's
passengers whoever may issue the manifest; the statistics (counts, no person, small ones hidden) anyone who
reads, with every count shown only a role that may take lists of people away; every other list of people
(cases, follow-ups due, a plan, passengers, allocations, visit routes, an import's report) a coordinator, a
monitor or the officer — a read-only account reads them on screen but takes no copy away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from planning import audit
from planning.errors import ValidationError
from planning.exports.csv_files import write_csv
from planning.exports.table import Sheet
from planning.exports.xlsx import write_xlsx
from planning.private_files import PrivateOutput
from planning.security.permissions import Permission, may, require
from planning.storage.store import Store
from planning.vocabulary import Role

ACTION = "export.file"
Progress = Callable[[int, int], None]
FilterValue = str | int | bool | None


class ExportedList(StrEnum):
    CASES = "cases"
    DUE_FOLLOW_UPS = "due_follow_ups"
    PLAN = "plan"
    PASSENGERS = "passengers"
    MANIFEST = "manifest"
    ALLOCATIONS = "allocations"
    VISIT_ROUTES = "visit_routes"
    IMPORT_REPORT = "import_report"
    AUDIT_LOG = "audit_log"
    STATISTICS = "statistics"
    #: A report with every count shown, small ones included: not for sharing.
    STATISTICS_ALL_COUNTS = "statistics_all_counts"


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


#: The permission each list needs; the others need `Permission.EXPORT_LISTS`.
_NEEDS = {
    ExportedList.AUDIT_LOG: Permission.VIEW_AUDIT,
    ExportedList.MANIFEST: Permission.PRINT_DOCUMENTS,
    ExportedList.STATISTICS: Permission.READ,
    ExportedList.STATISTICS_ALL_COUNTS: Permission.EXPORT_LISTS,
}


def permission_for(what: ExportedList) -> Permission:
    return _NEEDS.get(what, Permission.EXPORT_LISTS)


def may_export(role: Role, what: ExportedList) -> bool:
    """Whether the role may take this list away (the menus show Export… only then)."""
    return may(role, permission_for(what))


def require_export(store: Store, what: ExportedList) -> None:
    require(store, permission_for(what))


def format_of(path: Path) -> ExportFormat:
    suffix = path.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise ValidationError("file", "export.unknown_format", str(path)) from None


def with_suffix(path: Path, kind: ExportFormat) -> Path:
    """The path ending in the format's suffix (added when the name has none of it)."""
    return path if path.suffix.lower() == f".{kind.value}" else path.with_name(f"{path.name}.{kind.value}")


def csv_paths(path: Path, sheets: Sequence[Sheet]) -> list[Path]:
    """One CSV file per table: the first at `path`, the others beside it, named by their key."""
    return [path if i == 0 else path.with_name(f"{path.stem}-{sheet.key}{path.suffix}")
            for i, sheet in enumerate(sheets)]


@dataclass(frozen=True)
class Exported:
    what: ExportedList
    format: ExportFormat
    files: tuple[Path, ...]
    #: Rows written per sheet.
    rows: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.rows)


def export_list(store: Store, what: ExportedList, sheets: Sequence[Sheet], path: Path, *,
                filters: Mapping[str, FilterValue] | None = None, progress: Progress | None = None) -> Exported:
    """Write `sheets` to `path` (.xlsx: one workbook; .csv: a file per sheet) and audit the export."""
    require_export(store, what)
    kind = format_of(path)
    targets = [path] if kind is ExportFormat.XLSX else csv_paths(path, sheets)
    outputs: list[PrivateOutput] = []
    try:
        try:
            outputs = [PrivateOutput(target) for target in targets]
        except OSError as exc:
            raise ValidationError("file", "export.unwritable", str(path), reason=exc.strerror or str(exc)) from None
        temporary = [o.temporary for o in outputs]
        try:
            rows = write_xlsx(temporary[0], sheets, progress) if kind is ExportFormat.XLSX \
                else write_csv(temporary, sheets, progress)
        except OSError as exc:
            raise ValidationError("file", "export.unwritable", str(path), reason=exc.strerror or str(exc)) from None
        with store.transaction() as session:
            audit.record(session, store.actor, ACTION, ("export", None), after={
                "list": what.value, "format": kind.value, "rows": sum(rows),
                "sheets": {sheet.key: count for sheet, count in zip(sheets, rows, strict=True)},
                "files": [str(t) for t in targets], "filters": dict(filters or {}),
            })
        kept = tuple(o.keep() for o in outputs)
    except BaseException:
        for output in outputs:
            output.discard()
        raise
    return Exported(what, kind, kept, tuple(rows))
