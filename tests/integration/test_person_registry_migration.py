"""Migration 0011 gives every existing record an identity, shared by records of different cases that describe
the same person, so that someone opened again before the registry existed is caught too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, func, insert, select

from planning.readiness.service import verdict_for
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import Location, resolve
from planning.storage.sequences import advance_id_sequences
from planning.storage.store import Actor, Store
from tests.conftest import TODAY
from tests.unit.planning.test_case_list import open_single

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
BORN = date(1979, 11, 30)


def case(id: int, status: str = "intake") -> tuple[str, dict[str, Any]]:
    return ("case_file", {"id": id, "reference": f"HW-2026-{id:06d}", "referral_source": "ngo", "country_id": 1,
                          "opened_on": date(2026, 1, id), "status": status, "ready": False, "household_size": 1,
                          "head_name": "x", "vulnerable": False, "created_at": NOW, "version": 1})


def person(id: int, case_id: int, given: str, family: str, search_name: str, born: date = BORN,
           nationality: str = "IRQ") -> tuple[str, dict[str, Any]]:
    return ("person", {"id": id, "case_id": case_id, "given_names": given, "family_name": family,
                       "search_name": search_name, "date_of_birth": born, "sex": "M", "nationality": nationality,
                       "languages": [], "relationship_to_head": "head", "version": 1})


ROWS = [
    ("country_profile", {"id": 1, "code": "IRQ", "name": "Iraq", "irregular_exit_punished": False,
                         "active_monitoring_profiles": [], "version": 1}),
    case(1, "involvement_ended"), case(2), case(3), case(4),
    person(1, 1, "Mohammed", "Al-Hassan", "mohammed al hassan ~mhmd ~al ~hsn"),
    person(2, 1, "Fatima", "Al-Hassan", "fatima al hassan ~ftm ~al ~hsn", born=date(1982, 2, 2)),
    person(3, 2, "محمد", "الحسن", "محمد الحسن ~محمد ~الحسن"),  # the same man, written in Arabic
    person(4, 3, "Mohammed", "Al-Hassan", "mohammed al hassan ~mhmd ~al ~hsn", born=date(1979, 11, 29)),
    person(5, 4, "Mohammed", "Al-Hassan", "mohammed al hassan ~mhmd ~al ~hsn", nationality="SYR"),
    ("voluntariness_event", {"id": 1, "person_id": 1, "kind": "force_needed", "occurred_on": date(2026, 2, 1),
                             "recorded_at": NOW, "recorded_by": "c1", "information_given": []}),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, Location]]:
    """A database at revision 0010 holding the rows above."""
    url = str(tmp_path / "old.db") if request.param == "sqlite" else request.getfixturevalue("pg_empty_url")
    location = resolve(url)
    engine = open_engine(location)
    migrate.upgrade(engine, "0010")
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for table, row in ROWS:
            conn.execute(insert(metadata.tables[table]), [row])
        advance_id_sequences(conn, sorted({t for t, _ in ROWS}))
    yield engine, location
    engine.dispose()


def test_existing_records_of_the_same_person_share_an_identity(old_database: tuple[Engine, Location],
                                                                coordinator: Actor) -> None:
    engine, location = old_database

    migrate.upgrade(engine)

    assert migrate.pending_diff(engine) == []
    metadata = MetaData()
    metadata.reflect(engine)
    people, identities = metadata.tables["person"], metadata.tables["person_identity"]
    with engine.connect() as conn:
        identity = {key: value for key, value in conn.execute(select(people.c.id, people.c.identity_id))}
        count = conn.execute(select(func.count()).select_from(identities)).scalar()
    assert None not in identity.values()
    assert identity[3] == identity[1]  # Mohammed Al-Hassan and محمد الحسن
    assert len({identity[1], identity[2], identity[4], identity[5]}) == 4  # wife, other birth date, other country
    assert count == 4
    store = Store(engine, coordinator, location, today=lambda: TODAY)
    assert "S3.same_person_ended" in {r.code for r in verdict_for(store, "HW-2026-000002").reasons}
    assert "S3.same_person_ended" not in {r.code for r in verdict_for(store, "HW-2026-000003").reasons}
    open_single(store, "New", "Afterwards", "GEO")  # new identities after the ones the migration wrote
