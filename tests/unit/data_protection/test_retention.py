"""Retention: closed cases anonymised after the period; a dry run changes nothing; the chain still verifies."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planning import cases, protection
from planning.audit_chain import verify
from planning.data_protection import consent, retention
from planning.data_protection.retention import EndedBy, Removal
from planning.errors import PermissionDenied, ValidationError
from planning.security import sealed_fields
from planning.security.field_keys import readable
from planning.storage.models import AuditEntry, Case, Person, ProtectionReferral, VoluntarinessEvent
from planning.storage.store import Actor, Store
from planning.vocabulary import CaseStatus, LegalBasis, Role
from tests.conftest import TODAY
from tests.scenarios import Family, counsel, declare, open_family
from tests.unit.data_protection.tamper import as_officer

OFFICER = Actor("dpo", Role.DATA_PROTECTION_OFFICER)


def later(store: Store, on: date) -> Store:
    """The same database, years later, used by the data-protection officer."""
    return Store(store.engine, OFFICER, store.location, today=lambda: on)


def closed_family(store: Store) -> Family:
    family = open_family(store)
    counsel(store, family, TODAY)
    declare(store, family.father, TODAY)
    consent.record_basis(store, family.father, LegalBasis.CONSENT, "Reintegration assistance", TODAY,
                         note="Signed in front of Nino Beridze")
    with store.reading() as session:
        version = session.get_one(Case, family.case_id).version
    cases.close_case(store, family.case_id, version, TODAY, "The household no longer seeks return")
    return family


def test_the_dry_run_lists_due_cases_and_what_would_go_and_changes_nothing(any_store: Store) -> None:
    family = closed_family(any_store)
    still_open = open_family(any_store)

    too_early = retention.plan(later(any_store, date(2032, 5, 31)))
    due = retention.plan(later(any_store, date(2032, 6, 1)))

    assert too_early.cases == ()
    assert [c.reference for c in due.cases] == [family.reference]
    [case] = due.cases
    assert (case.status, case.ended_on, case.ended_by, case.household_size) == (
        CaseStatus.CLOSED, TODAY, EndedBy.CLOSED, 3)
    removes = dict(case.removes)
    assert removes[Removal.IDENTITIES] == 3
    assert removes[Removal.VOLUNTARINESS_STATEMENTS] == 1
    assert removes[Removal.AUDIT_VALUES] >= 4
    assert still_open.reference not in [c.reference for c in due.cases]
    with any_store.reading() as session:
        assert session.get_one(Case, family.case_id).anonymised_on is None
    assert retention.plan(later(any_store, date(2027, 6, 1)), years=1).cases == due.cases


def test_apply_anonymises_keeps_statistics_and_the_chain_verifies(any_store: Store) -> None:
    family = closed_family(any_store)
    protection.raise_concern(any_store, family.mother, TODAY, "My brother-in-law threatened me")
    other = open_family(any_store)
    officer = later(any_store, date(2033, 1, 1))

    result = retention.apply(officer)

    assert result.references == (family.reference,)
    with any_store.reading() as session:
        case = session.get_one(Case, family.case_id)
        members = session.scalars(select(Person).where(Person.case_id == family.case_id).order_by(Person.id)).all()
        assert case.anonymised_on == date(2033, 1, 1)
        assert (case.head_name, case.region_of_return, case.household_size, case.status) == \
            ("Anonymised", None, 3, CaseStatus.CLOSED)
        assert case.country.code == "GEO"
        assert [m.display_name for m in members] == [f"Anonymised #{m.id}" for m in members]
        assert [m.date_of_birth for m in members] == [date(1985, 1, 1), date(1988, 1, 1), date(2016, 1, 1)]
        assert all(m.phone is None and m.search_name == "" for m in members)
        event = session.scalars(select(VoluntarinessEvent).where(VoluntarinessEvent.person_id == family.father)).one()
        assert (event.statement, event.counsellor, event.redacted_on) == (None, None, date(2033, 1, 1))
        referral = session.scalars(select(ProtectionReferral)
                                   .where(ProtectionReferral.person_id == family.mother)).one()
        assert referral.statement.startswith("hw2:")  # what remains is sealed too, bound to the referral
        assert readable(any_store, referral.statement, sealed_fields.statement(referral.id, family.mother)) == \
            "[removed by retention on 2033-01-01]"
        entries = session.scalars(select(AuditEntry).where(AuditEntry.case_id == family.case_id)).all()
        assert entries and all(e.before is None and e.after is None and e.redacted_by == result.audit_entry_id
                               for e in entries)
        assert all(e.action for e in entries)
        kept = session.scalars(select(AuditEntry).where(AuditEntry.case_id == other.case_id)).all()
        assert kept and all(e.redacted_by is None and e.after is not None for e in kept)
        run = session.get_one(AuditEntry, result.audit_entry_id)
        assert run.action == "retention.apply" and run.after == {
            "years": 6, "cutoff": "2027-01-01", "cases": [family.reference]}
        assert "Beridze" not in str(run.after)
    report = verify(as_officer(any_store))
    assert report.ok, report.broken
    assert retention.apply(officer).references == ()


def test_a_redacted_entry_cannot_be_given_a_payload_back_unnoticed(any_store: Store) -> None:
    family = closed_family(any_store)
    retention.apply(later(any_store, date(2033, 1, 1)))
    with any_store.reading() as session:
        entry_id = session.scalars(select(AuditEntry.id).where(AuditEntry.case_id == family.case_id)).first()

    with pytest.raises(DBAPIError, match="append-only"), any_store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET redacted_by = NULL WHERE id = :id"), {"id": entry_id})
    with pytest.raises(DBAPIError, match="append-only"), any_store.engine.begin() as conn:
        conn.execute(text("UPDATE voluntariness_event SET statement = 'back' WHERE person_id = :p"),
                     {"p": family.father})


def test_only_the_data_protection_officer_runs_retention(any_store: Store) -> None:
    closed_family(any_store)
    coordinator = Store(any_store.engine, any_store.actor, any_store.location, today=lambda: date(2033, 1, 1))

    with pytest.raises(PermissionDenied, match="anonymise"):
        retention.plan(coordinator)
    with pytest.raises(PermissionDenied):
        retention.apply(coordinator)
    with pytest.raises(ValidationError) as bad:
        retention.plan(later(any_store, date(2033, 1, 1)), years=0)
    assert bad.value.field == "years"


def test_an_anonymised_person_takes_no_new_consent(any_store: Store) -> None:
    family = closed_family(any_store)
    officer = later(any_store, date(2033, 1, 1))
    retention.apply(officer)

    with pytest.raises(ValidationError, match="anonymised"):
        consent.record_basis(officer, family.father, LegalBasis.CONSENT, "Monitoring", date(2033, 1, 1))
