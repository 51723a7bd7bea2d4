"""Solving one (sub-)problem with CP-SAT, lexicographically: first the people placed, then waiting and cost.

Phase one maximises the weighted people placed and proves it, or stops at its share of the time with the
bound it reached; phase two fixes at least that many (weighted) people placed and minimises waiting, cost
and moves, from phase one's plan, until it is proven within the gap asked for or the time is up. Either
phase starts from the hint (the plan to beat), so neither returns anything worse than it.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planning.scheduling import objective, rules
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Weights, weighted_people
from planning.scheduling.outcome import ShouldStop
from planning.scheduling.variables import Variables

log = logging.getLogger(__name__)

#: Pairs (case, movement) → how many households of the case travel on it (1 unless aggregated).
Counts = dict[tuple[int, int], int]

#: At most this share of the time goes to phase one when it cannot prove its optimum sooner.
PHASE_ONE_SHARE = 0.6
#: Phase one gives up proving after this share of its time without a better plan.
PATIENCE = 0.3


@dataclass(frozen=True)
class Lexicographic:
    """What the two phases reached on one (sub-)problem."""

    counts: Counts
    placement: int  # weighted people placed
    placement_bound: int  # proven: no plan places more
    waiting_and_cost: int  # € (waiting, cost, moves) of `counts`
    waiting_and_cost_bound: int  # proven: no plan placing at least `placement` does better
    seconds: float

    @property
    def placement_proven(self) -> bool:
        return self.placement >= self.placement_bound


class _Watcher(cp_model.CpSolverSolutionCallback):
    """Stops phase one as soon as it reaches a known upper bound (all placed, or the LP bound), or once it has
    found nothing better for `patience` seconds: the rest of its time serves phase two better."""

    def __init__(self, enough: int | None, patience: float) -> None:
        super().__init__()
        self.enough = enough
        self.patience = patience
        self.improved = time.perf_counter()

    def on_solution_callback(self) -> None:
        self.improved = time.perf_counter()
        if self.enough is not None and self.objective_value >= self.enough:
            self.stop_search()

    def stale(self) -> bool:
        return time.perf_counter() - self.improved > self.patience


def solve(instance: Instance, weights: Weights, *, time_limit: float, workers: int, gap: float, hint: Counts,
          counts: Mapping[int, int] | None = None, placement_limit: int | None = None,
          should_stop: ShouldStop | None = None, presolve: bool = True, until: float | None = None) -> Lexicographic:
    """Both phases on `instance` within `time_limit` seconds; `hint` must be a valid plan (it is the floor).

    `counts` — identical households a case stands for; `placement_limit` — a known upper bound on the
    weighted people placed (the LP bound), so phase one can stop once it reaches it; `presolve` off for
    the small neighbourhoods searched in a second or two, where CP-SAT's presolve takes most of the time.
    `time_limit` counts from the moment the model is built; `until` (a `time.perf_counter()` instant) is a
    hard end for both.
    """
    started = time.perf_counter()
    counts = dict(counts or {})
    weight = {case.id: weighted_people(case) for case in instance.cases}
    coefficients = objective.coefficients(instance, weights, counts)
    model = cp_model.CpModel()
    variables = Variables.create(instance, model, counts)
    rules.build_all(instance, model, variables)
    placement = objective.placement(instance, variables)
    everyone = sum(weight[case.id] * counts.get(case.id, 1) for case in instance.cases
                   if variables.by_case.get(case.id))
    limit = everyone if placement_limit is None else min(everyone, placement_limit)
    floor = sum(weight[case_id] * count for (case_id, _), count in hint.items())
    best = dict(hint)
    built = time.perf_counter()
    end = built + time_limit if until is None else min(built + time_limit, until)

    # Phase one: as many (weighted) people as possible.
    bound = limit
    if floor < limit:
        _hint(model, variables, best)
        model.maximize(placement)
        solver = _solver(workers, 0.0, presolve)
        share = (end - built) * PHASE_ONE_SHARE
        watcher = _Watcher(limit, max(0.5, share * PATIENCE))
        status = _run(solver, model, max(0.01, share),
                      lambda: watcher.stale() or (should_stop is not None and should_stop()), watcher)
        if status == cp_model.INFEASIBLE:
            raise AssertionError("the plan model is infeasible although the locked bookings fit (a bug)")
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and round(solver.objective_value) > floor:
            best, floor = variables.extract_counts(solver), round(solver.objective_value)
        if status == cp_model.OPTIMAL:
            bound = floor
        elif status == cp_model.FEASIBLE:
            bound = min(bound, math.floor(solver.best_objective_bound + 1e-6))

    # Phase two: that many placed, then the least waiting and cost.
    value = _value(coefficients, best)
    lower = coefficients.constant + sum(min(0, v) for v in coefficients.pair.values())  # trivial
    remaining = end - time.perf_counter()
    if remaining > 0.01 and not (should_stop is not None and should_stop()):
        model.clear_hints()  # type: ignore[no-untyped-call]
        _hint(model, variables, best)
        model.add(placement >= floor)
        model.clear_objective()  # type: ignore[no-untyped-call]
        model.minimize(objective.waiting_and_cost(variables, coefficients))
        solver = _solver(workers, gap, presolve)
        status = _run(solver, model, remaining, should_stop, None)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and round(solver.objective_value) < value:
            best, value = variables.extract_counts(solver), round(solver.objective_value)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            lower = max(lower, math.ceil(solver.best_objective_bound - 1e-6))
    return Lexicographic(best, floor, max(floor, bound), value, min(value, lower), time.perf_counter() - started)


def _value(coefficients: objective.Coefficients, counts: Counts) -> int:
    flying = {movement_id for (_, movement_id) in counts}
    return (coefficients.constant + sum(coefficients.pair[key] * count for key, count in counts.items())
            + sum(cost for movement_id, cost in coefficients.fixed.items() if movement_id in flying))


def _hint(model: cp_model.CpModel, variables: Variables, counts: Counts) -> None:
    """A complete hint, written in one go (a call per variable is most of a small model's set-up time)."""
    flying = {movement_id for (_, movement_id) in counts}
    hint = model.proto.solution_hint
    hint.vars.extend([var.index for var in variables.x.values()] + [var.index for var in variables.used.values()])
    hint.values.extend([counts.get(key, 0) for key in variables.x] + [int(m in flying) for m in variables.used])


def _solver(workers: int, gap: float, presolve: bool) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.relative_gap_limit = gap
    solver.parameters.cp_model_presolve = presolve
    if workers == 1 and presolve:
        # A whole component on one worker: without the portfolio's LP workers, CP-SAT's default linear
        # relaxation proves little (the `large` benchmark: 1.5-2.7 % left at the minute, several countries
        # unproven); with every constraint and its cuts in the LP, 0.37 % proven in 20 s, hard-1k's 0.44 % in
        # 2 s rather than 10. The windows searched without presolve keep the default: on hard-5k it made no
        # difference there beyond the run-to-run noise.
        solver.parameters.linearization_level = 2
    if log.isEnabledFor(logging.DEBUG):
        solver.parameters.log_search_progress = True
        solver.parameters.log_to_stdout = False
        solver.log_callback = log.debug
    return solver


def _run(solver: cp_model.CpSolver, model: cp_model.CpModel, seconds: float, should_stop: ShouldStop | None,
         watcher: cp_model.CpSolverSolutionCallback | None) -> int:
    solver.parameters.max_time_in_seconds = max(0.01, seconds)
    done = threading.Event()
    if should_stop is not None:
        threading.Thread(target=_watch, args=(solver, should_stop, done), daemon=True).start()
    try:
        return int(solver.solve(model, watcher))
    finally:
        done.set()


def _watch(solver: cp_model.CpSolver, should_stop: ShouldStop, done: threading.Event) -> None:
    while not done.wait(0.02):
        if should_stop():
            solver.stop_search()
            return
