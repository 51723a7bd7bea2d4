"""The case list as a table: the rows the filters find, in the order shown, with the columns the list shows."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.exports.columns import right_to_left, yes_no
from desktop.i18n import tr
from desktop.labels import label
from desktop.places import country_name, place_name
from planning import case_list
from planning.case_list import CaseQuery, CaseRow, SortKey
from planning.exports.files import FilterValue
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

#: Statuses where "ready to travel" still means something: after departure, or once closed, it does not.
_TRAVEL_AHEAD = frozenset({CaseStatus.INTAKE, CaseStatus.COUNSELLING, CaseStatus.DECIDED, CaseStatus.PREPARING,
                           CaseStatus.READY, CaseStatus.BOOKED, CaseStatus.ON_HOLD, CaseStatus.WITHDRAWN})


def columns() -> tuple[Column, ...]:
    return (
        Column(label(SortKey.REFERENCE), width=17), Column(label(SortKey.HEAD)),
        Column(tr("People"), CellKind.INTEGER, width=9), Column(tr("Vulnerable members"), width=12),
        Column(tr("Country")), Column(tr("Region")), Column(label(SortKey.STATUS)), Column(label(SortKey.READY)),
        Column(tr("Decided on"), CellKind.DATE), Column(label(SortKey.DECIDED), CellKind.INTEGER, width=12),
    )


def readiness(row: CaseRow) -> str:
    if row.status not in _TRAVEL_AHEAD:
        return ""
    return tr("Ready") if row.ready else tr("Not ready")


def cells(row: CaseRow, days: int | None) -> tuple[Cell, ...]:
    return (row.reference, row.head_name, row.household_size, yes_no(row.vulnerable),
            country_name(row.country_code, row.country_name), place_name(row.region) or None, label(row.status),
            readiness(row) or None, row.decided_on, days)


def case_sheet(store: Store, query: CaseQuery) -> Sheet:
    """Every case the query finds, read in batches as the file is written."""
    today = store.today()

    def rows() -> Iterator[tuple[Cell, ...]]:
        for row in case_list.each_row(store, query):
            yield cells(row, row.days_since_decision(today))

    return Sheet("cases", tr("Cases"), columns(), rows(), right_to_left=right_to_left(),
                 expected=case_list.count(store, query))


def filters_of(query: CaseQuery) -> dict[str, FilterValue]:
    """The query as the audit log keeps it (only what was set)."""
    found: dict[str, FilterValue] = {}
    if query.text.strip():
        found["search"] = query.text.strip()
    if query.statuses:
        found["status"] = ",".join(sorted(s.value for s in query.statuses))
    if query.country:
        found["country"] = query.country
    if query.ready is not None:
        found["ready"] = query.ready
    if query.vulnerable is not None:
        found["vulnerable"] = query.vulnerable
    if query.protection_pending:
        found["protection_pending"] = True
    found["sort"] = f"{query.sort.value}{' desc' if query.descending else ''}"
    return found
