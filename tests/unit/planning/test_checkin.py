"""Departure check-in (S1 reconfirmation, S2 refusal in one transaction, S3), departure and arrival."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from planning import booking_service, checkin, movements, status
from planning.checkin import Response
from planning.errors import ValidationError
from planning.storage.models import Booking, Case, VoluntarinessEvent
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus, MovementStatus, VoluntarinessKind
from tests.conftest import TODAY
from tests.scenarios import Family, ready_family
from tests.unit.planning.test_movements import flight


def booked_today(store: Store) -> tuple[Family, int, int]:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY, hour=18))
    result = booking_service.book(store, family.case_id, movement_id)
    return family, movement_id, result.booking_id


def booking(store: Store, booking_id: int) -> Booking:
    with store.reading() as session:
        found = session.get(Booking, booking_id)
        assert found is not None
        return found


def case_status(store: Store, case_id: int) -> CaseStatus:
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def events(store: Store, kind: VoluntarinessKind) -> list[VoluntarinessEvent]:
    with store.reading() as session:
        return list(session.scalars(select(VoluntarinessEvent).where(VoluntarinessEvent.kind == kind)))


def test_household_is_checked_in_once_everyone_is_ticked_and_ready(store: Store) -> None:
    family, movement_id, booking_id = booked_today(store)

    first = checkin.check_in(store, movement_id, family.father, agent="Desk agent", language="ka")
    assert not first.household_checked_in
    assert any("Nino Beridze" in why for why in first.waiting_for)
    checkin.check_in(store, movement_id, family.mother)
    last = checkin.check_in(store, movement_id, family.child)  # travels on the father's decision

    assert last.household_checked_in and last.booking_status is BookingStatus.CHECKED_IN
    assert booking(store, booking_id).status is BookingStatus.CHECKED_IN
    reconfirmed = events(store, VoluntarinessKind.RECONFIRMED)
    assert {e.person_id for e in reconfirmed} == {family.father, family.mother}
    assert all(e.occurred_on == TODAY and e.movement_id == movement_id for e in reconfirmed)
    rows = checkin.sheet(store, movement_id)
    assert [(r.person_id, r.own_decision, r.ticked) for r in rows] == [
        (family.father, True, True), (family.mother, True, True), (family.child, False, True)]


def test_refusal_at_check_in_takes_the_household_off_the_movement(store: Store) -> None:
    family, movement_id, booking_id = booked_today(store)
    checkin.check_in(store, movement_id, family.father)

    result = checkin.check_in(store, movement_id, family.mother, Response.REFUSED,
                              statement="I do not want to go")

    assert result.cancelled_bookings == (booking_id,)
    assert result.case_status is CaseStatus.WITHDRAWN
    row = booking(store, booking_id)
    assert row.status is BookingStatus.CANCELLED and "refused" in (row.cancelled_reason or "")
    assert movements.movement(store, movement_id).free_seats == 10
    [refusal] = events(store, VoluntarinessKind.REFUSED)
    assert refusal.movement_id == movement_id and refusal.occurred_on == TODAY
    with pytest.raises(ValidationError, match="not booked"):
        checkin.check_in(store, movement_id, family.father)


def test_refusal_at_check_in_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    family, movement_id, booking_id = booked_today(store)

    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full after the bookings were cancelled")

    monkeypatch.setattr(status, "refresh", failing)
    with pytest.raises(RuntimeError):
        checkin.check_in(store, movement_id, family.mother, Response.REFUSED, statement="No")
    monkeypatch.undo()

    assert booking(store, booking_id).status is BookingStatus.CONFIRMED
    assert events(store, VoluntarinessKind.REFUSED) == []
    assert case_status(store, family.case_id) is CaseStatus.BOOKED
    assert movements.movement(store, movement_id).free_seats == 7


def test_force_needed_ends_involvement(store: Store) -> None:
    family, movement_id, booking_id = booked_today(store)

    with pytest.raises(ValidationError, match="confirmed"):
        checkin.check_in(store, movement_id, family.father, Response.FORCE_NEEDED, statement="Resisted")
    result = checkin.check_in(store, movement_id, family.father, Response.FORCE_NEEDED,
                              statement="Resisted boarding", confirmed=True)

    assert result.case_status is CaseStatus.INVOLVEMENT_ENDED
    assert booking(store, booking_id).status is BookingStatus.CANCELLED


def test_check_in_only_on_the_departure_day(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY + timedelta(days=2)))
    booking_service.book(store, family.case_id, movement_id)
    with pytest.raises(ValidationError, match="departure day"):
        checkin.check_in(store, movement_id, family.father)


def test_departure_and_arrival(store: Store) -> None:
    family, movement_id, booking_id = booked_today(store)
    other = ready_family(store)
    no_show = booking_service.book(store, other.case_id, movement_id).booking_id
    for person in family.members:
        checkin.check_in(store, movement_id, person)

    departed_at = datetime(2026, 6, 1, 18, 20, tzinfo=UTC)
    departure = checkin.record_departure(store, movement_id, departed_at)

    assert departure.departed == (booking_id,) and departure.no_shows == (no_show,)
    assert booking(store, no_show).cancelled_reason.startswith("no-show")  # type: ignore[union-attr]
    assert case_status(store, family.case_id) is CaseStatus.DEPARTED
    assert case_status(store, other.case_id) is CaseStatus.READY
    view = movements.movement(store, movement_id)
    assert view.status is MovementStatus.DEPARTED and view.departed_at == departed_at

    with pytest.raises(ValidationError, match="not after the departure"):
        checkin.record_arrival(store, movement_id, departed_at)
    arrival = checkin.record_arrival(store, movement_id, departed_at + timedelta(hours=5))

    assert arrival.arrived == (booking_id,)
    assert case_status(store, family.case_id) is CaseStatus.ARRIVED
    assert movements.movement(store, movement_id).status is MovementStatus.ARRIVED
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Booking)
                              .where(Booking.status == BookingStatus.ARRIVED)) == 1
