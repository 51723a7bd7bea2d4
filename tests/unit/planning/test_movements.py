"""The movements register: validation (legs, no overnight transit), updates, cancellation, views."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from planning import booking_service, movements
from planning.errors import ConflictError, ValidationError
from planning.movements import LegDraft, MovementDraft
from planning.storage.models import AuditEntry, Case
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus, MovementKind, MovementStatus
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, ready_family

TBILISI = timezone(timedelta(hours=4))
ISTANBUL = timezone(timedelta(hours=3))


def flight(code: str = "TK-1", on: date = TODAY + timedelta(days=10), *, capacity: int = 10,
           country: str = COUNTRY, medical: int = 1, minor: int = 2, hour: int = 9) -> MovementDraft:
    """A direct seat quota on a scheduled flight departing `on` at `hour` UTC."""
    departs = datetime.combine(on, time(hour), UTC)
    return MovementDraft(code=code, kind=MovementKind.SCHEDULED_FLIGHT, country=country, origin="BRU",
                         destination="TBS", departure_at=departs, arrival_at=departs + timedelta(hours=5),
                         capacity=capacity, cost_per_seat=Decimal("320.50"), medical_escort_places=medical,
                         minor_escort_places=minor)


def via_istanbul(arrive_ist: datetime, leave_ist: datetime) -> MovementDraft:
    departs = arrive_ist - timedelta(hours=3)
    arrives = leave_ist + timedelta(hours=2)
    return replace(flight(), departure_at=departs, arrival_at=arrives, legs=(
        LegDraft("BRU", "IST", departs, arrive_ist, "Turkish Airlines", flight_number="TK 1938"),
        LegDraft("IST", "TBS", leave_ist, arrives, "Turkish Airlines", transit_visa_required=True,
                 flight_number="TK 378"),
    ))


def test_add_and_read_back(store: Store) -> None:
    movement_id = movements.add_movement(store, flight())

    view = movements.movement(store, movement_id)
    assert view.code == "TK-1" and view.country == COUNTRY and view.status is MovementStatus.PLANNED
    assert view.free_seats == 10 and view.free_medical_escorts == 1 and view.free_minor_escorts == 2
    assert len(view.legs) == 1 and view.legs[0].origin == "BRU"
    assert view.travel_date == TODAY + timedelta(days=10)
    assert [m.id for m in movements.list_movements(store, TODAY, TODAY + timedelta(days=30))] == [movement_id]
    assert movements.list_movements(store, TODAY, TODAY + timedelta(days=5)) == []
    assert [m.id for m in movements.list_movements(store, country="GE")] == [movement_id]


@pytest.mark.parametrize(("change", "field"), [
    ({"arrival_at": datetime(2026, 6, 11, 8, tzinfo=UTC)}, "arrival_at"),
    ({"capacity": -1}, "capacity"),
    ({"medical_escort_places": 11}, "medical_escort_places"),
    ({"country": "XXQ"}, "country"),
    ({"code": " "}, "code"),
    ({"departure_at": datetime(2026, 6, 11, 9)}, "departure_at"),
    ({"kind": MovementKind.CHARTER}, "charter_cost"),
    ({"cost_per_seat": Decimal(-3)}, "cost_per_seat"),
])
def test_invalid_drafts_name_the_field(store: Store, change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        movements.add_movement(store, replace(flight(), **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert movements.list_movements(store) == []


def test_duplicate_code_is_refused(store: Store) -> None:
    movements.add_movement(store, flight("TK-1"))
    with pytest.raises(ValidationError, match="already registered"):
        movements.add_movement(store, flight("tk-1", on=TODAY + timedelta(days=20)))


def test_a_daytime_connection_is_accepted() -> None:
    draft = via_istanbul(datetime(2026, 6, 11, 10, tzinfo=ISTANBUL), datetime(2026, 6, 11, 14, tzinfo=ISTANBUL))
    assert len(movements.check_legs(draft)) == 2


@pytest.mark.parametrize(("arrive", "leave", "why"), [
    (datetime(2026, 6, 11, 22, tzinfo=ISTANBUL), datetime(2026, 6, 12, 1, tzinfo=ISTANBUL), "night"),
    (datetime(2026, 6, 11, 2, tzinfo=ISTANBUL), datetime(2026, 6, 11, 8, tzinfo=ISTANBUL), "night"),
    (datetime(2026, 6, 11, 6, tzinfo=ISTANBUL), datetime(2026, 6, 11, 19, tzinfo=ISTANBUL), "longer than 12 h"),
    (datetime(2026, 6, 11, 10, tzinfo=ISTANBUL), datetime(2026, 6, 11, 9, tzinfo=ISTANBUL), "before the previous"),
])
def test_overnight_or_broken_connections_are_refused(arrive: datetime, leave: datetime, why: str) -> None:
    with pytest.raises(ValidationError, match=why) as caught:
        movements.check_legs(via_istanbul(arrive, leave))
    assert caught.value.field == "legs[2].departure_at"


def test_night_is_judged_on_the_transit_clock() -> None:
    # 23:30 to 00:30 UTC is 02:30 to 03:30 in Istanbul: overnight there.
    assert movements.overnight(datetime(2026, 6, 11, 2, 30, tzinfo=ISTANBUL),
                               datetime(2026, 6, 11, 0, 30, tzinfo=UTC))
    # 20:00 to 23:00 in Tbilisi is daytime there, though it crosses no UTC midnight either.
    assert not movements.overnight(datetime(2026, 6, 11, 20, tzinfo=TBILISI),
                                   datetime(2026, 6, 11, 23, tzinfo=TBILISI))


def test_legs_must_chain() -> None:
    draft = via_istanbul(datetime(2026, 6, 11, 10, tzinfo=ISTANBUL), datetime(2026, 6, 11, 14, tzinfo=ISTANBUL))
    broken = replace(draft, legs=(draft.legs[0], replace(draft.legs[1], origin="SAW")))
    with pytest.raises(ValidationError, match="must leave from IST"):
        movements.check_legs(broken)
    with pytest.raises(ValidationError) as caught:
        movements.check_legs(replace(draft, origin="AMS"))
    assert caught.value.field == "legs[1].origin"


def test_update_with_optimistic_locking_and_booked_seats(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    booking_service.book(store, family.case_id, movement_id)
    view = movements.movement(store, movement_id)
    assert (view.booked_seats, view.free_seats, view.households) == (3, 7, 1)

    with pytest.raises(ValidationError, match="bookings already hold 3") as caught:
        movements.update_movement(store, movement_id, view.version, replace(flight(), capacity=2))
    assert caught.value.field == "capacity"

    version = movements.update_movement(store, movement_id, view.version, replace(flight(), capacity=3))
    assert movements.movement(store, movement_id).free_seats == 0
    with pytest.raises(ConflictError):
        movements.update_movement(store, movement_id, view.version, replace(flight(), capacity=4))
    assert version == view.version + 1


def test_moving_the_date_rechecks_the_booked_households(store: Store) -> None:
    """The carrier's new date is recorded; a household not ready on it has its booking marked at risk."""
    from planning.at_risk import at_risk

    family = ready_family(store)  # passports valid for 1000 days
    movement_id = movements.add_movement(store, flight())
    booking_service.book(store, family.case_id, movement_id)
    version = movements.movement(store, movement_id).version
    assert at_risk(store) == []

    late = replace(flight(), departure_at=datetime(2029, 6, 1, 9, tzinfo=UTC),
                   arrival_at=datetime(2029, 6, 1, 14, tzinfo=UTC))
    movements.update_movement(store, movement_id, version, late)
    [risky] = at_risk(store)
    assert risky.case_id == family.case_id and risky.departure_at.date().isoformat() == "2029-06-01"
    assert {r.code for r in risky.reasons} >= {"S10.no_document"}


def test_cancel_frees_the_households_for_planning_again(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    booked = booking_service.book(store, family.case_id, movement_id)
    assert booked.case_status is CaseStatus.BOOKED

    result = movements.cancel_movement(store, movement_id, movements.movement(store, movement_id).version,
                                       "The airline cancelled the route")

    assert result.cancelled_bookings == (booked.booking_id,) and result.case_ids == (family.case_id,)
    view = movements.movement(store, movement_id)
    assert view.status is MovementStatus.CANCELLED and view.booked_seats == 0
    assert view.cancelled_reason == "The airline cancelled the route"
    passenger = movements.passengers(store, movement_id, include_cancelled=True)[0]
    assert passenger.status is BookingStatus.CANCELLED
    with store.reading() as session:
        assert session.get(Case, family.case_id).status is CaseStatus.READY  # type: ignore[union-attr]
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"movement.add", "movement.cancel", "booking.cancel"} <= actions
    assert movements.list_movements(store) == []
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        movements.cancel_movement(store, movement_id, view.version, "again")


def test_passengers_list_households_and_members(store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight())
    booking_service.book(store, family.case_id, movement_id, locked=True)

    [passenger] = movements.passengers(store, movement_id)
    assert passenger.reference == family.reference and passenger.locked and passenger.seats == 3
    assert [pid for pid, _ in passenger.members] == list(family.members)
