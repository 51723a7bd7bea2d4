"""The LP bounds are proven bounds: never above the best placement, never above the least waiting and cost
of a plan placing as many — checked against the exact MIP on random small instances, at the LP's own prices
and at arbitrary ones (a re-plan's)."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planning.scheduling import bound, greedy, mip, rounding, stress
from planning.scheduling.components import split
from planning.scheduling.generator import Size, generate
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Weights, placement_weight
from planning.scheduling.pairs import Pairs
from tests.unit.planning.scheduling import tiny
from tests.unit.planning.scheduling.test_properties import instances


def exact(data: Instance, weights: Weights) -> tuple[int, int]:
    found = mip.solve(data, weights, time_limit=20, gap=0.0, should_stop=None)
    assert found.placement == found.placement_bound and found.waiting_and_cost == found.waiting_and_cost_bound
    return found.placement, found.waiting_and_cost


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.integers(0, 2**31), st.booleans())
def test_bounds_never_pass_the_exact_optimum(data: Instance, seed: int, booked: bool) -> None:
    if booked:  # greedy's bookings as current ones, every other one locked, every third confirmed
        plan = greedy.plan(data)
        data = replace(data, cases=tuple(replace(c, current=plan.get(c.id), locked=c.id in plan and c.id % 2 == 0,
                                                 confirmed=c.id % 3 == 0) for c in data.cases))
    weights = Weights(placement=placement_weight(data, Weights()))
    pairs = Pairs.build(data, weights)
    for component in split(pairs):
        part = Instance(data.start, data.days, tuple(data.cases[i] for i in component.cases.tolist()),
                        tuple(data.movements[m] for m in component.movements.tolist()))
        placement, value = exact(part, weights)
        found = bound.compute(pairs, component, np.full(pairs.people.shape[0], -1), time_limit=10)
        assert found.placement >= placement
        assert found.waiting_and_cost(placement) <= value
        closing = bound.at(pairs, component, greedy.plan_on(pairs), found, time_limit=10)  # a line at greedy's
        assert closing.waiting_and_cost(placement) <= value
        rng = np.random.default_rng(seed)
        assert found.placement_prices is not None
        shaken = bound.Bound(found.placement, found.lines, 0.0,
                             replace(found.placement_prices, seat=rng.uniform(0, 3, found.placement_prices.seat.shape)),
                             tuple(replace(p, seat=rng.uniform(0, 5_000, p.seat.shape), placement=rng.uniform(0, 9_000))
                                   for p in found.waiting_prices))
        again = bound.reevaluate(pairs, component, shaken)
        assert again.placement >= placement
        assert again.waiting_and_cost(placement) <= value


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10_000))
def test_a_component_bounded_block_by_block_is_still_bounded(seed: int) -> None:
    data = generate(Size("blocks", 70, 28, 1, 7.0, 1.0, 1.0), seed)
    plan = greedy.plan(data)
    data = replace(data, cases=tuple(replace(c, current=plan.get(c.id), locked=c.id in plan and c.id % 3 == 0)
                                     for c in data.cases))
    weights = Weights(placement=placement_weight(data, Weights()))
    pairs = Pairs.build(data, weights)
    original = bound.BLOCK_PAIRS
    bound.BLOCK_PAIRS = 40
    try:
        for component in split(pairs):
            part = Instance(data.start, data.days, tuple(data.cases[i] for i in component.cases.tolist()),
                            tuple(data.movements[m] for m in component.movements.tolist()))
            placement, value = exact(part, weights)
            found = bound.compute(pairs, component, greedy.plan_on(pairs), time_limit=20)
            assert found.placement >= placement
            assert found.waiting_and_cost(placement) <= value
            whole = bound.placement_whole(pairs, component, found, time_limit=20)
            assert placement <= whole.placement <= found.placement
            assert whole.lines == found.lines
    finally:
        bound.BLOCK_PAIRS = original


def test_the_whole_components_first_phase_tightens_a_bound_put_together_from_blocks() -> None:
    """Block prices put together bounded hard-20k's dominant country by all its 63,928 weighted people (the LP
    solved whole: 25,418): here a component of 9,000 pairs in blocks of 300."""
    data = stress.generate(stress.Stress("dominant", 1500, 3), 1)
    pairs = Pairs.build(data, Weights(placement=placement_weight(data, Weights())))
    component = max(split(pairs), key=lambda c: c.pairs)
    start = greedy.plan_on(pairs)
    whole = bound.compute(pairs, component, start, time_limit=20)
    original = bound.BLOCK_PAIRS
    bound.BLOCK_PAIRS = 300
    try:
        blocks = bound.compute(pairs, component, start, time_limit=20)
        tightened = bound.placement_whole(pairs, component, blocks, time_limit=20)
    finally:
        bound.BLOCK_PAIRS = original
    placed = int(pairs.weight[component.cases][start[component.cases] >= 0].sum())
    assert blocks.placement > 1.05 * whole.placement, (blocks.placement, whole.placement)
    assert placed <= tightened.placement <= whole.placement + 1
    assert tightened.placement_prices is not None and tightened.lines == blocks.lines


def test_the_plan_is_rounded_before_the_first_phase_takes_its_last_solves(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first phase still short of columns after `ROUNDS` solves gets more — after the guide is out, so the
    search starts from the rounded plan no later: on hard-20k's dominant country, solved whole, the third solve
    is the one within 1 % of the LP's optimum (two left the plan saying "might place up to 52,155")."""
    data = stress.generate(stress.Stress("dominant", 1500, 3), 1)
    weights = Weights(placement=placement_weight(data, Weights()))
    pairs = Pairs.build(data, weights)
    component = max(split(pairs), key=lambda c: c.pairs)
    monkeypatch.setattr(bound, "FIRST_COLUMNS", 1)  # one column per household: two solves are not enough
    events: list[str] = []
    solve = bound._solve

    def logged(*args: object, phase: int, **kwargs: object) -> bound.Prices | None:
        events.append(f"phase {phase}")
        return solve(*args, phase=phase, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bound, "_solve", logged)
    start = np.full(pairs.people.shape[0], -1)
    found = bound.compute(pairs, component, start, time_limit=60, on_guide=lambda guide: events.append("guide"))
    guide = events.index("guide")
    assert events[:bound.ROUNDS] == ["phase 1"] * bound.ROUNDS
    assert "phase 1" in events[guide:], events
    assert events.count("phase 1") <= bound.WHOLE_ROUNDS
    monkeypatch.setattr(bound, "WHOLE_ROUNDS", bound.ROUNDS)
    fewer = bound.compute(pairs, component, start, time_limit=60)
    part = Instance(data.start, data.days, tuple(data.cases[i] for i in component.cases.tolist()),
                    tuple(data.movements[m] for m in component.movements.tolist()))
    optimum = mip.lp_bounds(part, weights, 0)[0]
    assert optimum <= found.placement < fewer.placement


def test_the_first_phase_stops_once_its_bound_meets_the_lp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Degenerate prices leave columns with a sliver of reduced profit after the LP's optimum is reached: the
    bound meeting the restricted LP's value is the proof, and further solves (seconds each on a dominant
    country's year) changed nothing."""
    data = stress.generate(stress.Stress("dominant", 1500, 3), 1)
    pairs = Pairs.build(data, Weights(placement=placement_weight(data, Weights())))
    component = max(split(pairs), key=lambda c: c.pairs)
    lp = bound._Lp.of(pairs, component)
    forced = bound._forced(pairs, lp)
    chosen = lp.pick(pairs.value[lp.pair_index].astype(np.float64), 1) | forced
    solves: list[float] = []
    solve = bound._solve

    def counted(*args: object, **kwargs: object) -> bound.Prices | None:
        found = solve(*args, **kwargs)  # type: ignore[arg-type]
        solves.append(bound._placement_bound(lp, found, forced) - found.value if found else math.inf)
        return found

    monkeypatch.setattr(bound, "_solve", counted)
    _, prices, settled = bound._first_phase(lp, chosen, forced, time.perf_counter() + 60, 10)
    assert settled and prices is not None
    assert solves[-1] < 1e-3 and all(gap > 1e-3 for gap in solves[:-1]), solves
    assert len(solves) < 10


def test_the_seats_the_lp_leaves_go_to_the_heaviest_households_first() -> None:
    """Filled first come first served, three seats of a scrap of ten went to a household of 3 decided first, and
    the household of 10 decided a day later fitted nowhere."""
    data = tiny.instance([tiny.case(1, people=3, decided_day=0, allowed=(1, 2)),
                          tiny.case(2, people=10, decided_day=1, allowed=(1,))],
                         [tiny.movement(1, day=2, seats=10), tiny.movement(2, day=5, seats=3)])
    pairs = Pairs.build(data, Weights(placement=placement_weight(data, Weights())))
    (component,) = split(pairs)
    empty = bound.Guide(np.zeros(0, np.int64), np.zeros(0))  # the LP booked nobody: every seat is left
    assert rounding.round_plan(pairs, component, empty).tolist() == [1, 0]
