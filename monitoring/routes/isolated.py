"""Visit routing in its own process (`planning.solver_process`): a crash of the routing solver is a message."""

from __future__ import annotations

from collections.abc import Callable

from monitoring.routes.instance import RouteInstance
from monitoring.routes.plan import RoutePlan
from planning import solver_process


def solve(instance: RouteInstance, time_limit_seconds: float = 5.0) -> RoutePlan:
    return solver_process.run(routes, instance, solver="routes", time_limit_seconds=time_limit_seconds)


def routes(instance: RouteInstance, *, time_limit_seconds: float, progress: Callable[..., None],
           should_stop: Callable[[], bool]) -> RoutePlan:
    """In the child: the routing solver itself (it runs to its time limit; it has no progress to tell)."""
    from monitoring.routes.solver import solve as solved

    return solved(instance, time_limit_seconds=time_limit_seconds)
