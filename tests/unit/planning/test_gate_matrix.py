"""Every gate asks the readiness check at its own moment: for each change that makes a booked household
unready, made after the earlier gates passed, each later gate refuses it — and the booking is marked at
risk in the change's own transaction. On SQLCipher and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from planning import booking_service, cases, checkin, countries, movements, travel
from planning.at_risk import at_risk
from planning.documents.manifest import print_manifest
from planning.documents.travel_letter import print_travel_letter
from planning.errors import HomewardError, SafeguardError
from planning.scheduling.acceptance import PlanRefused, accept_plan
from planning.scheduling.from_database import build_instance
from planning.storage.models import Assurance, Booking, Case, Movement, TravelDocument
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceStatus,
    BookingStatus,
    MovementStatus,
    Relationship,
    Sex,
    TravelDocumentStatus,
    VulnerabilityKind,
)
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, Family, ready_family
from tests.unit.planning.test_movements import flight

DEPARTS = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(hours=18)


@dataclass
class World:
    store: Store
    family: Family
    movement_id: int
    booking_id: int


def world(store: Store) -> World:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY, hour=18))
    booking_id = booking_service.book(store, family.case_id, movement_id).booking_id
    return World(store, family, movement_id, booking_id)


def check_everyone_in(w: World) -> None:
    for person in w.family.members:
        checkin.check_in(w.store, w.movement_id, person)
    assert booking_status(w) is BookingStatus.CHECKED_IN


def booking_status(w: World) -> BookingStatus:
    with w.store.reading() as session:
        found = session.get(Booking, w.booking_id)
        assert found is not None
        return found.status


# --- the changes -------------------------------------------------------------------------------


def advisory(w: World) -> None:
    countries.add_advisory(w.store, countries.AdvisoryDraft(
        COUNTRY, "UNHCR", "Returns suspended after the floods", TODAY))


def _readmission_to(w: World, new_status: AssuranceStatus) -> None:
    with w.store.reading() as session:
        found = [(a.id, a.version) for a in session.scalars(select(Assurance).where(
            Assurance.kind == AssuranceKind.READMISSION, Assurance.status == AssuranceStatus.IN_FORCE))]
    for assurance_id, version in found:
        countries.set_assurance_status(w.store, assurance_id, version, new_status, "country's word withdrawn")


def under_review(w: World) -> None:
    _readmission_to(w, AssuranceStatus.UNDER_REVIEW)


def revoked(w: World) -> None:
    _readmission_to(w, AssuranceStatus.REVOKED)


def passport_lost(w: World) -> None:
    with w.store.reading() as session:
        document = session.scalars(select(TravelDocument).where(
            TravelDocument.person_id == w.family.father)).one()
    travel.set_document_status(w.store, document.id, document.version, TravelDocumentStatus.LOST)


def baby_added(w: World) -> None:
    cases.add_member(w.store, w.family.case_id, cases.PersonDraft(
        "Mariam", "Beridze", TODAY - timedelta(days=3), Sex.FEMALE, COUNTRY, Relationship.CHILD))


def medical_need(w: World) -> None:
    cases.record_vulnerability(w.store, w.family.mother, VulnerabilityKind.MEDICAL_NEED, TODAY)


def case_closed(w: World) -> None:
    with w.store.reading() as session:
        case = session.get(Case, w.family.case_id)
        assert case is not None
        version = case.version
    cases.close_case(w.store, w.family.case_id, version, TODAY, "The family moved to another town")


def date_moved(w: World) -> None:
    """The carrier moved the flight past the passports' validity (1000 days)."""
    with w.store.reading() as session:
        movement = session.get(Movement, w.movement_id)
        assert movement is not None
        version = movement.version
    later = TODAY + timedelta(days=1100)
    draft = replace(flight(on=later, hour=18))
    movements.update_movement(w.store, w.movement_id, version, draft)


CHANGES: dict[str, Callable[[World], None]] = {
    "advisory": advisory, "under review": under_review, "revoked": revoked, "passport lost": passport_lost,
    "baby added": baby_added, "medical need": medical_need, "case closed": case_closed,
    "date moved": date_moved,
}


# --- the gates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("change", CHANGES)
def test_the_change_marks_the_booking_at_risk(any_store: Store, change: str) -> None:
    w = world(any_store)
    assert at_risk(any_store) == []
    CHANGES[change](w)
    [risky] = at_risk(any_store)
    assert risky.booking_id == w.booking_id and risky.reasons and risky.since is not None


@pytest.mark.parametrize("change", CHANGES)
def test_plan_acceptance_refuses_the_kept_booking(any_store: Store, change: str) -> None:
    w = world(any_store)
    instance, _ = build_instance(any_store, TODAY, TODAY + timedelta(days=30))
    CHANGES[change](w)
    with pytest.raises((PlanRefused, HomewardError)):
        accept_plan(any_store, instance, {w.family.case_id: w.movement_id})


@pytest.mark.parametrize("change", CHANGES)
def test_check_in_does_not_check_the_household_in(any_store: Store, change: str) -> None:
    w = world(any_store)
    CHANGES[change](w)
    try:  # the desk refuses the person, or ticks everyone and names what stops the household
        for person in w.family.members:
            checkin.check_in(any_store, w.movement_id, person)
    except HomewardError:
        pass
    assert booking_status(w) is not BookingStatus.CHECKED_IN


@pytest.mark.parametrize("change", CHANGES)
def test_departure_refuses_the_household_and_writes_nothing(any_store: Store, change: str) -> None:
    w = world(any_store)
    check_everyone_in(w)
    CHANGES[change](w)
    try:
        departure = checkin.record_departure(any_store, w.movement_id, DEPARTS + timedelta(minutes=20))
    except SafeguardError as refused:
        assert w.family.reference in refused.message
        assert booking_status(w) is BookingStatus.CHECKED_IN  # nothing written
        assert movements.movement(any_store, w.movement_id).status is not MovementStatus.DEPARTED
    else:
        assert w.booking_id not in departure.departed  # a voided check-in leaves as a no-show, never departs
    assert booking_status(w) is not BookingStatus.DEPARTED


@pytest.mark.parametrize("change", CHANGES)
def test_no_travel_letter_for_the_household(any_store: Store, change: str) -> None:
    w = world(any_store)
    CHANGES[change](w)
    with pytest.raises(HomewardError):
        print_travel_letter(any_store, w.family.reference)


@pytest.mark.parametrize("change", CHANGES)
def test_no_manifest_lists_the_household(any_store: Store, change: str) -> None:
    w = world(any_store)
    CHANGES[change](w)
    with pytest.raises(SafeguardError) as refused:
        print_manifest(any_store, w.movement_id)
    assert w.family.reference in refused.value.message


@pytest.mark.parametrize("change", [c for c in CHANGES if c != "date moved"])  # moving is the fix for that one
def test_booking_by_hand_on_another_movement_is_refused(any_store: Store, change: str) -> None:
    w = world(any_store)
    other = movements.add_movement(any_store, flight("TK-2", on=TODAY + timedelta(days=5)))
    CHANGES[change](w)
    with w.store.reading() as session:
        version = session.get_one(Booking, w.booking_id).version
    with pytest.raises(HomewardError):
        booking_service.move_booking(any_store, w.booking_id, version, other)


# --- the departure moment -------------------------------------------------------------------------


def store_on(store: Store, day: date) -> Store:
    return Store(store.engine, store.actor, store.location, lambda: day)


def test_a_flight_postponed_a_day_does_not_leave_on_yesterdays_reconfirmation(any_store: Store) -> None:
    w = world(any_store)
    check_everyone_in(w)
    tomorrow = store_on(any_store, TODAY + timedelta(days=1))
    with pytest.raises(SafeguardError) as refused:
        checkin.record_departure(tomorrow, w.movement_id, DEPARTS + timedelta(days=1))
    assert "S1.not_reconfirmed" in {r.code for r in refused.value.reasons}
    assert booking_status(w) is BookingStatus.CHECKED_IN


def test_a_departure_after_midnight_is_judged_on_the_new_day(any_store: Store) -> None:
    """The assurance ended on the departure day; the flight left at 00:30 the next day."""
    family = ready_family(any_store)
    with any_store.transaction() as session:
        for assurance in session.scalars(select(Assurance).where(Assurance.kind == AssuranceKind.READMISSION)):
            assurance.valid_to = TODAY
    movement_id = movements.add_movement(any_store, flight(on=TODAY, hour=23))
    booking_id = booking_service.book(any_store, family.case_id, movement_id).booking_id
    w = World(any_store, family, movement_id, booking_id)
    check_everyone_in(w)
    after_midnight = store_on(any_store, TODAY + timedelta(days=1))
    with pytest.raises(SafeguardError) as refused:
        checkin.record_departure(after_midnight, movement_id,
                                 datetime.combine(TODAY + timedelta(days=1), datetime.min.time(), UTC)
                                 + timedelta(minutes=30))
    assert "S5.no_readmission" in {r.code for r in refused.value.reasons}


def test_a_ready_household_departs(any_store: Store) -> None:
    w = world(any_store)
    check_everyone_in(w)
    departure = checkin.record_departure(any_store, w.movement_id, DEPARTS + timedelta(minutes=20))
    assert departure.departed == (w.booking_id,)


def test_a_household_that_grew_keeps_a_seat_for_everyone_when_there_is_room(any_store: Store) -> None:
    w = world(any_store)
    baby_added(w)
    with any_store.reading() as session:
        assert session.get_one(Booking, w.booking_id).seats == 4  # followed the household
    # (the baby has no passport: the booking is at risk for that, not for its seats)
    [risky] = at_risk(any_store)
    assert "S10.seats_short" not in {r.code for r in risky.reasons}


def test_a_household_that_grew_on_a_full_movement_is_at_risk_for_its_seat(any_store: Store) -> None:
    family = ready_family(any_store)
    movement_id = movements.add_movement(any_store, flight(on=TODAY + timedelta(days=3), capacity=3))
    booking_id = booking_service.book(any_store, family.case_id, movement_id).booking_id
    cases.add_member(any_store, family.case_id, cases.PersonDraft(
        "Mariam", "Beridze", date(1960, 1, 1), Sex.FEMALE, COUNTRY, Relationship.PARENT))
    with any_store.reading() as session:
        assert session.get_one(Booking, booking_id).seats == 3
    [risky] = at_risk(any_store)
    assert "S10.seats_short" in {r.code for r in risky.reasons}
