"""The English templates of visit routes: the request's errors and why a household is left out, by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # The request (monitoring/routes/from_database.py)
    "route.period_missing": "the period needs a first and a last day",
    "route.in_the_past": "routes are planned from today ({today}) on",
    "route.last_before_first": "is before the first day {first_day}",
    "route.period_too_long": "a period is at most {most}",
    "route.monitors_per_day": "must be from 1 to {most}",
    "route.monitors": "name up to {most} different monitors",
    "route.visit_length": "a visit lasts from 5 to 480 minutes",
    "route.speed": "an average speed from 5 to 120 km/h",
    "route.unknown_monitor": "no active user called '{name}'",
    "route.day_end": "must be after the start of the day {start}",
    "route.no_field_office": "no active field office serves {region} ({country}); record one with its coordinates "
                             "and working hours first",
    "route.office_closed": "the field office {office} works on none of the days {first_day}..{last_day}",
    # Why the solver cannot schedule a visit (monitoring/routes/solver.py)
    "route.window_outside_period": "window {earliest}..{latest} lies outside the period",
    "route.outside_working_hours": "its daily time window lies outside working hours",
    "route.too_far_for_a_day": "too far for one working day ({out} min out, {visit} min visit, {back} min back)",
    "route.no_capacity": "no room in any working day within its window",
    # Why a household is left out, in the office's terms (monitoring/routes/from_database.py)
    "left_out.no_coordinates": "an address is recorded but no coordinates: add them to the household's place",
    "left_out.no_place": "no address or coordinates recorded: record where the household lives",
    "left_out.overdue_no_room": "overdue by {overdue}; no room left in the period ({window}) after more overdue or "
                                "closer visits: add a monitor or lengthen the working hours",
    "left_out.no_room": "no room on the working days it may be visited ({window}): add a monitor or lengthen the day",
    "left_out.office_closed": "the field office does not work on any day it may be visited ({window})",
    "left_out.too_far": "{km} km from {office}: {reason}",
}

#: The days a visit may take place, when they are more than one.
PHRASES: dict[str, str] = {
    "route.days": "{first}–{last}",
}

PLURALS: dict[str, tuple[str, str]] = {
    "day": ("{n} day", "{n} days"),
}

messages.register(__name__, ERRORS, phrases=PHRASES, plurals=PLURALS)
