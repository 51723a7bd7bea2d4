"""The planner's instance from the database, and accepting a plan back as bookings (all or nothing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from planning import booking_service, movements
from planning.documents.travel_letter import print_travel_letter
from planning.errors import HomewardError, SafeguardError, ValidationError
from planning.messages import Message
from planning.readiness.reasons import Reason
from planning.scheduling import greedy
from planning.scheduling.acceptance import PlanRefused, accept_plan
from planning.scheduling.from_database import build_instance
from planning.scheduling.result import MoveReason
from planning.storage.models import Booking, Case
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus
from tests.conftest import TODAY
from tests.scenarios import ready_family
from tests.unit.documents.helpers import booked_family, office
from tests.unit.planning.test_booking_service import family_whose_assurance_ends
from tests.unit.planning.test_movements import flight

END = TODAY + timedelta(days=60)


def open_bookings(store: Store) -> list[Booking]:
    with store.reading() as session:
        return list(session.scalars(select(Booking).where(Booking.status != BookingStatus.CANCELLED)))


def case_status(store: Store, case_id: int) -> CaseStatus:
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def test_a_ready_household_may_take_every_movement_home_in_the_horizon(store: Store) -> None:
    family = ready_family(store)
    near = movements.add_movement(store, flight("NEAR", on=TODAY + timedelta(days=3)))
    far = movements.add_movement(store, flight("FAR", on=TODAY + timedelta(days=40)))
    movements.add_movement(store, flight("LATER", on=TODAY + timedelta(days=90)))
    movements.add_movement(store, flight("ARM", country="ARM"))

    instance, report = build_instance(store, TODAY, END)

    [case] = instance.cases
    assert case.id == family.case_id and case.people == 3 and case.label == family.reference
    assert case.allowed == {near, far} and case.current is None and not case.locked
    assert case.decided_day == -29  # the declaration, 29 days before the start
    assert {m.label for m in instance.movements} == {"NEAR", "FAR", "ARM"}
    assert instance.movement(near).day == 3 and instance.movement(near).seats == 10
    assert report.cases == 1 and report.not_ready == 0 and report.people == 3


def test_an_assurance_expiring_before_every_movement_is_never_booked(store: Store) -> None:
    family = family_whose_assurance_ends(store, 5)
    for n in range(3):
        movements.add_movement(store, flight(f"M{n}", on=TODAY + timedelta(days=10 + 7 * n)))

    instance, report = build_instance(store, TODAY, END)

    [case] = instance.cases
    assert case.allowed == frozenset() and report.not_ready == 1
    why = case.not_ready_reason
    assert why is not None and why.key == "unplaced.not_ready"
    assert why.english().startswith("S5: ") and "expired on" in why.english()
    # The readiness reason itself travels along, for the interface to word it in its language.
    [(name, blocking)] = why.params
    assert name == "reason" and isinstance(blocking, Reason) and blocking.code == "S5.no_readmission"
    assert why.english() == f"S5: {blocking.message}"
    plan = greedy.plan(instance)
    assert family.case_id not in plan
    accepted = accept_plan(store, instance, plan)
    assert accepted.booked == () and open_bookings(store) == []
    # Forcing the placement anyway is refused by the write-time check, naming case and safeguard.
    with pytest.raises(PlanRefused) as caught:
        accept_plan(store, instance, {family.case_id: instance.movements[0].id})
    assert caught.value.reference == family.reference and caught.value.key == "plan.refused"
    cause = caught.value.cause
    assert isinstance(cause, SafeguardError) and [r.code for r in cause.reasons][:1] == ["S5.no_readmission"]
    # The cause travels as the error itself, not as its English text.
    assert caught.value.param("cause") is cause and caught.value.param("reference") == family.reference
    assert caught.value.message == f"The plan was not accepted: {family.reference}: {cause.message}"
    assert open_bookings(store) == []


def test_the_solver_plan_is_accepted_as_confirmed_bookings(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    instance, _ = build_instance(store, TODAY, END)
    solver = pytest.importorskip("planning.scheduling.solver")

    result = solver.plan(instance, time_limit=5.0, workers=1)
    accepted = accept_plan(store, instance, result.assignments)

    assert result.assignments == {family.case_id: movement_id}
    assert accepted.booked == (family.case_id,)
    [booking] = open_bookings(store)
    assert booking.status is BookingStatus.CONFIRMED and booking.seats == 3
    assert case_status(store, family.case_id) is CaseStatus.BOOKED


def test_booked_households_are_replanned_with_their_current_booking(store: Store) -> None:
    family = ready_family(store)
    first = movements.add_movement(store, flight("A"))
    second = movements.add_movement(store, flight("B", on=TODAY + timedelta(days=20)))
    booked = booking_service.book(store, family.case_id, first, locked=True)

    instance, _ = build_instance(store, TODAY, END)
    [case] = instance.cases
    assert case.current == first and case.locked
    assert instance.movement(first).seats == 10  # its own seats are the planner's to place

    with pytest.raises(PlanRefused, match="locked") as refused:
        accept_plan(store, instance, {family.case_id: second})
    assert isinstance(refused.value.cause, ValidationError) and refused.value.cause.key == "plan.booking_locked"
    booking_service.set_locked(store, booked.booking_id, booked.version, False)
    instance, _ = build_instance(store, TODAY, END)
    accepted = accept_plan(store, instance, {family.case_id: second})
    assert accepted.moved == (family.case_id,)
    [booking] = open_bookings(store)
    assert booking.id == booked.booking_id and booking.movement_id == second

    instance, _ = build_instance(store, TODAY, END)
    accepted = accept_plan(store, instance, {})
    assert accepted.removed == (family.case_id,) and open_bookings(store) == []
    assert case_status(store, family.case_id) is CaseStatus.READY


def test_capacity_is_checked_at_write_time_and_nothing_is_half_written(store: Store) -> None:
    one = ready_family(store)
    two = ready_family(store)
    small = movements.add_movement(store, flight(capacity=4))
    instance, _ = build_instance(store, TODAY, END)
    # A solver that ignored the seats: both households (6 people) on a 4-seat quota.
    lying = replace(instance, movements=tuple(replace(m, seats=99) for m in instance.movements))

    with pytest.raises(PlanRefused, match="seats") as caught:
        accept_plan(store, lying, {one.case_id: small, two.case_id: small})

    assert caught.value.case_id == two.case_id
    over = caught.value.cause
    assert over.key == "plan.over_capacity" and over.param("households") == (one.reference, two.reference)
    assert isinstance(over.param("problem"), ValidationError)
    assert open_bookings(store) == []
    assert case_status(store, one.case_id) is CaseStatus.READY


def test_seats_held_outside_the_instance_reduce_capacity(store: Store) -> None:
    family = ready_family(store)
    other = ready_family(store)
    movement_id = movements.add_movement(store, flight(capacity=8))
    result = booking_service.book(store, other.case_id, movement_id)
    with store.transaction() as session:  # checked in: stays put, holds its seats
        booking = session.get(Booking, result.booking_id)
        assert booking is not None
        booking.status = BookingStatus.CHECKED_IN

    instance, report = build_instance(store, TODAY, END)

    assert [c.id for c in instance.cases] == [family.case_id]
    assert instance.movement(movement_id).seats == 5
    assert [e.case_id for e in report.excluded] == [other.case_id]
    [excluded] = report.excluded
    assert excluded.reason == Message.of("plan_input.keeps_its_seats", status=BookingStatus.CHECKED_IN)
    assert excluded.reason.english() == "checked in; keeps its seats"


def test_a_stale_plan_is_a_conflict(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    instance, _ = build_instance(store, TODAY, END)
    booking_service.book(store, family.case_id, movement_id)  # someone booked it meanwhile

    with pytest.raises(HomewardError, match="changed since the plan was made") as caught:
        accept_plan(store, instance, {family.case_id: movement_id})
    assert caught.value.key == "plan.booking_changed" and caught.value.param("reference") == family.reference
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1


def test_a_swap_between_two_full_movements_is_judged_on_the_final_plan(store: Store) -> None:
    one = ready_family(store)
    two = ready_family(store)
    first = movements.add_movement(store, flight("A", capacity=3))
    second = movements.add_movement(store, flight("B", capacity=3, on=TODAY + timedelta(days=11)))
    booking_service.book(store, one.case_id, first)
    booking_service.book(store, two.case_id, second)
    instance, _ = build_instance(store, TODAY, END)

    accepted = accept_plan(store, instance, {one.case_id: second, two.case_id: first})

    assert sorted(accepted.moved) == sorted((one.case_id, two.case_id))
    assert {b.case_id: b.movement_id for b in open_bookings(store)} == {one.case_id: second, two.case_id: first}


def test_plan_accept_and_cancel_on_both_databases(any_store: Store) -> None:
    family = ready_family(any_store)
    movement_id = movements.add_movement(any_store, flight())
    instance, _ = build_instance(any_store, TODAY, END)

    accept_plan(any_store, instance, greedy.plan(instance))
    assert case_status(any_store, family.case_id) is CaseStatus.BOOKED

    version = movements.movement(any_store, movement_id).version
    cancelled = movements.cancel_movement(any_store, movement_id, version, "Route suspended")
    assert cancelled.case_ids == (family.case_id,)
    assert case_status(any_store, family.case_id) is CaseStatus.READY


def test_confirmed_bookings_with_a_letter_or_departing_soon_stay_unless_freed(store: Store) -> None:
    """Stable re-plans: a travel letter issued, or a departure within 14 days, keeps a confirmed booking."""
    lettered = booked_family(store)  # on the Istanbul flight, ten days on
    office(store)  # a travel letter needs the office's name, address and 24-hour line
    print_travel_letter(store, lettered.family.reference)
    soon = booked_family(store, movement_id=movements.add_movement(store, flight("SOON", on=TODAY + timedelta(days=5))))
    late = movements.add_movement(store, flight("LATE", on=TODAY + timedelta(days=30)))
    later = booked_family(store, movement_id=late)

    instance, _ = build_instance(store, TODAY, END)
    cases = {c.id: c for c in instance.cases}
    letter, departs, free = cases[lettered.family.case_id], cases[soon.family.case_id], cases[later.family.case_id]
    assert letter.locked and letter.protected is not None and letter.protected.key == "plan_protected.letter_issued"
    assert departs.locked and departs.protected is not None and departs.protected.key == "plan_protected.departs_soon"
    assert dict(departs.protected.params)["departs"] == TODAY + timedelta(days=5)
    assert not free.locked and free.protected is None and free.confirmed  # moving it costs more than a proposal

    from planning.scheduling import solver

    result = solver.plan(instance, time_limit=5, workers=1)
    assert result.assignments[letter.id] == letter.current and result.assignments[departs.id] == departs.current
    # the late one may leave 25 days earlier: worth more than the €2,000 a confirmed booking's move costs
    assert [(m.case_id, m.reason) for m in result.moves] == [(free.id, MoveReason.EARLIER)]

    instance, _ = build_instance(store, TODAY, END, protect_days=3, freed={lettered.family.case_id})
    assert not any(c.locked for c in instance.cases)  # the coordinator freed one; the other departs after 3 days
