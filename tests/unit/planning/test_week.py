"""The week at a glance: movements of this week and the next, what expires before travel, referrals waiting."""

from __future__ import annotations

from datetime import timedelta

from planning import booking_service, movements, protection, travel, week
from planning.storage.store import Store
from planning.vocabulary import TravelDocumentKind, TravelDocumentStatus
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, open_family, passports, ready_family
from tests.unit.planning.test_movements import flight


def test_window_is_this_week_and_the_next() -> None:
    assert week.window(TODAY) == (TODAY, TODAY + timedelta(days=13))  # 1 June 2026 is a Monday
    assert week.window(TODAY + timedelta(days=6)) == (TODAY, TODAY + timedelta(days=13))


def test_departures_arrivals_seats_and_people(store: Store) -> None:
    family = ready_family(store)
    soon = movements.add_movement(store, flight("TK-1", TODAY + timedelta(days=3), capacity=10))
    movements.add_movement(store, flight("TK-2", TODAY + timedelta(days=20)))  # beyond next week
    booking_service.book(store, family.case_id, soon)
    found = week.week(store)
    assert [t.code for t in found.departures] == ["TK-1"] and [t.code for t in found.arrivals] == ["TK-1"]
    (trip,) = found.departures
    assert (trip.households, trip.people, trip.seats_held, trip.free_seats) == (1, 3, 3, 7)
    assert trip.country_code == COUNTRY
    assert found.expiring == () and found.at_risk == () and found.referrals == ()


def test_a_passport_ending_before_the_travel_day_is_named(store: Store) -> None:
    family = ready_family(store)
    leaves = TODAY + timedelta(days=9)
    movement = movements.add_movement(store, flight("TK-3", leaves))
    booking_service.book(store, family.case_id, movement)
    with store.reading() as session:
        from planning.storage.models import TravelDocument
        old = session.query(TravelDocument).filter_by(person_id=family.child).one()
        old_id, version = old.id, old.version
    travel.set_document_status(store, old_id, version, TravelDocumentStatus.LOST)
    travel.add_document(store, family.child, travel.DocumentDraft(
        kind=TravelDocumentKind.PASSPORT, number="GE7654321", issuing_country=COUNTRY,
        issued_on=TODAY - timedelta(days=5), valid_until=TODAY + timedelta(days=5)))
    found = week.week(store)
    (expiring,) = found.expiring
    assert expiring.what is week.Expiry.TRAVEL_DOCUMENT and expiring.case_id == family.case_id
    assert expiring.valid_until == TODAY + timedelta(days=5) and expiring.movement_code == "TK-3"
    assert [r.case_id for r in found.at_risk] == [family.case_id]  # the readiness check says the same


def test_a_protection_referral_waiting_is_listed(store: Store) -> None:
    family = open_family(store)
    passports(store, family)
    protection.raise_concern(store, family.mother, TODAY - timedelta(days=4), "She fears return.")
    (referral,) = week.week(store).referrals
    assert referral.case_id == family.case_id and referral.waiting_days(TODAY) == 4
