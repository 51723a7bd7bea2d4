"""Coverage weighting (priority, vulnerability, skills in demand), delays, and the reasons for unmet needs."""

from __future__ import annotations

from datetime import date

from planning.messages import Message, Month
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.instance import Budget, Capacity, Demand, Person
from planning.storage.models.reintegration import PackageKind
from planning.vocabulary import VulnerabilityKind
from tests.unit.reintegration.tiny import household, instance, need, package


def test_training_goes_to_the_trade_in_demand_in_the_region() -> None:
    data = instance([household(1, [need(1, 10, "vocational_training")])],
                    [package(1, "vocational_training", skill="tailoring"),
                     package(2, "vocational_training", skill="construction")],
                    demand=[Demand("XK", "Prizren", "tailoring", 10), Demand("XK", "Prizren", "construction", 90)])
    assert {o.package for o in allocate(data, time_limit=5, workers=2).plan} == {2}


def test_the_vulnerable_person_gets_the_last_place() -> None:
    people_a = [Person(10, 30, head=True)]
    people_b = [Person(20, 30, head=True, vulnerabilities=frozenset({"victim_of_trafficking"}))]
    data = instance([household(1, [need(1, 10, "psychosocial")], people=people_a),
                     household(2, [need(2, 20, "psychosocial")], people=people_b)],
                    [package(1, "psychosocial", lead_max=0)], capacities=[Capacity(1, "Prizren", 0, 1)])
    result = allocate(data, time_limit=5, workers=2)
    assert {o.need for o in result.plan} == {2}
    assert result.unmet[0].need_id == 1
    why = result.unmet[0].reason
    assert why == Message.of("unmet.no_place", partners=("Partner One",), region="Prizren",
                             month=Month(date(2026, 6, 1)))
    assert why.english() == "Partner One: no place left in Prizren in June 2026"


def test_reasons_name_what_is_missing() -> None:
    people = [Person(10, 30, head=True), Person(11, 3)]
    data = instance([household(1, [need(1, 10, "medical"), need(2, 11, "education"), need(3, 10, "housing"),
                                   need(4, 10, "business_start_up")], people=people, arrival=-6)],
                    [package(1, "medical", vulnerabilities=frozenset({"medical_need"})),
                     package(2, "education", min_age=5, max_age=17), package(3, "housing", lead_max=2)])
    unmet = {u.need_id: u.reason for u in allocate(data, time_limit=5, workers=2).unmet}
    assert unmet[1] == Message.of("unmet.not_eligible", reasons=(
        Message.of("eligibility.vulnerable_only", vulnerability=VulnerabilityKind.MEDICAL_NEED),))
    assert unmet[3].params == (("kind", PackageKind.HOUSING), ("arrival", Month(date(2025, 12, 1))))
    reasons = {need: why.english() for need, why in unmet.items()}
    assert reasons[1] == "not eligible: for medical need only"
    assert reasons[2] == "not eligible: for ages 5–17 (the person is 3)"
    assert reasons[3] == "the lead time of every eligible housing package has passed since the arrival in December 2025"
    assert reasons[4] == "the catalogue has no business start-up package for XK"


def test_budget_and_ceiling_reasons() -> None:
    data = instance([household(1, [need(1, 10)]), household(2, [need(2, 20)])], [package(1, in_kind=1000)],
                    budget=Budget(1, 1000, 0, label="Line A"))
    reasons = [u.reason.english() for u in allocate(data, time_limit=5, workers=2).unmet]
    assert reasons == ["Line A has €0 in kind and €0 in cash left"]
    capped = instance([household(1, [need(1, 10)])], [package(1, in_kind=2500)])
    assert allocate(capped, time_limit=5, workers=2).unmet[0].reason.english() == (
        "the household's ceiling has €2,000 in kind left, the cheapest eligible housing package costs €2,500")


def test_sooner_is_better_and_arrival_moves_delivery() -> None:
    early = instance([household(1, [need(1, 10)], arrival=1)], [package(1, lead_max=3)])
    late = instance([household(1, [need(1, 10)], arrival=3)], [package(1, lead_max=3)])
    assert {o.month for o in allocate(early, time_limit=5, workers=2).plan} == {1}
    assert {o.month for o in allocate(late, time_limit=5, workers=2).plan} == {3}


def test_a_trade_not_offered_is_named() -> None:
    data = instance([household(1, [need(1, 10, "vocational_training", skill="welding")])],
                    [package(1, "vocational_training", skill="tailoring"), package(2, "vocational_training",
                                                                                  skill="ict")])
    assert allocate(data, time_limit=5, workers=2).unmet[0].reason.english() == (
        "no training in welding is offered in Prizren (only ict, tailoring)")
