"""Minimal rows for integration tests: a country, a case, a person, and append-only records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from planning.audit import chain_pending, record
from planning.storage.models import Case, CountryProfile, Person, VoluntarinessEvent
from planning.storage.store import Actor
from planning.vocabulary import CaseStatus, ReferralSource, Relationship, Role, Sex, VoluntarinessKind


@dataclass(frozen=True)
class Ids:
    country: int
    case: int
    person: int
    event: int
    audit: int


def insert_household(engine: Engine, *, country_name: str = "Testland") -> Ids:
    with Session(engine) as session, session.begin():
        country = CountryProfile(code="TST", name=country_name)
        case = Case(
            reference="HW-0001", referral_source=ReferralSource.NGO, country=country,
            opened_on=date(2026, 5, 1), status=CaseStatus.INTAKE,
        )
        person = Person(
            case=case, given_names="Amina", family_name="Test", search_name="amina test",
            date_of_birth=date(1990, 1, 1), sex=Sex.FEMALE, nationality="TST",
            relationship_to_head=Relationship.HEAD,
        )
        session.add_all([country, case, person])
        session.flush()
        event = VoluntarinessEvent(
            person_id=person.id, kind=VoluntarinessKind.DECLARED, occurred_on=date(2026, 5, 2),
            recorded_by="counsellor1",
        )
        session.add(event)
        audit = record(session, Actor("counsellor1", Role.COORDINATOR), "declare", ("person", person.id),
                       case_id=case.id)
        chain_pending(session)
        return Ids(country.id, case.id, person.id, event.id, audit.id)
