"""Two desktops on one PostgreSQL database edit the same record: the second gets a conflict, never overwrites."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from planning import case_file, cases
from planning.audit_chain import verify
from planning.case_file import MemberView
from planning.errors import ConflictError
from planning.storage.engine import open_engine
from planning.storage.models import Person
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.conftest import TODAY
from tests.scenarios import open_family
from tests.unit.data_protection.tamper import as_officer

pytestmark = pytest.mark.postgres


def draft(member: MemberView) -> cases.PersonDraft:
    return cases.PersonDraft(
        given_names=member.given_names, family_name=member.family_name, date_of_birth=member.date_of_birth,
        sex=member.sex, nationality=member.nationality, relationship=member.relationship,
        given_names_latin=member.given_names_latin, family_name_latin=member.family_name_latin,
        permanent_residence=member.permanent_residence, exit_irregular=member.exit_irregular,
        languages=tuple(member.languages), preferred_language=member.preferred_language, phone=member.phone,
        email=member.email, escort_need=member.escort_need)


@pytest.fixture
def second(pg_store: Store) -> Iterator[Store]:
    """Another desktop: its own connection pool and its own user, on the same database."""
    assert pg_store.location is not None
    engine = open_engine(pg_store.location)
    yield Store(engine, Actor("coordinator2", Role.COORDINATOR), pg_store.location, today=lambda: TODAY)
    engine.dispose()


def test_the_second_save_of_a_stale_version_is_refused_with_the_current_values(
        pg_store: Store, second: Store) -> None:
    family = open_family(pg_store)
    mine = case_file.load(pg_store, family.case_id).member(family.father)
    theirs = case_file.load(second, family.case_id).member(family.father)
    assert mine.version == theirs.version

    cases.update_person(second, family.father, theirs.version, replace(draft(theirs), phone="+995 555 123"))
    with pytest.raises(ConflictError) as conflict:
        cases.update_person(pg_store, family.father, mine.version, replace(draft(mine), given_names="Giorgy"))

    error = conflict.value
    assert (error.expected, error.found) == (mine.version, mine.version + 1)
    assert error.current["phone"] == "+995 555 123" and error.current["given_names"] == "Giorgi"
    with pg_store.reading() as session:
        stored = session.get_one(Person, family.father)
    assert (stored.given_names, stored.phone) == ("Giorgi", "+995 555 123")
    assert verify(as_officer(pg_store)).ok


def test_a_change_committed_between_reading_and_writing_is_a_conflict(pg_store: Store, second: Store) -> None:
    """The race the version check alone cannot see: the UPDATE's version condition catches it."""
    family = open_family(pg_store)
    with pytest.raises(ConflictError, match="person was changed by someone else while you were saving"), \
            pg_store.transaction() as session:
        person = session.scalars(select(Person).where(Person.id == family.father)).one()
        theirs = case_file.load(second, family.case_id).member(family.father)
        cases.update_person(second, family.father, theirs.version, replace(draft(theirs), phone="+995 555 999"))
        person.given_names = "Giorgy"
        session.flush()

    with second.reading() as session:
        stored = session.get_one(Person, family.father)
    assert (stored.given_names, stored.phone) == ("Giorgi", "+995 555 999")


def test_edits_of_one_case_at_once_never_deadlock_on_the_audit_chain(pg_store: Store, second: Store) -> None:
    """One desktop edits the case (case row first), the other a member (case row last, via its status)."""
    from concurrent.futures import ThreadPoolExecutor

    from planning.audit_chain import verify
    from planning.errors import HomewardError
    from planning.storage.models import Case

    family = open_family(pg_store)

    def edit_case(n: int) -> str:
        with second.reading() as session:
            version = session.get_one(Case, family.case_id).version
        try:
            cases.update_case(second, family.case_id, version, region_of_return=f"Region {n}", referral_note=None)
        except HomewardError as error:
            return error.key
        return "saved"

    def edit_member(n: int) -> str:
        member = case_file.load(pg_store, family.case_id).member(family.mother)
        try:
            cases.update_person(pg_store, family.mother, member.version, replace(draft(member), phone=f"+995 {n}"))
        except HomewardError as error:
            return error.key
        return "saved"

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda n: edit_case(n) if n % 2 else edit_member(n), range(40)))

    assert set(outcomes) <= {"saved", "conflict.version", "conflict.while_saving"}, outcomes
    assert outcomes.count("saved") >= 20
    assert verify(as_officer(pg_store)).ok
