"""The planner's decision variables: which case travels on which movement, and which charters fly."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance


def candidate_movements(instance: Instance) -> dict[int, tuple[int, ...]]:
    """Per case, the movements it may be put on: exactly those readiness allows, in id order.

    A current booking whose movement readiness no longer allows is deliberately *not* a candidate:
    the case must move (or stay unplaced); the safeguards win over keeping bookings.
    """
    present = {m.id for m in instance.movements}
    return {case.id: tuple(sorted(m for m in case.allowed if m in present)) for case in instance.cases}


@dataclass
class Variables:
    """x[case, movement] for allowed pairs only; used[movement] for movements with a fixed (charter) cost."""

    x: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    used: dict[int, cp_model.IntVar] = field(default_factory=dict)
    by_case: dict[int, list[tuple[int, cp_model.IntVar]]] = field(default_factory=lambda: defaultdict(list))
    by_movement: dict[int, list[tuple[int, cp_model.IntVar]]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def create(cls, instance: Instance, model: cp_model.CpModel) -> Variables:
        variables = cls()
        for case_id, movements in candidate_movements(instance).items():
            for movement_id in movements:
                var = model.new_bool_var(f"x[case {case_id}, movement {movement_id}]")
                variables.x[case_id, movement_id] = var
                variables.by_case[case_id].append((movement_id, var))
                variables.by_movement[movement_id].append((case_id, var))
        for movement in instance.movements:
            if movement.fixed_cost > 0 and movement.id in variables.by_movement:
                variables.used[movement.id] = model.new_bool_var(f"used[movement {movement.id}]")
        return variables

    def extract(self, solver: cp_model.CpSolver | cp_model.CpSolverSolutionCallback) -> dict[int, int]:
        """The plan in the solver's current solution: {case id: movement id} for placed cases."""
        return {case_id: movement_id for (case_id, movement_id), var in self.x.items() if solver.boolean_value(var)}
