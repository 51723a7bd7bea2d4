"""User accounts: the first administrator, sign-in with lockout, passwords (Argon2), roles, deactivation.

- The first start creates the administrator (a data-protection officer) while no account can sign in.
- Six wrong passwords in a row lock an account for 30 minutes. Every refusal reads the same and costs
  one Argon2 check, whatever the reason (unknown name, wrong password, locked, deactivated), so trying
  names and passwords teaches nothing; the officer sees locks and deactivations in the users list.
- A data-protection officer holds a one-time recovery code (`planning.security.recovery`), shown once at
  the first start and whenever a new one is made; only its Argon2id hash is stored.
- Passwords have at least 12 characters and do not contain the user name; a password chosen by an
  administrator (new account, reset) must be changed at the next sign-in.
- Every change and every sign-in (and failed one) is audited; no password or hash ever reaches the
  audit log or an error message.

Time comes from `now` (a UTC datetime) so tests can walk through a lockout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning import audit
from planning.errors import ConflictError, HomewardError, NotFoundError, PermissionDenied, ValidationError
from planning.messages import Count
from planning.security import recovery_codes
from planning.security.permissions import Permission, require
from planning.storage import server_functions
from planning.storage.base import utcnow
from planning.storage.models import UserAccount
from planning.storage.store import SYSTEM, Actor, Store
from planning.validation import required_text
from planning.vocabulary import Role

MAX_FAILED_ATTEMPTS = 6
LOCKOUT = timedelta(minutes=30)
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 200
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,79}")

HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so a wrong name takes as long as a wrong password."""
    return HASHER.hash("homeward-no-such-account")


class SignInRefused(HomewardError):
    """Sign-in refused: wrong name or password, locked, deactivated, or no password set yet (one text for all)."""

    family = "sign_in"


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    display_name: str
    must_change_password: bool
    #: The first administrator's recovery code, shown once to be printed and kept offline.
    recovery_code: str | None = None


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    version: int

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class NewAccount:
    username: str
    display_name: str
    role: Role
    password: str


# --- rules ---------------------------------------------------------------------------------------

def check_username(value: str | None) -> str:
    name = (value or "").strip().lower()
    if not name:
        raise ValidationError("user name", "account.name_empty", value)
    if not USERNAME.fullmatch(name):
        raise ValidationError("user name", "account.name_form", value)
    return name


def check_password(password: str | None, username: str, field: str = "password") -> str:
    """The password rules; the bad value is never echoed."""
    text = password or ""
    if len(text) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, "password.too_short", length=Count("character", MIN_PASSWORD_LENGTH))
    if len(text) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, "password.too_long", length=Count("character", MAX_PASSWORD_LENGTH))
    if username and username.casefold() in text.casefold():
        raise ValidationError(field, "password.contains_name")
    if text.strip() != text:
        raise ValidationError(field, "password.spaces")
    return text


def check_role(value: object) -> Role:
    if not isinstance(value, Role):
        raise ValidationError("role", "account.unknown_role", value)
    return value


def _public(account: UserAccount) -> audit.Snapshot:
    """What the audit log may hold about an account: never the password hash."""
    return {"username": account.username, "display_name": account.display_name, "role": account.role.value,
            "active": account.active, "must_change_password": account.must_change_password}


def _view(account: UserAccount) -> AccountView:
    return AccountView(account.id, account.username, account.display_name, account.role, account.active,
                       account.password_hash is not None, account.must_change_password, account.locked_until,
                       account.last_sign_in_at, account.version)


def _by_name(session: Session, username: str) -> UserAccount | None:
    return session.scalar(select(UserAccount).where(UserAccount.username == username.strip().lower()))


def _account(session: Session, username: str) -> UserAccount:
    account = _by_name(session, username)
    if account is None:
        raise NotFoundError("user_account", username)
    return account


def _can_sign_in(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.active.is_(True), UserAccount.password_hash.is_not(None))) or 0


# --- first start and sign-in ---------------------------------------------------------------------

def sign_in_required(store: Store) -> bool:
    """True once some active account has a password; before that the first start creates the administrator."""
    with store.reading() as session:
        return _can_sign_in(session) > 0


def create_first_administrator(store: Store, username: str, display_name: str, password: str, *,
                               now: datetime | None = None) -> SignedIn:
    """The first start: the data-protection officer who will create everyone else, signed in at once."""
    name = check_username(username)
    shown = required_text("display name", display_name, max_length=200)
    check_password(password, name)
    hashed = HASHER.hash(password)
    moment = now or utcnow()
    actor = Actor(name, Role.DATA_PROTECTION_OFFICER)
    with store.transaction() as session:
        if _can_sign_in(session):
            raise PermissionDenied("permission.first_administrator")
        account = _by_name(session, name)
        if account is None:
            account = UserAccount(username=name, display_name=shown, role=Role.DATA_PROTECTION_OFFICER)
            session.add(account)
        account.display_name, account.role, account.active = shown, Role.DATA_PROTECTION_OFFICER, True
        account.password_hash, account.password_changed_at, account.last_sign_in_at = hashed, moment, moment
        account.must_change_password = False
        code = issue_recovery_code(account, moment)
        audit.record(session, actor, "account.create_first_administrator", ("user_account", None),
                     after=_public(account))
    return SignedIn(actor, shown, must_change_password=False, recovery_code=code)


def issue_recovery_code(account: UserAccount, moment: datetime) -> str:
    """Give an officer a new recovery code (the previous one stops working); returns it, to be shown once."""
    code = recovery_codes.new_code()
    account.recovery_code_hash = HASHER.hash(recovery_codes.normalise(code))
    account.recovery_code_made_at = moment
    return code


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> SignedIn:
    """The account's actor if the password is right; `SignInRefused` (counted, audited) otherwise.

    Every refusal says the same thing and checks one Argon2 hash: an unknown name, an account without a
    password, a locked or deactivated account and a wrong password cannot be told apart by the words or
    the time taken. Wrong passwords still count towards the lock; the audit log records the real reason.
    """
    moment = now or utcnow()
    name = (username or "").strip().lower()
    with store.transaction() as session:
        account = _by_name(session, name) if name else None
        if account is None or account.password_hash is None:
            _verify(_dummy_hash(), password)
            reason = "unknown_user" if account is None else "no_password"
            audit.record(session, SYSTEM, "account.sign_in_refused", ("user_account", None), after={"reason": reason})
        elif account.locked_until is not None and account.locked_until > moment:
            _verify(account.password_hash, password)  # (the answer is not used: a lock is not a password oracle)
            audit.record(session, _actor(account), "account.sign_in_refused", account, after={"reason": "locked"})
        elif not _verify(account.password_hash, password):
            _count_failure(account, moment)
            audit.record(session, _actor(account), "account.sign_in_refused", account,
                         after={"reason": "locked_now" if account.locked_until else "wrong_password",
                                "failed_attempts": account.failed_attempts})
        elif not account.active:
            audit.record(session, _actor(account), "account.sign_in_refused", account, after={"reason": "inactive"})
        else:
            if HASHER.check_needs_rehash(account.password_hash):
                account.password_hash = HASHER.hash(password)
            account.failed_attempts, account.locked_until, account.last_sign_in_at = 0, None, moment
            audit.record(session, _actor(account), "account.sign_in", account, after={"role": account.role.value})
            return SignedIn(_actor(account), account.display_name, account.must_change_password)
    # Committed: the count, the lock and the audit entry stay even though sign-in is refused.
    raise refused()


def refused() -> SignInRefused:
    """The one refusal every failed sign-in gets."""
    return SignInRefused("sign_in.refused", failures=Count("wrong_password", MAX_FAILED_ATTEMPTS),
                         minutes=Count("minute", int(LOCKOUT.total_seconds() // 60)))


def _actor(account: UserAccount) -> Actor:
    return Actor(account.username, account.role)


def _verify(hashed: str, password: str) -> bool:
    try:
        return HASHER.verify(hashed, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(account: UserAccount, moment: datetime) -> None:
    if account.locked_until is not None and account.locked_until <= moment:
        account.failed_attempts = 0  # the previous lock has run out: a fresh count
    account.failed_attempts += 1
    if account.failed_attempts >= MAX_FAILED_ATTEMPTS:
        account.locked_until = moment + LOCKOUT
        account.failed_attempts = 0


# --- one's own password --------------------------------------------------------------------------

def change_password(store: Store, current: str, new: str, *, now: datetime | None = None) -> None:
    """The signed-in user changes their own password (required after an administrator chose it)."""
    moment = now or utcnow()
    with store.transaction() as session:
        account = _account(session, store.actor.username)
        if account.password_hash is None or not _verify(account.password_hash, current):
            raise ValidationError("current password", "password.not_current")
        check_password(new, account.username, "new password")
        if new == current:
            raise ValidationError("new password", "password.unchanged")
        account.password_hash, account.password_changed_at = HASHER.hash(new), moment
        account.must_change_password = False
        audit.record(session, store.actor, "account.change_password", account,
                     after={"password_changed_at": moment.astimezone(UTC).isoformat()})


# --- administration (data-protection officer) ----------------------------------------------------

def list_accounts(store: Store) -> list[AccountView]:
    require(store, Permission.MANAGE_USERS)
    with store.reading() as session:
        return [_view(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.username))]


def create_account(store: Store, new: NewAccount, *, now: datetime | None = None) -> int:
    """A new account with an initial password the person must change at their first sign-in."""
    require(store, Permission.MANAGE_USERS)
    name = check_username(new.username)
    shown = required_text("display name", new.display_name, max_length=200)
    role = check_role(new.role)
    check_password(new.password, name, "initial password")
    hashed = HASHER.hash(new.password)
    with store.transaction() as session:
        existing = _by_name(session, name)
        if existing is not None and existing.password_hash is not None:
            raise ValidationError("user name", "account.name_taken", name)
        if role is not Role.DATA_PROTECTION_OFFICER and not _can_sign_in(session):
            raise ValidationError("role", "account.first_is_administrator", role.value)
        account = existing or UserAccount(username=name)
        if existing is None:
            session.add(account)
        before = _public(account) if existing is not None else None
        account.display_name, account.role, account.active = shown, role, True
        account.password_hash, account.must_change_password = hashed, True
        account.password_changed_at = now or utcnow()
        audit.record(session, store.actor, "account.create", account, before=before, after=_public(account))
        session.flush()
        server_functions.sync_account(session.connection(), account.username)  # its login role, on PostgreSQL
        return account.id


def reset_password(store: Store, username: str, password: str, *, now: datetime | None = None) -> None:
    """Set a new initial password (the person changes it at next sign-in) and lift any lock."""
    require(store, Permission.MANAGE_USERS)
    with store.transaction() as session:
        account = _account(session, username)
        check_password(password, account.username, "new password")
        account.password_hash, account.must_change_password = HASHER.hash(password), True
        account.failed_attempts, account.locked_until = 0, None
        account.password_changed_at = now or utcnow()
        audit.record(session, store.actor, "account.reset_password", account,
                     after={"must_change_password": True, "unlocked": True})


def set_role(store: Store, username: str, role: Role, expected_version: int) -> int:
    require(store, Permission.MANAGE_USERS)
    role = check_role(role)
    with store.transaction() as session:
        account = _account(session, username)
        _check_version(account, expected_version)
        if account.role is role:
            return account.version
        before = _public(account)
        _keep_an_administrator(session, account, leaving=account.role is Role.DATA_PROTECTION_OFFICER)
        account.role = role
        audit.record(session, store.actor, "account.set_role", account, before=before, after=_public(account))
        session.flush()
        server_functions.sync_account(session.connection(), account.username)
        return account.version


def set_active(store: Store, username: str, active: bool, expected_version: int) -> int:
    """Deactivate (nobody can sign in as them; their records and audit entries stay) or reactivate."""
    require(store, Permission.MANAGE_USERS)
    with store.transaction() as session:
        account = _account(session, username)
        _check_version(account, expected_version)
        if account.active is active:
            return account.version
        if not active and account.username == store.actor.username:
            raise ValidationError("user", "account.own_deactivation", account.username)
        before = _public(account)
        if not active:
            _keep_an_administrator(session, account, leaving=account.role is Role.DATA_PROTECTION_OFFICER)
        account.active = active
        audit.record(session, store.actor, "account.activate" if active else "account.deactivate", account,
                     before=before, after=_public(account))
        session.flush()
        server_functions.sync_account(session.connection(), account.username)  # a deactivated login ends now
        return account.version


def _check_version(account: UserAccount, expected: int) -> None:
    if account.version != expected:
        raise ConflictError("user_account", account.username, expected, account.version, _public(account))


def _keep_an_administrator(session: Session, account: UserAccount, *, leaving: bool) -> None:
    if not leaving or not account.active:
        return
    others = session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.role == Role.DATA_PROTECTION_OFFICER, UserAccount.active.is_(True),
        UserAccount.password_hash.is_not(None), UserAccount.id != account.id)) or 0
    if not others:
        raise ValidationError("role", "account.last_administrator", account.role.value, user=account.username)
