"""`homeward users`: accounts from the command line, and recovery when no officer can sign in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from desktop.cli import main
from desktop.commands.session import open_store
from planning.security import accounts
from planning.storage.store import Store
from planning.vocabulary import Role

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    for name in ("HOMEWARD_USER", "HOMEWARD_PASSWORD", "HOMEWARD_NEW_PASSWORD"):
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


def test_the_key_holder_recovers_a_forgotten_officer_password(db: str, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "forgotten, not this")
    for _ in range(6):
        assert main(["--db", db, "users", "list"]) == 2
    assert "locked until" in capsys.readouterr().err

    monkeypatch.delenv("HOMEWARD_PASSWORD")
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "a recovery password")
    assert main(["--db", db, "users", "recover", "dora"]) == 0
    assert "reset without signing in" in capsys.readouterr().out
    store = open_store(db, sign_in=False)
    try:
        signed = accounts.sign_in(store, "dora", "a recovery password")
        assert signed.must_change_password and signed.actor.role is Role.DATA_PROTECTION_OFFICER
    finally:
        store.engine.dispose()


def test_the_first_account_is_the_administrator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "fresh.db")
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "initial password 1")
    assert main(["--db", db, "users", "add", "anna", "--name", "Anna", "--role", "coordinator"]) == 2
    assert "the first account that can sign in is the administrator" in capsys.readouterr().err
    assert main(["--db", db, "users", "add", "dpo", "--name", "Officer", "--role", "data_protection_officer"]) == 0
