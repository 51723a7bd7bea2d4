"""The planner's objective, in the order a coordinator would rank plans: people placed, then waiting and cost.

The planner solves it **lexicographically** (`planning.scheduling.cpsat`):

1. **placement** — maximise the people placed, a vulnerable person counting twice (`weighted_people`);
2. **waiting and cost** — with that many (weighted) people placed, minimise in euros:
   - *waiting*: `waiting_per_day` (€30, about a reception place per day) per weighted person-day from the
     household's decision to its departure; unplaced households count their waiting to the end of the
     horizon, so placing the longest-waiting households helps. The day weight grows with the wait
     already behind the household — a person-day after w days counts 1 + w/60 (`f(w) = w + w²/120`) — so
     the longest-waiting households get the earlier seats;
   - *cost*: € per seat plus the fixed cost of every charter that flies;
   - *moves*: `moved` (€300) per proposed booking taken off its current movement, `moved_confirmed` (€2,000)
     per confirmed one: a move has to pay for itself, and confirmed bookings move last.

Waiting outranks cost only through its exchange rate: one day earlier for one person is worth €30 when
freshly decided and more after a long wait; a strict order would make every cheaper-but-later seat
worthless. `Terms.total` folds both phases into one number with a per-person `placement` weight (one more
than the most one person can change in the second phase); it ranks plans for the neighbourhood search
and for comparisons, while the gap a coordinator reads is the second phase's alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planning.scheduling.instance import CaseDemand, Instance
from planning.scheduling.result import Term
from planning.scheduling.variables import Variables, candidate_movements

WAIT_SCALE = 120  # f(w) = w + w²/WAIT_SCALE


@dataclass(frozen=True)
class Weights:
    waiting_per_day: int = 30  # € per weighted person-day
    moved: int = 300  # € per proposed booking moved away from its current movement
    moved_confirmed: int = 2_000  # € per confirmed booking moved away from its current movement
    placement: int | None = None  # € per weighted person left unplaced; None: derived from the instance


def weighted_people(case: CaseDemand) -> int:
    """People counted for placement: a vulnerable person counts twice."""
    return case.people + case.vulnerable_people


def waited(case: CaseDemand, day: int) -> int:
    return max(0, day - case.decided_day)


def waiting_penalty(case: CaseDemand, day: int, weights: Weights) -> int:
    """€-equivalent of the household waiting from its decision until `day` (convex in the wait)."""
    wait = waited(case, day)
    return case.people * weights.waiting_per_day * (WAIT_SCALE * wait + wait * wait) // WAIT_SCALE


def move_penalty(case: CaseDemand, weights: Weights) -> int:
    """What taking the household off its current movement costs (0 when it has none)."""
    if case.current is None:
        return 0
    return weights.moved_confirmed if case.confirmed else weights.moved


def placement_weight(instance: Instance, weights: Weights) -> int:
    """One more than the most one person can change in the second phase (see the module docstring)."""
    if weights.placement is not None:
        return weights.placement
    dearest_seat = max((m.cost_per_seat for m in instance.movements), default=0)
    dearest_charter = max((m.fixed_cost for m in instance.movements), default=0)
    longest_wait = max((waiting_penalty(c, instance.days, weights) // c.people for c in instance.cases), default=0)
    exact = 1 + dearest_seat + dearest_charter + longest_wait + max(weights.moved, weights.moved_confirmed)
    step = int(10 ** max(0, len(str(exact)) - 2))  # rounded up to two digits: small changes keep the same weight
    return -(-exact // step) * step


@dataclass(frozen=True)
class Coefficients:
    """The second phase as linear data: constant + Σ pair·x + Σ fixed·used (shared by CP-SAT and the MIP).

    `constant` is every household left unplaced (its waiting to the horizon's end and any move);
    `pair[case, movement]` what placing it there changes; `weight[case]` its weighted people (phase one).
    """

    constant: int
    pair: dict[tuple[int, int], int]
    fixed: dict[int, int]
    weight: dict[int, int]


def coefficients(instance: Instance, weights: Weights, counts: Mapping[int, int] | None = None) -> Coefficients:
    """`counts`: how many identical households a case stands for (aggregated; 1 when absent)."""
    counts = counts or {}
    movements = {m.id: m for m in instance.movements}
    constant = 0
    pair: dict[tuple[int, int], int] = {}
    candidates = candidate_movements(instance)
    for case in instance.cases:
        unplaced = waiting_penalty(case, instance.days, weights) + move_penalty(case, weights)
        constant += unplaced * counts.get(case.id, 1)
        for movement_id in candidates[case.id]:
            movement = movements[movement_id]
            value = waiting_penalty(case, movement.day, weights) + case.people * movement.cost_per_seat - unplaced
            if movement_id != case.current:
                value += move_penalty(case, weights)
            pair[case.id, movement_id] = value
    fixed = {m.id: m.fixed_cost for m in instance.movements if m.fixed_cost > 0}
    return Coefficients(constant, pair, fixed, {case.id: weighted_people(case) for case in instance.cases})


@dataclass(frozen=True)
class Terms:
    """The plan's objective, term by term."""

    placed_people: int
    placed_vulnerable: int
    placed_weighted_people: int
    unplaced_people: int
    unplaced_weighted_people: int
    waiting_person_days: int  # plain person-days from decision to departure, placed households only
    waiting_penalty: int  # € (convex, unplaced counted to the horizon's end)
    seat_cost: int  # €
    charter_cost: int  # €
    moved_bookings: int
    moved_confirmed: int  # of which confirmed bookings
    moved_penalty: int  # €
    placement_weight: int

    @property
    def cost(self) -> int:
        return self.seat_cost + self.charter_cost

    @property
    def waiting_and_cost(self) -> int:
        """The second phase: waiting, cost and moves, in €."""
        return self.waiting_penalty + self.cost + self.moved_penalty

    @property
    def total(self) -> int:
        """Both phases in one number (placement weighted per person; see the module docstring)."""
        return self.placement_weight * self.unplaced_weighted_people + self.waiting_and_cost

    def rank(self) -> tuple[int, int]:
        """Lexicographic: fewer weighted people left unplaced, then less waiting and cost (lower is better)."""
        return self.unplaced_weighted_people, self.waiting_and_cost

    def named(self) -> dict[Term, int]:
        """The second phase's terms by name (€); they add up to `waiting_and_cost`."""
        return {Term.WAITING: self.waiting_penalty, Term.COST: self.cost, Term.MOVED: self.moved_penalty}


def evaluate(instance: Instance, plan: Mapping[int, int], weights: Weights | None = None) -> Terms:
    """The objective terms of any plan (the solver's, greedy's, a coordinator's), from the plan alone."""
    weights = weights or Weights()
    place = placement_weight(instance, weights)
    movements = {m.id: m for m in instance.movements}
    placed = placed_vulnerable = placed_weighted = unplaced = unplaced_weighted = person_days = waiting = seats = 0
    moved = moved_confirmed = moved_penalty = 0
    for case in instance.cases:
        movement_id = plan.get(case.id)
        if movement_id is None:
            unplaced += case.people
            unplaced_weighted += weighted_people(case)
            waiting += waiting_penalty(case, instance.days, weights)
        else:
            day = movements[movement_id].day
            placed += case.people
            placed_vulnerable += case.vulnerable_people
            placed_weighted += weighted_people(case)
            person_days += case.people * waited(case, day)
            waiting += waiting_penalty(case, day, weights)
            seats += case.people * movements[movement_id].cost_per_seat
        if case.current is not None and movement_id != case.current:
            moved += 1
            moved_confirmed += int(case.confirmed)
            moved_penalty += move_penalty(case, weights)
    flying = set(plan.values())
    charters = sum(m.fixed_cost for m in instance.movements if m.id in flying)
    return Terms(placed, placed_vulnerable, placed_weighted, unplaced, unplaced_weighted, person_days, waiting, seats,
                 charters, moved, moved_confirmed, moved_penalty, place)


def placement(instance: Instance, variables: Variables) -> cp_model.LinearExprT:
    """Phase one's expression: the weighted people placed."""
    weight = {case.id: weighted_people(case) for case in instance.cases}
    return cp_model.LinearExpr.weighted_sum(list(variables.x.values()), [weight[case_id] for case_id, _ in variables.x])


def waiting_and_cost(variables: Variables, coefficients: Coefficients) -> cp_model.LinearExprT:
    """Phase two's expression, constant included, so the solver's gap is the plan's gap."""
    return cp_model.LinearExpr.weighted_sum(
        [*variables.x.values(), *variables.used.values()],
        [*(coefficients.pair[key] for key in variables.x), *(coefficients.fixed[m] for m in variables.used)],
    ) + coefficients.constant

