"""A referral list's check (or import) report as a table: each row of the file with who it names, its status
and what to fix, the problems with the file itself above it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import label
from desktop.places import country_name
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.referral_import import Issue, Report, RowReport


def columns() -> tuple[Column, ...]:
    return (Column(tr("Line"), CellKind.INTEGER, width=7), Column(tr("Household")), Column(tr("Name")),
            Column(tr("Born"), CellKind.DATE), Column(tr("Nationality")), Column(tr("Status")),
            Column(tr("Known as"), width=17), Column(tr("What to fix"), width=70))


def born(value: str) -> Cell:
    """A date of birth understood as a date; as the file wrote it otherwise."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value or None


def cells(row: RowReport, described: Callable[[Issue], str]) -> tuple[Cell, ...]:
    return (row.line, row.household, row.name or None, born(row.date_of_birth),
            country_name(row.nationality) if len(row.nationality) == 3 else row.nationality or None,
            label(row.status), row.likely_known_as, "; ".join(described(i) for i in row.issues) or None)


def report_sheet(report: Report, described: Callable[[Issue], str]) -> Sheet:
    """The report as the dialog shows it (`described` words an issue in the interface language)."""
    notes = (report.file_name, *(described(i) for i in report.file_issues))
    return Sheet("import_report", tr("Import report"), columns(),
                 [cells(row, described) for row in report.rows], right_to_left=right_to_left(),
                 expected=len(report.rows), notes=notes)
