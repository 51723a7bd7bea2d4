"""The planner's facade: `plan(instance, …) -> PlanResult`.

1. Locked bookings that cannot all be kept raise `PlanInfeasible` naming the rule, the movement and the
   cases, before any search.
2. The **start**, per component, is the better of the greedy baseline and the kept bookings (a re-plan's
   previous plan, with anything it can no longer hold taken out and the free seats filled greedily).
3. The problem splits into **components** (`planning.scheduling.components`) that share no movement; each
   is searched by windows (`planning.scheduling.neighbourhoods`), on as many threads as there are cores,
   every window solved lexicographically — people placed first, then waiting and cost — and kept only
   when better. Unused time passes to the windows still open.
4. **Bounds** come from each component's LP relaxation, solved alongside the search (or, re-planning, from
   the previous plan's dual prices without solving), and from CP-SAT itself on components solved whole.
5. Per country, the result is never worse than the baseline: compared lexicographically at the end, the
   better plan is returned. Countries whose data and bookings did not change since the hint keep their plan.

The result says what each phase proved: the weighted people placed against the most any plan could place,
and the waiting and cost against the least any plan placing as many people (in each country) could have.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from planning.scheduling import bound, changes_explained, explain, greedy, mip, rounding, validator
from planning.scheduling.components import Component, split
from planning.scheduling.instance import Instance, MovementSupply
from planning.scheduling.neighbourhoods import EXACT_PAIRS, Search
from planning.scheduling.objective import Weights, evaluate, placement_weight
from planning.scheduling.outcome import Engine, Progress, ShouldStop, Snapshot
from planning.scheduling.pairs import Flags, Ints, Pairs
from planning.scheduling.result import CountryReport, PlanInfeasible, PlanResult, Status

#: Components with fewer candidate pairs get no LP bound: CP-SAT proves them whole in a moment.
LP_PAIRS = 400
#: The share of the time limit the LP bounds may take (a dominant country's year, 1.45 million pairs: two
#: solves of each phase for the plan to round, then the first phase's third, about 26 s of a core).
LP_SHARE = 0.65
#: Seconds a window may take when re-planning after a change: the answer is wanted at once.
REPLAN_WINDOW_SECONDS = (0.1, 0.25)
#: The time kept at the end for the LP at the placement the search reached: about what those LPs take (GLOP
#: solves a 100,000-pair component's twice in under a second on a laptop core), at most a share of the time.
FINAL_SECONDS = 0.25
FINAL_SECONDS_PER_PAIR = 1e-5
FINAL_SHARE = 0.15
#: Seconds a re-plan may give an LP when the previous plan has no prices for a component.
REPLAN_LP_SECONDS = 0.5


@dataclass
class _Part:
    """One component under search, and what is proven about it."""

    number: int
    component: Component
    country: str
    baseline: tuple[int, int] = (0, 0)  # greedy's (unplaced weighted, waiting and cost)
    lp: bound.Bound | None = None
    seconds: float = 0.0


@dataclass
class _Run:
    instance: Instance
    pairs: Pairs
    weights: Weights
    search: Search
    parts: list[_Part]
    started: float
    progress: Progress | None
    gap: float
    finished: threading.Event = field(default_factory=threading.Event)

    def snapshot(self) -> Snapshot:
        placement = placement_bound = objective = lower = 0
        with self.search.lock:
            assigned = self.search.assigned.copy()
        for part in self.parts:
            found = _measure_component(self, part, assigned)
            placement += found[0]
            placement_bound += found[1]
            objective += found[2]
            lower += found[3]
        return Snapshot(placement, placement_bound, objective, lower, time.perf_counter() - self.started)

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.snapshot())


def plan(instance: Instance, *, time_limit: float = 30.0, workers: int | None = None,
         hint: PlanResult | Mapping[int, int] | None = None, gap: float = 0.0,
         progress: Progress | None = None, should_stop: ShouldStop | None = None,
         weights: Weights | None = None, engine: Engine | str = Engine.CP_SAT) -> PlanResult:
    """Plan every ready case onto movements; see the module docstring and `PlanResult`.

    `workers` — threads searching at once (default: the machine's cores).
    `hint` — a previous plan to start from (re-planning); cases' current bookings are used otherwise.
    `gap` — the second phase stops once proven within this relative gap (0.005: within 0.5 % of optimal).
    `progress(snapshot)` is called whenever the plan improves; `should_stop()` is polled and, once true,
    the search stops and the best plan so far is returned.
    """
    started = time.perf_counter()
    # The search stops early enough for the result (explanations, reports) to be ready by the time limit.
    deadline = started + max(0.05, time_limit - min(time_limit * 0.2, 0.2 + 2e-4 * len(instance.cases)))
    workers = max(1, workers or os.cpu_count() or 1)
    instance = instance.validated()
    weights = weights or Weights()
    conflicts = validator.check(instance, validator.locked_plan(instance))
    if conflicts:
        first = conflicts[0]
        raise PlanInfeasible(first.rule, first.message, first.case_ids, first.movement_id)
    shared = Weights(weights.waiting_per_day, weights.moved, weights.moved_confirmed,
                     placement_weight(instance, weights))
    pairs = Pairs.build(instance, shared)
    hinted = _hint(instance, hint)
    assigned = greedy.plan_on(pairs)  # the baseline
    baseline = assigned.copy()
    start = greedy.plan_on(pairs, _kept(pairs, hinted)) if hinted else baseline
    components = split(pairs)
    countries: dict[str, list[Component]] = {}
    for component in components:
        countries.setdefault(instance.cases[int(component.cases[0])].country, []).append(component)
    unchanged = _unchanged(instance, hint, countries, pairs, shared)
    search = Search(pairs, shared, gap, assigned)
    parts: list[_Part] = []
    run = _Run(instance, pairs, shared, search, parts, started, progress, gap)
    previous = {r.country: r for r in hint.countries} if isinstance(hint, PlanResult) else {}
    touched = _touched(pairs, hint, start) if isinstance(hint, PlanResult) else None
    if touched is not None:
        search.retries, search.cascade, search.near = 1, False, touched[0]
    for country, found in countries.items():
        for component in found:
            part = _Part(len(parts), component, country)
            part.baseline = _rank(pairs, component, assigned)
            if _rank(pairs, component, start) < part.baseline:
                assigned[component.cases] = start[component.cases]
            if country in unchanged:
                assigned[component.cases] = start[component.cases]
            else:
                search.add_component(part.number, component, touched)
            earlier = previous[country].prices if country in previous else None
            if isinstance(earlier, _Prices) and component.pairs >= LP_PAIRS:
                part.lp = max((bound.reevaluate(pairs, component, b) for b in earlier.bounds),
                              key=lambda b: (-b.placement, b.waiting_and_cost(0)), default=None)
            parts.append(part)
    first_plan = time.perf_counter() - started
    run.report()

    if Engine(engine) is not Engine.CP_SAT:
        _solve_mip(run, Engine(engine), deadline, gap, should_stop)
    else:
        # A large component waits for its LP's plan, rounded, before its windows are searched: the LP packs
        # seats far better than greedy, and windows searched from greedy would be searched again anyway.
        # (Not when re-planning: the previous plan is the start there, and the answer is wanted at once.)
        if touched is None:
            search.paused.update(p.number for p in parts if p.component.pairs > EXACT_PAIRS and p.lp is None)
        bounding = threading.Thread(target=_bounds, args=(run, deadline, should_stop, touched is not None),
                                    name="plan-bounds", daemon=True)
        bounding.start()
        closing = 0.0 if touched is not None else _closing_time(parts, deadline - time.perf_counter())
        search.run(deadline - closing, workers, _stopper(run, should_stop), run.report,
                   window_seconds=REPLAN_WINDOW_SECONDS if touched is not None else None)
        run.finished.set()
        if touched is None:
            _final_lines(run, deadline, should_stop)
        bounding.join(timeout=max(0.0, deadline - time.perf_counter()) + 0.5)

    return _result(run, baseline, unchanged, previous, first_plan)


def replan(instance: Instance, previous: PlanResult, **options: Any) -> PlanResult:
    """Plan again after a change, keeping bookings where possible.

    `instance` carries the current bookings (`CaseDemand.current`, e.g. `changes.with_bookings`); a
    moved booking costs `Weights.moved` (or `moved_confirmed`); `previous` is the hint, countries whose
    data did not change keep their plan without a search, and the others are bounded at the previous
    plan's LP prices instead of solving the LP again.
    """
    return plan(instance, hint=previous, **options)


# --- the pieces ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prices:
    """Kept in a country's report so a re-plan can bound its components again without an LP (each at every
    component's prices: prices of other movements count as 0, any prices give a valid bound)."""

    bounds: tuple[bound.Bound, ...]


def _stopper(run: _Run, should_stop: ShouldStop | None) -> ShouldStop:
    """Stop when asked, or once both phases are proven everywhere (placement exact, gap reached)."""
    checked = [0.0]
    done = [False]

    def stop() -> bool:
        if should_stop is not None and should_stop():
            return True
        now = time.perf_counter()
        if not done[0] and now - checked[0] > 0.5 and all(p.lp is not None for p in run.parts
                                                           if p.component.pairs >= LP_PAIRS):
            checked[0] = now
            snapshot = run.snapshot()
            done[0] = snapshot.placement >= snapshot.placement_bound and snapshot.gap <= run.gap
        return done[0]

    return stop


def _bounds(run: _Run, deadline: float, should_stop: ShouldStop | None, replanning: bool) -> None:
    """Each component's LP bounds, largest first, within their share of the time (little when re-planning
    without the previous plan's prices: the answer is wanted at once)."""
    budget = (deadline - time.perf_counter()) * LP_SHARE
    if replanning:
        budget = min(budget, REPLAN_LP_SECONDS)
    until = time.perf_counter() + budget
    # Only the large components up front (their LP's plan is their start); the others are bounded at the end,
    # at the placement they reach, so their search has the cores meanwhile.
    wanted = sorted((p for p in run.parts if p.lp is None and p.component.pairs > EXACT_PAIRS),
                    key=lambda p: -p.component.pairs)
    try:
        _bound_parts(run, wanted, until, deadline, should_stop)
        if not replanning:
            _placement_whole(run, [p for p in wanted if p.component.pairs > bound.BLOCK_PAIRS], until, should_stop)
    finally:
        with run.search.lock:
            run.search.paused.clear()  # whatever the LP did, the windows it held back are searched now


def _bound_parts(run: _Run, wanted: list[_Part], until: float, deadline: float,
                 should_stop: ShouldStop | None) -> None:
    total = max(1, sum(p.component.pairs for p in wanted))
    for part in wanted:
        if (should_stop is not None and should_stop()) or run.finished.is_set():
            return
        remaining = until - time.perf_counter()
        if remaining <= 0.05:
            return
        seconds = max(0.2, remaining * part.component.pairs / total)
        total -= part.component.pairs
        with run.search.lock:
            assigned = run.search.assigned.copy()
        component = part.component

        def rank(assigned: Ints, component: Component = component) -> tuple[int, int]:
            return _rank(run.pairs, component, assigned)

        def offer(guide: bound.Guide, number: int = part.number, component: Component = component) -> None:
            """The LP's plan, rounded, in place of the search's if better; the windows are searched from it."""
            if component.pairs > EXACT_PAIRS:
                rounded = rounding.round_plan(run.pairs, component, guide)
                run.search.offer(number, component.cases, rounded, rank, deadline)
            with run.search.lock:
                run.search.paused.discard(number)

        part.lp = bound.compute(run.pairs, component, assigned, time_limit=seconds, on_guide=offer)
        for window in run.search.windows:
            if window.component == part.number and window.whole:
                window.placement_limit = part.lp.placement  # phase one stops once it reaches the LP's bound
        with run.search.lock:
            run.search.paused.discard(part.number)
        run.report()


def _closing_parts(parts: list[_Part]) -> list[_Part]:
    """The components `_final_lines` bounds at the end, largest first."""
    return sorted((p for p in parts if LP_PAIRS <= p.component.pairs <= bound.BLOCK_PAIRS),
                  key=lambda p: -p.component.pairs)


def _closing_time(parts: list[_Part], remaining: float) -> float:
    """The seconds kept at the end for `_final_lines`."""
    pairs = sum(p.component.pairs for p in _closing_parts(parts))
    if not pairs:
        return 0.0
    return min(remaining * FINAL_SHARE, FINAL_SECONDS + FINAL_SECONDS_PER_PAIR * pairs)


def _placement_whole(run: _Run, wanted: list[_Part], until: float, should_stop: ShouldStop | None) -> None:
    """The first phase's bound of each component bounded block by block, solved whole in the LP's time left."""
    for part in wanted:
        remaining = until - time.perf_counter()
        if part.lp is None or remaining <= 0.5 or run.finished.is_set() or (should_stop is not None and should_stop()):
            return
        part.lp = bound.placement_whole(run.pairs, part.component, part.lp, time_limit=remaining)
        run.report()


def _final_lines(run: _Run, deadline: float, should_stop: ShouldStop | None) -> None:
    """Each component's LP at the placement it ended with — the tightest line there — and, for those not
    bounded yet, its first phase too; largest first, while the time set aside for it lasts."""
    wanted = _closing_parts(run.parts)
    total = max(1, sum(p.component.pairs for p in wanted))
    for part in wanted:
        remaining = deadline - time.perf_counter()
        if remaining <= 0.05 or (should_stop is not None and should_stop()):
            return
        # a time limit, not a spend: most of these LPs take a hundredth of a second
        seconds = min(remaining, max(FINAL_SECONDS, remaining * part.component.pairs / total))
        total -= part.component.pairs
        if part.lp is None:
            part.lp = bound.closing(run.pairs, part.component, run.search.assigned, time_limit=seconds)
        else:
            part.lp = bound.at(run.pairs, part.component, run.search.assigned, part.lp, time_limit=seconds)


def _measure_component(run: _Run, part: _Part, assigned: Ints) -> tuple[int, int, int, int]:
    """(placement, its bound, waiting and cost, its bound) of one component under `assigned`."""
    pairs, component = run.pairs, part.component
    placement = int(pairs.weight[component.cases][assigned[component.cases] >= 0].sum())
    value = _value(pairs, component, assigned)
    upper = int(pairs.weight[component.cases].sum())
    best = np.minimum.reduceat(np.minimum(0, pairs.value[component.pair_index]),
                               np.searchsorted(pairs.case[component.pair_index], component.cases))
    lower = int(pairs.unplaced[component.cases].sum() + best.sum())  # each on its best movement, as if alone
    if part.lp is not None:
        upper = min(upper, part.lp.placement)
        lower = max(lower, part.lp.waiting_and_cost(placement))
    for window in run.search.windows:
        last = window.last
        if window.component == part.number and window.whole and last is not None:
            upper = min(upper, last.placement_bound)
            if last.placement == placement:
                lower = max(lower, last.waiting_and_cost_bound)
    return placement, max(placement, upper), value, min(value, lower)


def _value(pairs: Pairs, component: Component, assigned: Ints) -> int:
    """Waiting, cost and moves (€) of a component's plan, from the arrays."""
    cases = component.cases
    placed = cases[assigned[cases] >= 0]
    value = int(pairs.unplaced[cases].sum())
    for index in placed.tolist():
        start = pairs.start[index]
        hit = np.nonzero(pairs.movement[start:pairs.start[index + 1]] == assigned[index])[0]
        value += int(pairs.value[start + hit[0]])
    flying = np.zeros(pairs.seats.shape[0], np.bool_)
    flying[assigned[placed]] = True
    return value + int(pairs.fixed[flying].sum())


def _rank(pairs: Pairs, component: Component, assigned: Ints) -> tuple[int, int]:
    cases = component.cases
    return int(pairs.weight[cases][assigned[cases] < 0].sum()), _value(pairs, component, assigned)


def _assigned(pairs: Pairs, plan: Mapping[int, int]) -> Ints:
    """A plan as, per case, its movement index (or -1)."""
    index_of = {int(movement_id): index for index, movement_id in enumerate(pairs.movement_ids.tolist())}
    return np.fromiter((index_of.get(plan.get(case.id, -1), -1) for case in pairs.instance.cases), np.int64,
                       len(pairs.instance.cases))


def _plan(pairs: Pairs, assigned: Ints) -> dict[int, int]:
    return {case.id: int(pairs.movement_ids[assigned[index]]) for index, case in enumerate(pairs.instance.cases)
            if assigned[index] >= 0}


def _touched(pairs: Pairs, previous: PlanResult, start: Ints) -> tuple[Flags, Flags]:
    """Re-planning: the movements whose seats or data changed since `previous` (a household gone, a booking
    dropped, a movement changed or new) and the households whose situation changed (new, or no longer where
    the previous plan put them). Only the windows holding one of them are searched again."""
    instance = pairs.instance
    movements = np.zeros(pairs.seats.shape[0], np.bool_)
    cases = np.zeros(pairs.people.shape[0], np.bool_)
    index = {int(m): i for i, m in enumerate(pairs.movement_ids.tolist())}
    present = {c.id for c in instance.cases}
    for case_id, movement_id in previous.assignments.items():
        if case_id not in present and movement_id in index:
            movements[index[movement_id]] = True  # a household gone: its seats are free
    for i, movement in enumerate(instance.movements):
        if previous.supply.get(movement.id) != _digest(movement):
            movements[i] = True
    before = {u.case_id for u in previous.unplaced}
    for i, case in enumerate(instance.cases):
        was = previous.assignments.get(case.id)
        now = int(pairs.movement_ids[start[i]]) if start[i] >= 0 else None
        if (was is None and case.id not in before) or was != now:
            cases[i] = True
            for moved in (was, now):
                if moved is not None and moved in index:
                    movements[index[moved]] = True
    return movements, cases


def _digest(movement: MovementSupply) -> int:
    return hash((movement.day, movement.seats, movement.cost_per_seat, movement.fixed_cost,
                 movement.medical_escort_places, movement.minor_escort_places))


def _kept(pairs: Pairs, hinted: Mapping[int, int]) -> Ints:
    """The hinted bookings that still hold (per case, a movement index or -1): on a candidate movement, and
    within every movement's capacity (a movement over capacity loses its latest-decided households first)."""
    kept = _assigned(pairs, hinted)
    for case in np.nonzero(kept >= 0)[0].tolist():
        if kept[case] not in pairs.options(case):
            kept[case] = -1
    decided = np.fromiter((c.decided_day for c in pairs.instance.cases), np.int64, len(pairs.instance.cases))
    while True:
        placed = np.nonzero(kept >= 0)[0]
        over = np.zeros(pairs.seats.shape[0], np.bool_)
        for need, places in ((pairs.people, pairs.seats), (pairs.medical, pairs.medical_places),
                             (pairs.minor, pairs.minor_places)):
            load = np.bincount(kept[placed], weights=need[placed], minlength=places.shape[0])
            over |= load > places
        if not over.any():
            return kept
        for movement in np.nonzero(over)[0].tolist():
            aboard = placed[(kept[placed] == movement) & (pairs.locked[placed] < 0)]
            if aboard.size:
                kept[aboard[np.lexsort((aboard, decided[aboard]))[-1]]] = -1


def _hint(instance: Instance, hint: PlanResult | Mapping[int, int] | None) -> dict[int, int]:
    if isinstance(hint, PlanResult):
        hint = hint.assignments
    ids = {c.id for c in instance.cases}
    result = {c.id: c.current for c in instance.cases if c.current is not None}
    if hint is not None:
        result.update({case_id: movement for case_id, movement in hint.items() if case_id in ids})
    return result


def _fingerprint(instance: Instance) -> str:
    """A stable digest of a sub-problem's data, current bookings and locks left out."""
    cases = sorted((c.id, c.people, c.vulnerable_people, c.medical_escorts, c.minor_escorts, c.decided_day,
                    tuple(sorted(c.allowed))) for c in instance.cases)
    movements = sorted((m.id, m.day, m.seats, m.cost_per_seat, m.fixed_cost, m.medical_escort_places,
                        m.minor_escort_places) for m in instance.movements)
    return format(hash((instance.days, tuple(cases), tuple(movements))) & (2**64 - 1), "016x")  # ints: stable


def _unchanged(instance: Instance, hint: PlanResult | Mapping[int, int] | None,
               countries: Mapping[str, list[Component]], pairs: Pairs, weights: Weights) -> set[str]:
    """The countries a previous plan already solved with exactly this data and these current bookings."""
    if not isinstance(hint, PlanResult):
        return set()
    reports = {r.country: r for r in hint.countries}
    kept = set()
    for country in countries:
        report = reports.get(country)
        if report is None or report.placement_weight != weights.placement or report.engine == "greedy":
            continue
        part = instance.for_country(country)
        if report.fingerprint != _fingerprint(part):
            continue
        if all(c.current is None or hint.assignments.get(c.id) == c.current for c in part.cases):
            kept.add(country)
    return kept


def _solve_mip(run: _Run, engine: Engine, deadline: float, gap: float, should_stop: ShouldStop | None) -> None:
    """The MIP engine (HiGHS, SCIP): each component whole, both phases, no hints (`planning.scheduling.mip`)."""
    pairs = run.pairs
    instance = run.instance
    for window in sorted(run.search.windows, key=lambda w: -len(w.pairs)):
        if should_stop is not None and should_stop():
            return
        remaining = deadline - time.perf_counter()
        if remaining <= 0.05:
            return
        part = run.parts[window.component]
        cases = part.component.cases
        sub = Instance(instance.start, instance.days, tuple(instance.cases[i] for i in cases.tolist()),
                       tuple(instance.movements[m] for m in part.component.movements.tolist()))
        share = remaining * len(window.pairs) / max(1, sum(len(w.pairs) for w in run.search.windows
                                                           if w.last is None))
        found = mip.solve(sub, run.weights, time_limit=share, gap=gap, should_stop=should_stop,
                          engine=engine.name)
        before = (int(pairs.weight[cases][run.search.assigned[cases] >= 0].sum()), -_value(pairs, part.component,
                                                                                           run.search.assigned))
        if found.counts and (found.placement, -found.waiting_and_cost) > before:
            index_of = {int(m): i for i, m in enumerate(pairs.movement_ids.tolist())}
            run.search.assigned[cases] = -1
            position = {case.id: i for i, case in zip(cases.tolist(), sub.cases, strict=True)}
            for (case_id, movement_id), _ in found.counts.items():
                run.search.assigned[position[case_id]] = index_of[movement_id]
        window.last = found
        window.whole = True
        run.report()


def _never_invalid(run: _Run, assigned: Ints, base: Ints, plan_found: dict[int, int]) -> dict[int, int]:
    """The plan as it stands, or — where a component's plan breaks a rule (which no search should leave) — with
    the baseline's plan back there."""
    pairs = run.pairs
    broken = validator.check(run.instance, plan_found)
    if not broken:
        return plan_found
    index = {case.id: i for i, case in enumerate(run.instance.cases)}
    hit = np.zeros(pairs.people.shape[0], np.bool_)
    for violation in broken:
        hit[[index[c] for c in violation.case_ids if c in index]] = True
    movement_ids = {v.movement_id for v in broken if v.movement_id is not None}
    for part in run.parts:
        cases = part.component.cases
        on = {int(pairs.movement_ids[m]) for m in assigned[cases][assigned[cases] >= 0].tolist()}
        if hit[cases].any() or on & movement_ids:
            assigned[cases] = base[cases]
    return _plan(pairs, assigned)


def _result(run: _Run, base: Ints, unchanged: set[str], previous: Mapping[str, CountryReport],
            first_plan: float) -> PlanResult:
    instance, pairs, search = run.instance, run.pairs, run.search
    # The LP thread may outlive the search (its join has a timeout): once closed, its offers are refused, so the
    # plan read below is one plan and not half of one and half of a rounded LP's.
    search.close()
    assigned = search.assigned
    by_country: dict[str, list[_Part]] = {}
    for part in run.parts:
        if _rank(pairs, part.component, assigned) > _rank(pairs, part.component, base):
            assigned[part.component.cases] = base[part.component.cases]  # never worse than the baseline
        by_country.setdefault(part.country, []).append(part)
    plan_found = _never_invalid(run, assigned, base, _plan(pairs, assigned))
    reports = []
    for country in instance.countries():
        parts = by_country.get(country, [])
        measured = [_measure_component(run, part, assigned) for part in parts]
        placement = sum(m[0] for m in measured)
        upper = sum(m[1] for m in measured)
        value = sum(m[2] for m in measured)
        lower = sum(m[3] for m in measured)
        part_instance = instance.for_country(country)
        own = {c.id: plan_found[c.id] for c in part_instance.cases if c.id in plan_found}
        terms = evaluate(part_instance, own, run.weights)
        outside = terms.waiting_and_cost - value  # households with no candidate: unplaced whatever the plan
        value, lower = value + outside, lower + outside
        if country in unchanged:
            report = previous[country]
            reports.append(CountryReport(country, report.status, value, min(value, max(lower, report.bound)), "kept",
                                         0.0, report.fingerprint, run.weights.placement or 0, placement,
                                         max(placement, min(upper, report.placement_bound)), report.prices))
            continue
        proven = placement >= upper and value - lower <= run.gap * max(1, value)
        engine = "greedy" if all(_rank(pairs, p.component, assigned) == p.baseline for p in parts) and parts \
            else "cp-sat"
        found = tuple(p.lp for p in parts if p.lp is not None)
        reports.append(CountryReport(country, Status.OPTIMAL if proven else Status.FEASIBLE, value, lower, engine,
                                     sum(p.seconds for p in parts), _fingerprint(part_instance),
                                     run.weights.placement or 0, placement, upper,
                                     _Prices(found) if found else None))
    wall = time.perf_counter() - run.started
    terms = evaluate(instance, plan_found, run.weights)
    objective = terms.waiting_and_cost
    lower = min(objective, sum(r.bound for r in reports))
    placement, upper = terms.placed_weighted_people, sum(r.placement_bound for r in reports)
    status = Status.OPTIMAL if all(r.status is Status.OPTIMAL for r in reports) else Status.FEASIBLE
    return PlanResult(status, plan_found, objective, lower, terms, explain.unplaced(instance, plan_found),
                      terms.moved_bookings, first_plan, wall, tuple(reports), placement, max(placement, upper),
                      changes_explained.moves(instance, plan_found), run.gap,
                      {m.id: _digest(m) for m in instance.movements})

