"""Every change is audited in its own transaction; stale edits are refused, nothing overwritten."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planning import cases, countries
from planning.errors import ConflictError
from planning.storage.models import AuditEntry, Person
from planning.storage.store import Store
from planning.vocabulary import Relationship, Sex, VoluntarinessKind
from tests.scenarios import COUNTRY, declare, ready_family


def audit_actions(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_every_service_call_is_audited_with_actor_and_case(store: Store) -> None:
    family = ready_family(store)
    actions = audit_actions(store)
    assert actions.count("case.open") == 1
    assert actions.count("person.add") == 3
    assert actions.count("voluntariness.declared") == 2
    assert actions.count("document.add") == 3
    assert actions.count("assurance.add") == 3
    assert "counselling.record" in actions
    with store.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.case_id == family.case_id)))
    assert entries and all(e.actor == "coordinator1" for e in entries)


def test_update_records_before_and_after_only_for_changed_fields(store: Store) -> None:
    family = ready_family(store)
    cases.update_person(store, family.father, 1, cases.PersonDraft(
        "Giorgi", "Beridze-Kapanadze", date(1985, 3, 2), Sex.MALE, COUNTRY, Relationship.HEAD,
        languages=("ka", "ru"), exit_irregular=True))
    with store.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "person.update")).one()
    assert entry.before is not None and entry.after is not None
    assert entry.before["family_name"] == "Beridze"
    assert entry.after["family_name"] == "Beridze-Kapanadze"
    assert "date_of_birth" not in entry.after


def test_stale_edit_is_refused_and_nothing_is_overwritten(store: Store) -> None:
    family = ready_family(store)
    first = cases.PersonDraft("Giorgi", "First", date(1985, 3, 2), Sex.MALE, COUNTRY, Relationship.HEAD)
    second = cases.PersonDraft("Giorgi", "Second", date(1985, 3, 2), Sex.MALE, COUNTRY, Relationship.HEAD)
    assert cases.update_person(store, family.father, 1, first) == 2
    with pytest.raises(ConflictError) as raised:
        cases.update_person(store, family.father, 1, second)
    assert raised.value.expected == 1 and raised.value.found == 2
    assert raised.value.current["family_name"] == "First"
    with store.reading() as session:
        person = session.get(Person, family.father)
        assert person is not None and person.family_name == "First"


def test_conflicting_country_profile_edits(store: Store) -> None:
    version = countries.save_profile(store, "ALB", countries.ProfileDraft(irregular_exit_punished=False))
    countries.save_profile(store, "ALB", countries.ProfileDraft(irregular_exit_punished=True), version)
    with pytest.raises(ConflictError):
        countries.save_profile(store, "ALB", countries.ProfileDraft(irregular_exit_punished=False), version)
    assert countries.profile(store, "ALB").irregular_exit_punished is True


def test_failed_call_leaves_no_audit_entry(store: Store) -> None:
    family = ready_family(store)
    count = len(audit_actions(store))
    with pytest.raises(ConflictError):
        cases.update_case(store, family.case_id, 99, region_of_return="Batumi", referral_note=None)
    assert len(audit_actions(store)) == count


def test_voluntariness_events_and_audit_are_append_only_in_the_database(store: Store) -> None:
    family = ready_family(store)
    declare(store, family.father, store.today(), VoluntarinessKind.REFUSED)
    for statement in ("UPDATE voluntariness_event SET kind = 'declared'",
                      "DELETE FROM voluntariness_event",
                      "UPDATE audit_entry SET actor = 'someone'",
                      "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    with store.engine.connect() as conn:
        kinds = [k for (k,) in conn.execute(text(
            "SELECT kind FROM voluntariness_event WHERE person_id = :p ORDER BY id"), {"p": family.father})]
    assert kinds == ["declared", "refused"]
