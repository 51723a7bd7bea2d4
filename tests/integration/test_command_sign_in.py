"""Commands act as a signed-in user once the database has accounts; as `system` before the first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.security import accounts
from planning.security.accounts import NewAccount
from planning.storage.models import AuditEntry, UserAccount
from planning.storage.store import Store
from planning.vocabulary import Role

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.delenv("HOMEWARD_USER", raising=False)
    monkeypatch.delenv("HOMEWARD_PASSWORD", raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "homeward.db")


def with_accounts(db: str) -> None:
    store = open_store(db)
    try:
        admin = store.as_actor(accounts.create_first_administrator(store, "dora", "Dora", PASSWORD).actor)
        accounts.create_account(admin, NewAccount("rita", "Rita", Role.READ_ONLY, "initial password 1"))
        accounts.create_account(admin, NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
        anna = admin.as_actor(accounts.sign_in(admin, "anna", "initial password 1").actor)
        accounts.change_password(anna, "initial password 1", "her own password 1")
        rita = admin.as_actor(accounts.sign_in(admin, "rita", "initial password 1").actor)
        accounts.change_password(rita, "initial password 1", "her own password 2")
    finally:
        store.engine.dispose()


def last_actor(db: str, action: str) -> str:
    store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.id.desc())).first()
            assert entry is not None
            return entry.actor
    finally:
        store.engine.dispose()


def test_before_the_first_start_commands_run_as_system(db: str) -> None:
    assert main(["--db", db, "demo", "--cases", "2", "--seed", "3"]) == 0
    assert last_actor(db, "demo.generate") == "system"


def test_with_accounts_a_command_signs_in(db: str, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    capsys.readouterr()

    # No password and no terminal: refused, saying how to give one.
    assert main(["--db", db, "--user", "anna", "demo", "--cases", "2"]) == 2
    err = capsys.readouterr().err
    assert "[sign_in.no_password_given]" in err and "HOMEWARD_PASSWORD" in err

    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "--user", "anna", "demo", "--cases", "2"]) == 0
    assert last_actor(db, "demo.generate") == "anna"

    monkeypatch.setenv("HOMEWARD_USER", "anna")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "not her password")
    assert main(["--db", db, "demo", "--cases", "2"]) == 2
    assert "Wrong user name or password (5 more tries" in capsys.readouterr().err


def test_a_read_only_user_cannot_change_anything_from_the_command_line(
        db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    monkeypatch.setenv("HOMEWARD_USER", "rita")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 2")
    assert main(["--db", db, "demo", "--cases", "2"]) == 2
    assert "rita (read-only user) may not add a synthetic demo caseload" in capsys.readouterr().err


def test_a_password_chosen_by_the_administrator_must_be_changed_first(
        db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    store = open_store(db, migrate_schema=False)
    try:
        admin = store.as_actor(accounts.sign_in(store, "dora", PASSWORD).actor)
        accounts.reset_password(admin, "anna", "a reset password 1")
    finally:
        store.engine.dispose()
    monkeypatch.setenv("HOMEWARD_PASSWORD", "a reset password 1")
    assert main(["--db", db, "--user", "anna", "demo", "--cases", "1"]) == 2
    assert "[sign_in.must_change_password]" in capsys.readouterr().err


def test_schema_maintenance_needs_no_sign_in(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    capsys.readouterr()
    assert main(["--db", db, "db", "current"]) == 0
    assert "(up to date)" in capsys.readouterr().out


def test_six_wrong_passwords_lock_the_command_line_too(db: str, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    monkeypatch.setenv("HOMEWARD_PASSWORD", "wrong password")
    for _ in range(6):
        assert main(["--db", db, "--user", "anna", "demo", "--cases", "1"]) == 2
    assert "the account anna is locked until" in capsys.readouterr().err
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "--user", "anna", "demo", "--cases", "1"]) == 2
    assert "[sign_in.locked]" in capsys.readouterr().err
    store: Store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            locked = session.scalars(select(UserAccount.locked_until).where(UserAccount.username == "anna")).one()
        assert locked is not None
    finally:
        store.engine.dispose()
