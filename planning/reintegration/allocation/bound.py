"""A proven upper bound from the linear relaxation (OR-Tools GLOP): every rule, with x in [0, 1].

CP-SAT's own bound on this model stays near the trivial one (every need met by its best option) for
hundreds of households: its search rarely closes the gap left by capacities shared across months. The
LP relaxation of the same rules is tight (within about 1 % of the optimum) and takes milliseconds, so
the facade proves its gap against the smaller of the two bounds and stops the search once within it.
"""

from __future__ import annotations

import math
from collections import defaultdict

from ortools.linear_solver import pywraplp

from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.objective import value


def lp_bound(instance: Instance, options: list[Option]) -> int | None:
    """The relaxation's optimum rounded down (a valid bound on integer points), or None if GLOP fails."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None or not options:
        return None if solver is None else 0
    owners = instance.owners()
    budgets = {b.id: b for b in instance.budgets}
    places = instance.places()
    x = {o: solver.NumVar(0.0, 1.0, "") for o in options}
    by_need: dict[int, list[pywraplp.Variable]] = defaultdict(list)
    by_place: dict[tuple[int, str, int], list[pywraplp.Variable]] = defaultdict(list)
    by_household: dict[int, list[tuple[int, int, pywraplp.Variable]]] = defaultdict(list)
    by_budget: dict[int, list[tuple[int, int, pywraplp.Variable]]] = defaultdict(list)
    for option, var in x.items():
        household = owners[option.need][0]
        package = instance.package(option.package)
        by_need[option.need].append(var)
        by_place[package.partner, household.region, option.month].append(var)
        by_household[household.id].append((package.in_kind, package.cash, var))
        if household.budget is not None:
            by_budget[household.budget].append((package.in_kind, package.cash, var))
        else:
            solver.Add(var == 0)
    for variables in by_need.values():
        solver.Add(solver.Sum(variables) <= 1)
    for key, variables in by_place.items():
        solver.Add(solver.Sum(variables) <= places.get(key, 0))
    for household in instance.households:
        terms = by_household.get(household.id)
        if terms and household.budget is not None:
            in_kind, cash = budgets[household.budget].ceilings(household)
            solver.Add(solver.Sum([k * v for k, _, v in terms]) <= in_kind - household.spent_in_kind)
            solver.Add(solver.Sum([c * v for _, c, v in terms]) <= cash - household.spent_cash)
    for budget_id, terms in by_budget.items():
        solver.Add(solver.Sum([k * v for k, _, v in terms]) <= budgets[budget_id].in_kind)
        solver.Add(solver.Sum([c * v for _, c, v in terms]) <= budgets[budget_id].cash)
    solver.Maximize(solver.Sum([value(instance, o) * v for o, v in x.items()]))
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return None
    optimum = float(solver.Objective().Value())
    return math.floor(optimum + 1e-7 * abs(optimum) + 1e-6)  # never below the true optimum
