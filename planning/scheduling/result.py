"""What the planner hands back: the plan, what each phase proved (people placed and their bound; waiting and
cost and their bound), the moves of existing bookings, and why anyone is left out."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planning.errors import HomewardError
from planning.messages import Message, Phrase

if TYPE_CHECKING:
    from planning.scheduling.objective import Terms


class Status(enum.StrEnum):
    OPTIMAL = "optimal"  # both phases proven: placement optimal, waiting and cost within the gap asked for
    FEASIBLE = "feasible"  # a plan, not proven (time limit or cancel)
    INFEASIBLE = "infeasible"
    UNKNOWN = "unknown"  # no plan found in time


class Term(enum.StrEnum):
    """The terms of a plan's waiting and cost (`planning.scheduling.objective`), as a plan reports them."""

    WAITING = "waiting"
    COST = "cost"
    MOVED = "moved_bookings"


@dataclass(frozen=True)
class Unplaced:
    case_id: int
    reason: Message  # a key of planning/scheduling/texts.py and its values


@dataclass(frozen=True)
class CountryReport:
    """How one country went (its components are solved apart and merged)."""

    country: str
    status: Status
    objective: int  # waiting and cost (€), the second phase
    bound: int  # no plan placing at least `placement` waits and costs less
    engine: str  # "cp-sat", "highs", "greedy" (nothing better found), "kept" (unchanged since the hint)
    seconds: float
    fingerprint: str = ""  # the sub-problem's data, to recognise it unchanged when re-planning
    placement_weight: int = 0
    placement: int = 0  # weighted people placed, the first phase
    placement_bound: int = 0  # no plan places more
    #: The LP's dual prices, to bound a re-plan again without solving the LP (planning.scheduling.bound).
    prices: object = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Move:
    """An existing booking the plan changes, and why (so the coordinator can judge the move)."""

    case_id: int
    before: int  # movement id
    after: int | None  # None: left out of the plan
    confirmed: bool
    reason: MoveReason
    #: the households that take its place or the seats it frees (case ids), when one explains it
    for_cases: tuple[int, ...] = ()


class MoveReason(enum.StrEnum):
    CANCELLED = "cancelled"  # its movement is no longer in the plan (cancelled, or outside the horizon)
    NOT_READY = "not_ready"  # readiness no longer allows its movement's date
    EARLIER = "earlier"  # seats freed on an earlier movement: it leaves sooner
    CHEAPER = "cheaper"  # same waiting, a cheaper seat
    MAKES_ROOM = "makes_room"  # it moves so that more (or more vulnerable) people are placed
    LEFT_OUT = "left_out"  # it loses its seat to households waiting longer or more vulnerable


@dataclass(frozen=True)
class PlanResult:
    status: Status
    assignments: dict[int, int]  # case id → movement id, placed cases only
    objective: int  # the second phase: waiting, cost and moves (€), minimised
    bound: int  # proven: no plan placing as many (weighted) people per country waits and costs less
    terms: Terms
    unplaced: tuple[Unplaced, ...]
    moved_bookings: int  # bookings taken off their current movement
    first_plan_seconds: float
    wall_seconds: float
    countries: tuple[CountryReport, ...] = field(default=())
    placement: int = 0  # the first phase: weighted people placed (a vulnerable person counts twice)
    placement_bound: int = 0  # proven: no plan places more
    moves: tuple[Move, ...] = field(default=())
    gap_asked: float = 0.0
    #: Each movement's data when planned (id → digest), so a re-plan searches only where something changed.
    supply: dict[int, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def gap(self) -> float:
        """The second phase's relative distance to its proven bound: 0.004 means within 0.4 % of optimal."""
        return (self.objective - self.bound) / max(1, abs(self.objective))

    @property
    def placement_proven(self) -> bool:
        """No plan places more (weighted) people: everyone who can travel is placed."""
        return self.placement >= self.placement_bound

    @property
    def placement_gap(self) -> int:
        """Weighted people that might still be placed by a better plan (0: proven)."""
        return max(0, self.placement_bound - self.placement)

    @property
    def named_terms(self) -> dict[Term, int]:
        return self.terms.named()


class PlanInfeasible(HomewardError):
    """No plan keeps every hard rule — only locked bookings can cause this, so it names them."""

    def __init__(self, rule: str, violation: Message, case_ids: tuple[int, ...], movement_id: int | None) -> None:
        super().__init__("plan.infeasible", rule=Phrase.of(f"plan_rule.{rule}"), violation=violation)
        self.rule = rule
        self.violation = violation
        self.case_ids = case_ids
        self.movement_id = movement_id
