"""Independent check of a RoutePlan against its RouteInstance; returns readable violations, empty when sound."""

from __future__ import annotations

from monitoring.routes.instance import RouteInstance
from monitoring.routes.plan import DayPlan, RoutePlan


def violations(instance: RouteInstance, plan: RoutePlan) -> list[str]:
    problems: list[str] = []
    visits = {visit.id: visit for visit in instance.visits}
    seen: set[str] = set()
    for day_plan in plan.days:
        problems += _check_day(instance, day_plan)
        for stop in day_plan.stops:
            if stop.visit_id in seen:
                problems.append(f"{stop.visit_id}: visited more than once")
            seen.add(stop.visit_id)
            visit = visits.get(stop.visit_id)
            if visit is None:
                problems.append(f"{stop.visit_id}: not a visit of the instance")
                continue
            if not visit.earliest_day <= day_plan.day <= visit.latest_day:
                problems.append(f"{stop.visit_id}: on {day_plan.day}, outside {visit.earliest_day}..{visit.latest_day}")
            if not instance.day_start <= stop.arrival <= instance.day_end:
                problems.append(f"{stop.visit_id}: arrives at {stop.arrival}, outside working hours")
            if visit.daily_window and not visit.daily_window[0] <= stop.arrival <= visit.daily_window[1]:
                problems.append(f"{stop.visit_id}: arrives at {stop.arrival}, outside {visit.daily_window}")
            if stop.departure - stop.arrival != visit.service_minutes:
                problems.append(f"{stop.visit_id}: stays {stop.departure - stop.arrival} min, needs "
                                f"{visit.service_minutes}")
    left_out = {u.visit_id for u in plan.unvisited}
    for visit_id in visits:
        if (visit_id in seen) == (visit_id in left_out):
            problems.append(f"{visit_id}: must be either scheduled or reported unvisited, exactly once")
    return problems


def _check_day(instance: RouteInstance, day_plan: DayPlan) -> list[str]:
    where = f"{day_plan.day} monitor {day_plan.monitor}"
    problems: list[str] = []
    if day_plan.day not in instance.days:
        problems.append(f"{where}: day outside the period")
    if not 0 <= day_plan.monitor < instance.monitors_per_day:
        problems.append(f"{where}: more monitors than allowed")
    if not instance.day_start <= day_plan.leave_depot <= day_plan.return_depot <= instance.day_end:
        problems.append(f"{where}: depot {day_plan.leave_depot}..{day_plan.return_depot} outside working hours")
    node, clock, total = 0, day_plan.leave_depot, 0
    for stop in day_plan.stops:
        following = instance.node(stop.visit_id) if any(v.id == stop.visit_id for v in instance.visits) else 0
        leg = instance.travel[node][following]
        if stop.travel_minutes != leg:
            problems.append(f"{where}: {stop.visit_id} reports {stop.travel_minutes} min travel, matrix says {leg}")
        if stop.arrival < clock + leg:
            problems.append(f"{where}: {stop.visit_id} starts at {stop.arrival}, cannot arrive before {clock + leg}")
        node, clock, total = following, stop.departure, total + leg
    back = instance.travel[node][0]
    if day_plan.return_depot < clock + back:
        problems.append(f"{where}: back at {day_plan.return_depot}, cannot be before {clock + back}")
    if day_plan.travel_minutes != total + back:
        problems.append(f"{where}: reports {day_plan.travel_minutes} min travel, stops add up to {total + back}")
    return problems
