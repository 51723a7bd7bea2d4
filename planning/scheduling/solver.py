"""The planner's facade: `plan(instance, …) -> PlanResult`.

The problem separates by country of return (a movement serves one country; a case goes to one), so
each country is solved on its own — CP-SAT by default, or a MIP engine — and the plans are merged.
Locked bookings that cannot all be kept raise `PlanInfeasible` naming the rule, the movement and the
cases, before any search. A country whose search finds nothing in time (or is cancelled) falls back to
the greedy plan, so there is always a valid plan to show.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planning.scheduling import cpsat, explain, greedy, mip, validator
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Coefficients, Weights, coefficients, evaluate, placement_weight
from planning.scheduling.outcome import Engine, Outcome, Progress, ShouldStop
from planning.scheduling.result import CountryReport, PlanInfeasible, PlanResult, Status


@dataclass
class _Country:
    name: str
    instance: Instance
    objective: int  # best so far (greedy until solved)
    bound: int  # proven so far (the trivial bound until solved)
    size: int


def plan(instance: Instance, *, time_limit: float = 30.0, workers: int = 8,
         hint: PlanResult | Mapping[int, int] | None = None, gap: float = 0.0,
         progress: Progress | None = None, should_stop: ShouldStop | None = None,
         weights: Weights | None = None, engine: Engine | str = Engine.CP_SAT) -> PlanResult:
    """Plan every ready case onto movements; see the module docstring and `PlanResult`.

    `hint` — a previous plan to start from (re-planning); cases' current bookings are used otherwise.
    `gap` — stop once proven within this relative gap (0.005: within 0.5 % of optimal).
    `progress(best objective, bound, seconds)` is called on every better plan; `should_stop()` is polled
    and, once true, the search stops and the best plan so far is returned.
    """
    started = time.perf_counter()
    instance = instance.validated()
    weights = weights or Weights()
    conflicts = validator.check(instance, validator.locked_plan(instance))
    if conflicts:
        first = conflicts[0]
        raise PlanInfeasible(first.rule, first.message, first.case_ids, first.movement_id)
    hinted = _hint(instance, hint)
    shared = _shared_placement(instance, weights)
    countries = []
    starts: dict[str, dict[int, int]] = {}
    for name in instance.countries():
        part = instance.for_country(name)
        coeffs = coefficients(part, shared)
        starts[name] = _start(part, hinted, shared)
        start = evaluate(part, starts[name], shared).total
        countries.append((_Country(name, part, start, coeffs.lower_bound(), len(coeffs.pair)), coeffs))
    countries.sort(key=lambda item: -item[0].size)
    place = shared.placement or 0
    kept = _unchanged(countries, hint, place)
    plan_so_far: dict[int, int] = {}
    reports: list[CountryReport] = []
    first_plan: float | None = None
    total_size = max(1, sum(country.size for country, _ in countries))
    remaining_size = total_size

    def report_progress() -> None:
        if progress is not None:
            progress(sum(c.objective for c, _ in countries), sum(c.bound for c, _ in countries),
                     time.perf_counter() - started)

    for country, coeffs in countries:
        elapsed = time.perf_counter() - started
        budget = max(0.05, (time_limit - elapsed) * country.size / max(1, remaining_size))
        remaining_size -= country.size
        part_hint = {c.id: hinted[c.id] for c in country.instance.cases if c.id in hinted}
        stopped = should_stop is not None and should_stop()
        fingerprint = _fingerprint(country.instance)
        if country.name in kept:
            previous = kept[country.name]
            country.objective = evaluate(country.instance, hinted, shared).total
            country.bound = min(country.objective, max(country.bound, previous.bound))
            plan_so_far.update({c.id: hinted[c.id] for c in country.instance.cases if c.id in hinted})
            reports.append(CountryReport(country.name, previous.status, country.objective, country.bound, "kept",
                                         0.0, fingerprint, place))
            continue
        outcome = None if stopped or country.size == 0 else _solve(
            country, coeffs, engine, budget, workers, gap, part_hint or None, should_stop, report_progress)
        if outcome is not None and outcome.assignments is not None and outcome.objective <= country.objective:
            assignments = outcome.assignments
            country.objective, country.bound = outcome.objective, max(outcome.bound, country.bound)
            if first_plan is None and outcome.first_solution_seconds is not None:
                first_plan = elapsed + outcome.first_solution_seconds
            status = Status.OPTIMAL if outcome.proven else Status.FEASIBLE
        else:
            # nothing better in time: the kept bookings or the greedy baseline, whichever is better
            assignments = starts[country.name]
            country.objective = evaluate(country.instance, assignments, shared).total
            if outcome is not None:
                country.bound = min(country.objective, max(country.bound, outcome.bound))
            status = Status.OPTIMAL if country.size == 0 or country.bound >= country.objective else Status.FEASIBLE
        plan_so_far.update(assignments)
        reports.append(CountryReport(country.name, status, country.objective, country.bound,
                                     outcome.engine if outcome else "greedy",
                                     outcome.seconds if outcome else 0.0, fingerprint, place))
        report_progress()
    wall = time.perf_counter() - started
    terms = evaluate(instance, plan_so_far, shared)
    status = Status.OPTIMAL if all(r.status == Status.OPTIMAL for r in reports) else Status.FEASIBLE
    return PlanResult(status, plan_so_far, terms.total, min(terms.total, sum(r.bound for r in reports)), terms,
                      explain.unplaced(instance, plan_so_far), terms.moved_bookings,
                      first_plan if first_plan is not None else wall, wall, tuple(reports))


def replan(instance: Instance, previous: PlanResult, **options: Any) -> PlanResult:
    """Plan again after a change, keeping bookings where possible.

    `instance` carries the current bookings (`CaseDemand.current`, e.g. `changes.with_bookings`); a
    moved booking costs `Weights.moved`; `previous` is the hint, and countries whose data did not change
    keep their plan without a search.
    """
    return plan(instance, hint=previous, **options)


def _fingerprint(instance: Instance) -> str:
    """A stable digest of a sub-problem's data, current bookings and locks left out."""
    cases = sorted((c.id, c.people, c.vulnerable_people, c.medical_escorts, c.minor_escorts, c.decided_day,
                    tuple(sorted(c.allowed))) for c in instance.cases)
    movements = sorted((m.id, m.day, m.seats, m.cost_per_seat, m.fixed_cost, m.medical_escort_places,
                        m.minor_escort_places) for m in instance.movements)
    return hashlib.sha1(repr((instance.days, cases, movements)).encode()).hexdigest()


def _unchanged(countries: list[tuple[_Country, Coefficients]], hint: PlanResult | Mapping[int, int] | None,
               place: int) -> dict[str, CountryReport]:
    """The countries a previous plan already solved with exactly this data and current bookings."""
    if not isinstance(hint, PlanResult):
        return {}
    reports = {r.country: r for r in hint.countries}
    kept = {}
    for country, _ in countries:
        report = reports.get(country.name)
        if (report is None or report.placement_weight != place or report.engine == "greedy"
                or report.fingerprint != _fingerprint(country.instance)):
            continue
        if all(c.current is None or hint.assignments.get(c.id) == c.current for c in country.instance.cases):
            kept[country.name] = report
    return kept


def _start(part: Instance, hinted: Mapping[int, int], weights: Weights) -> dict[int, int]:
    """The plan to beat: the hinted (current) bookings when they are still valid and better, else greedy."""
    baseline = greedy.plan(part)
    kept = {c.id: hinted[c.id] for c in part.cases if c.id in hinted}
    if kept and not validator.check(part, kept) and (evaluate(part, kept, weights).total
                                                     <= evaluate(part, baseline, weights).total):
        return kept
    return baseline


def _shared_placement(instance: Instance, weights: Weights) -> Weights:
    """One placement weight for the whole instance, so the countries' objectives add up to the plan's."""
    return Weights(weights.waiting_per_day, weights.moved, placement_weight(instance, weights))


def _hint(instance: Instance, hint: PlanResult | Mapping[int, int] | None) -> dict[int, int]:
    if isinstance(hint, PlanResult):
        hint = hint.assignments
    ids = {c.id for c in instance.cases}
    result = {c.id: c.current for c in instance.cases if c.current is not None}
    if hint is not None:
        result.update({case_id: movement for case_id, movement in hint.items() if case_id in ids})
    return result


def _solve(country: _Country, coeffs: Coefficients, engine: Engine | str, budget: float, workers: int, gap: float,
           hint: dict[int, int] | None, should_stop: ShouldStop | None, report_progress: object) -> Outcome:
    if Engine(engine) is Engine.CP_SAT:
        def on_solution(objective: int, bound: int) -> None:
            country.objective, country.bound = objective, max(country.bound, bound)
            if callable(report_progress):
                report_progress()

        return cpsat.solve(country.instance, coeffs, time_limit=budget, workers=workers, gap=gap, hint=hint,
                           on_solution=on_solution, should_stop=should_stop)
    return mip.solve(country.instance, coeffs, time_limit=budget, gap=gap, hint=hint, should_stop=should_stop,
                     engine=Engine(engine).name)
