"""The allocation's hard rules, one module each; every module has `build(instance, model, variables)`."""

from __future__ import annotations

from collections.abc import Callable

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.rules import budget, capacity, ceilings, eligibility, lead_time, one_per_type
from planning.reintegration.allocation.variables import Variables

Rule = Callable[[Instance, cp_model.CpModel, Variables], None]

#: Every hard rule by its name (the name the validator uses).
RULES: dict[str, Rule] = {
    "one_per_type": one_per_type.build,
    "eligibility": eligibility.build,
    "lead_time": lead_time.build,
    "capacity": capacity.build,
    "ceilings": ceilings.build,
    "budget": budget.build,
}


def build_all(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    for build in RULES.values():
        build(instance, model, variables)
