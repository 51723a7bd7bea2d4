"""Each hard rule: a tiny feasible instance the planner solves, and a tiny infeasible one it refuses."""

from __future__ import annotations

from typing import Any

import pytest
from ortools.sat.python import cp_model

from planning.errors import ValidationError
from planning.scheduling import rules, validator
from planning.scheduling.instance import Instance
from planning.scheduling.result import PlanInfeasible, Status
from planning.scheduling.solver import plan
from planning.scheduling.variables import Variables
from tests.unit.planning.scheduling.tiny import case, instance, movement


def solve_with(data: Instance, rule: str, force: dict[tuple[int, int], int] | None = None,
               used: dict[int, int] | None = None) -> int:
    """Only `rule`, with some variables forced: the CP-SAT status."""
    model = cp_model.CpModel()
    variables = Variables.create(data, model)
    rules.RULES[rule](data, model, variables)
    for key, value in (force or {}).items():
        model.add(variables.x[key] == value)
    for movement_id, flies in (used or {}).items():
        model.add(variables.used[movement_id] == flies)
    return int(cp_model.CpSolver().solve(model))


def test_whole_household_feasible_keeps_the_family_together() -> None:
    data = instance([case(1, people=3, allowed=(1, 2))], [movement(1, seats=3), movement(2, seats=3)])
    result = plan(data)
    assert result.status is Status.OPTIMAL
    assert list(result.assignments) == [1]
    assert validator.check(data, result.assignments) == []


def test_whole_household_infeasible_on_two_movements() -> None:
    data = instance([case(1, people=4, allowed=(1, 2))], [movement(1, seats=4), movement(2, seats=4)])
    assert solve_with(data, "whole_household", {(1, 1): 1, (1, 2): 1}) == cp_model.INFEASIBLE
    small = instance([case(1, people=4, allowed=(1, 2))], [movement(1, seats=2), movement(2, seats=2)])
    assert Variables.create(small, cp_model.CpModel()).x == {}  # a movement too small is never a candidate
    result = plan(small)  # never split: the household of 4 waits, and the plan says why
    assert result.assignments == {}
    assert result.unplaced[0].reason.english() == \
        "household of 4 is larger than the seats on every allowed movement (2 movements, until 2026-06-02)"


def test_seats_feasible() -> None:
    data = instance([case(1, people=2), case(2, people=1)], [movement(1, seats=3)])
    assert plan(data).assignments == {1: 1, 2: 1}


def test_seats_infeasible_locked_bookings_name_the_rule() -> None:
    data = instance([case(1, people=2, current=1, locked=True), case(2, people=2, current=1, locked=True)],
                    [movement(1, seats=3)])
    assert solve_with(data, "seats", {(1, 1): 1, (2, 1): 1}) == cp_model.INFEASIBLE
    with pytest.raises(PlanInfeasible) as error:
        plan(data)
    assert error.value.rule == "seats"
    assert error.value.case_ids == (1, 2)
    assert error.value.key == "plan.infeasible" and error.value.violation.key == "plan_rule.over_capacity"
    assert str(error.value) == "No plan is possible (seats): movement 1 has 3 seats but its households need 4"


@pytest.mark.parametrize(("rule", "need", "places"), [("medical_escorts", "medical_escorts", "medical_escort_places"),
                                                      ("minor_escorts", "minor_escorts", "minor_escort_places")])
def test_escort_places_feasible_and_infeasible(rule: str, need: str, places: str) -> None:
    needs: dict[str, Any] = {need: 1}
    feasible = instance([case(1, **needs), case(2, allowed=(1, 2), **needs)],
                        [movement(1, **{places: 1}), movement(2, day=2, **{places: 1})])
    result = plan(feasible)
    assert result.assignments == {1: 1, 2: 2}  # the second household goes a day later, with its escort
    locked = instance([case(1, current=1, locked=True, **needs), case(2, current=1, locked=True, **needs)],
                      [movement(1, **{places: 1})])
    assert solve_with(locked, rule, {(1, 1): 1, (2, 1): 1}) == cp_model.INFEASIBLE
    with pytest.raises(PlanInfeasible) as error:
        plan(locked)
    assert error.value.rule == rule


def test_locked_booking_stays_even_when_dearer() -> None:
    data = instance([case(1, allowed=(1, 2), current=2, locked=True)], [movement(1, cost=250), movement(2, cost=900)])
    assert plan(data).assignments == {1: 2}


def test_locked_booking_infeasible() -> None:
    data = instance([case(1, allowed=(1, 2), current=2, locked=True)], [movement(1), movement(2)])
    assert solve_with(data, "locked_bookings", {(1, 1): 1}) == cp_model.INFEASIBLE
    unready = instance([case(1, allowed=(1,), current=2, locked=True)], [movement(1), movement(2)])
    with pytest.raises(ValidationError, match="locked movement is not one readiness allows"):
        plan(unready)


def test_charter_used_feasible_pays_the_fixed_cost() -> None:
    data = instance([case(1, people=3)], [movement(1, seats=100, cost=0, fixed_cost=20_000)])
    result = plan(data)
    assert result.assignments == {1: 1}
    assert result.terms.charter_cost == 20_000


def test_charter_used_infeasible_when_someone_flies_on_an_unused_charter() -> None:
    data = instance([case(1, people=3)], [movement(1, seats=100, cost=0, fixed_cost=20_000)])
    assert solve_with(data, "charter_used", {(1, 1): 1}, {1: 0}) == cp_model.INFEASIBLE
    assert solve_with(data, "charter_used", {(1, 1): 1}, {1: 1}) == cp_model.OPTIMAL
