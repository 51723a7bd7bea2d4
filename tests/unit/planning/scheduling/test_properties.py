"""Random instances: every plan is valid, no family is split, the solver never loses to greedy, and its bounds hold."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planning.scheduling import greedy, validator
from planning.scheduling.generator import Size, generate
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply
from planning.scheduling.objective import evaluate
from planning.scheduling.solver import plan
from tests.unit.planning.scheduling.tiny import instance


@st.composite
def instances(draw: st.DrawFn) -> Instance:
    movements = [MovementSupply(id=m, country=draw(st.sampled_from("AB")), day=draw(st.integers(0, 9)),
                                seats=draw(st.integers(0, 9)), cost_per_seat=draw(st.integers(0, 900)),
                                fixed_cost=draw(st.sampled_from([0, 0, 0, 5_000, 20_000])),
                                medical_escort_places=draw(st.integers(0, 1)),
                                minor_escort_places=draw(st.integers(0, 1)))
                 for m in range(1, draw(st.integers(1, 6)) + 1)]
    cases = []
    for c in range(1, draw(st.integers(1, 12)) + 1):
        country = draw(st.sampled_from("AB"))
        people = draw(st.integers(1, 8))
        options = [m.id for m in movements if m.country == country]
        cases.append(CaseDemand(
            id=c, country=country, people=people, vulnerable_people=draw(st.integers(0, people)),
            medical_escorts=draw(st.integers(0, 1)), minor_escorts=draw(st.integers(0, 1)),
            decided_day=draw(st.integers(-30, 5)),
            allowed=frozenset(draw(st.lists(st.sampled_from(options), unique=True)) if options else [])))
    return instance(cases, movements)


def assert_sound(data: Instance) -> None:
    result = plan(data, time_limit=10, workers=2)
    assert validator.check(data, result.assignments) == []
    baseline = greedy.plan(data)
    assert validator.check(data, baseline) == []
    people = {c.id: c.people for c in data.cases}
    on_board = Counter[int]()
    for case_id, movement_id in result.assignments.items():
        on_board[movement_id] += people[case_id]  # whole households: the movement carries all its people
    assert all(on_board[m.id] <= m.seats for m in data.movements)
    terms = evaluate(data, result.assignments)
    assert result.objective == terms.waiting_and_cost and result.placement == terms.placed_weighted_people
    assert terms.rank() <= evaluate(data, baseline).rank()  # lexicographically: placed first, then waiting and cost
    assert result.bound <= result.objective and result.placement <= result.placement_bound
    assert {u.case_id for u in result.unplaced} == {c.id for c in data.cases} - set(result.assignments)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_random_tiny_instances(data: Instance) -> None:
    assert_sound(data)


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10_000))
def test_generated_instances(seed: int) -> None:
    assert_sound(generate(Size("test", 60, 21, 3, 4.0, 1.0, 0.5), seed))
