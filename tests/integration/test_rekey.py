"""`homeward db rekey`: the file opens with the new key (from the keychain), never again with the old one."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from argon2 import PasswordHasher
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.errors import StorageError, ValidationError
from planning.security import accounts
from planning.security.accounts import NewAccount
from planning.security.keys import DatabaseKey, load_key
from planning.storage import rekey
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import AuditEntry, Case
from planning.storage.store import SYSTEM, Store
from planning.vocabulary import Role
from tests.conftest import MemoryKeyring


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.delenv("HOMEWARD_USER", raising=False)
    monkeypatch.delenv("HOMEWARD_PASSWORD", raising=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "homeward.db"
    assert main(["--db", str(path), "demo", "--cases", "3", "--seed", "2"]) == 0
    return path


def opens_with(path: Path, key: DatabaseKey) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def cases_in(path: Path) -> int:
    engine = open_engine(resolve(str(path)))
    try:
        with Store(engine, SYSTEM).reading() as session:
            return session.scalar(select(func.count()).select_from(Case)) or 0
    finally:
        engine.dispose()


def test_rekey_replaces_the_key(db: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring) -> None:
    old = load_key(db)
    assert old is not None and opens_with(db, old) and cases_in(db) == 3

    assert main(["--db", str(db), "db", "rekey"]) == 0

    new = load_key(db)
    assert new is not None and new != old
    assert opens_with(db, new) and not opens_with(db, old)
    assert cases_in(db) == 3  # the app's way in: the keychain's (new) key
    out = capsys.readouterr().out
    assert "key rotated" in out and new.secret not in out and old.secret not in out
    assert not any(account.startswith("pending-") for _, account in memory_keyring.secrets)
    store = open_store(str(db), migrate_schema=False)
    try:
        with store.reading() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "database.rekey")).one()
        assert entry.actor == "system" and new.secret not in str(entry.after)
    finally:
        store.engine.dispose()


def test_a_failed_rewrite_keeps_the_old_key(db: Path, monkeypatch: pytest.MonkeyPatch,
                                            memory_keyring: MemoryKeyring) -> None:
    old = load_key(db)
    assert old is not None

    def fail(path: Path, old_key: DatabaseKey, new_key: DatabaseKey) -> None:
        raise StorageError("storage.failed", name="disk went away")

    monkeypatch.setattr(rekey, "_rewrite", fail)
    assert main(["--db", str(db), "db", "rekey"]) == 2
    assert load_key(db) == old and opens_with(db, old)
    assert not any(account.startswith("pending-") for _, account in memory_keyring.secrets)


def test_an_interrupted_rotation_is_finished_at_the_next_open(db: Path) -> None:
    old = load_key(db)
    assert old is not None
    new = DatabaseKey.generate()
    # Killed after the file was rewritten, before the keychain's key was replaced:
    rekey._keep(rekey.pending_account_for(db), new)
    rekey._rewrite(db, old, new)
    assert load_key(db) == old and not opens_with(db, old)

    assert cases_in(db) == 3
    assert load_key(db) == new


def test_the_database_must_be_closed_everywhere(db: Path) -> None:
    old = load_key(db)
    assert old is not None
    holder = sqlcipher3.connect(str(db), isolation_level=None)
    holder.execute(f'PRAGMA key = "{old.pragma_value()}"')
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(rekey, "BUSY_TIMEOUT_S", 0.1)
    try:
        with pytest.raises(StorageError) as caught:
            rekey.rekey(resolve(str(db)))
        assert caught.value.key == "rekey.in_use"
    finally:
        monkeypatch.undo()
        holder.execute("ROLLBACK")
        holder.close()
    assert load_key(db) == old and opens_with(db, old)


def test_only_the_data_protection_officer_rekeys(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(str(db))
    try:
        signed = accounts.create_first_administrator(store, "dora", "Dora", "correct horse battery")
        admin = store.as_actor(signed.actor)
        accounts.create_account(admin, NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
        anna = admin.as_actor(accounts.sign_in(admin, "anna", "initial password 1").actor)
        accounts.change_password(anna, "initial password 1", "her own password 1")
    finally:
        store.engine.dispose()
    old = load_key(db)
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", str(db), "--user", "anna", "db", "rekey"]) == 2
    assert "anna (coordinator) may not manage database and field keys" in capsys.readouterr().err
    assert load_key(db) == old

    monkeypatch.setenv("HOMEWARD_PASSWORD", "correct horse battery")
    assert main(["--db", str(db), "--user", "dora", "db", "rekey"]) == 0
    assert load_key(db) != old


def test_only_an_embedded_database_has_a_key_to_rotate() -> None:
    with pytest.raises(ValidationError) as caught:
        rekey.rekey(resolve("postgresql://homeward:S3cret@db.example.org/homeward"))
    assert "PostgreSQL" in str(caught.value) and "S3cret" not in str(caught.value)
