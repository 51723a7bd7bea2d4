"""The movement manifest: passengers, documents, escorts, special needs, check-in boxes, households not ready."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import update

from planning import checkin, travel
from planning.documents.manifest import print_manifest
from planning.documents.verification import Status, verify
from planning.errors import NotFoundError, SafeguardError
from planning.storage.models import TravelDocument
from planning.storage.store import Store
from planning.vocabulary import EscortNeed, VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import booked_family, office
from tests.unit.monitoring.helpers import vulnerable


def test_the_manifest_lists_every_passenger_with_documents_and_needs(any_store: Store) -> None:
    office(any_store)
    first = booked_family(any_store)
    vulnerable(any_store, first.family.mother, VulnerabilityKind.PREGNANCY)
    travel.add_clearance(any_store, first.family.mother, travel.ClearanceDraft(
        assessed_on=TODAY, assessed_by="Dr. Lomidze", fit=True, valid_until=TODAY + timedelta(days=30)))
    second = booked_family(any_store, movement_id=first.movement_id)
    printed = print_manifest(any_store, first.movement_code)
    text = pdftext.text(printed.pdf)
    for expected in ("Movement manifest", "TK-1 (scheduled flight), planned", "BRU – IST – TBS",
                     "11 June 2026, 09:00 UTC", first.family.reference, second.family.reference,
                     f"GE{first.family.father:07d}", f"GE{second.family.child:07d}", "2 March 1985",
                     printed.code):
        assert expected in text, expected
    assert pdftext.has_words(text, "6 (households: 2; capacity 10)")
    assert text.count("Giorgi Beridze") == 2
    assert "pregnancy" in text
    assert "Movement coordinator" in text


def test_no_manifest_while_a_household_is_not_ready_on_the_day(store: Store) -> None:
    """A gate: a household not ready on the day is resolved or taken off before a manifest lists it."""
    first = booked_family(store)
    second = booked_family(store, movement_id=first.movement_id)
    with store.transaction() as session:
        session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(second.family.members))
                        .values(valid_until=TODAY + timedelta(days=9)))
    with pytest.raises(SafeguardError) as refused:
        print_manifest(store, str(first.movement_id))
    assert refused.value.safeguard == "S10"
    assert second.family.reference in refused.value.message and first.family.reference not in refused.value.message
    assert "take the household off the movement" in refused.value.message


def test_a_check_in_after_printing_supersedes_the_manifest(any_store: Store) -> None:
    booked = booked_family(any_store)
    printed = print_manifest(any_store, booked.movement_code)
    day_of_travel = any_store.__class__(any_store.engine, any_store.actor, any_store.location,
                                        today=lambda: TODAY + timedelta(days=10))
    checkin.check_in(day_of_travel, booked.movement_id, booked.family.father)
    result = verify(any_store, printed.code)
    assert result.status is Status.SUPERSEDED
    assert any("checked_in_at" in reason.english() for reason in result.reasons)
    text = pdftext.text(print_manifest(day_of_travel, booked.movement_code).pdf)
    assert re.search(r"\bin \d\d:\d\d\b", text)  # the ticked box shows when


def test_escort_needs_are_printed(store: Store) -> None:
    from planning.storage.models import Booking, Person

    booked = booked_family(store)
    with store.transaction() as session:
        person = session.get(Person, booked.family.child)
        assert person is not None
        person.escort_need = EscortNeed.MINOR
        for booking in session.query(Booking).filter(Booking.case_id == booked.family.case_id):
            booking.minor_escorts = 1  # the booking holds the escort place the child needs
    text = pdftext.text(print_manifest(store, booked.movement_code).pdf)
    assert "escort for a minor" in text


def test_an_unknown_movement(store: Store) -> None:
    with pytest.raises(NotFoundError):
        print_manifest(store, "NOPE-1")


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "Manifeste du mouvement Passagers passagers : 3 sièges : 3 Coordinateur du mouvement"),
    ("ar", "بيان الرحلة الركاب الركاب: 3 المقاعد: 3 منسق الرحلة"),
])
def test_the_manifest_prints_in_the_office_language_passengers_from_page_one(store: Store, language: str,
                                                                          words: str) -> None:
    office(store, language)
    booked = booked_family(store)
    pages = pdftext.pages(print_manifest(store, booked.movement_code).pdf)
    assert pdftext.has_words("\n".join(pages), words)
    assert all(name in pages[0] for name in ("Giorgi Beridze", "Nino Beridze", "Luka Beridze"))
    assert "Passengers" not in "\n".join(pages)
