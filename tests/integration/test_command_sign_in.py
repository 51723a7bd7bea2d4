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
    assert "[sign_in.refused]: Wrong user name or password" in capsys.readouterr().err


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
    assert "6 wrong passwords in a row lock it for 30 minutes" in capsys.readouterr().err
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "--user", "anna", "demo", "--cases", "1"]) == 2
    assert "[sign_in.refused]" in capsys.readouterr().err
    store: Store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            locked = session.scalars(select(UserAccount.locked_until).where(UserAccount.username == "anna")).one()
        assert locked is not None
    finally:
        store.engine.dispose()


def test_sign_in_says_the_same_for_an_unknown_name_a_wrong_password_and_a_deactivated_account(
        db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The attack: trying names and passwords at the command line to learn who has an account, and
    whether a deactivated account's password is right."""
    with_accounts(db)
    store = open_store(db, sign_in=False)
    try:
        dora = store.as_actor(accounts.sign_in(store, "dora", PASSWORD).actor)
        accounts.set_active(dora, "rita", False, accounts.list_accounts(dora)[-1].version)
    finally:
        store.engine.dispose()

    def refusal(user: str, password: str) -> str:
        monkeypatch.setenv("HOMEWARD_PASSWORD", password)
        capsys.readouterr()
        assert main(["--db", db, "--user", user, "users", "list"]) == 2
        return capsys.readouterr().err

    unknown = refusal("nobody", "her own password 1")
    wrong = refusal("anna", "not her password")
    deactivated_right = refusal("rita", "her own password 2")
    deactivated_wrong = refusal("rita", "not her password")
    assert unknown == wrong == deactivated_right == deactivated_wrong
    assert "[sign_in.refused]" in unknown and "rita" not in unknown and "anna" not in unknown

    # The lockout still counts wrong passwords, without saying so to whoever types them.
    for _ in range(5):
        assert refusal("anna", "not her password") == unknown
    assert refusal("anna", "her own password 1") == unknown  # locked: even the right password is refused
    monkeypatch.setenv("HOMEWARD_USER", "dora")
    monkeypatch.setenv("HOMEWARD_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["--db", db, "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert any(line.startswith("anna") and "locked" in line for line in listing.splitlines())
    assert any(line.startswith("rita") and "deactivated" in line for line in listing.splitlines())


def test_every_refusal_costs_one_password_hash_check(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Timing: an unknown name, a name without a password, a locked or deactivated account each check one
    Argon2 hash, like a wrong password, so the time taken does not tell them apart."""
    with_accounts(db)
    store = open_store(db, sign_in=False)
    checks: list[str] = []

    class Counting(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            checks.append(str(hash))
            return super().verify(hash, password)

    try:
        dora = store.as_actor(accounts.sign_in(store, "dora", PASSWORD).actor)
        accounts.set_active(dora, "rita", False, accounts.list_accounts(dora)[-1].version)
        with store.transaction() as session:
            session.add(UserAccount(username="mona", display_name="Mona", role=Role.MONITOR))
        accounts.create_account(dora, NewAccount("lena", "Lena", Role.MONITOR, "initial password 1"))
        for _ in range(6):
            with pytest.raises(accounts.SignInRefused):
                accounts.sign_in(store, "lena", "not her password")
        monkeypatch.setattr(accounts, "HASHER", Counting(time_cost=1, memory_cost=1024, parallelism=1))
        for user, password in (("nobody", "x"), ("mona", "x"), ("rita", "her own password 2"), ("rita", "x"),
                               ("anna", "x"), ("lena", "initial password 1"), ("lena", "x")):
            checks.clear()
            with pytest.raises(accounts.SignInRefused) as refused:
                accounts.sign_in(store, user, password)
            assert len(checks) == 1, user
            assert refused.value.key == "sign_in.refused"
    finally:
        store.engine.dispose()
