"""The hooks the planner's facade takes — progress and cancellation — and its engines."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Snapshot:
    """Where a running plan stands: both phases, with what is proven so far."""

    placement: int  # weighted people placed
    placement_bound: int  # no plan places more
    objective: int  # waiting, cost and moves (€)
    bound: int  # no plan placing as many waits and costs less
    seconds: float  # since the plan started

    @property
    def gap(self) -> float:
        return (self.objective - self.bound) / max(1, abs(self.objective))


#: progress(snapshot) — called whenever the plan improves or a bound is proven
Progress = Callable[[Snapshot], None]
ShouldStop = Callable[[], bool]


class Engine(enum.StrEnum):
    CP_SAT = "cp-sat"
    HIGHS = "highs"
    SCIP = "scip"
