"""The movement manifest: passengers, documents, escorts, special needs, check-in boxes, households not ready."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import update

from planning import checkin
from planning.documents.manifest import print_manifest
from planning.documents.verification import Status, verify
from planning.errors import NotFoundError
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
    second = booked_family(any_store, movement_id=first.movement_id)
    printed = print_manifest(any_store, first.movement_code)
    text = pdftext.text(printed.pdf)
    for expected in ("Movement manifest", "TK-1 (scheduled flight), planned", "BRU – IST – TBS",
                     "11 June 2026, 09:00 UTC", first.family.reference, second.family.reference,
                     f"GE{first.family.father:07d}", f"GE{second.family.child:07d}", "2 March 1985",
                     printed.code):
        assert expected in text, expected
    assert pdftext.has_words(text, "6 in 2 household(s) (capacity 10)")
    assert text.count("Giorgi Beridze") == 2
    assert "pregnancy" in text
    assert "Movement coordinator" in text


def test_households_not_ready_are_flagged_and_check_ins_shown(store: Store) -> None:
    first = booked_family(store)
    second = booked_family(store, movement_id=first.movement_id)
    with store.transaction() as session:
        session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(second.family.members))
                        .values(valid_until=TODAY + timedelta(days=9)))
    text = pdftext.text(print_manifest(store, str(first.movement_id)).pdf)
    assert pdftext.has_words(text, "1 household(s) NOT READY to travel on the day")
    assert pdftext.has_words(text, "NOT READY: S10")


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
    from planning.storage.models import Person

    booked = booked_family(store)
    with store.transaction() as session:
        person = session.get(Person, booked.family.child)
        assert person is not None
        person.escort_need = EscortNeed.MINOR
    text = pdftext.text(print_manifest(store, booked.movement_code).pdf)
    assert "escort for a minor" in text


def test_an_unknown_movement(store: Store) -> None:
    with pytest.raises(NotFoundError):
        print_manifest(store, "NOPE-1")
