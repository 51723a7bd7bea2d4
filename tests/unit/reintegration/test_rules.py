"""Each hard rule of the allocation: a tiny feasible instance and a tiny infeasible one (a forced option)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.reintegration.allocation import rules, validator
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.instance import Budget, Capacity, Instance, Option, Person
from planning.reintegration.allocation.variables import Variables
from tests.unit.reintegration.tiny import capacity, household, instance, need, package


def solve_with(data: Instance, rule: str, force: list[Option]) -> int:
    """Only `rule`, over every option of the horizon, with some options forced: the CP-SAT status."""
    model = cp_model.CpModel()
    variables = Variables.create(data, model, prune=False)
    rules.RULES[rule](data, model, variables)
    for option in force:
        model.add(variables.x[option] == 1)
    return int(cp_model.CpSolver().solve(model))


def run(data: Instance) -> frozenset[Option]:
    result = allocate(data, time_limit=5, workers=2)
    assert validator.check(data, result.plan) == []
    return result.plan


def test_one_per_type() -> None:
    data = instance([household(1, [need(1, 10)])], [package(1), package(2)])
    assert len(run(data)) == 1
    assert solve_with(data, "one_per_type", [Option(1, 1, 0)]) == cp_model.OPTIMAL
    assert solve_with(data, "one_per_type", [Option(1, 1, 0), Option(1, 2, 0)]) == cp_model.INFEASIBLE
    assert [v.rule for v in validator.check(data, [Option(1, 1, 0), Option(1, 2, 1)])] == ["one_per_type"]


def test_eligibility_age_head_vulnerability_region_skill() -> None:
    child = Person(11, 9)
    adult = Person(10, 40, head=True, vulnerabilities=frozenset({"medical_need"}))
    data = instance([household(1, [need(1, 11, "housing"), need(2, 10, "medical"), need(3, 10, "education")],
                               people=[adult, child])],
                    [package(1, head_only=True), package(2, "medical", vulnerabilities=frozenset({"medical_need"})),
                     package(3, "education", min_age=5, max_age=17)])
    plan = run(data)
    assert {o.need for o in plan} == {2}  # the child is not head; the adult is too old for school
    assert solve_with(data, "eligibility", [Option(2, 2, 0)]) == cp_model.OPTIMAL
    assert solve_with(data, "eligibility", [Option(1, 1, 0)]) == cp_model.INFEASIBLE
    assert solve_with(data, "eligibility", [Option(3, 3, 0)]) == cp_model.INFEASIBLE
    elsewhere = instance([household(1, [need(1, 10)], region="Peja")], [package(1, regions=frozenset({"Prizren"}))])
    assert run(elsewhere) == frozenset()
    assert solve_with(elsewhere, "eligibility", [Option(1, 1, 0)]) == cp_model.INFEASIBLE
    trade = instance([household(1, [need(1, 10, "vocational_training", skill="ict")])],
                     [package(1, "vocational_training", skill="tailoring"), package(2, "vocational_training",
                                                                                  skill="ict")])
    assert {o.package for o in run(trade)} == {2}
    assert solve_with(trade, "eligibility", [Option(1, 1, 0)]) == cp_model.INFEASIBLE
    assert [v.rule for v in validator.check(trade, [Option(1, 1, 0)])] == ["eligibility"]


def test_lead_time() -> None:
    data = instance([household(1, [need(1, 10)], arrival=2)], [package(1, lead_min=1, lead_max=2)])
    assert {o.month for o in run(data)} == {3}  # as soon as the lead time allows
    assert solve_with(data, "lead_time", [Option(1, 1, 4)]) == cp_model.OPTIMAL
    assert solve_with(data, "lead_time", [Option(1, 1, 2)]) == cp_model.INFEASIBLE  # before the lead time
    assert solve_with(data, "lead_time", [Option(1, 1, 5)]) == cp_model.INFEASIBLE  # after it
    assert [v.rule for v in validator.check(data, [Option(1, 1, 5)])] == ["lead_time"]


def test_capacity_per_region_and_month() -> None:
    households = [household(h, [need(h, h * 10)]) for h in (1, 2, 3)]
    data = instance(households, [package(1, lead_max=1)], capacities=[Capacity(1, "Prizren", 0, 1),
                                                                      Capacity(1, "Prizren", 1, 1)])
    plan = run(data)
    assert sorted(o.month for o in plan) == [0, 1]  # two places in two months; the third household waits
    assert solve_with(data, "capacity", [Option(1, 1, 0), Option(2, 1, 1)]) == cp_model.OPTIMAL
    assert solve_with(data, "capacity", [Option(1, 1, 0), Option(2, 1, 0)]) == cp_model.INFEASIBLE
    none_there = instance([household(1, [need(1, 10)])], [package(1)], capacities=capacity(region="Peja"))
    assert run(none_there) == frozenset()
    assert [v.rule for v in validator.check(data, [Option(1, 1, 0), Option(2, 1, 0)])] == ["capacity"]


def test_ceilings_per_adult_and_dependant() -> None:
    people = [Person(10, 40, head=True), Person(11, 8)]  # ceiling: €2,000 + €1,000 in kind
    needs = [need(1, 10, "housing"), need(2, 10, "business_start_up"), need(3, 11, "education")]
    data = instance([household(1, needs, people=people)],
                    [package(1, in_kind=1600), package(2, "business_start_up", in_kind=1000),
                     package(3, "education", in_kind=500)],
                    budget=Budget(1, 100_000, 10_000, in_kind_per_adult=2000, in_kind_per_dependant=1000))
    plan = run(data)
    assert sum(data.package(o.package).in_kind for o in plan) <= 3000
    assert len(plan) == 2  # all three would cost €3,100
    assert solve_with(data, "ceilings", [Option(1, 1, 0), Option(3, 3, 0)]) == cp_model.OPTIMAL
    assert solve_with(data, "ceilings", [Option(1, 1, 0), Option(2, 2, 0), Option(3, 3, 0)]) == cp_model.INFEASIBLE
    violations = validator.check(data, [Option(1, 1, 0), Option(2, 2, 0), Option(3, 3, 0)])
    assert [v.rule for v in violations] == ["ceilings"]
    assert violations[0].message.english() == "H1 receives €3,100 in kind, above its ceiling of €3,000"
    assert str(violations[0]) == "household ceilings: H1 receives €3,100 in kind, above its ceiling of €3,000"


def test_budget_left_and_no_budget() -> None:
    households = [household(h, [need(h, h * 10)]) for h in (1, 2)]
    data = instance(households, [package(1, in_kind=1000, cash=100)], budget=Budget(1, 1500, 1000))
    assert len(run(data)) == 1
    assert solve_with(data, "budget", [Option(1, 1, 0)]) == cp_model.OPTIMAL
    assert solve_with(data, "budget", [Option(1, 1, 0), Option(2, 1, 0)]) == cp_model.INFEASIBLE
    unfunded = instance([household(1, [need(1, 10)], budget=None)], [package(1)])
    result = allocate(unfunded, time_limit=5, workers=2)
    assert result.plan == frozenset()
    assert result.unmet[0].reason.english() == "no budget covers its arrival in June 2026"
    assert solve_with(unfunded, "budget", [Option(1, 1, 0)]) == cp_model.INFEASIBLE
