"""Solving one country's sub-problem with CP-SAT: rules, objective, hints, progress, cancellation."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Mapping

from ortools.sat.python import cp_model

from planning.scheduling import objective, rules
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Coefficients
from planning.scheduling.outcome import Outcome, ShouldStop
from planning.scheduling.variables import Variables

log = logging.getLogger(__name__)


class _Watcher(cp_model.CpSolverSolutionCallback):
    def __init__(self, started: float, on_solution: Callable[[int, int], None]) -> None:
        super().__init__()
        self.started = started
        self.first: float | None = None
        self.on_solution = on_solution

    def on_solution_callback(self) -> None:
        if self.first is None:
            self.first = time.perf_counter() - self.started
        self.on_solution(round(self.objective_value), round(self.best_objective_bound))


def solve(instance: Instance, coefficients: Coefficients, *, time_limit: float, workers: int, gap: float,
          hint: Mapping[int, int] | None, on_solution: Callable[[int, int], None],
          should_stop: ShouldStop | None) -> Outcome:
    started = time.perf_counter()
    model = cp_model.CpModel()
    variables = Variables.create(instance, model)
    rules.build_all(instance, model, variables)
    objective.build(model, variables, coefficients)
    if hint is not None:
        for (case_id, movement_id), var in variables.x.items():
            model.add_hint(var, hint.get(case_id) == movement_id)
        flying = set(hint.values())
        for movement_id, used in variables.used.items():
            model.add_hint(used, movement_id in flying)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, time_limit)
    solver.parameters.num_workers = workers
    solver.parameters.relative_gap_limit = gap
    if log.isEnabledFor(logging.DEBUG):
        solver.parameters.log_search_progress = True
        solver.parameters.log_to_stdout = False
        solver.log_callback = log.debug
    watcher = _Watcher(started, on_solution)
    done = threading.Event()
    if should_stop is not None:
        threading.Thread(target=_watch, args=(solver, should_stop, done), daemon=True).start()
    try:
        status = solver.solve(model, watcher)
    finally:
        done.set()
    seconds = time.perf_counter() - started
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Outcome(variables.extract(solver), round(solver.objective_value), round(solver.best_objective_bound),
                       status == cp_model.OPTIMAL, watcher.first, seconds, "cp-sat")
    if status == cp_model.INFEASIBLE:
        raise AssertionError("the model is infeasible although the locked bookings fit (a bug)")
    bound = solver.best_objective_bound
    return Outcome(None, 0, round(bound) if math.isfinite(bound) else coefficients.lower_bound(), False, None,
                   seconds, "cp-sat")


def _watch(solver: cp_model.CpSolver, should_stop: ShouldStop, done: threading.Event) -> None:
    while not done.wait(0.02):
        if should_stop():
            solver.stop_search()
            return
