"""OR-Tools routing over a RouteInstance: one vehicle per (day, monitor), time windows, droppable visits."""

from __future__ import annotations

import time
from typing import Any

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from monitoring.routes.instance import MINUTES_PER_DAY, RouteInstance, Visit
from monitoring.routes.plan import DayPlan, RoutePlan, Stop, Unvisited
from planning.messages import Message

DROP_PENALTY = 1_000_000
#: Travel minutes are costed x10, so that one minute of waiting for an urgent visit (costed 1) weighs a tenth of a
#: minute of driving: a day's delay of an overdue visit is worth about an hour and a half on the road.
TRAVEL_COST = 10
#: Per day overdue (capped at a year), on top of DROP_PENALTY: when not all fit, the more overdue stay before
#: others that cost as much (the count of visits comes first).
URGENCY_PENALTY = 1_000
MAX_URGENCY_DAYS = 365


def unreachable_reason(instance: RouteInstance, visit: Visit) -> Message | None:
    """Why a visit can never be scheduled, or None when it might be."""
    if not instance.allowed_days(visit):
        return Message.of("route.window_outside_period", earliest=visit.earliest_day, latest=visit.latest_day)
    low, high = instance.opening(visit)
    if low > high:
        return Message.of("route.outside_working_hours")
    node = instance.node(visit.id)
    out, back = instance.travel[0][node], instance.travel[node][0]
    start = max(low, instance.day_start + out)
    if start > high or start + visit.service_minutes + back > instance.day_end:
        return Message.of("route.too_far_for_a_day", out=out, visit=visit.service_minutes, back=back)
    return None


def solve(instance: RouteInstance, time_limit_seconds: float = 5.0) -> RoutePlan:
    started = time.perf_counter()
    unvisited = [Unvisited(v.id, reason) for v in instance.visits if (reason := unreachable_reason(instance, v))]
    dropped = {u.visit_id for u in unvisited}
    candidates = [v for v in instance.visits if v.id not in dropped]
    nodes = [0, *(instance.node(v.id) for v in candidates)]  # routing index order -> instance node
    if not candidates:
        return RoutePlan((), tuple(unvisited), 0.0, time.perf_counter() - started)

    monitors, day_count = instance.monitors_per_day, len(instance.days)
    vehicles = day_count * monitors
    manager = pywrapcp.RoutingIndexManager(len(nodes), vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)
    service = [0, *(v.service_minutes for v in candidates)]

    def travel(i: int, j: int) -> int:
        a: int
        b: int
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        minutes: int = instance.travel[nodes[a]][nodes[b]]
        return minutes

    def transit(i: int, j: int) -> int:
        node: int = manager.IndexToNode(i)
        return service[node] + travel(i, j)

    def cost(i: int, j: int) -> int:
        return TRAVEL_COST * travel(i, j)

    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(cost))
    horizon = day_count * MINUTES_PER_DAY
    routing.AddDimension(routing.RegisterTransitCallback(transit), MINUTES_PER_DAY, horizon, False, "time")
    clock = routing.GetDimensionOrDie("time")

    for vehicle in range(vehicles):
        offset = (vehicle // monitors) * MINUTES_PER_DAY
        for index in (routing.Start(vehicle), routing.End(vehicle)):
            clock.CumulVar(index).SetRange(offset + instance.day_start, offset + instance.day_end)
        routing.AddVariableMaximizedByFinalizer(clock.CumulVar(routing.Start(vehicle)))
        routing.AddVariableMinimizedByFinalizer(clock.CumulVar(routing.End(vehicle)))

    for node, visit in enumerate(candidates, start=1):
        index = manager.NodeToIndex(node)
        days = instance.allowed_days(visit)
        low, high = instance.opening(visit)
        cumul = clock.CumulVar(index)
        cumul.SetRange(days[0] * MINUTES_PER_DAY + low, days[-1] * MINUTES_PER_DAY + high)
        for day in range(days[0], days[-1]):
            cumul.RemoveInterval(day * MINUTES_PER_DAY + high + 1, (day + 1) * MINUTES_PER_DAY + low - 1)
        allowed = [day * monitors + m for day in days for m in range(monitors)]
        routing.VehicleVar(index).SetValues([-1, *allowed])  # -1: dropped
        urgency = min(visit.urgency, MAX_URGENCY_DAYS)
        routing.AddDisjunction([index], DROP_PENALTY + URGENCY_PENALTY * urgency)
        if urgency:  # as early as possible: each minute past its first possible day's close is priced
            clock.SetCumulVarSoftUpperBound(index, days[0] * MINUTES_PER_DAY + high, 1)

    first_found: list[float] = []
    routing.AddAtSolutionCallback(lambda: _note_first(first_found, started))
    solution = _search(routing, vehicles, time_limit_seconds, first_found)

    plans: list[DayPlan] = []
    for vehicle in range(vehicles):
        day, monitor = divmod(vehicle, monitors)
        offset = day * MINUTES_PER_DAY
        index = routing.Start(vehicle)
        leave = solution.Value(clock.CumulVar(index)) - offset
        stops: list[Stop] = []
        total, index_of_last = 0, index
        while not routing.IsEnd(index):
            following = solution.Value(routing.NextVar(index))
            leg = travel(index, following)
            total += leg
            if not routing.IsEnd(following):
                index_of_last = following
                visit = candidates[manager.IndexToNode(following) - 1]
                arrival = solution.Value(clock.CumulVar(following)) - offset
                stops.append(Stop(visit.id, arrival, arrival + visit.service_minutes, leg))
            index = following
        if stops:
            back = stops[-1].departure + travel(index_of_last, index)
            latest_leave = stops[0].arrival - stops[0].travel_minutes
            plans.append(DayPlan(instance.days[day], monitor, min(leave, latest_leave), back, tuple(stops), total))

    scheduled = {stop.visit_id for plan in plans for stop in plan.stops}
    unvisited += [Unvisited(v.id, Message.of("route.no_capacity")) for v in candidates if v.id not in scheduled]
    first = first_found[0] if first_found else time.perf_counter() - started
    return RoutePlan(tuple(plans), tuple(unvisited), first, time.perf_counter() - started)


def _note_first(first_found: list[float], started: float) -> None:
    if not first_found:
        first_found.append(time.perf_counter() - started)


def _parameters(seconds: float, first: Any = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC) -> Any:
    parameters = pywrapcp.DefaultRoutingSearchParameters()
    parameters.first_solution_strategy = first
    parameters.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    parameters.time_limit.FromMilliseconds(max(1, int(seconds * 1000)))
    return parameters


def _search(routing: Any, vehicles: int, seconds: float, first_found: list[float]) -> Any:
    """PATH_CHEAPEST_ARC then guided local search. When the greedy start stalls (it can, with more visits than
    the days hold: it fails arc after arc), guided local search restarts from parallel cheapest insertion."""
    started = time.perf_counter()
    solution = routing.SolveWithParameters(_parameters(min(seconds / 2, 1.0)))
    if not first_found:
        remaining = max(0.1, seconds - (time.perf_counter() - started))
        insertion = routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION
        solution = routing.SolveWithParameters(_parameters(remaining, insertion)) or solution
    elif time.perf_counter() - started < seconds * 0.95:
        remaining = max(0.1, seconds - (time.perf_counter() - started))
        solution = routing.SolveFromAssignmentWithParameters(solution, _parameters(remaining)) or solution
    if solution is None:  # dropping every visit is always feasible, so this is a bug, not a known error
        raise RuntimeError(f"routing found no solution (status {routing.status()})")
    return solution
