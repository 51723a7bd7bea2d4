"""The allocation's decision variables: x[need, package, month] — this package meets this need, delivered then."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.options import candidates


@dataclass
class Variables:
    x: dict[Option, cp_model.IntVar] = field(default_factory=dict)
    by_need: dict[int, list[tuple[Option, cp_model.IntVar]]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def create(cls, instance: Instance, model: cp_model.CpModel, *, prune: bool = True) -> Variables:
        """Variables for the options eligibility and lead time allow; `prune=False` (tests): for every
        package of the need's kind in every month of the horizon, leaving the rules to forbid them."""
        variables = cls()
        if prune:
            options = [o for found in candidates(instance).values() for o in found]
        else:
            options = [Option(need.id, package.id, month) for _, need in instance.households_needs()
                       for package in instance.packages if package.kind == need.kind
                       for month in range(instance.months)]
        for option in options:
            var = model.new_bool_var(f"x[need {option.need}, package {option.package}, month {option.month}]")
            variables.x[option] = var
            variables.by_need[option.need].append((option, var))
        return variables

    def extract(self, solver: cp_model.CpSolver | cp_model.CpSolverSolutionCallback) -> frozenset[Option]:
        """The allocation in the solver's current solution."""
        return frozenset(option for option, var in self.x.items() if solver.boolean_value(var))
