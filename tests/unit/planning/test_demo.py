"""The demo caseload: deterministic, consistent with the services' rules and with the derived status."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Date, func, select

from planning import status
from planning.demo import generate
from planning.demo.generate import TABLES
from planning.storage.base import Base
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import (
    Assurance,
    AuditEntry,
    Booking,
    Case,
    CounsellingSession,
    FitToTravel,
    Person,
    ProtectionReferral,
    TravelDocument,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.store import Actor, Store
from planning.validation import country_code, language_code, search_key
from planning.vocabulary import CaseStatus, CounsellingTopic, Relationship, Role, VoluntarinessKind
from tests.conftest import TODAY, MemoryKeyring

#: Statuses that depend on movements having happened, which a small run need not show.
OPTIONAL = {CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.MONITORING, CaseStatus.CLOSED}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """One 600-case database shared by the read-only tests of this module."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    location = resolve(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    engine = open_engine(location)
    Base.metadata.create_all(engine)
    store = Store(engine, Actor("demo", Role.COORDINATOR), location, today=lambda: TODAY)
    generate(store, 600, seed=7)
    keyring.set_keyring(previous)
    return store


def test_same_seed_same_caseload(store: Store, tmp_path: Path, coordinator: Actor) -> None:
    first = generate(store, 300, seed=42)
    location = resolve(str(tmp_path / "second.db"))
    engine = open_engine(location)
    Base.metadata.create_all(engine)
    try:
        second = generate(Store(engine, coordinator, location, today=lambda: TODAY), 300, seed=42)
    finally:
        engine.dispose()
    assert first == second
    assert first.cases == 300
    other = generate(store, 300, seed=43)
    assert other.by_status != first.by_status or other.people != first.people


def test_counts_match_the_summary(store: Store) -> None:
    summary = generate(store, 250, seed=3)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 250
        assert session.scalar(select(func.count()).select_from(Person)) == summary.people
        for name in TABLES:
            table = Base.metadata.tables[name]
            assert session.scalar(select(func.count()).select_from(table)) == summary.rows[name], name
        by_status = Counter(s.value for s in session.scalars(select(Case.status)))
        audits = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "demo.generate")))
    assert dict(by_status) == summary.by_status
    assert sum(summary.by_status.values()) == 250
    assert [a.after for a in audits] == [{"cases": 250, "seed": 3}]


def test_stored_status_is_what_refresh_derives(seeded: Store) -> None:
    with seeded.reading() as session:
        stored = {c.id: (c.status, c.ready, c.decided_on, c.household_size, c.vulnerable)
                  for c in session.scalars(select(Case))}
        derived = status.refresh(session, sorted(stored), TODAY)
    mismatched = {
        case_id: (stored[case_id], d)
        for case_id, d in derived.items()
        if stored[case_id] != (d.status, d.ready, d.decided_on, d.household_size, d.vulnerable)
    }
    assert not mismatched
    assert len(derived) == 600


def test_every_status_appears(seeded: Store) -> None:
    with seeded.reading() as session:
        found = set(session.scalars(select(Case.status).distinct()))
    assert set(CaseStatus) - OPTIONAL <= found


def test_no_date_after_today_and_nothing_before_the_case(seeded: Store) -> None:
    with seeded.reading() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, Date) and table.name not in ("assurance", "advisory", "reintegration_budget",
                                                                        "partner_capacity"):
                    if table.name in ("travel_document", "fit_to_travel") and column.name == "valid_until":
                        continue
                    latest = session.scalar(select(func.max(column)))
                    assert latest is None or latest <= TODAY, f"{table.name}.{column.name} = {latest}"
        opened = {i: d for i, d in session.execute(select(Case.id, Case.opened_on))}
        person_case = {i: c for i, c in session.execute(select(Person.id, Person.case_id))}
        checks = [
            (VoluntarinessEvent.person_id, VoluntarinessEvent.occurred_on),
            (ProtectionReferral.person_id, ProtectionReferral.raised_on),
            (Vulnerability.person_id, Vulnerability.noted_on),
        ]
        for person_col, date_col in checks:
            for person_id, day in session.execute(select(person_col, date_col)):
                assert day >= opened[person_case[person_id]], (date_col, person_id)
        for case_id, held_on in session.execute(select(CounsellingSession.case_id, CounsellingSession.held_on)):
            assert held_on >= opened[case_id]
        for r in session.scalars(select(ProtectionReferral)):
            if r.referred_on is not None:
                assert r.referred_on >= r.raised_on
            if r.outcome_on is not None:
                assert r.referred_on is not None and r.outcome_on >= r.referred_on and r.outcome_reference
        for c in session.scalars(select(Case).where(Case.closed_on.is_not(None))):
            assert c.closed_on is not None and c.closed_on >= c.opened_on
        for d in session.scalars(select(TravelDocument)):
            assert d.issued_on <= d.valid_until
        for f in session.scalars(select(FitToTravel)):
            assert f.assessed_on <= f.valid_until
        for v in session.scalars(select(Vulnerability).where(Vulnerability.ended_on.is_not(None))):
            assert v.ended_on is not None and v.ended_on >= v.noted_on


def test_records_pass_the_services_rules(seeded: Store) -> None:
    with seeded.reading() as session:
        people = {p.id: p for p in session.scalars(select(Person))}
        for p in people.values():
            assert p.search_name == search_key(p.given_names, p.family_name, p.given_names_latin,
                                               p.family_name_latin)
            assert country_code("nationality", p.nationality) == p.nationality
            assert all(language_code("languages", code) == code for code in p.languages)
            assert p.date_of_birth <= TODAY
            if p.guardian_id is not None:
                guardian = people[p.guardian_id]
                assert guardian.case_id == p.case_id
                assert guardian.date_of_birth < p.date_of_birth
                assert _age(guardian.date_of_birth, p.case.opened_on) >= 18
        heads = Counter(p.case_id for p in people.values() if p.relationship_to_head is Relationship.HEAD)
        assert set(heads.values()) == {1}
        for e in session.scalars(select(VoluntarinessEvent)):
            if e.kind is VoluntarinessKind.DECLARED:
                assert e.counsellor and e.language
                assert CounsellingTopic.RIGHT_TO_CHANGE_MIND.value in e.information_given
            if e.kind is VoluntarinessKind.FORCE_NEEDED:
                assert e.statement
        for s in session.scalars(select(CounsellingSession)):
            assert s.topics and all(CounsellingTopic(t) for t in s.topics)
        for a in session.scalars(select(Assurance)):
            assert a.valid_to is None or a.valid_to >= a.valid_from
            assert (a.monitoring_level is not None) == (a.kind.value == "monitoring_authorisation")
            assert (a.scope.value == "individual") == bool(a.persons)
        minors = [p for p in people.values() if _age(p.date_of_birth, TODAY) < 18]
        alone = [p for p in minors if p.guardian_id is None]
        assert alone, "a few unaccompanied minors"
        assert all(p.relationship_to_head is Relationship.HEAD for p in alone
                   if _age(p.date_of_birth, p.case.opened_on) < 18)
        scripts = [p for p in people.values() if p.given_names_latin and p.given_names != p.given_names_latin]
        assert scripts, "names in their original script, with a transliteration"
        bookings = list(session.scalars(select(Booking)))
        assert bookings


def test_appending_keeps_references_unique(store: Store) -> None:
    first = generate(store, 150, seed=5)
    second = generate(store, 150, seed=5)
    with store.reading() as session:
        references = list(session.scalars(select(Case.reference)))
    assert len(references) == len(set(references)) == 300
    assert first.by_status == second.by_status
    assert all(r.startswith("HW-") and len(r) == len("HW-2026-000001") for r in references)


def test_services_keep_working_after_a_run(any_store: Store) -> None:
    """Ids were assigned by the generator: the database's own id sequences must have moved past them."""
    from planning.cases import CaseDraft, PersonDraft, open_case
    from planning.vocabulary import ReferralSource, Sex

    generate(any_store, 60, seed=9)
    opened = open_case(any_store, CaseDraft(
        ReferralSource.NGO, "GEO",
        (PersonDraft("Nino", "Beridze", date(1990, 3, 4), Sex.FEMALE, "GEO", languages=("ka",)),),
    ))
    with any_store.reading() as session:
        assert opened.id == session.scalar(select(func.max(Case.id)))
        references = list(session.scalars(select(Case.reference)))
    assert len(set(references)) == 61


def _age(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def test_demo_command_migrates_and_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    url = f"sqlite+pysqlcipher://:demo-key@//{tmp_path / 'cli.db'}"
    assert main(["--db", url, "demo", "--cases", "40", "--seed", "2", "--today", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("40 cases, ")
    assert "by status:" in out and "time taken:" in out
