"""One use case, one transaction: services called inside an open unit of work commit with it or not at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from planning import cases, countries
from planning.errors import HomewardError, ValidationError
from planning.storage.models import AuditEntry, Case, Person
from planning.storage.store import Store, collect_changes
from planning.vocabulary import Relationship, Sex
from tests.scenarios import COUNTRY, open_family


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def draft(name: str) -> cases.PersonDraft:
    return cases.PersonDraft(name, "Beridze", date(1990, 1, 1), Sex.FEMALE, COUNTRY, Relationship.SPOUSE)


def test_services_inside_a_unit_commit_together(any_store: Store) -> None:
    family = open_family(any_store)
    with any_store.transaction():
        cases.add_member(any_store, family.case_id, draft("Ketevan"))
        cases.add_member(any_store, family.case_id, draft("Tamar"))
    with any_store.reading() as session:
        names = set(session.scalars(select(Person.given_names).where(Person.case_id == family.case_id)))
    assert {"Ketevan", "Tamar"} <= names


def test_a_failure_after_a_service_rolls_the_whole_unit_back(any_store: Store) -> None:
    family = open_family(any_store)
    people, entries = count(any_store, Person), count(any_store, AuditEntry)
    with pytest.raises(HomewardError), any_store.transaction():
        cases.add_member(any_store, family.case_id, draft("Ketevan"))
        raise ValidationError("members", "case.no_members")
    assert count(any_store, Person) == people
    assert count(any_store, AuditEntry) == entries


def test_a_caught_failure_of_a_joined_service_keeps_the_rest(any_store: Store) -> None:
    family = open_family(any_store)
    entries = count(any_store, AuditEntry)
    with any_store.transaction():
        cases.add_member(any_store, family.case_id, draft("Ketevan"))
        with pytest.raises(ValidationError), any_store.transaction():
            cases.add_member(any_store, family.case_id, draft("Tamar"))  # written, then undone
            raise ValidationError("members", "case.no_members")
    with any_store.reading() as session:
        names = list(session.scalars(select(Person.given_names).where(Person.case_id == family.case_id)))
    assert names.count("Ketevan") == 1 and "Tamar" not in names
    assert count(any_store, AuditEntry) == entries + 1


def test_reading_inside_a_unit_sees_its_writes(any_store: Store) -> None:
    family = open_family(any_store)
    with any_store.transaction():
        cases.add_member(any_store, family.case_id, draft("Ketevan"))
        with any_store.reading() as session:
            assert "Ketevan" in set(session.scalars(select(Person.given_names)))
        assert any_store.in_transaction()
    assert not any_store.in_transaction()


def test_collected_changes_name_what_the_units_wrote(any_store: Store) -> None:
    family = open_family(any_store)
    with collect_changes() as changed:
        cases.add_member(any_store, family.case_id, draft("Ketevan"))
        countries.create_country(any_store, "ARM")
    assert "person" in changed.entities and family.case_id in changed.case_ids
    assert "country_profile" in changed.entities
    with collect_changes() as nothing, pytest.raises(HomewardError), any_store.transaction():
        cases.add_member(any_store, family.case_id, draft("Tamar"))
        raise ValidationError("members", "case.no_members")
    assert not nothing
    with any_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1
