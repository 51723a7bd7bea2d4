"""The allocation's solver facade: `allocate(instance, …) -> AllocationResult` (CP-SAT).

The problem separates into parts that share no budget and no partner's region (typically one part per
funding line); each part is solved on its own, starting from the better of the accepted allocation
(when still valid) and the greedy baseline, and the plans are merged. A part whose search finds
nothing better in time (or is cancelled) keeps that starting plan, so there is always a valid plan;
the result carries the proven bound, the gap and a reason for every need left unmet.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planning.reintegration.allocation import explain, greedy, objective, rules, validator
from planning.reintegration.allocation.bound import lp_bound
from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.objective import evaluate
from planning.reintegration.allocation.options import candidates
from planning.reintegration.allocation.result import AllocationResult, PartReport, Status
from planning.reintegration.allocation.variables import Variables

log = logging.getLogger(__name__)

#: progress(best objective, proven bound, seconds since the allocation started)
Progress = Callable[[int, int, float], None]
ShouldStop = Callable[[], bool]


@dataclass
class _Part:
    instance: Instance
    start: frozenset[Option]
    objective: int
    bound: int
    size: int  # options


def allocate(instance: Instance, *, time_limit: float = 30.0, workers: int = 2, gap: float = 0.0,
             progress: Progress | None = None, should_stop: ShouldStop | None = None) -> AllocationResult:
    """Allocate packages to every household's needs; see the module docstring.

    `gap` — stop once proven within this relative gap (0.01: within 1 % of optimal).
    """
    started = time.perf_counter()
    instance = instance.validated()
    baseline = greedy.plan(instance)
    parts = []
    for households in components(instance):
        sub = instance.subset(households)
        start = _start(sub)
        options = [o for found in candidates(sub).values() for o in found]
        value = evaluate(sub, start).total
        bound = objective.upper_bound(sub, options)
        relaxed = lp_bound(sub, options) if start_bound_needed(value, bound, gap) else None
        if relaxed is not None:
            bound = min(bound, relaxed)
        parts.append(_Part(sub, start, value, max(value, bound), len(options)))
    parts.sort(key=lambda p: -p.size)
    remaining = max(1, sum(p.size for p in parts))
    plan: set[Option] = set()
    reports: list[PartReport] = []
    first_plan: float | None = None

    def report() -> None:
        if progress is not None:
            progress(sum(p.objective for p in parts), sum(p.bound for p in parts), time.perf_counter() - started)

    for part in parts:
        elapsed = time.perf_counter() - started
        budget = max(0.05, (time_limit - elapsed) * part.size / remaining)
        remaining = max(1, remaining - part.size)
        engine, seconds = "greedy", 0.0
        chosen = part.start
        if part.size and part.bound > part.objective and not (should_stop is not None and should_stop()):
            found, value, bound, first, seconds = solve(part, budget, workers, gap, should_stop, report)
            part.bound = max(part.objective, min(part.bound, bound))
            if found is not None and value >= part.objective:
                chosen, part.objective, engine = found, value, "cp-sat"
                if first is not None and first_plan is None:
                    first_plan = elapsed + first
        status = Status.OPTIMAL if part.bound - part.objective <= gap * max(1, abs(part.objective)) else Status.FEASIBLE
        plan |= chosen
        reports.append(PartReport(len(part.instance.households), status, part.objective, part.bound, engine, seconds))
        report()
    wall = time.perf_counter() - started
    final = frozenset(plan)
    terms = evaluate(instance, final)
    status = Status.OPTIMAL if all(r.status is Status.OPTIMAL for r in reports) else Status.FEASIBLE
    return AllocationResult(status, final, terms.total, max(terms.total, sum(p.bound for p in parts)), terms,
                            explain.unmet(instance, final), evaluate(instance, baseline).total,
                            first_plan if first_plan is not None else wall, wall, tuple(reports))


def start_bound_needed(value: int, bound: int, gap: float) -> bool:
    """Whether the trivial bound leaves a gap worth the LP relaxation."""
    return bound - value > gap * max(1, abs(value))


def components(instance: Instance) -> list[set[int]]:
    """Households that share a budget or could share a partner's places in a region, grouped together."""
    parent: dict[object, object] = {}

    def find(key: object) -> object:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: object, b: object) -> None:
        parent[find(a)] = find(b)

    owners = instance.owners()
    for household in instance.households:
        find(("household", household.id))
        if household.budget is not None:
            union(("household", household.id), ("budget", household.budget))
    for need_id, found in candidates(instance).items():
        household = owners[need_id][0]
        for option in found:
            union(("household", household.id), ("partner", instance.package(option.package).partner, household.region))
    groups: dict[object, set[int]] = {}
    for household in instance.households:
        groups.setdefault(find(("household", household.id)), set()).add(household.id)
    return sorted(groups.values(), key=min)


def _start(part: Instance) -> frozenset[Option]:
    """The plan to beat: the accepted allocation when it is still valid and better, else greedy."""
    baseline = greedy.plan(part)
    if part.current and not validator.check(part, part.current) and (
            evaluate(part, part.current).total >= evaluate(part, baseline).total):
        return part.current
    return baseline


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


def solve(part: _Part, time_limit: float, workers: int, gap: float, should_stop: ShouldStop | None,
          report: Callable[[], None]) -> tuple[frozenset[Option] | None, int, int, float | None, float]:
    """One part with CP-SAT: (plan or None, its objective, proven bound, first solution s, seconds)."""
    started = time.perf_counter()
    model = cp_model.CpModel()
    variables = Variables.create(part.instance, model)
    rules.build_all(part.instance, model, variables)
    objective.build(part.instance, model, variables)
    for option, var in variables.x.items():
        model.add_hint(var, option in part.start)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, time_limit)
    solver.parameters.num_workers = workers
    solver.parameters.relative_gap_limit = gap
    if log.isEnabledFor(logging.DEBUG):
        solver.parameters.log_search_progress = True
        solver.parameters.log_to_stdout = False
        solver.log_callback = log.debug

    def on_solution(value: int, bound: int) -> None:
        if value > part.objective:
            part.objective = value
        part.bound = max(part.objective, min(part.bound, bound))
        report()
        if part.bound - part.objective <= gap * max(1, abs(part.objective)):
            watcher.stop_search()  # proven within the gap against the LP bound

    watcher = _Watcher(started, on_solution)
    done = threading.Event()
    if should_stop is not None:
        threading.Thread(target=_watch, args=(solver, should_stop, done), daemon=True).start()
    try:
        status = solver.solve(model, watcher)
    finally:
        done.set()
    seconds = time.perf_counter() - started
    bound = round(solver.best_objective_bound) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else part.bound
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return variables.extract(solver), round(solver.objective_value), bound, watcher.first, seconds
    if status == cp_model.INFEASIBLE:
        raise AssertionError("the allocation model is infeasible, but allocating nothing is always valid (a bug)")
    return None, 0, bound, None, seconds


def _watch(solver: cp_model.CpSolver, should_stop: ShouldStop, done: threading.Event) -> None:
    while not done.wait(0.02):
        if should_stop():
            solver.stop_search()
            return
