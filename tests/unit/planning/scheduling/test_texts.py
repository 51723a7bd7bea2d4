"""The planner's words are keys with typed values: every input check, refusal and explanation names a
registered key, and its English is the key's template filled with the values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planning import messages
from planning.errors import ValidationError
from planning.messages import Count, Message, Phrase
from planning.scheduling import explain, texts, validator
from planning.scheduling.instance import Instance
from planning.scheduling.result import PlanInfeasible
from planning.scheduling.solver import plan
from tests.unit.planning.scheduling.tiny import case, instance, movement


@pytest.mark.parametrize(("broken", "key", "field"), [
    (instance([case(1)], [movement(1, seats=-1)]), "plan_input.negative", "movement 1.seats"),
    (instance([case(1)], [movement(1, day=-1)]), "plan_input.departs_before_horizon", "movement 1.day"),
    (instance([case(1)], [movement(1, day=10)]), "plan_input.departs_after_horizon", "movement 1.day"),
    (instance([case(1, people=0)], [movement(1)]), "plan_input.empty_household", "case 1.people"),
    (instance([case(1, vulnerable_people=2)], [movement(1)]), "plan_input.vulnerable_out_of_range",
     "case 1.vulnerable_people"),
    (instance([case(1, medical_escorts=-1)], [movement(1)]), "plan_input.negative", "case 1.escorts"),
    (instance([case(1, locked=True)], [movement(1)]), "plan_input.locked_without_movement", "case 1.locked"),
    (instance([case(1)], [movement(1), movement(1)]), "plan_input.duplicate_movements", "movements"),
    (instance([case(1), case(1)], [movement(1)]), "plan_input.duplicate_cases", "cases"),
    (instance([case(1, allowed=(2,))], [movement(1)]), "plan_input.unknown_movement", "case 1.allowed"),
    (instance([case(1)], [replace(movement(1), country="GE")]), "plan_input.other_country", "case 1.allowed"),
    (instance([case(1, allowed=(1,), current=2, locked=True)], [movement(1), movement(2)]),
     "plan_input.locked_not_allowed", "case 1.locked"),
])
def test_every_input_check_names_its_key(broken: Instance, key: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        broken.validated()
    assert caught.value.key == key and caught.value.field == field
    assert caught.value.detail == messages.fill(texts.ERRORS[key], caught.value.params)


def test_another_country_names_the_movement_by_its_label() -> None:
    broken = instance([case(1)], [replace(movement(1, label="TK-1"), country="GE")])
    with pytest.raises(ValidationError) as caught:
        broken.validated()
    assert caught.value.params == (("movement", "TK-1"),)
    assert caught.value.message == "case 1.allowed: movement TK-1 goes to another country"


def test_an_infeasible_plan_names_the_rule_as_a_phrase_and_the_violation_as_a_message() -> None:
    data = instance([case(1, medical_escorts=1, current=1, locked=True),
                     case(2, medical_escorts=1, current=1, locked=True)],
                    [movement(1, label="TK-7", medical_escort_places=1)])
    with pytest.raises(PlanInfeasible) as caught:
        plan(data)
    error = caught.value
    assert error.key == "plan.infeasible" and error.rule == "medical_escorts"
    assert error.param("rule") == Phrase.of("plan_rule.medical_escorts")
    assert error.param("violation") == Message.of("plan_rule.over_capacity", movement="TK-7",
                                                  capacity=Count("medical_escort_place", 1), need=2)
    assert error.message == ("No plan is possible (medical escorts): movement TK-7 has 1 medical-escort place but "
                             "its households need 2")


def test_the_validator_names_movements_by_their_label() -> None:
    data = instance([case(1, allowed=(1,))], [movement(1, label="TK-1"), movement(2, label="TK-2")])
    [broken] = validator.check(data, {1: 2})
    assert broken.rule == "readiness"
    assert broken.message.english() == "case 1 is booked on movement TK-2, which its readiness does not allow"


def test_a_cancelled_movement_is_said_before_the_reason() -> None:
    data = instance([case(1, allowed=(), current=7), case(2)], [movement(1)])
    [why] = explain.unplaced(replace(data, cases=(data.cases[0],)), {})
    assert why.reason == Message.of("unplaced.movement_cancelled", movement="7",
                                    reason=Message.of("unplaced.no_movement_allowed"))
    assert why.reason.english() == \
        "its movement 7 was cancelled; readiness allows no movement in the planning horizon"


def test_full_movements_are_counted_with_their_plural() -> None:
    data = instance([case(1, people=2, allowed=(1, 2)), case(2, people=2, allowed=(1, 2), decided_day=-3),
                     case(3, people=2, allowed=(1, 2), decided_day=-2)],
                    [movement(1, seats=2), movement(2, day=4, seats=2)])
    [why] = plan(data).unplaced
    assert why.case_id == 1 and why.reason == Message.of(
        "unplaced.no_seat_left", people=2, movements=Count("allowed_movement", 2), last=date(2026, 6, 5))
    assert why.reason.english() == \
        "no seat for 2 left on the 2 allowed movements before its window closes on 2026-06-05"


def test_full_escort_places_are_explained_by_kind() -> None:
    data = instance([case(1, minor_escorts=1, decided_day=-3), case(2, minor_escorts=1)],
                    [movement(1, minor_escort_places=1)])
    [why] = plan(data).unplaced
    assert why.reason.key == "unplaced.minor_escorts_full"
    assert why.reason.english() == "minor-escort places are full on the 1 allowed movement until 2026-06-02"


def test_a_plan_that_stopped_early_says_where_the_household_still_fits() -> None:
    data = instance([case(1, allowed=(1, 2))], [movement(1), movement(2, day=2)])
    why = explain.reason(data, data.cases[0], {m.id: m for m in data.movements}, {})
    assert why == Message.of("unplaced.search_stopped", room=2, movements=Count("allowed_movement", 2))
    assert why.english() == ("it still fits on 2 of its 2 allowed movements: the search stopped before placing it "
                             "(re-run with more time, or book it by hand)")
