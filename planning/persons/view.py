"""Who each member of a case is across cases: the other records of the same person, and the decisions about
those that ended for good (for the command line's `homeward persons matches`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from planning.lookup import case_by_reference
from planning.persons.history import Earlier, earlier
from planning.storage.models import Case, Person
from planning.storage.store import Store
from planning.vocabulary import CaseStatus


@dataclass(frozen=True)
class Record:
    """Another record of the same person."""

    person_id: int
    name: str
    case_reference: str
    case_status: CaseStatus


@dataclass(frozen=True)
class Member:
    person_id: int
    name: str
    date_of_birth: date
    nationality: str
    identity_id: int | None
    records: tuple[Record, ...]
    #: The records among them whose involvement ended or who were granted protection, with the decisions.
    earlier: tuple[Earlier, ...]


def members(store: Store, reference: str) -> tuple[str, tuple[Member, ...]]:
    """The case's reference and, for each member, the same person's other records."""
    with store.reading() as session:
        case = case_by_reference(session, reference)
        people = list(session.scalars(select(Person).where(Person.case_id == case.id).order_by(Person.id)))
        identities = {p.identity_id for p in people if p.identity_id is not None}
        others: dict[int, list[Record]] = {}
        for person, case_reference, status in session.execute(
            select(Person, Case.reference, Case.status).join(Case, Person.case_id == Case.id)
            .where(Person.identity_id.in_(identities), Person.case_id != case.id).order_by(Case.reference)
        ):
            others.setdefault(person.identity_id or 0, []).append(
                Record(person.id, person.display_name, case_reference, status))
        found = earlier(session, people)
        return case.reference, tuple(
            Member(p.id, p.display_name, p.date_of_birth, p.nationality, p.identity_id,
                   tuple(others.get(p.identity_id, ())) if p.identity_id is not None else (), found.get(p.id, ()))
            for p in people)
