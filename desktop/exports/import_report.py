"""An import's report as a table: a referral list's check (or import) — each row of the file with who it names,
its status and what to fix — or a flight schedule's check, the problems with the file itself above it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import arrow, label
from desktop.places import country_name, place_name
from desktop.words import message as keyed
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.movement_import import ImportPreview, ImportRow
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


def schedule_columns() -> tuple[Column, ...]:
    return (Column(tr("Line"), CellKind.INTEGER, width=7), Column(tr("Code")), Column(tr("Country")),
            Column(tr("Route"), width=30), Column(tr("Departure (UTC)"), CellKind.DATETIME),
            Column(tr("Seats"), CellKind.INTEGER, width=8), Column(tr("Status"), width=70))


def schedule_cells(row: ImportRow) -> tuple[Cell, ...]:
    draft = row.draft
    problems = "; ".join(keyed(i.in_column()) for i in row.issues)
    if draft is None:
        return (row.line, row.code or None, None, None, None, None, problems or None)
    stops = [draft.origin, *(leg.destination for leg in draft.legs[:-1]), draft.destination]
    return (row.line, row.code, country_name(draft.country), f" {arrow()} ".join(place_name(s) for s in stops),
            draft.departure_at, draft.capacity, problems or tr("Ready to import"))


def schedule_sheet(file_name: str, preview: ImportPreview) -> Sheet:
    """A flight schedule's check: each row as it would be imported, or what is wrong with it."""
    notes = (file_name, *(keyed(i.located()) for i in preview.file_issues), *(keyed(w) for w in preview.warnings))
    return Sheet("import_report", tr("Import report"), schedule_columns(),
                 [schedule_cells(row) for row in preview.rows], right_to_left=right_to_left(),
                 expected=len(preview.rows), notes=notes)
