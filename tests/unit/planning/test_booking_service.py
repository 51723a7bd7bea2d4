"""Booking by hand: readiness on the movement's date, seats and escort places, locks, moves, removals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from planning import booking_service, movements
from planning.errors import ConflictError, SafeguardError, ValidationError
from planning.messages import Count
from planning.storage.models import AuditEntry, Booking, Case, Person
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus, EscortNeed
from tests.conftest import TODAY
from tests.scenarios import Family, assurances, counsel, declare, open_family, passports, ready_family
from tests.unit.planning.test_movements import flight


def family_whose_assurance_ends(store: Store, days: int) -> Family:
    """Ready today, but the readmission assurance (and the others) end `days` from today."""
    assurances(store, valid_to=TODAY + timedelta(days=days))
    family = open_family(store)
    counsel(store, family, TODAY - timedelta(days=30))
    declare(store, family.father, TODAY - timedelta(days=29))
    declare(store, family.mother, TODAY - timedelta(days=29))
    passports(store, family)
    return family


def booking(store: Store, booking_id: int) -> Booking:
    with store.reading() as session:
        found = session.get(Booking, booking_id)
        assert found is not None
        return found


def test_book_places_the_whole_household(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())

    result = booking_service.book(store, family.case_id, movement_id)

    assert result.status is BookingStatus.CONFIRMED and result.case_status is CaseStatus.BOOKED
    row = booking(store, result.booking_id)
    assert (row.seats, row.medical_escorts, row.minor_escorts, row.locked) == (3, 0, 0, False)
    with store.reading() as session:
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.entity == "booking")) == "booking.add"


def test_book_on_a_date_the_case_is_not_ready_names_the_safeguard(store: Store) -> None:
    family = family_whose_assurance_ends(store, 20)
    late = movements.add_movement(store, flight("LATE", on=TODAY + timedelta(days=25)))

    with pytest.raises(SafeguardError) as caught:
        booking_service.book(store, family.case_id, late)

    assert caught.value.safeguard == "S5"
    assert f"{family.reference} cannot travel on {TODAY + timedelta(days=25)}" in caught.value.message
    assert "expired on" in caught.value.message
    with store.reading() as session:
        assert session.scalars(select(Booking)).all() == []
        assert session.get(Case, family.case_id).status is CaseStatus.READY  # type: ignore[union-attr]


def test_capacity_overflow_is_refused(store: Store) -> None:
    family = ready_family(store)
    small = movements.add_movement(store, flight(capacity=2, medical=0, minor=0))

    with pytest.raises(ValidationError, match="needs 3 seats on TK-1; 2 free") as caught:
        booking_service.book(store, family.case_id, small)
    assert caught.value.field == "movement"


def test_escort_places_are_reserved_and_checked(store: Store) -> None:
    family = ready_family(store)
    with store.transaction() as session:
        session.get(Person, family.child).escort_need = EscortNeed.MEDICAL  # type: ignore[union-attr]
    none_free = movements.add_movement(store, flight("NONE", medical=0))
    one_free = movements.add_movement(store, flight("ONE", medical=1))

    with pytest.raises(ValidationError, match="needs 1 medical escort place on NONE; 0 free") as caught:
        booking_service.book(store, family.case_id, none_free)
    assert caught.value.key == "booking.no_room" and caught.value.param("wanted") == Count("escort_place.medical", 1)
    result = booking_service.book(store, family.case_id, one_free)
    assert booking(store, result.booking_id).medical_escorts == 1
    assert movements.movement(store, one_free).free_medical_escorts == 0


def test_a_household_is_booked_once_and_moved_not_double_booked(store: Store) -> None:
    family = ready_family(store)
    first = movements.add_movement(store, flight("A"))
    second = movements.add_movement(store, flight("B", on=TODAY + timedelta(days=12)))
    result = booking_service.book(store, family.case_id, first, locked=True)

    with pytest.raises(ValidationError, match="already booked on A"):
        booking_service.book(store, family.case_id, second)

    moved = booking_service.move_booking(store, result.booking_id, result.version, second)
    row = booking(store, result.booking_id)
    assert row.movement_id == second and row.locked and moved.case_status is CaseStatus.BOOKED
    assert movements.movement(store, first).booked_seats == 0
    assert movements.movement(store, second).booked_seats == 3
    with pytest.raises(ConflictError):
        booking_service.move_booking(store, result.booking_id, result.version, first)


def test_move_to_an_unready_date_is_refused_and_changes_nothing(store: Store) -> None:
    family = family_whose_assurance_ends(store, 20)
    good = movements.add_movement(store, flight("GOOD"))
    late = movements.add_movement(store, flight("LATE", on=TODAY + timedelta(days=40)))
    result = booking_service.book(store, family.case_id, good)

    with pytest.raises(SafeguardError, match="S5"):
        booking_service.move_booking(store, result.booking_id, result.version, late)
    assert booking(store, result.booking_id).movement_id == good


def test_remove_and_lock(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    result = booking_service.book(store, family.case_id, movement_id)

    version = booking_service.set_locked(store, result.booking_id, result.version, True)
    assert booking(store, result.booking_id).locked
    removed = booking_service.remove_booking(store, result.booking_id, version, "The family asked for a later date")

    assert removed.status is BookingStatus.CANCELLED and removed.case_status is CaseStatus.READY
    row = booking(store, result.booking_id)
    assert row.cancelled_reason == "The family asked for a later date" and not row.locked
    assert movements.movement(store, movement_id).free_seats == 10
    with pytest.raises(ValidationError, match="reason"):
        booking_service.remove_booking(store, result.booking_id, removed.version, " ")


def test_wrong_country_or_past_movement_is_refused(store: Store) -> None:
    family = ready_family(store)
    elsewhere = movements.add_movement(store, flight("ARM", country="ARM"))
    with pytest.raises(ValidationError, match="does not go to"):
        booking_service.book(store, family.case_id, elsewhere)
    past = movements.add_movement(store, flight("PAST", on=TODAY - timedelta(days=1)))
    with pytest.raises(ValidationError, match="departed on"):
        booking_service.book(store, family.case_id, past)
