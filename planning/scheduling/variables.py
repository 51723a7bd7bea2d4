"""The planner's decision variables: which case travels on which movement, and which charters fly."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planning.scheduling.instance import CaseDemand, Instance, MovementSupply


def candidate_movements(instance: Instance) -> dict[int, tuple[int, ...]]:
    """Per case, the movements it may be put on: those readiness allows and the household fits on (seats and
    escort places, each movement on its own), in id order.

    A movement too small for the household could never carry it, so leaving it out changes no plan. A current
    booking whose movement readiness no longer allows is deliberately *not* a candidate: the case must move (or
    stay unplaced); the safeguards win over keeping bookings.
    """
    present = {m.id: m for m in instance.movements}
    return {case.id: tuple(sorted(m for m in case.allowed if m in present and fits(case, present[m])))
            for case in instance.cases}


def fits(case: CaseDemand, movement: MovementSupply) -> bool:
    """Whether the household fits on the movement when nobody else is on it."""
    return (movement.seats >= case.people and movement.medical_escort_places >= case.medical_escorts
            and movement.minor_escort_places >= case.minor_escorts)


@dataclass
class Variables:
    """x[case, movement] for allowed pairs only; used[movement] for movements with a fixed (charter) cost.

    A case may stand for `counts[case]` identical households (aggregated by the neighbourhood search): its
    x are then integers, how many of them travel on the movement; otherwise x is 0 or 1.
    """

    x: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    used: dict[int, cp_model.IntVar] = field(default_factory=dict)
    by_case: dict[int, list[tuple[int, cp_model.IntVar]]] = field(default_factory=lambda: defaultdict(list))
    by_movement: dict[int, list[tuple[int, cp_model.IntVar]]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[int, int] = field(default_factory=dict)

    def count(self, case_id: int) -> int:
        return self.counts.get(case_id, 1)

    @classmethod
    def create(cls, instance: Instance, model: cp_model.CpModel, counts: dict[int, int] | None = None) -> Variables:
        variables = cls(counts=dict(counts or {}))
        for case_id, movements in candidate_movements(instance).items():
            count = variables.count(case_id)
            for movement_id in movements:
                name = f"x[case {case_id}, movement {movement_id}]"
                var = model.new_bool_var(name) if count == 1 else model.new_int_var(0, count, name)
                variables.x[case_id, movement_id] = var
                variables.by_case[case_id].append((movement_id, var))
                variables.by_movement[movement_id].append((case_id, var))
        for movement in instance.movements:
            if movement.fixed_cost > 0 and movement.id in variables.by_movement:
                variables.used[movement.id] = model.new_bool_var(f"used[movement {movement.id}]")
        return variables

    def extract(self, solver: cp_model.CpSolver | cp_model.CpSolverSolutionCallback) -> dict[int, int]:
        """The plan in the solver's current solution: {case id: movement id} for placed (unaggregated) cases."""
        return {case_id: movement_id for (case_id, movement_id), var in self.x.items() if solver.value(var) > 0}

    def extract_counts(self, solver: cp_model.CpSolver) -> dict[tuple[int, int], int]:
        """How many households of each case travel on each movement (aggregated cases: more than one)."""
        found = {}
        for key, var in self.x.items():
            value = solver.value(var)
            if value > 0:
                found[key] = int(value)
        return found
