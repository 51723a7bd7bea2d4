"""A database built at the first migration keeps every record when upgraded to the newest schema."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, func, insert, select, text

from planning import case_file
from planning.readiness.service import verdict_for
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.sequences import advance_id_sequences
from planning.storage.store import Actor, Store
from planning.validation import search_key
from tests.conftest import TODAY
from tests.unit.planning.test_case_list import open_single

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)

#: One row per table as the first release wrote them (columns of revision 0001 only).
FIRST_RELEASE_ROWS: list[tuple[str, dict[str, Any]]] = [
    ("country_profile", {"id": 1, "code": "GEO", "name": "Georgia", "irregular_exit_punished": False,
                         "active_monitoring_profiles": [], "version": 1}),
    ("case_file", {"id": 1, "reference": "HW-2026-000001", "referral_source": "ngo", "country_id": 1,
                   "region_of_return": "Tbilisi", "opened_on": date(2026, 1, 5), "decided_on": date(2026, 2, 1),
                   "status": "ready", "ready": True, "household_size": 1, "head_name": "Giorgi Beridze",
                   "vulnerable": False, "created_at": NOW, "version": 3}),
    ("person", {"id": 1, "case_id": 1, "given_names": "Giorgi", "family_name": "Beridze",
                "search_name": "giorgi beridze", "date_of_birth": date(1985, 3, 2), "sex": "M", "nationality": "GEO",
                "languages": ["ka"], "relationship_to_head": "head", "version": 1}),
    ("vulnerability", {"id": 1, "person_id": 1, "kind": "elderly", "noted_on": date(2026, 1, 5), "version": 1}),
    ("counselling_session", {"id": 1, "case_id": 1, "held_on": date(2026, 1, 30), "counsellor": "A. C.",
                             "language": "ka", "topics": ["right_to_change_mind"], "outcome": "decided_to_return",
                             "created_at": NOW, "version": 1}),
    ("counselling_participant", {"session_id": 1, "person_id": 1}),
    ("voluntariness_event", {"id": 1, "person_id": 1, "kind": "declared", "occurred_on": date(2026, 2, 1),
                             "recorded_at": NOW, "recorded_by": "coordinator1", "counsellor": "A. C.",
                             "language": "ka", "information_given": ["right_to_change_mind"]}),
    ("assurance", {"id": 1, "country_id": 1, "kind": "readmission", "issuing_authority": "MoIA",
                   "reference": "GEO-RA-1", "scope": "nationals", "valid_from": date(2025, 1, 1),
                   "valid_to": date(2027, 12, 31), "status": "in_force", "scan": b"%PDF-1.4 scan",
                   "scan_filename": "letter.pdf", "version": 1}),
    ("assurance", {"id": 2, "country_id": 1, "kind": "monitoring_authorisation", "issuing_authority": "MoIA",
                   "reference": "GEO-MA-1", "scope": "nationals", "monitoring_level": "active",
                   "valid_from": date(2025, 1, 1), "status": "in_force", "version": 1}),
    ("advisory", {"id": 1, "country_id": 1, "issued_by": "UNHCR", "summary": "Abkhazia", "region": "Abkhazia",
                  "suspends_returns": True, "in_force_from": date(2025, 6, 1), "version": 1}),
    ("protection_referral", {"id": 1, "person_id": 1, "raised_on": date(2026, 1, 10), "raised_by": "c1",
                             "statement": "fear", "authority": "unhcr", "referred_on": date(2026, 1, 11),
                             "outcome": "final_negative", "outcome_on": date(2026, 1, 20),
                             "outcome_reference": "UNHCR/1", "version": 1}),
    ("travel_document", {"id": 1, "person_id": 1, "kind": "passport", "number": "GE0000001",
                         "issuing_country": "GEO", "issued_on": date(2024, 1, 1), "valid_until": date(2030, 1, 1),
                         "status": "valid", "version": 1}),
    ("fit_to_travel", {"id": 1, "person_id": 1, "assessed_on": date(2026, 1, 15), "assessed_by": "Dr A",
                       "fit": True, "valid_until": date(2026, 12, 31), "version": 1}),
    ("movement", {"id": 1, "code": "TK-1234-0615", "kind": "scheduled_flight", "country_id": 1,
                  "origin": "Vienna", "destination": "Tbilisi", "departure_at": NOW, "arrival_at": NOW,
                  "capacity": 6, "cost_per_seat": 420, "medical_escort_places": 0, "minor_escort_places": 0,
                  "status": "planned", "version": 1}),
    ("movement_leg", {"id": 1, "movement_id": 1, "sequence": 1, "origin": "Vienna", "destination": "Tbilisi",
                      "departure_at": NOW, "arrival_at": NOW, "transit_visa_required": False, "version": 1}),
    ("booking", {"id": 1, "case_id": 1, "movement_id": 1, "status": "cancelled", "locked": False, "seats": 1,
                 "medical_escorts": 0, "minor_escorts": 0, "booked_at": NOW, "cancelled_reason": "test",
                 "version": 2}),
    ("user_account", {"id": 1, "username": "admin", "display_name": "Admin", "role": "data_protection_officer",
                      "active": True, "failed_attempts": 0, "created_at": NOW, "version": 1}),
    ("audit_entry", {"id": 1, "at": NOW, "actor": "coordinator1", "action": "case.open", "entity": "case_file",
                     "entity_id": 1, "case_id": 1, "after": {"reference": "HW-2026-000001"}}),
]


def build_first_release(engine: Engine) -> dict[str, int]:
    migrate.upgrade(engine, "0001")
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for table, row in FIRST_RELEASE_ROWS:
            conn.execute(insert(metadata.tables[table]), [row])
        advance_id_sequences(conn, sorted({t for t, r in FIRST_RELEASE_ROWS if "id" in r}))
    return table_counts(engine)


def table_counts(engine: Engine) -> dict[str, int]:
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar() or 0
                for name, table in metadata.tables.items() if name != "alembic_version"}


#: Written in the clear by the first release, sealed by the upgrade (compared opened, below).
SEALED = {("protection_referral", "statement")}
#: Derived from other columns and recomputed by the upgrade (compared with what they derive from, below).
DERIVED = {("person", "search_name")}


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the first release's tables, in the first release's columns (sealed ones aside)."""
    first = {table for table, _ in FIRST_RELEASE_ROWS}
    metadata = MetaData()
    metadata.reflect(engine)
    rows = {}
    with engine.connect() as conn:
        for table in sorted(first):
            columns = sorted({c for t, r in FIRST_RELEASE_ROWS if t == table for c in r
                              if (t, c) not in SEALED | DERIVED})
            t = metadata.tables[table]
            found = [tuple(r) for r in conn.execute(select(*(t.c[c] for c in columns)))]
            rows[table] = sorted(found, key=repr)  # JSON columns have no order in PostgreSQL
    return rows


def check_upgrade(engine: Engine, location: object, coordinator: Actor) -> None:
    before_counts = build_first_release(engine)
    before_rows = snapshot(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    after_counts = table_counts(engine)
    assert {t: after_counts[t] for t in before_counts} == before_counts
    assert snapshot(engine) == before_rows
    assert migrate.pending_diff(engine) == []
    with engine.connect() as conn:  # the search text finds the name in either script (migration 0020)
        assert conn.execute(text("SELECT search_name FROM person")).scalar() == search_key("Giorgi", "Beridze")
    store = Store(engine, coordinator, location, today=lambda: TODAY)  # type: ignore[arg-type]
    assert verdict_for(store, "HW-2026-000001").reference == "HW-2026-000001"
    with engine.connect() as conn:
        assert str(conn.execute(text("SELECT statement FROM protection_referral")).scalar()).startswith("hw2:")
    assert case_file.load(store, 1).members[0].referrals[0].statement == "fear"  # sealed, bound, and the same
    open_single(store, "New", "Afterwards", "GEO")  # the services work on the upgraded database


def test_sqlite_database_from_the_first_release_upgrades_keeping_every_record(
        tmp_path: Path, coordinator: Actor) -> None:
    location = resolve(str(tmp_path / "old.db"))
    engine = open_engine(location)
    try:
        check_upgrade(engine, location, coordinator)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_database_from_the_first_release_upgrades_keeping_every_record(
        pg_empty_url: str, coordinator: Actor) -> None:
    location = resolve(pg_empty_url)
    engine = open_engine(location)
    try:
        check_upgrade(engine, location, coordinator)
    finally:
        engine.dispose()
