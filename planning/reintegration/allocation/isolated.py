"""The reintegration allocation in its own process (`planning.solver_process`): a crash there is a message.

`allocate(instance, …)` takes the options of `planning.reintegration.allocation.cpsat.allocate` and returns
its result; the child imports OR-Tools, the caller never does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planning import solver_process
from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.result import AllocationResult


def allocate(instance: Instance, *, progress: Callable[[int, int, float], None] | None = None,
             should_stop: Callable[[], bool] | None = None, **options: Any) -> AllocationResult:
    return solver_process.run(solve, instance, solver="allocation", progress=progress, should_stop=should_stop,
                              **options)


def solve(instance: Instance, **options: Any) -> AllocationResult:
    """In the child: the allocation itself."""
    from planning.reintegration.allocation.cpsat import allocate as allocated

    return allocated(instance, **options)
