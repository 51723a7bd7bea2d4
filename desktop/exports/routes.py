"""Visit routes as tables: each day's stops for each monitor, times as the field office's local times, and the
due visits left off the routes with why."""

from __future__ import annotations

from datetime import date, datetime, time

from desktop import words
from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.places import place_name
from monitoring.routes.from_database import PlannedRoutes
from planning.exports.table import Cell, CellKind, Column, Sheet


def at(day: date, minutes: int) -> datetime:
    """A time of the day, minutes after midnight, on that day (local time)."""
    return datetime.combine(day, time(minutes // 60 % 24, minutes % 60))


def stop_columns() -> tuple[Column, ...]:
    return (Column(tr("Day"), CellKind.DATE), Column(tr("Monitor")), Column(tr("Arrives (local time)"),
            CellKind.DATETIME), Column(tr("Leaves (local time)"), CellKind.DATETIME), Column(tr("Case"), width=17),
            Column(tr("Household")), Column(tr("Address"), width=40),
            Column(tr("Drive (min)"), CellKind.INTEGER, width=9), Column(tr("Visit (min)"), CellKind.INTEGER, width=9),
            Column(tr("Due", "date"), CellKind.DATE), Column(tr("Days overdue"), CellKind.INTEGER, width=10))


def left_columns() -> tuple[Column, ...]:
    return (Column(tr("Case"), width=17), Column(tr("Household")), Column(tr("Due", "date"), CellKind.DATE),
            Column(tr("Why, and what to do"), width=60))


def route_sheets(planned: PlannedRoutes) -> list[Sheet]:
    """The routes planned (read on the window's thread: the reasons are worded there)."""
    stops: list[tuple[Cell, ...]] = []
    for day in planned.days:
        for stop in day.stops:
            h = stop.household
            address = " — ".join(part for part in (h.address, h.directions) if part) or None
            stops.append((day.day, day.monitor, at(day.day, stop.arrival), at(day.day, stop.departure), h.reference,
                          h.head_name, address, stop.travel_minutes, stop.departure - stop.arrival, h.due_on,
                          h.overdue_days))
    left: list[tuple[Cell, ...]] = [(item.reference, item.head_name, item.due_on, words.message(item.reason))
                                    for item in planned.left_out]
    request = planned.problem.request
    about = (tr("{region}, {start} to {end}").format(region=place_name(request.region),
                                                     start=request.first_day.isoformat(),
                                                     end=request.last_day.isoformat()),)
    rtl = right_to_left()
    return [Sheet("routes", tr("Visit routes"), stop_columns(), stops, right_to_left=rtl, expected=len(stops),
                  notes=about),
            Sheet("not_on_routes", tr("Not on these routes"), left_columns(), left, right_to_left=rtl,
                  expected=len(left), notes=about)]
