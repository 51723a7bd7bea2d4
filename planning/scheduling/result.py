"""What the planner hands back: the plan, how good it is (bound and gap), and why anyone is left out."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planning.errors import HomewardError
from planning.messages import Message, Phrase

if TYPE_CHECKING:
    from planning.scheduling.objective import Terms


class Status(enum.StrEnum):
    OPTIMAL = "optimal"  # proven within the gap asked for (0 by default: proven optimal)
    FEASIBLE = "feasible"  # a plan, not proven within the gap (time limit or cancel)
    INFEASIBLE = "infeasible"
    UNKNOWN = "unknown"  # no plan found in time


@dataclass(frozen=True)
class Unplaced:
    case_id: int
    reason: Message  # a key of planning/scheduling/texts.py and its values


@dataclass(frozen=True)
class CountryReport:
    """How one independent sub-problem went (countries are solved apart and merged)."""

    country: str
    status: Status
    objective: int
    bound: int
    engine: str  # "cp-sat", "highs", "greedy" (nothing found in time), "kept" (unchanged since the hint)
    seconds: float
    fingerprint: str = ""  # the sub-problem's data, to recognise it unchanged when re-planning
    placement_weight: int = 0


@dataclass(frozen=True)
class PlanResult:
    status: Status
    assignments: dict[int, int]  # case id → movement id, placed cases only
    objective: int  # € -equivalent, minimised (see planning.scheduling.objective)
    bound: int  # proven lower bound on any plan's objective
    terms: Terms
    unplaced: tuple[Unplaced, ...]
    moved_bookings: int  # bookings taken off their current movement
    first_plan_seconds: float
    wall_seconds: float
    countries: tuple[CountryReport, ...] = field(default=())

    @property
    def gap(self) -> float:
        """Relative distance to the proven bound: 0.004 means proven within 0.4 % of optimal."""
        return (self.objective - self.bound) / max(1, abs(self.objective))

    @property
    def named_terms(self) -> dict[str, int]:
        return self.terms.named()


class PlanInfeasible(HomewardError):
    """No plan keeps every hard rule — only locked bookings can cause this, so it names them."""

    def __init__(self, rule: str, violation: Message, case_ids: tuple[int, ...], movement_id: int | None) -> None:
        super().__init__("plan.infeasible", rule=Phrase.of(f"plan_rule.{rule}"), violation=violation)
        self.rule = rule
        self.violation = violation
        self.case_ids = case_ids
        self.movement_id = movement_id
