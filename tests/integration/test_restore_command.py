"""Backups and restores as an attacker at the desktop would try them, from the command line.

A read-only user or a monitor takes a full backup; someone with no account, or a coordinator, restores
an older backup so that a protection concern recorded since disappears; another installation's backup
replaces this one; and nothing records it. Each is refused or made explicit here, and a restore is
written to a log outside the restored file and into the chain after it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning import protection
from planning.security import accounts
from planning.security.accounts import NewAccount
from planning.storage.models import AuditEntry, ProtectionReferral
from planning.vocabulary import Role
from tests.conftest import MemoryKeyring
from tests.scenarios import open_family

PASSWORD = "correct horse battery"
OWN = {"anna": "her own password 1", "rita": "her own password 2", "mona": "her own password 3"}


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    for name in ("HOMEWARD_USER", "HOMEWARD_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def with_people(db: str) -> int:
    """The officer dora, a coordinator, a read-only user and a monitor; a household. Returns a person id."""
    store = open_store(db)
    try:
        dora = store.as_actor(accounts.create_first_administrator(store, "dora", "Dora", PASSWORD).actor)
        for name, role in (("anna", Role.COORDINATOR), ("rita", Role.READ_ONLY), ("mona", Role.MONITOR)):
            accounts.create_account(dora, NewAccount(name, name.title(), role, "initial password 1"))
            person = store.as_actor(accounts.sign_in(store, name, "initial password 1").actor)
            accounts.change_password(person, "initial password 1", OWN[name])
        family = open_family(store.as_actor(accounts.sign_in(store, "anna", OWN["anna"]).actor))
        return family.mother
    finally:
        store.engine.dispose()


def as_user(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("HOMEWARD_USER", name)
    monkeypatch.setenv("HOMEWARD_PASSWORD", PASSWORD if name == "dora" else OWN[name])


def run(capsys: pytest.CaptureFixture[str], db: str, *command: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", db, *command])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def concerns(db: str) -> int:
    store = open_store(db, sign_in=False)
    try:
        with store.reading() as session:
            return session.scalar(select(func.count()).select_from(ProtectionReferral)) or 0
    finally:
        store.engine.dispose()


def entries(db: str, action: str) -> list[AuditEntry]:
    store = open_store(db, sign_in=False)
    try:
        with store.reading() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                        .order_by(AuditEntry.seq)))
    finally:
        store.engine.dispose()


def test_a_read_only_user_or_a_monitor_cannot_take_a_full_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "homeward.db")
    with_people(db)
    for name, role in (("rita", "read-only user"), ("mona", "monitor")):
        as_user(monkeypatch, name)
        code, said = run(capsys, db, "backup", str(tmp_path / f"{name}.db"))
        assert code == 2 and f"{name} ({role}) may not take a backup of the whole database" in said
        assert not (tmp_path / f"{name}.db").exists()
    as_user(monkeypatch, "anna")
    code, said = run(capsys, db, "backup", str(tmp_path / "anna.db"))
    assert code == 0, said
    side = json.loads((tmp_path / "anna.db.checkpoint").read_text())
    assert side["seq"] >= 1 and len(side["mac"]) == 64  # the chain's place, signed, beside the backup
    assert [e.actor for e in entries(db, "database.backup")] == ["anna"]


def test_only_a_signed_in_officer_restores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "homeward.db")
    with_people(db)
    as_user(monkeypatch, "dora")
    assert run(capsys, db, "backup", str(tmp_path / "monday.db"))[0] == 0

    monkeypatch.setenv("HOMEWARD_USER", "nobody-here")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "anything at all")
    code, said = run(capsys, db, "restore", str(tmp_path / "monday.db"))
    assert code == 2 and "[sign_in.refused]" in said
    as_user(monkeypatch, "anna")
    code, said = run(capsys, db, "restore", str(tmp_path / "monday.db"))
    assert code == 2 and "anna (coordinator) may not restore the database from a backup" in said
    assert entries(db, "database.restore") == []


def test_an_older_backup_is_restored_only_when_told_and_says_what_is_lost(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        user_data_folder: Path) -> None:
    db = str(tmp_path / "homeward.db")
    mother = with_people(db)
    as_user(monkeypatch, "dora")
    assert run(capsys, db, "backup", str(tmp_path / "monday.db"))[0] == 0
    # Since Monday: a protection concern was recorded (S4), and the officer checked the chain.
    store = open_store(db, sign_in=False)
    try:
        anna = store.as_actor(accounts.sign_in(store, "anna", OWN["anna"]).actor)
        protection.raise_concern(anna, mother, date(2026, 6, 2), "She fears being detained on return.")
    finally:
        store.engine.dispose()
    assert run(capsys, db, "audit", "verify")[0] == 0
    assert concerns(db) == 1

    code, said = run(capsys, db, "restore", str(tmp_path / "monday.db"))
    assert code == 2 and "[restore.older]" in said
    assert "would undo the last" in said and "of the audit log" in said and "--older" in said
    assert "protection." in said  # what kind of records would go
    assert concerns(db) == 1  # nothing was replaced

    code, said = run(capsys, db, "restore", str(tmp_path / "monday.db"), "--older")
    assert code == 0, said
    assert concerns(db) == 0  # the backup's state, as the officer chose
    [restored] = entries(db, "database.restore")
    assert restored.actor == "dora" and restored.after is not None
    assert restored.after["kind"] == "older" and restored.after["lost"] >= 3
    assert restored.seq == restored.after["backup_seq"] + 1  # written right after the backup's head
    log = [json.loads(line) for line in (user_data_folder / "restore-log.jsonl").read_text().splitlines()]
    assert [line["event"] for line in log] == ["refused", "started", "done"]
    assert log[-1]["user"] == "dora" and log[-1]["lost"] == restored.after["lost"]
    assert log[-1]["backup"] == str(tmp_path / "monday.db")

    # The chain verifies, and the checkpoints taken since Monday are named as set back by the restore.
    code, said = run(capsys, db, "audit", "verify")
    assert code == 0, said
    assert "predates the restore recorded at position" in said


def test_another_installations_backup_needs_to_be_named_as_such(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring) -> None:
    ours, theirs = str(tmp_path / "ours.db"), str(tmp_path / "theirs.db")
    with_people(ours)
    with_people(theirs)
    passphrase = tmp_path / "backup-passphrase"
    passphrase.write_text("a long backup passphrase\n")
    passphrase.chmod(0o600)
    as_user(monkeypatch, "dora")
    assert run(capsys, theirs, "backup", str(tmp_path / "theirs.hwb"), "--backup-passphrase-file", str(passphrase))[0] \
        == 0
    theirs_installation = json.loads((tmp_path / "theirs.hwb.checkpoint").read_text())["installation"]
    # Another computer: its keychain never held the other office's chain key.
    memory_keyring.delete_password("homeward", f"audit-chain-key:{theirs_installation}")
    ours_before = len(entries(ours, "account.sign_in"))

    code, said = run(capsys, ours, "restore", str(tmp_path / "theirs.hwb"), "--backup-passphrase-file",
                     str(passphrase))
    assert code == 2 and "[restore.other_installation]" in said and "--other-installation" in said
    assert len(entries(ours, "account.sign_in")) > ours_before  # nothing was replaced

    code, said = run(capsys, ours, "restore", str(tmp_path / "theirs.hwb"), "--backup-passphrase-file",
                     str(passphrase), "--other-installation")
    assert code == 0, said
    [restored] = entries(ours, "database.restore")
    assert restored.after is not None and restored.after["kind"] == "other_installation"
    assert restored.after["backup_installation"] == theirs_installation
    code, said = run(capsys, ours, "audit", "verify")  # the chain key came with the backup
    assert code == 0, said


@pytest.mark.postgres
def test_an_older_backup_of_a_team_database_is_restored_only_when_told(
        pg_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mother = with_people(pg_empty_url)
    as_user(monkeypatch, "dora")
    assert run(capsys, pg_empty_url, "backup", str(tmp_path / "monday.hwb"))[0] == 0
    store = open_store(pg_empty_url, sign_in=False)
    try:
        anna = store.as_actor(accounts.sign_in(store, "anna", OWN["anna"]).actor)
        protection.raise_concern(anna, mother, date(2026, 6, 2), "He fears being detained on return.")
    finally:
        store.engine.dispose()

    code, said = run(capsys, pg_empty_url, "restore", str(tmp_path / "monday.hwb"))
    assert code == 2 and "[restore.older]" in said and "protection." in said
    assert concerns(pg_empty_url) == 1
    code, said = run(capsys, pg_empty_url, "restore", str(tmp_path / "monday.hwb"), "--older")
    assert code == 0, said
    assert concerns(pg_empty_url) == 0
    [restored] = entries(pg_empty_url, "database.restore")
    assert restored.actor == "dora" and restored.after is not None and restored.after["kind"] == "older"
    assert run(capsys, pg_empty_url, "audit", "verify")[0] == 0
