"""An independent MIP engine (HiGHS, or SCIP) for the same two phases, through OR-Tools' linear solver.

It shares the instance and the objective's data (`objective.coefficients`) but none of the CP-SAT model,
so it serves as a cross-check (tests and benchmarks prove optima both ways), and `lp_bounds` gives the LP
relaxation's bounds of both phases, independently of `planning.scheduling.bound`.

Two things keep it safe:

- **No hints.** `SetHint` on HiGHS crashes the process in OR-Tools 9.15 (a native segmentation fault); a
  MIP start is not needed for a cross-check, so none is ever given.
- **A scaled objective.** HiGHS's tolerances are absolute in the objective's units (1e-6, 1e-7): with
  coefficients of millions of euros they let the reported bound pass the true optimum by hundreds of
  euros. The second phase is solved in units of `scale` euros, chosen so that its largest coefficient
  is about 10⁴ units: the tolerances then amount to far less than a euro. The plan's objective is
  always recomputed exactly from its integer solution, and its bound never exceeds it.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict

from ortools.linear_solver import pywraplp

from planning.scheduling.cpsat import Counts, Lexicographic
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Coefficients, Weights, coefficients, weighted_people
from planning.scheduling.outcome import ShouldStop

#: The second phase's largest coefficient, in solver units, at most.
LARGEST_COEFFICIENT = 1e4


def scale_of(coefficients: Coefficients) -> float:
    """Euros per solver unit, a power of ten (1 when the coefficients are already small)."""
    largest = max([abs(v) for v in coefficients.pair.values()] + list(coefficients.fixed.values()) + [1])
    return float(10 ** max(0, math.ceil(math.log10(largest / LARGEST_COEFFICIENT))))


def solve(instance: Instance, weights: Weights, *, time_limit: float, gap: float, should_stop: ShouldStop | None,
          engine: str = "HIGHS") -> Lexicographic:
    """Both phases, each a MIP, within `time_limit` seconds."""
    started = time.perf_counter()
    data = coefficients(instance, weights)
    solver, x, used = _model(instance, data, engine, relax=False)
    weight = data.weight
    placement = solver.Sum([weight[case_id] * var for (case_id, _), var in x.items()])
    # Phase one
    objective = solver.Objective()
    for (case_id, _), var in x.items():
        objective.SetCoefficient(var, weight[case_id])
    objective.SetMaximization()
    status = _run(solver, max(0.05, time_limit / 2), 0.0, should_stop)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return Lexicographic({}, 0, sum(weighted_people(c) for c in instance.cases), data.constant,
                             data.constant + sum(min(0, v) for v in data.pair.values()),
                             time.perf_counter() - started)
    counts = _counts(x)
    floor = sum(weight[case_id] * count for (case_id, _), count in counts.items())
    upper = floor if status == pywraplp.Solver.OPTIMAL else math.floor(objective.BestBound() + 1e-6)
    solver.Add(placement >= floor)
    found = _second_phase(solver, data, x, used, time_limit - (time.perf_counter() - started), gap, should_stop)
    seconds = time.perf_counter() - started
    if found is None:
        return Lexicographic(counts, floor, max(floor, upper), _value(data, counts), data.constant, seconds)
    counts, value, lower, _ = found
    return Lexicographic(counts, floor, max(floor, upper), value, lower, seconds)


_Variables = dict[tuple[int, int], pywraplp.Variable]


def _model(instance: Instance, data: Coefficients, engine: str,
           relax: bool) -> tuple[pywraplp.Solver, _Variables, dict[int, pywraplp.Variable]]:
    solver = pywraplp.Solver.CreateSolver(engine if not relax else "GLOP")
    if solver is None:
        raise RuntimeError(f"OR-Tools was built without {engine}")
    solver.SuppressOutput()
    x = {}
    by_case: dict[int, list[pywraplp.Variable]] = defaultdict(list)
    by_movement: dict[int, list[tuple[int, pywraplp.Variable]]] = defaultdict(list)
    for case_id, movement_id in data.pair:
        name = f"x_{case_id}_{movement_id}"
        var = solver.NumVar(0, 1, name) if relax else solver.BoolVar(name)
        x[case_id, movement_id] = var
        by_case[case_id].append(var)
        by_movement[movement_id].append((case_id, var))
    used = {m: (solver.NumVar(0, 1, f"u_{m}") if relax else solver.BoolVar(f"u_{m}"))
            for m in data.fixed if m in by_movement}
    cases = {c.id: c for c in instance.cases}
    for case in instance.cases:
        if len(by_case[case.id]) > 1:
            solver.Add(solver.Sum(by_case[case.id]) <= 1)
        if case.locked and case.current is not None and (case.id, case.current) in x:
            solver.Add(x[case.id, case.current] == 1)
    for movement in instance.movements:
        booked = by_movement.get(movement.id, [])
        for capacity, need in ((movement.seats, "people"), (movement.medical_escort_places, "medical_escorts"),
                               (movement.minor_escort_places, "minor_escorts")):
            terms = [(getattr(cases[c], need), var) for c, var in booked if getattr(cases[c], need)]
            if sum(n for n, _ in terms) > capacity:
                solver.Add(solver.Sum([n * var for n, var in terms]) <= capacity)
        if movement.id in used:
            for _, var in booked:  # the strong (disaggregated) form: a tight LP relaxation
                solver.Add(var <= used[movement.id])
    return solver, x, used


def _second_phase(solver: pywraplp.Solver, data: Coefficients, x: _Variables, used: dict[int, pywraplp.Variable],
                  seconds: float, gap: float, should_stop: ShouldStop | None) -> tuple[Counts, int, int, bool] | None:
    """The least waiting and cost under the placement already required, solved in units of `scale_of` euros:
    the plan, its value, the proven bound (€) and whether it is the optimum; None without a plan in time."""
    scale = scale_of(data)
    objective = solver.Objective()
    _waiting_and_cost(objective, data, x, used, scale)
    status = _run(solver, max(0.05, seconds), gap, should_stop)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return None
    counts = _counts(x)
    value = _value(data, counts)
    lower = min(value, math.ceil(objective.BestBound() * scale - 1e-6 * scale))
    return counts, value, lower, status == pywraplp.Solver.OPTIMAL


def _waiting_and_cost(objective: pywraplp.Objective, data: Coefficients, x: _Variables,
                      used: dict[int, pywraplp.Variable], scale: float) -> None:
    """The second phase's objective, to minimise, in units of `scale` euros."""
    objective.Clear()
    objective.SetOffset(data.constant / scale)
    for key, var in x.items():
        objective.SetCoefficient(var, data.pair[key] / scale)
    for movement_id, var in used.items():
        objective.SetCoefficient(var, data.fixed[movement_id] / scale)
    objective.SetMinimization()


def _counts(x: dict[tuple[int, int], pywraplp.Variable]) -> Counts:
    return {key: 1 for key, var in x.items() if var.solution_value() > 0.5}


def _value(data: Coefficients, counts: Counts) -> int:
    flying = {movement_id for (_, movement_id) in counts}
    return (data.constant + sum(data.pair[key] for key in counts)
            + sum(cost for movement_id, cost in data.fixed.items() if movement_id in flying))


def _run(solver: pywraplp.Solver, seconds: float, gap: float, should_stop: ShouldStop | None) -> int:
    solver.SetTimeLimit(max(1, int(seconds * 1000)))
    parameters = pywraplp.MPSolverParameters()
    parameters.SetDoubleParam(pywraplp.MPSolverParameters.RELATIVE_MIP_GAP, max(gap, 1e-9))
    done = threading.Event()
    if should_stop is not None:
        threading.Thread(target=_watch, args=(solver, should_stop, done), daemon=True).start()
    try:
        return int(solver.Solve(parameters))
    finally:
        done.set()


def _watch(solver: pywraplp.Solver, should_stop: ShouldStop, done: threading.Event) -> None:
    while not done.wait(0.02):
        if should_stop():
            solver.InterruptSolve()
            return


def lp_bounds(instance: Instance, weights: Weights, placement: int, *, time_limit: float = 600.0) -> tuple[int, int]:
    """The LP relaxation's own bounds, built independently of `planning.scheduling.bound` (a cross-check for
    the benchmarks): the most weighted people any plan places, and the least waiting and cost (€) of a plan
    placing at least `placement`. (0, 0) when the LP is not solved in time."""
    data = coefficients(instance, weights)
    solver, x, used = _model(instance, data, "GLOP", relax=True)
    objective = solver.Objective()
    for (case_id, _), var in x.items():
        objective.SetCoefficient(var, data.weight[case_id])
    objective.SetMaximization()
    solver.SetTimeLimit(max(1, int(time_limit * 500)))
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return 0, 0
    upper = math.floor(objective.Value() + 1e-6)
    solver.Add(solver.Sum([data.weight[case_id] * var for (case_id, _), var in x.items()]) >= placement)
    _waiting_and_cost(objective, data, x, used, 1.0)
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return upper, 0
    return upper, math.floor(objective.Value() - 1e-6 * abs(objective.Value()))


def bound_at(instance: Instance, weights: Weights, placement: int, *, time_limit: float,
             engine: str = "HIGHS") -> tuple[int, bool] | None:
    """The MIP's own lower bound on the waiting and cost (€) of a plan placing at least `placement` weighted
    people, and whether it is the optimum (an exact cross-check of a plan's second phase, for the benchmarks);
    None when no plan was found in time (the engine's bound is only read with one)."""
    data = coefficients(instance, weights)
    solver, x, used = _model(instance, data, engine, relax=False)
    solver.Add(solver.Sum([data.weight[case_id] * var for (case_id, _), var in x.items()]) >= placement)
    found = _second_phase(solver, data, x, used, time_limit, 0.0, None)
    return None if found is None else (found[2], found[3])
