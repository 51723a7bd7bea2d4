"""Migration 0009 chains the audit entries written before it, in id order, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from planning.audit_chain import verify
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Store
from tests.integration.attacker import sha256_link
from tests.unit.data_protection.tamper import bypassing_triggers, write_entries


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        location = resolve(str(tmp_path / "old.db"))
    else:
        location = resolve(request.getfixturevalue("pg_empty_url"))
    engine = open_engine(location)
    yield engine
    engine.dispose()


def test_entries_written_before_the_chain_are_chained_in_id_order(engine: Engine) -> None:
    migrate.upgrade(engine, "0008")
    with engine.begin() as conn:
        for n in range(7):
            conn.execute(text(
                "INSERT INTO audit_entry (at, actor, action, entity, entity_id, before, after) "
                "VALUES (:at, 'old', 'case.update', 'case_file', :n, :b, :a)"),
                {"at": datetime(2025, 1, 1, 9, n, 30, 123456, tzinfo=UTC), "n": n,
                 "b": '{"region": "North"}' if n % 2 else None, "a": f'{{"region": "South {n}"}}'})

    migrate.upgrade(engine)

    store = Store(engine, SYSTEM)
    report = verify(store)
    assert report.ok, report.broken
    assert report.entries == report.head_seq == 7
    with engine.connect() as conn:
        order = conn.execute(text("SELECT entity_id FROM audit_entry ORDER BY seq")).scalars().all()
    assert order == list(range(7))

    write_entries(store, 2)
    assert verify(store).head_seq == 9 and verify(store).ok
    with engine.connect() as conn:
        keyed_from, mac = conn.execute(text("SELECT keyed_from, mac FROM audit_chain_head")).one()
        links = dict(conn.execute(text("SELECT seq, hash FROM audit_entry")).all())
    # 0012: the entries before it keep their SHA-256 links and still verify; the new ones are keyed.
    assert keyed_from == 8 and mac is not None
    with engine.connect() as conn:
        legacy = conn.execute(text("SELECT * FROM audit_entry WHERE seq = 3")).one()
    assert links[3] == sha256_link(legacy, legacy.prev_hash)
    bypassing_triggers(store, "UPDATE audit_entry SET actor = 'forger' WHERE seq = 3")
    broken = verify(store).broken
    assert broken is not None and (broken.kind, broken.seq) == ("altered", 3)


def test_downgrade_removes_the_chain_and_keeps_the_entries(engine: Engine) -> None:
    migrate.upgrade(engine)
    write_entries(Store(engine, SYSTEM), 3)

    migrate.downgrade(engine, "0008")

    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 3
    migrate.upgrade(engine)
    assert verify(Store(engine, SYSTEM)).ok
