"""Recovering a data-protection officer's account: her one-time recovery code, or a second officer.

Nobody gets into Homeward by holding the database key alone. An officer who forgot her password
recovers it with the recovery code she was shown once (at the first start, or with `homeward users
recovery-code`) and keeps printed, offline; only its Argon2id hash is stored. A code works once: using
it issues the next one, shown at once. Recovery by code resets the password to one she chooses and
lifts a lock; it never reactivates an account someone deactivated. Otherwise another officer, signed
in, recovers her (a reset she must change at the next sign-in, a lock lifted, the account active).
Either way it is audited under an officer's name: hers, or the colleague's.
"""

from __future__ import annotations

from datetime import UTC, datetime

from planning import audit
from planning.errors import HomewardError, ValidationError
from planning.security import accounts
from planning.security.accounts import (
    _account,
    _actor,
    _by_name,
    _dummy_hash,
    _verify,
    check_password,
    issue_recovery_code,
)
from planning.security.permissions import Permission, require
from planning.security.recovery_codes import normalise
from planning.storage.base import utcnow
from planning.storage.store import SYSTEM, Store
from planning.vocabulary import Role


class RecoveryRefused(HomewardError):
    """A recovery code that does not open the account (one text whatever the reason)."""

    family = "recovery"


def make_code(store: Store, *, now: datetime | None = None) -> str:
    """`homeward users recovery-code`: the signed-in officer's new recovery code."""
    require(store, Permission.MANAGE_USERS)
    moment = now or utcnow()
    with store.transaction() as session:
        account = _account(session, store.actor.username)
        code = issue_recovery_code(account, moment)
        audit.record(session, store.actor, "account.recovery_code", account,
                     after={"made_at": moment.astimezone(UTC).isoformat()})
    return code


def recover_with_code(store: Store, username: str, code: str, new_password: str, *,
                      now: datetime | None = None) -> str:
    """No one is signed in: reset `username`'s password with her recovery code; returns her next code.

    Refused alike (and audited) for an unknown name, an account that is no active officer or has no
    code, and a wrong or used code; each costs one Argon2 check.
    """
    moment = now or utcnow()
    name = (username or "").strip().lower()
    check_password(new_password, name, "new password")
    with store.transaction() as session:
        account = _by_name(session, name) if name else None
        holder = (account is not None and account.active and account.role is Role.DATA_PROTECTION_OFFICER
                  and account.recovery_code_hash is not None)
        stored = account.recovery_code_hash if holder and account is not None else None
        opened = _verify(stored or _dummy_hash(), normalise(code)) and stored is not None
        if account is None or not opened:
            audit.record(session, SYSTEM if account is None else _actor(account), "account.recover_refused",
                         account if account is not None else ("user_account", None),
                         after={"by": "recovery_code"})
        else:
            account.password_hash, account.must_change_password = accounts.HASHER.hash(new_password), False
            account.failed_attempts, account.locked_until, account.password_changed_at = 0, None, moment
            following = issue_recovery_code(account, moment)
            audit.record(session, _actor(account), "account.recover", account,
                         after={"by": "recovery_code", "unlocked": True, "new_recovery_code": True})
            return following
    raise RecoveryRefused("recovery.refused", user=name)


def recover_by_officer(store: Store, username: str, new_password: str, *, now: datetime | None = None) -> None:
    """A signed-in officer recovers another account: a password to change at the next sign-in, the lock
    lifted, the account active again."""
    require(store, Permission.MANAGE_USERS)
    moment = now or utcnow()
    with store.transaction() as session:
        account = _account(session, username)
        if account.username == store.actor.username:
            raise ValidationError("user", "recovery.own_account", account.username)
        check_password(new_password, account.username, "new password")
        reactivated = not account.active
        account.password_hash, account.must_change_password = accounts.HASHER.hash(new_password), True
        account.failed_attempts, account.locked_until, account.password_changed_at = 0, None, moment
        account.active = True
        audit.record(session, store.actor, "account.recover", account,
                     after={"by": "officer", "unlocked": True, "reactivated": reactivated})
