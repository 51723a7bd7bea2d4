"""A household receives no more than its ceilings: € in kind and € in cash per adult and per dependant."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    owners = instance.owners()
    budgets = {b.id: b for b in instance.budgets}
    chosen: dict[int, list[tuple[int, int, cp_model.IntVar]]] = defaultdict(list)
    for option, var in variables.x.items():
        package = instance.package(option.package)
        chosen[owners[option.need][0].id].append((package.in_kind, package.cash, var))
    for household in instance.households:
        terms = chosen.get(household.id)
        if not terms or household.budget is None:
            continue  # no budget: the budget rule allows nothing
        in_kind, cash = budgets[household.budget].ceilings(household)
        model.add(sum(k * var for k, _, var in terms) <= max(0, in_kind - household.spent_in_kind))
        model.add(sum(c * var for _, c, var in terms) <= max(0, cash - household.spent_cash))
