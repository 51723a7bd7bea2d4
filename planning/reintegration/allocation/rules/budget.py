"""What a funding line pays (in kind and in cash) stays within what is left of it; no budget, no package."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    owners = instance.owners()
    paid: dict[int, list[tuple[int, int, cp_model.IntVar]]] = defaultdict(list)
    for option, var in variables.x.items():
        funding = owners[option.need][0].budget
        if funding is None:
            model.add(var == 0)
            continue
        package = instance.package(option.package)
        paid[funding].append((package.in_kind, package.cash, var))
    for budget in instance.budgets:
        terms = paid.get(budget.id)
        if not terms:
            continue
        if sum(k for k, _, _ in terms) > budget.in_kind:
            model.add(sum(k * var for k, _, var in terms) <= budget.in_kind)
        if sum(c for _, c, _ in terms) > budget.cash:
            model.add(sum(c * var for _, c, var in terms) <= budget.cash)
