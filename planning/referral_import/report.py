"""The import report: every problem with the file, a row or a field, and what will be (or was) imported."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planning.errors import ValidationError
from planning.messages import Message, fill, plain

#: What an issue says: a keyed line, or the validation error a reader raised (the issue names its field and
#: its suggestion).
Said = Message | ValidationError


class Severity(StrEnum):
    ERROR = "error"  # the row (or the whole file) cannot be imported
    WARNING = "warning"  # imported, but worth a look
    INFO = "info"


class RowStatus(StrEnum):
    VALID = "valid"  # will be imported (or was)
    INVALID = "invalid"  # has errors of its own
    LIKELY_KNOWN = "likely_known"  # matches a person already in the database; held unless overridden
    HELD = "held"  # fine itself, but another member of its household cannot be imported


@dataclass(frozen=True)
class Issue:
    """One problem: where (file line, field), what (`said`, a key and its values), how bad."""

    severity: Severity
    said: Said
    line: int | None = None  # the line (CSV) or row (XLSX) number in the file, counting the header
    field: str | None = None  # the Homeward field, e.g. "date_of_birth", or None for the row/file
    column: str | None = None  # the file's column heading
    value: str | None = None
    suggestion: str | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English, without the field's name and the suggestion."""
        if isinstance(self.said, Message):
            return self.said.english()
        return fill(self.said.template, self.said.params)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in {
            "severity": self.severity.value, "message": self.message, "key": self.said.key,
            "params": {name: plain(value) for name, value in self.said.params} or None,
            "line": self.line, "field": self.field, "column": self.column, "value": self.value,
            "suggestion": self.suggestion,
        }.items() if v is not None}

    def text(self) -> str:
        where = f"{self.field}: " if self.field else ""
        hint = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        return f"{where}{self.message}{hint}"


@dataclass(frozen=True)
class RowReport:
    """A data row: who it is, its household, its status and its issues."""

    line: int
    household: str
    name: str  # empty when the row names no one
    status: RowStatus
    issues: tuple[Issue, ...] = ()
    date_of_birth: str = ""
    nationality: str = ""
    likely_known_as: str | None = None  # the reference of the case of the matching person
    overridden: bool = False  # likely known, but the user chose to import it anyway
    #: The person matched ended their involvement (S3) or was granted protection (S4), directly or as the same
    #: person elsewhere: imported anyway, the row is linked to them and its case is blocked until decided.
    blocks: bool = False

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    def as_dict(self) -> dict[str, Any]:
        return {
            "line": self.line, "household": self.household, "name": self.name, "status": self.status.value,
            "date_of_birth": self.date_of_birth, "nationality": self.nationality,
            "likely_known_as": self.likely_known_as, "overridden": self.overridden, "blocks": self.blocks,
            "issues": [i.as_dict() for i in self.issues],
        }


@dataclass(frozen=True)
class Report:
    """What checking (and perhaps importing) a file found."""

    file_name: str
    rows: tuple[RowReport, ...] = ()
    file_issues: tuple[Issue, ...] = ()
    households: int = 0
    households_valid: int = 0
    imported: tuple[str, ...] = ()  # references of the cases opened
    dry_run: bool = True
    encoding: str | None = None
    sheet: str | None = None

    @property
    def readable(self) -> bool:
        """Whether rows could be read at all (no file-level error)."""
        return not any(i.severity is Severity.ERROR for i in self.file_issues)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    def counts(self) -> dict[str, int]:
        return {
            "rows": len(self.rows),
            **{status.value: self.count(status) for status in RowStatus},
            "households": self.households, "households_valid": self.households_valid,
            "cases_opened": len(self.imported),
            "errors": sum(len(r.errors) for r in self.rows)
            + sum(1 for i in self.file_issues if i.severity is Severity.ERROR),
            "warnings": sum(1 for r in self.rows for i in r.issues if i.severity is Severity.WARNING)
            + sum(1 for i in self.file_issues if i.severity is Severity.WARNING),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name, "dry_run": self.dry_run, "encoding": self.encoding, "sheet": self.sheet,
            "summary": self.counts(), "imported": list(self.imported),
            "file_issues": [i.as_dict() for i in self.file_issues],
            "rows": [r.as_dict() for r in self.rows],
        }

    def headline(self) -> str:
        c = self.counts()
        if not self.readable:
            return f"{self.file_name}: cannot be imported — {self.file_issues[0].text()}"
        if not self.dry_run:
            return (f"{self.file_name}: imported {c['cases_opened']} case(s) ({c['valid']} people); "
                    f"{c['rows'] - c['valid']} row(s) not imported")
        return (f"{self.file_name}: {c['rows']} row(s) in {c['households']} household(s) — "
                f"{c['valid']} ready to import in {c['households_valid']} case(s), {c['invalid']} with errors, "
                f"{c['likely_known']} likely already known, {c['held']} held back with their household")

    def lines(self) -> list[str]:
        """The report as text, for the command line."""
        out = [self.headline()]
        for issue in self.file_issues:
            out.append(f"  {issue.severity.value.upper():<7} {issue.text()}")
        for row in self.rows:
            if row.status is RowStatus.VALID and not row.issues:
                continue
            known = f" (likely already known as {row.likely_known_as})" if row.likely_known_as else ""
            out.append(f"  line {row.line:>5}  {row.status.value:<12} {row.household:<10} {row.name or '(no name)'}"
                       f"{known}")
            for issue in row.issues:
                out.append(f"               {issue.severity.value:<7} {issue.text()}")
        return out
