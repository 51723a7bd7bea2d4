"""What one engine returns for one country's sub-problem, and the hooks the facade passes down."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

#: progress(best objective, proven bound, seconds since the plan started)
Progress = Callable[[int, int, float], None]
ShouldStop = Callable[[], bool]


class Engine(enum.StrEnum):
    CP_SAT = "cp-sat"
    HIGHS = "highs"
    SCIP = "scip"


@dataclass(frozen=True)
class Outcome:
    assignments: dict[int, int] | None  # None: no plan found
    objective: int
    bound: int
    proven: bool  # within the gap asked for
    first_solution_seconds: float | None  # since this country's solve started
    seconds: float
    engine: str
