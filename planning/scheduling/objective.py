"""The planner's objective: named, weighted terms — people placed, waiting, cost, moved bookings.

Everything is *minimised* and counted in euro-equivalents, so a term's weight is an exchange rate:

1. **unplaced** — `placement` per person left without a seat, vulnerable people counting twice.
   `placement` is computed per instance as one more than the most any single person can change in
   all the lower terms together (the dearest seat, the dearest charter's fixed cost, the largest
   waiting penalty and a moved booking). So placing one more (weighted) person is never traded for
   cost, waiting or stability of one person: the first priority holds lexicographically per person.
2. **waiting** — `waiting_per_day` (€30, about a reception place per day) per *weighted* person-day
   from the household's decision to its departure; unplaced households count their waiting to the end
   of the horizon, so placing anyone helps. The day weight grows with the wait already behind the
   household — a person-day after w days counts 1 + w/60 (`f(w) = w + w²/120`) — so the longest-
   waiting households get the earlier seats (with a plain linear sum any exchange of departure days
   between two households would cost the same).
3. **cost** — € per seat plus the fixed cost of every charter that flies.
4. **moved** — `moved` (€300) per booking taken off its current movement (re-planning only); the
   move also has to pay for itself against the other terms, so few bookings move.

Waiting outranks cost only through its exchange rate: one day earlier for one person is worth €30 when
freshly decided and more after a long wait. A strict lexicographic order between waiting and cost would
make every cheaper-but-later seat worthless and leave no room for the savings the planner is for; the
benchmark reports waiting and cost against the greedy baseline so the trade stays visible.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planning.scheduling.instance import CaseDemand, Instance
from planning.scheduling.variables import Variables, candidate_movements

WAIT_SCALE = 120  # f(w) = w + w²/WAIT_SCALE


@dataclass(frozen=True)
class Weights:
    waiting_per_day: int = 30  # € per weighted person-day
    moved: int = 300  # € per booking moved away from its current movement
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


def placement_weight(instance: Instance, weights: Weights) -> int:
    """One more than the most one person can change in all lower terms (see the module docstring)."""
    if weights.placement is not None:
        return weights.placement
    dearest_seat = max((m.cost_per_seat for m in instance.movements), default=0)
    dearest_charter = max((m.fixed_cost for m in instance.movements), default=0)
    longest_wait = max((waiting_penalty(c, instance.days, weights) // c.people for c in instance.cases), default=0)
    exact = 1 + dearest_seat + dearest_charter + longest_wait + weights.moved
    step = int(10 ** max(0, len(str(exact)) - 2))  # rounded up to two digits: small changes keep the same weight
    return -(-exact // step) * step


@dataclass(frozen=True)
class Coefficients:
    """The objective as linear data, shared by the CP-SAT and the MIP model: constant + Σ pair·x + Σ fixed·used."""

    constant: int
    pair: dict[tuple[int, int], int]
    fixed: dict[int, int]

    def lower_bound(self) -> int:
        """A cheap valid bound: each case on its best movement as if alone, no charter paid."""
        best: dict[int, int] = {}
        for (case_id, _), value in self.pair.items():
            best[case_id] = min(best.get(case_id, 0), value)
        return self.constant + sum(best.values())


def coefficients(instance: Instance, weights: Weights) -> Coefficients:
    place = placement_weight(instance, weights)
    movements = {m.id: m for m in instance.movements}
    constant = 0
    pair: dict[tuple[int, int], int] = {}
    candidates = candidate_movements(instance)
    for case in instance.cases:
        unplaced_waiting = waiting_penalty(case, instance.days, weights)
        constant += place * weighted_people(case) + unplaced_waiting
        if case.current is not None:
            constant += weights.moved
        for movement_id in candidates[case.id]:
            movement = movements[movement_id]
            value = (-place * weighted_people(case) + waiting_penalty(case, movement.day, weights)
                     - unplaced_waiting + case.people * movement.cost_per_seat)
            if movement_id == case.current:
                value -= weights.moved
            pair[case.id, movement_id] = value
    fixed = {m.id: m.fixed_cost for m in instance.movements if m.fixed_cost > 0}
    return Coefficients(constant, pair, fixed)


@dataclass(frozen=True)
class Terms:
    """The plan's objective, term by term; `total` is what the solver minimises."""

    placed_people: int
    placed_vulnerable: int
    unplaced_people: int
    unplaced_weighted_people: int
    waiting_person_days: int  # plain person-days from decision to departure, placed households only
    waiting_penalty: int  # € (convex, unplaced counted to the horizon's end)
    seat_cost: int  # €
    charter_cost: int  # €
    moved_bookings: int
    placement_weight: int
    total: int

    @property
    def cost(self) -> int:
        return self.seat_cost + self.charter_cost

    def named(self) -> dict[str, int]:
        """The weighted terms by readable name; they add up to `total`."""
        return {
            "unplaced people (weighted)": self.placement_weight * self.unplaced_weighted_people,
            "waiting": self.waiting_penalty,
            "cost": self.cost,
            "moved bookings": self.total - self.placement_weight * self.unplaced_weighted_people
            - self.waiting_penalty - self.cost,
        }


def evaluate(instance: Instance, plan: Mapping[int, int], weights: Weights | None = None) -> Terms:
    """The objective terms of any plan (the solver's, greedy's, a coordinator's), from the plan alone."""
    weights = weights or Weights()
    place = placement_weight(instance, weights)
    movements = {m.id: m for m in instance.movements}
    placed = placed_vulnerable = unplaced = unplaced_weighted = person_days = waiting = seats = moved = 0
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
            person_days += case.people * waited(case, day)
            waiting += waiting_penalty(case, day, weights)
            seats += case.people * movements[movement_id].cost_per_seat
        if case.current is not None and movement_id != case.current:
            moved += 1
    flying = set(plan.values())
    charters = sum(m.fixed_cost for m in instance.movements if m.id in flying)
    total = place * unplaced_weighted + waiting + seats + charters + weights.moved * moved
    return Terms(placed, placed_vulnerable, unplaced, unplaced_weighted, person_days, waiting, seats, charters,
                 moved, place, total)


def build(model: cp_model.CpModel, variables: Variables, coefficients: Coefficients) -> None:
    """Minimise the whole objective, constant included, so the solver's gap is the plan's gap."""
    model.minimize(coefficients.constant
                   + sum(coefficients.pair[key] * var for key, var in variables.x.items())
                   + sum(coefficients.fixed[m] * used for m, used in variables.used.items()))
