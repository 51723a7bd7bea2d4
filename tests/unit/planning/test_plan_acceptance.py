"""Accepting a plan is one use case in one transaction: its bookings, locks and unlocks together, every
booking the plan keeps re-checked; the desktop and the command line call the same function."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from planning import booking_service, countries, movements
from planning.scheduling.acceptance import PlanRefused, accept_plan
from planning.scheduling.from_database import build_instance
from planning.storage.models import AuditEntry, Booking
from planning.storage.store import Store
from planning.vocabulary import BookingStatus
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, ready_family
from tests.unit.planning.test_movements import flight

END = TODAY + timedelta(days=60)


def booking_of(store: Store, case_id: int) -> Booking | None:
    with store.reading() as session:
        return session.scalar(select(Booking).where(Booking.case_id == case_id,
                                                    Booking.status != BookingStatus.CANCELLED))


def actions(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_locks_are_written_with_the_plan(any_store: Store) -> None:
    family = ready_family(any_store)
    movement_id = movements.add_movement(any_store, flight())
    instance, _ = build_instance(any_store, TODAY, END)

    accepted = accept_plan(any_store, instance, {family.case_id: movement_id}, locks={family.case_id})

    booking = booking_of(any_store, family.case_id)
    assert booking is not None and booking.locked and accepted.locked == (family.case_id,)
    assert actions(any_store)[-2:] == ["booking.plan", "booking.lock"]


def test_an_unlock_in_the_plan_result_reaches_the_database_and_frees_the_booking(any_store: Store) -> None:
    family = ready_family(any_store)
    first = movements.add_movement(any_store, flight("A"))
    second = movements.add_movement(any_store, flight("B", on=TODAY + timedelta(days=20)))
    booking_service.book(any_store, family.case_id, first, locked=True)
    instance, _ = build_instance(any_store, TODAY, END)

    with pytest.raises(PlanRefused, match="locked"):
        accept_plan(any_store, instance, {family.case_id: second})
    kept = accept_plan(any_store, instance, {family.case_id: first}, unlocks={family.case_id})
    booking = booking_of(any_store, family.case_id)
    assert booking is not None and not booking.locked and kept.unlocked == (family.case_id,)

    booking_service.set_locked(any_store, booking.id, booking.version, True)
    instance, _ = build_instance(any_store, TODAY, END)
    moved = accept_plan(any_store, instance, {family.case_id: second}, unlocks={family.case_id})
    booking = booking_of(any_store, family.case_id)
    assert booking is not None and booking.movement_id == second and not booking.locked
    assert moved.moved == (family.case_id,)


def test_a_refused_plan_writes_neither_its_bookings_nor_its_locks(any_store: Store) -> None:
    one = ready_family(any_store)
    two = ready_family(any_store)
    small = movements.add_movement(any_store, flight("SMALL", capacity=4))
    instance, _ = build_instance(any_store, TODAY, END)
    before = actions(any_store)

    with pytest.raises(PlanRefused):  # 6 people on 4 seats
        accept_plan(any_store, instance, {one.case_id: small, two.case_id: small}, locks={one.case_id})

    assert booking_of(any_store, one.case_id) is None and booking_of(any_store, two.case_id) is None
    assert actions(any_store) == before


def test_a_kept_booking_is_checked_again_when_the_plan_is_accepted(any_store: Store) -> None:
    """An advisory issued between planning and acceptance refuses the household kept on its booking."""
    family = ready_family(any_store)
    movement_id = movements.add_movement(any_store, flight())
    booking_service.book(any_store, family.case_id, movement_id)
    instance, _ = build_instance(any_store, TODAY, END)
    countries.add_advisory(any_store, countries.AdvisoryDraft(
        COUNTRY, "UNHCR", "Returns suspended after floods", TODAY))

    with pytest.raises(PlanRefused) as refused:
        accept_plan(any_store, instance, {family.case_id: movement_id})
    assert refused.value.case_id == family.case_id and "S8" in refused.value.message


def test_locks_must_name_households_the_plan_places(any_store: Store) -> None:
    family = ready_family(any_store)
    movements.add_movement(any_store, flight())
    instance, _ = build_instance(any_store, TODAY, END)
    with pytest.raises(Exception, match="only a booking can be locked"):
        accept_plan(any_store, instance, {}, locks={family.case_id})
    with pytest.raises(Exception, match="not part of the plan"):
        accept_plan(any_store, instance, {}, unlocks={family.case_id + 1000})
