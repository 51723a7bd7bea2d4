"""The HiGHS engine: re-planning with a hint no longer crashes the process (no hint is ever given to HiGHS),
and its proven bounds never pass the true optimum (the objective is solved in scaled units)."""

from __future__ import annotations

from typing import Any

from planning import solver_process
from planning.scheduling import changes, mip
from planning.scheduling.instance import Instance
from planning.scheduling.objective import Weights, placement_weight
from planning.scheduling.outcome import Engine
from planning.scheduling.result import PlanResult, Status
from planning.scheduling.solver import plan
from planning.scheduling.stress import Stress, generate


def replan_with_highs(instance: Instance, previous: PlanResult, **options: Any) -> PlanResult:
    return plan(instance, hint=previous, engine=Engine.HIGHS, time_limit=20, **options)


def test_a_highs_replan_with_a_hint_runs_to_the_end() -> None:
    data = generate(Stress("highs", 60, 2), 3)
    first = plan(data, time_limit=10, engine=Engine.HIGHS)
    withdrawn = changes.withdraw(changes.with_bookings(data, first.assignments), next(iter(first.assignments)))
    # in its own process: if HiGHS crashed natively again, the test would fail, not the test run
    again = solver_process.run(replan_with_highs, withdrawn, first, solver="movements")
    assert again.placement >= first.placement - max(c.people + c.vulnerable_people for c in data.cases)
    assert again.bound <= again.objective


def test_highs_bounds_never_pass_the_optimum_cp_sat_proves() -> None:
    data = generate(Stress("highs", 70, 1), 5)  # coefficients of a quarter of a million euros per pair
    by_cp_sat = plan(data, time_limit=30)
    by_highs = plan(data, time_limit=30, engine=Engine.HIGHS)
    assert by_cp_sat.status is Status.OPTIMAL and by_highs.status is Status.OPTIMAL
    assert by_highs.placement == by_highs.placement_bound == by_cp_sat.placement == by_cp_sat.placement_bound
    assert by_highs.bound == by_highs.objective == by_cp_sat.objective  # to the euro, not above it


def test_the_exact_bound_at_a_placement_is_cp_sats_optimum_there() -> None:
    """`mip.bound_at` (the benchmarks' exact cross-check of a plan's second phase): at the placement CP-SAT
    proves best, HiGHS's bound is CP-SAT's optimum to the euro; below it, no higher; above any plan, none."""
    data = generate(Stress("highs", 70, 1), 5)
    weights = Weights(placement=placement_weight(data, Weights()))
    best = plan(data, time_limit=30)
    assert best.status is Status.OPTIMAL
    found = mip.bound_at(data, weights, best.placement, time_limit=30)
    assert found == (best.objective, True)
    lower = mip.bound_at(data, weights, best.placement - 20, time_limit=30)
    assert lower is not None and lower[0] <= best.objective
    assert mip.bound_at(data, weights, best.placement_bound + 1, time_limit=30) is None
