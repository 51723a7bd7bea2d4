"""`homeward users …`: accounts from the command line (data-protection officer), and an officer's recovery.

    homeward users list [--json]
    homeward users add NAME --name "Full name" --role ROLE
    homeward users reset-password NAME
    homeward users set-role NAME ROLE
    homeward users deactivate NAME | activate NAME
    homeward users recovery-code
    homeward users recover NAME --code | homeward --user OFFICER users recover NAME

New passwords come from `HOMEWARD_NEW_PASSWORD` (scripts) or are typed twice on the terminal; the
person changes a password someone else chose at their next sign-in. `recovery-code` gives the signed-in
officer a new one-time recovery code (printed once: keep it offline). `recover NAME --code` is for an
officer who forgot her password: no sign-in, her recovery code (from `HOMEWARD_RECOVERY_CODE` or typed),
a new password of her choosing, and her next code printed. Without `--code`, another officer signs in
and recovers the account. Holding the database key is not enough for either.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from desktop.commands.session import open_store
from planning.errors import ValidationError
from planning.labels import in_sentence
from planning.security import accounts, recovery
from planning.security.accounts import AccountView, NewAccount, SignInRefused
from planning.security.recovery import RecoveryRefused
from planning.storage.store import Actor, Store
from planning.vocabulary import Role

NEW_PASSWORD_ENV = "HOMEWARD_NEW_PASSWORD"
RECOVERY_CODE_ENV = "HOMEWARD_RECOVERY_CODE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("users", help="user accounts: list, add, reset a password, change a role, deactivate")
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every account with its role and state")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)

    add = actions.add_parser("add", help="add an account (its initial password is changed at first sign-in)")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--role", required=True, type=_role, help=_ROLES_HELP)
    add.set_defaults(handler=run_add)

    reset = actions.add_parser("reset-password", help="set a new initial password and lift a lock")
    reset.add_argument("username", metavar="NAME")
    reset.set_defaults(handler=run_reset)

    role = actions.add_parser("set-role", help="change an account's role")
    role.add_argument("username", metavar="NAME")
    role.add_argument("role", type=_role, metavar="ROLE", help=_ROLES_HELP)
    role.set_defaults(handler=run_set_role)

    for name, active in (("deactivate", False), ("activate", True)):
        toggle = actions.add_parser(name, help=f"{name} an account")
        toggle.add_argument("username", metavar="NAME")
        toggle.set_defaults(handler=run_set_active, active=active)

    code = actions.add_parser("recovery-code",
                              help="a new one-time recovery code for the signed-in officer (shown once: print it)")
    code.set_defaults(handler=run_recovery_code)

    recover = actions.add_parser(
        "recover", help="an officer's forgotten password: with her recovery code (--code, no sign-in), or by "
                        "another officer signed in")
    recover.add_argument("username", metavar="NAME")
    recover.add_argument("--code", action="store_true",
                         help=f"use NAME's recovery code (from ${RECOVERY_CODE_ENV} or typed) instead of signing in")
    recover.set_defaults(handler=run_recover)


_ROLES_HELP = "coordinator, monitor, data_protection_officer or read_only"


def _role(text: str) -> Role:
    try:
        return Role(text.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a role: {_ROLES_HELP}") from None


def new_password(username: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("new password", "terminal.new_password", variable=NEW_PASSWORD_ENV)
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise ValidationError("repeat password", "terminal.passwords_differ")
    return first


def _account(store: Store, username: str) -> AccountView:
    name = username.strip().lower()
    for account in accounts.list_accounts(store):
        if account.username == name:
            return account
    raise ValidationError("user", "terminal.no_account", username)


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        rows = accounts.list_accounts(store)
    finally:
        store.engine.dispose()
    if args.json:
        print(json.dumps([{"username": a.username, "name": a.display_name, "role": a.role.value,
                           "active": a.active,
                           "locked_until": a.locked_until.isoformat() if a.locked_until and a.locked() else None,
                           "must_change_password": a.must_change_password,
                           "last_sign_in": a.last_sign_in_at.isoformat() if a.last_sign_in_at else None}
                          for a in rows], indent=2))
        return 0
    for a in rows:
        state = "deactivated" if not a.active else "locked" if a.locked() else (
            "must change password" if a.must_change_password else "active")
        print(f"{a.username:<20} {in_sentence(a.role):<24} {state:<22} {a.display_name}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    """An account; the first administrator made here (no account could sign in yet) also gets her recovery
    code, as the app's first start gives it."""
    store = open_store(args.db)
    name = args.username.strip().lower()
    code = None
    try:
        first = not accounts.sign_in_required(store)
        accounts.create_account(store, NewAccount(args.username, args.name, args.role, new_password(args.username)))
        if first and args.role is Role.DATA_PROTECTION_OFFICER:
            code = recovery.make_code(store.as_actor(Actor(name, Role.DATA_PROTECTION_OFFICER)))
    finally:
        store.engine.dispose()
    print(f"{name} added as {in_sentence(args.role)}; they choose their own password at their first sign-in")
    if code is not None:
        print(f"recovery code of {name}:")
        show_code(code)
    return 0


def run_reset(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        accounts.reset_password(store, args.username, new_password(args.username))
    finally:
        store.engine.dispose()
    print(f"password of {args.username} reset; they choose their own at their next sign-in")
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        accounts.set_role(store, args.username, args.role, _account(store, args.username).version)
    finally:
        store.engine.dispose()
    print(f"{args.username} is now {in_sentence(args.role)}")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        accounts.set_active(store, args.username, args.active, _account(store, args.username).version)
    finally:
        store.engine.dispose()
    print(f"{args.username} {'activated' if args.active else 'deactivated'}")
    return 0


def recovery_code(username: str) -> str:
    given = os.environ.get(RECOVERY_CODE_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("recovery code", "recovery.code_not_given", variable=RECOVERY_CODE_ENV)
    return getpass.getpass(f"Recovery code of {username}: ")


def show_code(code: str) -> None:
    print()
    print(f"    {code}")
    print()
    print("This is the new one-time recovery code. Print it or write it down now and keep it offline (a safe): it is "
          "shown only once, and it alone lets this officer back in after a forgotten password. The previous code no "
          "longer works.")


def run_recovery_code(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        code = recovery.make_code(store)
    finally:
        store.engine.dispose()
    print(f"recovery code of {store.actor.username}:")
    show_code(code)
    return 0


def run_recover(args: argparse.Namespace) -> int:
    name = args.username.strip().lower()
    if args.code:
        store = open_store(args.db, sign_in=False)
        try:
            following = recovery.recover_with_code(store, name, recovery_code(name), new_password(name))
        finally:
            store.engine.dispose()
        print(f"password of {name} reset with the recovery code, the account unlocked; sign in with the new "
              "password. That code is used up:")
        show_code(following)
        return 0
    try:
        store = open_store(args.db)
    except SignInRefused as refused:
        raise RecoveryRefused("recovery.needs_code", user=name, refusal=refused) from None
    try:
        recovery.recover_by_officer(store, name, new_password(name))
    finally:
        store.engine.dispose()
    print(f"password of {name} reset by {store.actor.username}, the account unlocked and active; {name} chooses "
          "a new password at the next sign-in")
    return 0
