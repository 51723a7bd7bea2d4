"""Households to print for: booked on a flight via Istanbul, an office profile, names in other scripts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select

from planning import booking_service, movements
from planning.documents.office import OfficeDraft, save_office
from planning.storage.models import DocumentIssue, Person
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import Family, ready_family
from tests.unit.planning.test_movements import via_istanbul

TRAVEL_DAY = TODAY + timedelta(days=10)
EMERGENCY = "+32 470 00 11 22"


@dataclass
class Booked:
    family: Family
    movement_id: int
    movement_code: str


def office(store: Store, language: str = "en") -> None:
    save_office(store, OfficeDraft(name="Return Office Brussels", address="Rue Montoyer 40\n1000 Brussels",
                                   phone="+32 2 287 70 00", email="avr@example.org", emergency_phone=EMERGENCY,
                                   language=language, signatory_name="Claire Dubois",
                                   signatory_title="Head of the return office"))


def istanbul_flight(store: Store, code: str = "TK-1", capacity: int = 10) -> int:
    draft = via_istanbul(datetime.combine(TRAVEL_DAY, time(12), UTC), datetime.combine(TRAVEL_DAY, time(15), UTC))
    return movements.add_movement(store, replace(draft, code=code, capacity=capacity))


def speaks(store: Store, person_id: int, language: str, given: str | None = None, family: str | None = None) -> None:
    """Give a member a preferred language and, optionally, a name in its script (the Latin one kept aside)."""
    with store.transaction() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.preferred_language = language
        person.languages = [language]
        if given and family:
            person.given_names_latin, person.family_name_latin = person.given_names, person.family_name
            person.given_names, person.family_name = given, family


def booked_family(store: Store, code: str = "TK-1", *, movement_id: int | None = None) -> Booked:
    """A ready family of three booked on the Istanbul flight (created unless given)."""
    family = ready_family(store) if movement_id is None else _another_family(store)
    if movement_id is None:
        movement_id = istanbul_flight(store, code)
    booking_service.book(store, family.case_id, movement_id)
    return Booked(family, movement_id, movements.movement(store, movement_id).code)


def _another_family(store: Store) -> Family:
    from tests.scenarios import counsel, declare, open_family, passports

    family = open_family(store)
    counsel(store, family, TODAY - timedelta(days=30))
    declare(store, family.father, TODAY - timedelta(days=29))
    declare(store, family.mother, TODAY - timedelta(days=29))
    passports(store, family)
    return family


def issues(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(DocumentIssue)) or 0)


def unaccompanied_child(store: Store) -> tuple[str, int, int]:
    """A 16-year-old returning alone, ready: best-interests decision and confirmed reception (S1), an ETD.

    Returns the case reference, the case id and the child's person id.
    """
    from datetime import date

    from planning import cases, counselling, minors, travel
    from planning.vocabulary import BestInterestsOutcome, ReferralSource, Relationship, Sex, TravelDocumentKind
    from tests.scenarios import COUNTRY, TOPICS, assurances, declare

    today = store.today()
    assurances(store)
    opened = cases.open_case(store, cases.CaseDraft(
        referral_source=ReferralSource.NGO, country=COUNTRY, region_of_return="Imereti",
        opened_on=today - timedelta(days=40),
        members=(cases.PersonDraft("Dato", "Kapanadze", date(2010, 5, 5), Sex.MALE, COUNTRY, Relationship.HEAD,
                                   languages=("ka", "ru")),),
    ))
    child = opened.member_ids[0]
    counselling.record_session(store, opened.id, counselling.SessionDraft(
        held_on=today - timedelta(days=20), counsellor="A. Counsellor", language="ru", interpreter=None,
        topics=TOPICS, outcome=counselling.CounsellingOutcome.DECIDED_TO_RETURN))
    declare(store, child, today - timedelta(days=19))
    travel.add_document(store, child, travel.DocumentDraft(
        kind=TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT, number="ETD1", issuing_country=COUNTRY,
        issued_on=today - timedelta(days=5), valid_until=today + timedelta(days=60)))
    determination = minors.record_determination(store, child, minors.DeterminationDraft(
        decided_on=today - timedelta(days=3), decided_by="Best-interests panel",
        outcome=BestInterestsOutcome.RETURN_IN_BEST_INTERESTS))
    minors.confirm_reception(store, determination, 1, today, "Aunt in Kutaisi, visited by social services")
    return opened.reference, opened.id, child
