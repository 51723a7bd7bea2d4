"""The facade's behaviour: safeguards, explanations, re-planning, cancellation, progress, engines."""

from __future__ import annotations

import itertools
import time
from datetime import date

from planning.messages import Count, Message
from planning.scheduling import changes, validator
from planning.scheduling.generator import MEDIUM, SMALL, generate
from planning.scheduling.outcome import Engine, Snapshot
from planning.scheduling.result import Status
from planning.scheduling.solver import plan, replan
from tests.unit.planning.scheduling.tiny import case, instance, movement


def test_a_case_whose_assurance_expires_before_every_movement_is_never_booked() -> None:
    reason = Message.of("unplaced.assurance_expires")
    data = instance([case(1, allowed=(), not_ready_reason=reason), case(2, allowed=(1,))], [movement(1, seats=9)])
    result = plan(data)
    assert 1 not in result.assignments
    assert [(u.case_id, u.reason) for u in result.unplaced] == [(1, reason)]
    assert reason.english() == "the readmission assurance expires before any movement in the horizon"


def test_generated_not_ready_cases_are_never_booked_and_explained() -> None:
    data = generate(SMALL, 3)
    result = plan(data, time_limit=5)
    not_ready = {c.id for c in data.cases if not c.allowed}
    assert not_ready and not not_ready & set(result.assignments)
    reasons = {u.case_id: u.reason.english() for u in result.unplaced}
    assert all("assurance" in reasons[c] or "not ready" in reasons[c] for c in not_ready)


def test_full_seats_are_explained_with_the_window() -> None:
    data = instance([case(1, people=2, decided_day=-9), case(2, people=2)], [movement(1, day=3, seats=3)])
    result = plan(data)
    assert result.assignments == {1: 1}  # the longer wait goes first
    why = result.unplaced[0].reason
    assert why == Message.of("unplaced.no_seat_left", people=2, movements=Count("allowed_movement", 1),
                             last=date(2026, 6, 4))
    assert why.english() == "no seat for 2 left on the 1 allowed movement before its window closes on 2026-06-04"
    assert why.plain() == {"key": "unplaced.no_seat_left", "params": {"people": 2, "movements": 1,
                                                                      "last": "2026-06-04"},
                           "text": why.english()}


def test_escort_places_full_are_explained() -> None:
    data = instance([case(1, medical_escorts=1), case(2, medical_escorts=1)], [movement(1, medical_escort_places=1)])
    result = plan(data)
    assert result.unplaced[0].reason.english() == \
        "medical-escort places are full on the 1 allowed movement until 2026-06-02"


def test_vulnerable_people_are_placed_first() -> None:
    data = instance([case(1, people=2), case(2, people=2, vulnerable_people=1)], [movement(1, seats=2)])
    assert plan(data).assignments == {2: 1}


def test_replan_after_a_withdrawal_moves_few_bookings_and_keeps_other_countries() -> None:
    data = generate(MEDIUM, 2)
    first = plan(data, time_limit=20, gap=0.005)
    booked = changes.with_bookings(data, first.assignments)
    withdrawn = next(iter(first.assignments))
    after = changes.withdraw(booked, withdrawn)
    started = time.perf_counter()
    again = replan(after, first, time_limit=5, gap=0.005)
    assert time.perf_counter() - started < 5
    assert validator.check(after, again.assignments) == []
    assert again.moved_bookings <= 3
    assert sum(r.engine == "kept" for r in again.countries) == len(again.countries) - 1


def test_replan_after_a_cancelled_flight_rebooks_its_passengers() -> None:
    data = instance([case(1, allowed=(1, 2)), case(2, allowed=(1, 2))], [movement(1, day=1), movement(2, day=2)])
    first = plan(data)
    assert first.assignments == {1: 1, 2: 1}
    after = changes.cancel_movement(changes.with_bookings(data, first.assignments), 1)
    again = replan(after, first)
    assert again.assignments == {1: 2, 2: 2}


def test_new_cases_join_without_moving_existing_bookings() -> None:
    data = instance([case(1, allowed=(1, 2))], [movement(1, day=1, cost=500), movement(2, day=2, cost=500)])
    first = plan(data)
    after = changes.add_cases(changes.with_bookings(data, first.assignments), [case(2, allowed=(1, 2))])
    again = replan(after, first)
    assert again.assignments[1] == first.assignments[1] and 2 in again.assignments
    assert again.moved_bookings == 0


def test_should_stop_cancels_and_still_returns_a_valid_plan() -> None:
    data = generate(MEDIUM, 1)
    started = time.perf_counter()
    result = plan(data, time_limit=60, should_stop=lambda: True)
    assert time.perf_counter() - started < 3
    assert result.status is Status.FEASIBLE
    assert validator.check(data, result.assignments) == []


def test_progress_reports_both_phases_and_their_bounds() -> None:
    seen: list[Snapshot] = []
    result = plan(generate(SMALL, 1), time_limit=5, progress=seen.append)
    assert seen and all(s.bound <= s.objective and s.placement <= s.placement_bound for s in seen)
    assert all(later.placement >= earlier.placement for earlier, later in itertools.pairwise(seen))
    assert seen[-1].placement == result.placement


def test_highs_and_cp_sat_agree_on_both_phases() -> None:
    data = generate(SMALL, 2)
    by_cp_sat = plan(data, time_limit=10)
    by_highs = plan(data, time_limit=10, engine=Engine.HIGHS)
    assert by_cp_sat.status is Status.OPTIMAL and by_highs.status is Status.OPTIMAL
    assert by_cp_sat.placement == by_highs.placement == by_cp_sat.placement_bound
    assert by_cp_sat.objective == by_highs.objective
