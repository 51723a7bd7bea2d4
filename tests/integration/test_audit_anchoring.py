"""Attacks on the audit log by a second program holding the database key but not the chain key.

Each test lets Homeward write a chain, then a separate process (`tests.integration.attacker`) edits the
database with its own connection, as someone at the desktop could; `homeward audit verify` (the
officer signed in) must then fail, naming what it found.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from desktop.cli import main
from desktop.commands.session import open_store
from planning.security import accounts
from planning.security.accounts import NewAccount
from planning.security.keys import SERVICE, account_for
from planning.vocabulary import Role
from tests.conftest import MemoryKeyring
from tests.unit.data_protection.tamper import write_entries

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def officer_signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", PASSWORD)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    url: str = str(tmp_path / "homeward.db") if request.param == "sqlite" else request.getfixturevalue("pg_empty_url")
    store = open_store(url)
    try:
        officer = store.as_actor(accounts.create_first_administrator(store, "dora", "Dora", PASSWORD).actor)
        accounts.create_account(officer, NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
        write_entries(officer, 8)
    finally:
        store.engine.dispose()
    return url


def attack(database: str, keyring: MemoryKeyring, action: str, *args: str) -> str:
    """Run the attacker as its own process, with the database key it read from the keychain."""
    stored = keyring.get_password(SERVICE, account_for(Path(database))) if "://" not in database else None
    key = f"x'{stored.partition(':')[2]}'" if stored else ""
    done = subprocess.run([sys.executable, "-m", "tests.integration.attacker", database, key, action, *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def verify(database: str, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", database, "audit", "verify", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_cut_tail_with_the_head_moved_back_is_found(database: str, memory_keyring: MemoryKeyring,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert verify(database, capsys)[0] == 0

    attack(database, memory_keyring, "cut", "3")

    code, said = verify(database, capsys)
    assert code == 1
    # Signing in wrote the first entry after the cut: it found the head moved and said so in the chain.
    assert "head moved: entry" in said and "audit.head_moved" in said
    assert "moved to position" in said and "without the chain key" in said
    # Every later write and sign-in keeps it in view.
    code, said = verify(database, capsys)
    assert code == 1 and "audit.head_moved" in said


def test_a_chain_recomputed_without_the_key_is_named(database: str, memory_keyring: MemoryKeyring,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = attack(database, memory_keyring, "head").split()
    attack(database, memory_keyring, "recompute", "5")
    assert attack(database, memory_keyring, "head").split()[1] != before[1]  # the head hash was rewritten

    code, said = verify(database, capsys)
    assert code == 1
    assert "recomputed: entry" in said and "position 5" in said and "someone-else" in said
    assert "without the key" in said


def test_a_head_put_back_behind_the_office_checkpoint_is_found(
        tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    """The database file is swapped for an older copy of itself: every link and the head's signature
    hold, only the checkpoints kept outside the database show that entries are gone."""
    database = str(tmp_path / "homeward.db")
    store = open_store(database)
    try:
        officer = store.as_actor(accounts.create_first_administrator(store, "dora", "Dora", PASSWORD).actor)
        write_entries(officer, 4)
    finally:
        store.engine.dispose()
    older = tmp_path / "older-copy.db"
    shutil.copy(database, older)
    store = open_store(database)
    try:
        write_entries(store, 6)
    finally:
        store.engine.dispose()
    office = tmp_path / "office" / "checkpoint.json"
    assert main(["--db", database, "audit", "checkpoint", "-o", str(office)]) == 0
    recorded = json.loads(office.read_text())
    assert recorded["seq"] >= 10 and len(recorded["mac"]) == 64 and (office.stat().st_mode & 0o777) == 0o600

    shutil.copy(older, database)  # the attacker puts the older file back

    code, said = verify(database, capsys, "--checkpoint", str(office))
    assert code == 1
    assert "cut: the chain ends at position" in said and f"recorded position {recorded['seq']}" in said
    # This desktop's own checkpoints (user data folder) show it too, without the office's file.
    code, said = verify(database, capsys)
    assert code == 1 and "cut:" in said


def test_a_forged_checkpoint_is_refused(database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "checkpoint.json"
    assert main(["--db", database, "audit", "checkpoint", "-o", str(office)]) == 0
    forged = json.loads(office.read_text())
    forged["seq"] += 50
    office.write_text(json.dumps(forged))

    code, said = verify(database, capsys, "--checkpoint", str(office))
    assert code == 1 and "is not signed with this installation's chain key" in said


def test_only_the_officer_verifies_or_checkpoints(database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    try:
        anna = store.as_actor(accounts.sign_in(store, "anna", "initial password 1").actor)
        accounts.change_password(anna, "initial password 1", "her own password 1")
    finally:
        store.engine.dispose()
    monkeypatch.setenv("HOMEWARD_USER", "anna")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    for command in (["audit", "verify"], ["audit", "checkpoint", "-o", str(tmp_path / "c.json")]):
        capsys.readouterr()
        assert main(["--db", database, *command]) == 2
        assert "anna (coordinator) may not read, verify or checkpoint the audit log" in capsys.readouterr().err
    assert not (tmp_path / "c.json").exists()
