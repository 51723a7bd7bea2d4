"""The follow-ups due as a table: the monitoring page's list with its filters, whole (no row limit)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import label
from desktop.places import country_name, place_name
from monitoring.due import WEEK, DueFollowUp, due
from planning.exports.files import FilterValue
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.storage.store import Store

#: Every follow-up the filters find goes into the file, however many the page shows.
ALL_ROWS = 10_000_000


def columns() -> tuple[Column, ...]:
    return (Column(tr("Due", "date"), CellKind.DATE), Column(tr("Days overdue"), CellKind.INTEGER, width=10),
            Column(tr("Case"), width=17), Column(tr("Returnee")), Column(tr("Country")), Column(tr("Region")),
            Column(tr("Follow-up")), Column(tr("Mode")), Column(tr("Monitor")))


def cells(item: DueFollowUp) -> tuple[Cell, ...]:
    return (item.due_on, item.days_overdue, item.reference, item.head_name, country_name(item.country),
            place_name(item.region) or None, label(item.kind), label(item.plan_mode) or None,
            item.monitor or tr("unassigned"))


def due_sheet(store: Store, *, monitor: str | None = None, country: str | None = None, region: str | None = None,
              on: date | None = None, within_days: int = WEEK) -> Sheet:
    """The follow-ups overdue or due within the week, most overdue first."""
    found = due(store, on=on, within_days=within_days, monitor=monitor, country=country, region=region,
                limit=ALL_ROWS)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for item in found:
            yield cells(item)

    return Sheet("follow_ups_due", tr("Follow-ups due"), columns(), rows(), right_to_left=right_to_left(),
                 expected=len(found))


def due_filters(*, monitor: str | None, country: str | None, region: str | None, on: date | None = None,
                within_days: int = WEEK) -> dict[str, FilterValue]:
    """The filters as the audit log keeps them (only what was set)."""
    found: dict[str, FilterValue] = {"within_days": within_days}
    for key, value in (("monitor", monitor), ("country", country), ("region", region),
                       ("on", on.isoformat() if on else None)):
        if value:
            found[key] = value
    return found
