"""The movement planner in its own process (`planning.solver_process`): a crash there is a message.

`plan(instance, …)` takes the options of `planning.scheduling.solver.plan` and returns its result; the child
imports OR-Tools, the caller never does.
"""

from __future__ import annotations

from typing import Any

from planning import solver_process
from planning.scheduling.instance import Instance
from planning.scheduling.outcome import Progress, ShouldStop
from planning.scheduling.result import PlanResult


def plan(instance: Instance, *, progress: Progress | None = None, should_stop: ShouldStop | None = None,
         **options: Any) -> PlanResult:
    return solver_process.run(solve, instance, solver="movements", progress=progress, should_stop=should_stop,
                              **options)


def solve(instance: Instance, **options: Any) -> PlanResult:
    """In the child: the planner itself."""
    from planning.scheduling.solver import plan as planned

    return planned(instance, **options)
