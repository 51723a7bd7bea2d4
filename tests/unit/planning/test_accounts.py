"""Accounts: the first administrator, sign-in and lockout (time injected), passwords, roles, audit."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from planning import audit
from planning.errors import ConflictError, PermissionDenied, ValidationError
from planning.security import accounts, recovery, recovery_codes
from planning.security.accounts import NewAccount, SignInRefused
from planning.security.recovery import RecoveryRefused
from planning.storage.models import AuditEntry, UserAccount
from planning.storage.store import SYSTEM, Actor, Store
from planning.vocabulary import Role

NOON = datetime(2026, 6, 1, 12, 2, tzinfo=UTC)
ADMIN_PASSWORD = "correct horse battery"
ANNA_PASSWORD = "first day at the office"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with light parameters: the same code paths, a fraction of the time."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here on encrypted SQLite and on PostgreSQL (timestamps, locking and uniqueness differ)."""
    return any_store


@pytest.fixture
def admin(store: Store) -> Store:
    """The database after the first start: the administrator signed in."""
    signed = accounts.create_first_administrator(store, "Dora", "Dora Officer", ADMIN_PASSWORD, now=NOON)
    return store.as_actor(signed.actor)


@pytest.fixture
def anna(admin: Store) -> str:
    accounts.create_account(admin, NewAccount("anna", "Anna Coordinator", Role.COORDINATOR, ANNA_PASSWORD))
    return "anna"


def account(store: Store, name: str) -> UserAccount:
    with store.reading() as session:
        found = session.scalars(select(UserAccount).where(UserAccount.username == name)).one()
        return found


def test_the_first_start_creates_the_administrator_once(store: Store) -> None:
    assert not accounts.sign_in_required(store)
    signed = accounts.create_first_administrator(store, " Dora ", "Dora Officer", ADMIN_PASSWORD, now=NOON)
    assert signed.actor == Actor("dora", Role.DATA_PROTECTION_OFFICER) and not signed.must_change_password
    assert accounts.sign_in_required(store)
    with pytest.raises(PermissionDenied):
        accounts.create_first_administrator(store, "mallory", "Mallory", "another long password")
    assert accounts.sign_in(store, "dora", ADMIN_PASSWORD, now=NOON).actor.role is Role.DATA_PROTECTION_OFFICER


@pytest.mark.parametrize(("password", "message"), [
    ("short pass", "password: must have at least 12 characters"),
    ("dora-is-the-best", "password: must not contain the user name"),
    (" padded password ", "password: must not start or end with a space"),
])
def test_password_rules(store: Store, password: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.create_first_administrator(store, "dora", "Dora Officer", password)
    assert str(refused.value) == message and refused.value.value is None  # the password is never echoed


def test_a_new_account_signs_in_and_must_change_its_password(admin: Store, anna: str) -> None:
    signed = accounts.sign_in(admin, "ANNA", ANNA_PASSWORD, now=NOON)
    assert signed.actor == Actor("anna", Role.COORDINATOR) and signed.must_change_password
    as_anna = admin.as_actor(signed.actor)
    with pytest.raises(ValidationError, match="current password: is not your current password"):
        accounts.change_password(as_anna, "not my password", "a brand new password")
    with pytest.raises(ValidationError, match="new password: must not contain the user name"):
        accounts.change_password(as_anna, ANNA_PASSWORD, "anna's new password")
    accounts.change_password(as_anna, ANNA_PASSWORD, "a brand new password", now=NOON)
    assert not accounts.sign_in(admin, "anna", "a brand new password", now=NOON).must_change_password
    with pytest.raises(SignInRefused):
        accounts.sign_in(admin, "anna", ANNA_PASSWORD, now=NOON)


def test_six_wrong_passwords_lock_the_account_for_thirty_minutes(admin: Store, anna: str) -> None:
    for attempt in range(1, 7):
        with pytest.raises(SignInRefused) as refused:
            accounts.sign_in(admin, "anna", "wrong password!", now=NOON + timedelta(minutes=attempt))
        assert refused.value.key == "sign_in.refused"
    until = NOON + timedelta(minutes=36)
    assert account(admin, "anna").locked_until == until

    # Locked: even the right password is refused (in the same words), until the lock runs out.
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(admin, "anna", ANNA_PASSWORD, now=NOON + timedelta(minutes=35))
    assert refused.value.key == "sign_in.refused"
    assert accounts.sign_in(admin, "anna", ANNA_PASSWORD, now=until).actor.username == "anna"
    assert account(admin, "anna").failed_attempts == 0 and account(admin, "anna").locked_until is None


def test_a_reset_lifts_the_lock(admin: Store, anna: str) -> None:
    for minute in range(6):
        with pytest.raises(SignInRefused):
            accounts.sign_in(admin, "anna", "wrong password!", now=NOON + timedelta(minutes=minute))
    assert account(admin, "anna").locked_until is not None
    accounts.reset_password(admin, "anna", "a reset password 1")
    signed = accounts.sign_in(admin, "anna", "a reset password 1", now=NOON + timedelta(minutes=7))
    assert signed.must_change_password


def test_unknown_users_deactivated_users_and_users_without_password_read_alike(admin: Store, anna: str) -> None:
    with pytest.raises(SignInRefused) as unknown:
        accounts.sign_in(admin, "nobody", ANNA_PASSWORD)
    assert str(unknown.value).startswith("Wrong user name or password, or this account may not sign in now")
    accounts.set_active(admin, "anna", False, account(admin, "anna").version)
    with pytest.raises(SignInRefused) as inactive:
        accounts.sign_in(admin, "anna", ANNA_PASSWORD)
    with admin.transaction() as session:
        session.add(UserAccount(username="mona", display_name="Mona", role=Role.MONITOR))
    with pytest.raises(SignInRefused) as no_password:
        accounts.sign_in(admin, "mona", "anything at all")
    assert str(unknown.value) == str(inactive.value) == str(no_password.value)
    assert unknown.value.params == inactive.value.params == no_password.value.params
    # The audit log knows which it was.
    with admin.reading() as session:
        reasons = [e.after["reason"] for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "account.sign_in_refused").order_by(AuditEntry.seq))
            if e.after]
    assert reasons == ["unknown_user", "inactive", "no_password"]


def test_the_first_administrator_gets_a_recovery_code_kept_only_as_a_hash(store: Store) -> None:
    signed = accounts.create_first_administrator(store, "dora", "Dora Officer", ADMIN_PASSWORD, now=NOON)
    assert signed.recovery_code is not None
    stored = account(store, "dora").recovery_code_hash
    assert stored is not None and stored.startswith("$argon2id$")
    assert signed.recovery_code not in stored and recovery_codes.normalise(signed.recovery_code) not in stored
    with store.reading() as session:
        logged = json.dumps([[e.before, e.after] for e in session.scalars(select(AuditEntry))])
    assert "recovery_code_hash" not in logged and "$argon2" not in logged


def test_a_recovery_code_works_once_for_its_officer_only(admin: Store, anna: str) -> None:
    code = recovery.make_code(admin, now=NOON)
    with pytest.raises(PermissionDenied):
        recovery.make_code(admin.as_actor(Actor("anna", Role.COORDINATOR)))
    nobody = admin.as_actor(SYSTEM)
    with pytest.raises(RecoveryRefused) as refused:
        recovery.recover_with_code(nobody, "anna", code, "someone takes over now")
    assert refused.value.key == "recovery.refused"
    with pytest.raises(RecoveryRefused):
        recovery.recover_with_code(nobody, "nobody", code, "someone takes over now")

    following = recovery.recover_with_code(nobody, "dora", code.lower().replace("-", " ").replace("0", "o"),
                                           "her new password 9", now=NOON)
    assert following != code
    assert not accounts.sign_in(admin, "dora", "her new password 9").must_change_password
    with pytest.raises(RecoveryRefused):
        recovery.recover_with_code(nobody, "dora", code, "a third password!")
    with admin.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "account.recover")).one()
    assert entry.actor == "dora" and entry.after == {"by": "recovery_code", "unlocked": True,
                                                      "new_recovery_code": True}


def test_a_recovery_code_does_not_reactivate_a_deactivated_officer(admin: Store) -> None:
    accounts.create_account(admin, NewAccount("omar", "Omar", Role.DATA_PROTECTION_OFFICER, "initial password 1"))
    omar = admin.as_actor(accounts.sign_in(admin, "omar", "initial password 1").actor)
    accounts.change_password(omar, "initial password 1", "his own password 1")
    code = recovery.make_code(omar)
    accounts.set_active(admin, "omar", False, account(admin, "omar").version)
    with pytest.raises(RecoveryRefused):
        recovery.recover_with_code(admin.as_actor(SYSTEM), "omar", code, "his way back in")
    assert not account(admin, "omar").active


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MONITOR, Role.READ_ONLY])
def test_only_the_data_protection_officer_manages_users(admin: Store, anna: str, role: Role) -> None:
    other = admin.as_actor(Actor("someone", role))
    version = account(admin, "anna").version
    attempts = [
        lambda: accounts.create_account(other, NewAccount("eve", "Eve", Role.DATA_PROTECTION_OFFICER,
                                                          "let me in please")),
        lambda: accounts.reset_password(other, "anna", "taken over now!"),
        lambda: accounts.set_role(other, "anna", Role.DATA_PROTECTION_OFFICER, version),
        lambda: accounts.set_active(other, "anna", False, version),
        lambda: accounts.list_accounts(other),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as denied:
            attempt()
        assert denied.value.key == "permission.manage_users"
    assert account(admin, "anna").version == version and account(admin, "anna").role is Role.COORDINATOR
    assert [a.username for a in accounts.list_accounts(admin)] == ["anna", "dora"]


def test_roles_change_but_the_last_administrator_stays(admin: Store, anna: str) -> None:
    with pytest.raises(ValidationError, match="last active data-protection officer"):
        accounts.set_role(admin, "dora", Role.COORDINATOR, account(admin, "dora").version)
    with pytest.raises(ValidationError, match="cannot deactivate your own account"):
        accounts.set_active(admin, "dora", False, account(admin, "dora").version)
    stale = account(admin, "anna").version
    accounts.set_role(admin, "anna", Role.MONITOR, stale)
    with pytest.raises(ConflictError):
        accounts.set_role(admin, "anna", Role.READ_ONLY, stale)
    assert accounts.sign_in(admin, "anna", ANNA_PASSWORD).actor.role is Role.MONITOR


def test_user_names_are_checked(admin: Store, anna: str) -> None:
    with pytest.raises(ValidationError, match="user name: is taken"):
        accounts.create_account(admin, NewAccount("Anna", "Another Anna", Role.MONITOR, "long enough password"))
    with pytest.raises(ValidationError, match="user name: use 2–80 letters"):
        accounts.create_account(admin, NewAccount("an na", "Anna", Role.MONITOR, "long enough password"))


def test_no_password_or_hash_reaches_the_audit_log(admin: Store, anna: str) -> None:
    as_anna = admin.as_actor(accounts.sign_in(admin, "anna", ANNA_PASSWORD).actor)
    accounts.change_password(as_anna, ANNA_PASSWORD, "a brand new password")
    accounts.reset_password(admin, "anna", "a reset password 1")
    with pytest.raises(SignInRefused):
        accounts.sign_in(admin, "anna", "a wrong password")
    with admin.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action.like("account.%"))))
        hashes = list(session.scalars(select(UserAccount.password_hash)))
    actions = [e.action for e in entries]
    assert actions == ["account.create_first_administrator", "account.create", "account.sign_in",
                       "account.change_password", "account.reset_password", "account.sign_in_refused"]
    logged = json.dumps([[e.actor, e.before, e.after] for e in entries])
    for secret in [ADMIN_PASSWORD, ANNA_PASSWORD, "a brand new password", "a reset password 1", "a wrong password",
                   "password_hash", "$argon2", *(h for h in hashes if h)]:
        assert secret not in logged
    assert all(h is not None and h.startswith("$argon2id$") for h in hashes)


def test_a_snapshot_of_an_account_leaves_the_hash_out(admin: Store, anna: str) -> None:
    with admin.reading() as session:
        row = session.scalars(select(UserAccount).where(UserAccount.username == "anna")).one()
        shot = audit.snapshot(row)
    assert "password_hash" not in shot and shot["username"] == "anna"
