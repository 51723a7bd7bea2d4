"""The audit log as a table for the data-protection officer: the entries the filters find, newest first, read
a page at a time (a log of millions of entries streams), each entry's values before and after as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from planning import audit_log
from planning.audit_log import AuditFilter, AuditRow
from planning.exports.files import FilterValue
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.storage.store import Store

#: Entries read from the database at a time.
BATCH = 1000


def columns() -> tuple[Column, ...]:
    return (Column(tr("Position"), CellKind.INTEGER, width=10), Column(tr("Time (UTC)"), CellKind.DATETIME),
            Column(tr("User")), Column(tr("Action"), width=28), Column(tr("Record"), width=20),
            Column(tr("Case"), width=17), Column(tr("Before"), width=50), Column(tr("After"), width=50))


def values(data: dict[str, Any] | None) -> str | None:
    """An entry's values as JSON, letters as typed (Arabic names stay Arabic)."""
    return None if not data else json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def cells(row: AuditRow) -> tuple[Cell, ...]:
    record = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
    before, after = (None, tr("(values removed by retention)")) if row.redacted else \
        (values(row.before), values(row.after))
    return (row.seq, row.at, row.actor, row.action, record, row.case_reference, before, after)


def entries(store: Store, where: AuditFilter) -> Iterator[AuditRow]:
    below: int | None = None
    while True:
        page = audit_log.page(store, where, below, limit=BATCH)
        yield from page
        if len(page) < BATCH:
            return
        below = page[-1].seq


def audit_sheet(store: Store, where: AuditFilter) -> Sheet:
    """Every entry matching `where` (the officer's permission is checked as the first page is read)."""
    first = audit_log.page(store, where, None, limit=1)  # refuses a role that may not read the log, now

    def rows() -> Iterator[tuple[Cell, ...]]:
        if first:
            for row in entries(store, where):
                yield cells(row)

    return Sheet("audit_log", tr("Audit log"), columns(), rows(), right_to_left=right_to_left())


def audit_filters(where: AuditFilter) -> dict[str, FilterValue]:
    found: dict[str, FilterValue] = {}
    for key, value in (("user", where.actor), ("case", where.case_reference), ("action", where.action),
                       ("from", where.start.isoformat() if where.start else None),
                       ("to", where.end.isoformat() if where.end else None)):
        if value:
            found[key] = value
    return found
