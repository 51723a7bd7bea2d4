"""What the allocation hands back: the plan, how good it is (bound and gap), and why needs are left unmet."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from planning.messages import Message
from planning.reintegration.allocation.instance import Option
from planning.reintegration.allocation.objective import Terms


class Status(enum.StrEnum):
    OPTIMAL = "optimal"  # proven within the gap asked for (0 by default: proven optimal)
    FEASIBLE = "feasible"  # a plan, not proven within the gap (time limit or cancel)


@dataclass(frozen=True)
class Unmet:
    need_id: int
    household_id: int
    reason: Message  # a key of planning/reintegration/texts.py and its values


@dataclass(frozen=True)
class PartReport:
    """How one independent part went (households sharing no budget and no partner are solved apart)."""

    households: int
    status: Status
    objective: int
    bound: int
    engine: str  # "cp-sat", "greedy" (nothing better in time)
    seconds: float


@dataclass(frozen=True)
class AllocationResult:
    status: Status
    plan: frozenset[Option]
    objective: int  # points, maximised (see planning.reintegration.allocation.objective)
    bound: int  # proven upper bound on any allocation's objective
    terms: Terms
    unmet: tuple[Unmet, ...]
    greedy_objective: int  # the first-come-first-served baseline on the same instance
    first_plan_seconds: float
    wall_seconds: float
    parts: tuple[PartReport, ...] = field(default=())

    @property
    def gap(self) -> float:
        """Relative distance to the proven bound: 0.004 means proven within 0.4 % of optimal."""
        return (self.bound - self.objective) / max(1, abs(self.objective))

    def by_need(self) -> dict[int, Option]:
        return {o.need: o for o in self.plan}
