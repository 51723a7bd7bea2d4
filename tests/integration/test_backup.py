"""Backups and restore: encrypted, consistent, checked before anything is replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planning import cases
from planning.errors import StorageError
from planning.security.keys import DatabaseKey
from planning.storage import backup, migrate
from planning.storage.engine import embedded_key, open_engine
from planning.storage.location import resolve
from planning.storage.models import Case
from planning.storage.store import Actor, Store
from tests.conftest import TODAY
from tests.scenarios import ready_family
from tests.unit.planning.test_case_list import open_single


def case_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


@pytest.fixture
def migrated(tmp_path: Path, coordinator: Actor) -> Iterator[Store]:
    location = resolve(str(tmp_path / "live" / "homeward.db"))
    engine = open_engine(location)
    migrate.upgrade(engine)
    yield Store(engine, coordinator, location, today=lambda: TODAY)
    engine.dispose()


def test_backup_and_restore_round_trip(migrated: Store, tmp_path: Path) -> None:
    assert migrated.location is not None
    family = ready_family(migrated)
    key = embedded_key(migrated.location)
    target = tmp_path / "backups" / "monday.db"
    info = backup.backup(migrated.engine, migrated.location, target, key)
    assert info.kind == "embedded" and info.revision == migrate.head_revision() and info.size > 0
    assert b"Beridze" not in target.read_bytes()  # encrypted

    open_single(migrated, "Later", "Addition")
    assert case_count(migrated) == 2
    backup.restore(migrated.engine, migrated.location, target, key)
    assert case_count(migrated) == 1
    with migrated.reading() as session:
        assert session.get(Case, family.case_id) is not None
    assert migrated.location.path is not None
    safety = list(migrated.location.path.parent.glob("homeward.before-restore-*.db"))
    assert len(safety) == 1  # what the database held before is kept


def test_a_passphrase_backup_restores_into_another_database(migrated: Store, tmp_path: Path,
                                                            coordinator: Actor) -> None:
    assert migrated.location is not None
    ready_family(migrated)
    passphrase = DatabaseKey("correct horse battery staple", raw=False)
    target = tmp_path / "offsite.db"
    backup.backup(migrated.engine, migrated.location, target, passphrase)

    elsewhere = resolve(str(tmp_path / "other-laptop" / "homeward.db"))
    engine = open_engine(elsewhere)
    migrate.upgrade(engine)
    other = Store(engine, coordinator, elsewhere, today=lambda: TODAY)
    with pytest.raises(StorageError) as wrong:
        backup.restore(engine, elsewhere, target, DatabaseKey("wrong", raw=False))
    assert wrong.value.key == "backup.wrong_key"
    assert case_count(other) == 0
    backup.restore(engine, elsewhere, target, passphrase)
    assert case_count(other) == 1
    engine.dispose()


def test_a_damaged_backup_is_refused_and_nothing_is_replaced(migrated: Store, tmp_path: Path) -> None:
    assert migrated.location is not None
    key = embedded_key(migrated.location)
    target = tmp_path / "b.db"
    ready_family(migrated)
    backup.backup(migrated.engine, migrated.location, target, key)
    data = bytearray(target.read_bytes())
    for offset in range(5000, 5040):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    open_single(migrated, "Kept", "Safe")
    with pytest.raises(StorageError) as damaged:
        backup.restore(migrated.engine, migrated.location, target, key)
    assert damaged.value.key in {"backup.damaged", "backup.failed_check", "backup.wrong_key"}
    assert case_count(migrated) == 2


def test_something_that_is_not_a_backup_is_refused(migrated: Store, tmp_path: Path) -> None:
    assert migrated.location is not None
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list")
    with pytest.raises(StorageError):
        backup.restore(migrated.engine, migrated.location, junk, embedded_key(migrated.location))
    missing = tmp_path / "nowhere.db"
    with pytest.raises(Exception, match="does not exist"):
        backup.restore(migrated.engine, migrated.location, missing, embedded_key(migrated.location))


def test_automatic_backups_rotate(tmp_path: Path) -> None:
    for day in range(1, 11):
        (tmp_path / f"homeward-auto-202606{day:02d}-120000.db").write_bytes(b"x")
    deleted = backup.rotate(tmp_path, keep=7)
    assert len(deleted) == 3
    assert sorted(p.name for p in tmp_path.iterdir())[0] == "homeward-auto-20260604-120000.db"


@pytest.mark.postgres
def test_postgresql_backup_and_restore(pg_empty_url: str, tmp_path: Path, coordinator: Actor) -> None:
    location = resolve(pg_empty_url)
    engine = open_engine(location)
    migrate.upgrade(engine)
    store = Store(engine, coordinator, location, today=lambda: TODAY)
    ready_family(store)
    key = DatabaseKey.generate()
    target = tmp_path / "team.db"
    info = backup.backup(engine, location, target, key)
    assert info.kind == "postgresql" and info.revision == migrate.head_revision()
    cases.open_case(store, cases.CaseDraft(cases.ReferralSource.NGO, "SEN", (
        cases.PersonDraft("Awa", "Ndiaye", TODAY.replace(year=1990), cases.Sex.FEMALE, "SEN",
                          cases.Relationship.HEAD),)))
    assert case_count(store) == 2
    backup.restore(engine, location, target, key)
    engine.dispose()
    assert case_count(store) == 1
    engine.dispose()
