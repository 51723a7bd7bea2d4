"""Giving a record its identity: the identity of the people it matches in other cases (merged into one when
they had several), or a new one. Identities only grow: a correction never takes a record out of one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from planning import audit, status
from planning.persons.matching import Known, Particulars, matching_people
from planning.storage.models import Person, PersonIdentity
from planning.storage.store import Actor


def particulars(person: Person) -> Particulars:
    return Particulars(person.given_names, person.family_name, person.given_names_latin, person.family_name_latin,
                       person.date_of_birth, person.nationality)


def link(session: Session, actor: Actor, people: Sequence[Person], today: date) -> dict[int, list[Known]]:
    """Give each of `people` (written and flushed) its identity; returns the people each one matched.

    A record that matches people of other cases joins their identity, and identities it brings together are
    merged (audited as `person.link`); the other cases touched by a merge have their status refreshed, since
    the same person's history now reaches them."""
    found = matching_people(session, [particulars(p) for p in people], outside={p.case_id for p in people})
    touched: set[int] = set()
    for person, matches in zip(people, found, strict=True):
        identities = {m.identity_id for m in matches if m.identity_id is not None}
        if person.identity_id is not None:
            identities.add(person.identity_id)
        unlinked = [m.person_id for m in matches if m.identity_id is None]
        if not identities:
            identity = PersonIdentity()
            session.add(identity)
            session.flush()
            identities = {identity.id}
        target = min(identities)
        merged = sorted(identities - {target})
        before = person.identity_id
        others = Person.identity_id.in_(merged) | Person.id.in_(unlinked)
        touched.update(session.scalars(select(Person.case_id).where(others)))
        # Like the case status, the identity is derived from the records: it changes without a new version.
        session.execute(update(Person).where(others | (Person.id == person.id)).values(identity_id=target),
                        execution_options={"synchronize_session": "fetch"})
        if merged:
            session.execute(delete(PersonIdentity).where(PersonIdentity.id.in_(merged)))
        if matches and (before != target or merged or unlinked):
            audit.record(session, actor, "person.link", person, case_id=person.case_id,
                         before={"identity_id": before},
                         after={"identity_id": target, "merged_identities": merged,
                                "matches": [{"person_id": m.person_id, "case": m.reference} for m in matches]})
    touched -= {p.case_id for p in people}
    if touched:
        status.refresh(session, sorted(touched), today)
    return {p.id: matches for p, matches in zip(people, found, strict=True)}


def linked_cases(session: Session, case_id: int) -> list[int]:
    """The other cases holding a record of someone in `case_id` (their readiness reads this case's history)."""
    identities = select(Person.identity_id).where(Person.case_id == case_id, Person.identity_id.is_not(None))
    return sorted(set(session.scalars(
        select(Person.case_id).where(Person.identity_id.in_(identities), Person.case_id != case_id))))
