"""`homeward users`: accounts from the command line, and an officer's recovery (her code, or a second officer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.security import accounts
from planning.storage.models import AuditEntry
from planning.storage.store import Store
from planning.vocabulary import Role

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    for name in ("HOMEWARD_USER", "HOMEWARD_PASSWORD", "HOMEWARD_NEW_PASSWORD", "HOMEWARD_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    store = open_store(path)
    try:
        accounts.create_first_administrator(store, "dora", "Dora Okafor", PASSWORD)
    finally:
        store.engine.dispose()
    return path


def listed(db: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    capsys.readouterr()
    assert main(["--db", db, "users", "list", "--json"]) == 0
    return {row["username"]: row for row in json.loads(capsys.readouterr().out)}


def test_the_officer_manages_accounts(db: str, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", PASSWORD)
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "initial password 1")
    assert main(["--db", db, "users", "add", "Anna", "--name", "Anna Coordinator", "--role", "coordinator"]) == 0
    assert "anna added as coordinator" in capsys.readouterr().out
    assert main(["--db", db, "users", "set-role", "anna", "monitor"]) == 0
    assert main(["--db", db, "users", "deactivate", "anna"]) == 0
    rows = listed(db, capsys)
    assert rows["anna"]["role"] == "monitor" and rows["anna"]["active"] is False
    assert rows["anna"]["must_change_password"] is True and rows["dora"]["active"] is True

    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "short")
    assert main(["--db", db, "users", "reset-password", "anna"]) == 2
    assert "new password: must have at least 12 characters" in capsys.readouterr().err
    assert "short" not in capsys.readouterr().err

    with pytest.raises(SystemExit):
        main(["--db", db, "users", "set-role", "anna", "boss"])
    assert "'boss' is not a role" in capsys.readouterr().err


def test_other_roles_cannot_manage_accounts(db: str, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    store: Store = open_store(db, sign_in=False)
    try:
        admin = store.as_actor(accounts.sign_in(store, "dora", PASSWORD).actor)
        accounts.create_account(admin, accounts.NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
        anna = admin.as_actor(accounts.sign_in(admin, "anna", "initial password 1").actor)
        accounts.change_password(anna, "initial password 1", "her own password 1")
    finally:
        store.engine.dispose()
    monkeypatch.setenv("HOMEWARD_USER", "anna")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "users", "list"]) == 2
    assert "anna (coordinator) may not manage user accounts" in capsys.readouterr().err


def last_entry(db: str, action: str) -> tuple[str, dict[str, object] | None]:
    store = open_store(db, sign_in=False)
    try:
        with store.reading() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.seq.desc())).first()
            assert entry is not None, action
            return entry.actor, entry.after
    finally:
        store.engine.dispose()


def signs_in(db: str, name: str, password: str) -> bool:
    store = open_store(db, sign_in=False)
    try:
        accounts.sign_in(store, name, password)
        return True
    except accounts.SignInRefused:
        return False
    finally:
        store.engine.dispose()


def test_recovery_without_a_secret_is_refused(db: str, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The attack: someone at the desktop, with no account, resets the officer's password and signs in as her."""
    monkeypatch.setenv("HOMEWARD_USER", "mallory")  # no such account: nobody can sign in as the command's user
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "mallory's officer now")
    assert main(["--db", db, "users", "recover", "dora"]) == 2
    assert "recovery code" in capsys.readouterr().err

    monkeypatch.setenv("HOMEWARD_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    assert main(["--db", db, "users", "recover", "dora", "--code"]) == 2
    assert "[recovery.refused]" in capsys.readouterr().err
    assert not signs_in(db, "dora", "mallory's officer now") and signs_in(db, "dora", PASSWORD)
    _actor, after = last_entry(db, "account.recover_refused")
    assert after is not None and after["by"] == "recovery_code"


def test_the_officer_recovers_with_her_code_once_and_gets_a_new_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "homeward.db")
    store = open_store(db)
    try:
        first = accounts.create_first_administrator(store, "dora", "Dora Okafor", PASSWORD)
    finally:
        store.engine.dispose()
    code = first.recovery_code
    assert code is not None and len(code.replace("-", "")) == 25
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "forgotten, not this")
    for _ in range(6):
        assert main(["--db", db, "users", "list"]) == 2  # she has forgotten it, and locked herself out

    monkeypatch.setenv("HOMEWARD_RECOVERY_CODE", code.lower().replace("-", " "))
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "her new password 1")
    capsys.readouterr()
    assert main(["--db", db, "users", "recover", "dora", "--code"]) == 0
    said = capsys.readouterr().out
    new_code = next(line.strip() for line in said.splitlines() if line.strip().count("-") == 4)
    assert new_code != code and "print it" in said.lower()
    assert signs_in(db, "dora", "her new password 1")  # her own choice: no change required, unlocked
    actor, after = last_entry(db, "account.recover")
    assert actor == "dora" and after is not None and after["by"] == "recovery_code"

    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "someone else's password")
    assert main(["--db", db, "users", "recover", "dora", "--code"]) == 2  # the code was used up
    monkeypatch.setenv("HOMEWARD_RECOVERY_CODE", new_code)
    assert main(["--db", db, "users", "recover", "dora", "--code"]) == 0


def test_a_second_officer_recovers_an_officer(db: str, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(db, sign_in=False)
    try:
        dora = store.as_actor(accounts.sign_in(store, "dora", PASSWORD).actor)
        accounts.create_account(dora, accounts.NewAccount("omar", "Omar", Role.DATA_PROTECTION_OFFICER,
                                                          "initial password 1"))
        accounts.create_account(dora, accounts.NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
        for name, own in (("omar", "his own password 1"), ("anna", "her own password 1")):
            person = store.as_actor(accounts.sign_in(store, name, "initial password 1").actor)
            accounts.change_password(person, "initial password 1", own)
    finally:
        store.engine.dispose()
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "a password omar chose")
    monkeypatch.setenv("HOMEWARD_USER", "anna")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "users", "recover", "dora"]) == 2
    assert "anna (coordinator) may not manage user accounts" in capsys.readouterr().err

    monkeypatch.setenv("HOMEWARD_USER", "omar")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "his own password 1")
    assert main(["--db", db, "users", "recover", "dora"]) == 0
    actor, after = last_entry(db, "account.recover")
    assert actor == "omar" and after is not None and after["by"] == "officer"
    store = open_store(db, sign_in=False)
    try:
        assert accounts.sign_in(store, "dora", "a password omar chose").must_change_password
    finally:
        store.engine.dispose()


def test_the_officer_gets_a_new_recovery_code(db: str, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["--db", db, "users", "recovery-code"]) == 0
    code = next(line.strip() for line in capsys.readouterr().out.splitlines() if line.strip().count("-") == 4)
    monkeypatch.delenv("HOMEWARD_PASSWORD")
    monkeypatch.setenv("HOMEWARD_RECOVERY_CODE", code)
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "her new password 2")
    assert main(["--db", db, "users", "recover", "dora", "--code"]) == 0
    assert signs_in(db, "dora", "her new password 2")


def test_the_first_account_is_the_administrator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "fresh.db")
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "initial password 1")
    assert main(["--db", db, "users", "add", "anna", "--name", "Anna", "--role", "coordinator"]) == 2
    assert "the first account that can sign in is the administrator" in capsys.readouterr().err
    capsys.readouterr()
    assert main(["--db", db, "users", "add", "dpo", "--name", "Officer", "--role", "data_protection_officer"]) == 0
    said = capsys.readouterr().out
    code = next(line.strip() for line in said.splitlines() if line.strip().count("-") == 4)  # her recovery code
    monkeypatch.setenv("HOMEWARD_RECOVERY_CODE", code)
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "her chosen password")
    assert main(["--db", db, "users", "recover", "dpo", "--code"]) == 0
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "initial password 1")
