"""Visit route planning: instance validation, solver output, and the independent validator."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitoring.routes.generator import generate
from monitoring.routes.instance import Location, RouteInstance, RouteInstanceError, Visit, hhmm
from monitoring.routes.plan import DayPlan, RoutePlan, Stop
from monitoring.routes.solver import solve
from monitoring.routes.validator import violations

MON = date(2026, 3, 2)
WEEK = tuple(MON + timedelta(days=i) for i in range(5))
OFFICE = Location(9.0, 38.7)


def east(km: float) -> Location:
    return Location(9.0, 38.7 + km / 109.8)


def visit(visit_id: str, place: Location | int, first: int = 0, last: int = 4, service: int = 30,
          window: tuple[int, int] | None = None) -> Visit:
    return Visit(visit_id, place, service, WEEK[first], WEEK[last], window)


def test_tiny_line_is_visited_outward_in_order() -> None:
    instance = RouteInstance(OFFICE, (visit("far", east(30)), visit("near", east(10)), visit("mid", east(20))),
                             WEEK[:1])
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    assert plan.unvisited == ()
    (day,) = plan.days
    order = [stop.visit_id for stop in day.stops]
    assert order in (["near", "mid", "far"], ["far", "mid", "near"])
    assert day.travel_minutes == sum(s.travel_minutes for s in day.stops) + instance.travel[instance.node(order[-1])][0]


def test_matrix_instance_and_time_windows_respected() -> None:
    matrix = ((0, 20, 30), (20, 0, 15), (30, 15, 0))
    instance = RouteInstance(0, (visit("a", 1, window=(hhmm("14:00"), hhmm("15:00"))), visit("b", 2, 1, 1)),
                             WEEK[:2], matrix=matrix)
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    stops = {stop.visit_id: (day.day, stop) for day in plan.days for stop in day.stops}
    assert stops["b"][0] == WEEK[1]
    assert hhmm("14:00") <= stops["a"][1].arrival <= hhmm("15:00")
    for day in plan.days:
        assert hhmm("08:00") <= day.leave_depot <= day.return_depot <= hhmm("17:00")


def test_unreachable_visits_are_reported_with_a_reason_never_scheduled() -> None:
    past = Visit("closed", east(5), 30, MON - timedelta(days=10), MON - timedelta(days=1))
    instance = RouteInstance(OFFICE, (past, visit("remote", east(600)), visit("ok", east(5))), WEEK)
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    reasons = {u.visit_id: u.reason.english() for u in plan.unvisited}
    assert "outside the period" in reasons["closed"]
    assert "too far for one working day" in reasons["remote"]
    assert {stop.visit_id for day in plan.days for stop in day.stops} == {"ok"}


def test_more_work_than_one_day_holds_drops_with_a_reason() -> None:
    many = tuple(visit(f"v{i}", east(1 + i), 0, 0, service=120) for i in range(6))
    instance = RouteInstance(OFFICE, many, WEEK[:1])
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    assert 0 < len(plan.unvisited) < 6
    assert all(u.reason.key == "route.no_capacity" for u in plan.unvisited)


def test_validator_catches_broken_plans() -> None:
    instance = RouteInstance(OFFICE, (visit("a", east(10), 1, 1),), WEEK)
    bad = RoutePlan((DayPlan(WEEK[0], 0, hhmm("07:00"), hhmm("18:00"), (Stop("a", hhmm("07:01"), hhmm("07:31"), 1),),
                             2),), (), 0.0, 0.0)
    found = " | ".join(violations(instance, bad))
    for expected in ("outside 2026-03-03", "outside working hours", "matrix says", "cannot arrive before"):
        assert expected in found


@pytest.mark.parametrize(("field", "kwargs"), [
    ("days", {"days": ()}),
    ("day_start", {"day_start": 600, "day_end": 500}),
    ("monitors_per_day", {"monitors_per_day": 0}),
    ("matrix", {"visits": (visit("a", 3),)}),
])
def test_instance_rejects_bad_fields(field: str, kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {"depot": OFFICE, "visits": (), "days": WEEK, **kwargs}
    with pytest.raises(RouteInstanceError, match=field):
        RouteInstance(**arguments)  # type: ignore[arg-type]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), visits=st.integers(1, 14), days=st.integers(1, 3), monitors=st.integers(1, 2))
def test_solver_output_passes_the_validator(seed: int, visits: int, days: int, monitors: int) -> None:
    instance = generate(seed, visits, days, monitors_per_day=monitors)
    plan = solve(instance, time_limit_seconds=0.3)
    assert violations(instance, plan) == []


def test_an_overdue_visit_goes_on_the_first_day_even_at_some_extra_driving() -> None:
    # Alone, "late" would ride along with "east" on Tuesday (same place); overdue, it goes on Monday.
    late = Visit("late", east(20), 30, WEEK[0], WEEK[4], urgency=30)
    instance = RouteInstance(OFFICE, (late, visit("east", east(20), 1, 1)), WEEK)
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    days = {stop.visit_id: day.day for day in plan.days for stop in day.stops}
    assert days == {"late": WEEK[0], "east": WEEK[1]}
    calm = RouteInstance(OFFICE, (Visit("late", east(20), 30, WEEK[0], WEEK[4]), visit("east", east(20), 1, 1)),
                         WEEK)
    calm_plan = solve(calm, time_limit_seconds=1)
    assert {stop.visit_id: day.day for day in calm_plan.days for stop in day.stops} == {
        "late": WEEK[1], "east": WEEK[1]}


def test_when_not_all_fit_the_most_overdue_are_kept_before_others_of_the_same_effort() -> None:
    # The morning holds two of these four one-hour visits, all in one street: the two most overdue stay.
    visits = tuple(Visit(f"v{n}", east(km), 60, WEEK[0], WEEK[0], urgency=overdue)
                   for n, (km, overdue) in enumerate(((5, 0), (5.2, 5), (5.4, 90), (5.6, 0))))
    instance = RouteInstance(OFFICE, visits, WEEK[:1], day_start=hhmm("08:00"), day_end=hhmm("10:30"))
    plan = solve(instance, time_limit_seconds=1)
    assert violations(instance, plan) == []
    assert {stop.visit_id for day in plan.days for stop in day.stops} == {"v1", "v2"}
    assert {u.visit_id for u in plan.unvisited} == {"v0", "v3"}


def test_urgency_cannot_be_negative() -> None:
    with pytest.raises(RouteInstanceError, match="urgency"):
        RouteInstance(OFFICE, (Visit("x", east(1), 30, WEEK[0], WEEK[0], urgency=-1),), WEEK[:1])
