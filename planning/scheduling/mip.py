"""The same sub-problem as a mixed-integer program (OR-Tools' linear solver: HiGHS or SCIP).

The MIP shares the objective's coefficients with CP-SAT, so its bound and plan are directly comparable;
the benchmark measures which engine proves the gap first.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from collections.abc import Mapping

from ortools.linear_solver import pywraplp

from planning.scheduling.instance import Instance
from planning.scheduling.objective import Coefficients
from planning.scheduling.outcome import Outcome, ShouldStop
from planning.scheduling.variables import candidate_movements


def solve(instance: Instance, coefficients: Coefficients, *, time_limit: float, gap: float,
          hint: Mapping[int, int] | None, should_stop: ShouldStop | None, engine: str = "HIGHS",
          relax: bool = False) -> Outcome:
    """Solve (or with `relax`, only bound by the LP relaxation) one country's plan."""
    started = time.perf_counter()
    solver = pywraplp.Solver.CreateSolver(engine)
    if solver is None:
        raise RuntimeError(f"OR-Tools was built without {engine}")
    solver.SuppressOutput()
    x = {}
    by_case: dict[int, list[object]] = defaultdict(list)
    by_movement: dict[int, list[tuple[int, object]]] = defaultdict(list)
    for case_id, movements in candidate_movements(instance).items():
        for movement_id in movements:
            name = f"x_{case_id}_{movement_id}"
            var = solver.NumVar(0, 1, name) if relax else solver.BoolVar(name)
            x[case_id, movement_id] = var
            by_case[case_id].append(var)
            by_movement[movement_id].append((case_id, var))
    used = {m: (solver.NumVar(0, 1, f"u_{m}") if relax else solver.BoolVar(f"u_{m}"))
            for m in coefficients.fixed if m in by_movement}
    cases = {c.id: c for c in instance.cases}
    for case in instance.cases:
        if len(by_case[case.id]) > 1:
            solver.Add(solver.Sum(by_case[case.id]) <= 1)
        if case.locked and case.current is not None:
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
    objective = solver.Objective()
    objective.SetOffset(coefficients.constant)
    for key, var in x.items():
        objective.SetCoefficient(var, coefficients.pair[key])
    for movement_id, var in used.items():
        objective.SetCoefficient(var, coefficients.fixed[movement_id])
    objective.SetMinimization()
    if hint is not None and not relax:
        variables = list(x.values()) + list(used.values())
        flying = set(hint.values())
        values = [float(hint.get(c) == m) for c, m in x] + [float(m in flying) for m in used]
        solver.SetHint(variables, values)
    solver.SetTimeLimit(max(1, int(time_limit * 1000)))
    parameters = pywraplp.MPSolverParameters()
    parameters.SetDoubleParam(pywraplp.MPSolverParameters.RELATIVE_MIP_GAP, max(gap, 1e-9))
    done = threading.Event()
    if should_stop is not None:
        threading.Thread(target=_watch, args=(solver, should_stop, done), daemon=True).start()
    try:
        status = solver.Solve(parameters)
    finally:
        done.set()
    seconds = time.perf_counter() - started
    engine_name = engine.lower() + (" lp" if relax else "")
    if status in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE) and not relax:
        assignments = {c: m for (c, m), var in x.items() if var.solution_value() > 0.5}
        bound = objective.BestBound()
        value = round(objective.Value())
        return Outcome(assignments, value, math.floor(bound + 1e-6) if math.isfinite(bound) else value,
                       status == pywraplp.Solver.OPTIMAL, seconds, seconds, engine_name)
    if relax and status == pywraplp.Solver.OPTIMAL:
        return Outcome(None, 0, math.floor(objective.Value() + 1e-6), False, None, seconds, engine_name)
    return Outcome(None, 0, coefficients.lower_bound(), False, None, seconds, engine_name)


def _watch(solver: pywraplp.Solver, should_stop: ShouldStop, done: threading.Event) -> None:
    while not done.wait(0.02):
        if should_stop():
            solver.InterruptSolve()
            return
