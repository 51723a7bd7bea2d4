"""Opening the database for a headless command and signing in (passphrase and password from the terminal).

Commands act as a named user, checked like a sign-in to the app (same lockout): the user from
`--user` or `HOMEWARD_USER` (default: the operating-system user name), the password from
`HOMEWARD_PASSWORD` (for scripts) or typed on the terminal. An embedded database opened with a passphrase
(no OS keychain) takes it from the file `--passphrase-file FILE` or `HOMEWARD_PASSPHRASE_FILE` names (one
line, readable by its owner only), else from the terminal. Nobody signs in on a database where no
account can sign in yet (before the first start created the administrator: the command acts as the
maintenance actor `system`), for the schema commands (`db upgrade`, `db current`), and for an officer's
recovery with her recovery code (`users recover NAME --code`), which proves who she is by the code.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from planning.errors import ValidationError
from planning.security.accounts import SignInRefused, sign_in, sign_in_required
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Actor, Store

USER_ENV = "HOMEWARD_USER"
PASSWORD_ENV = "HOMEWARD_PASSWORD"
PASSPHRASE_FILE_ENV = "HOMEWARD_PASSPHRASE_FILE"

_user: ContextVar[str | None] = ContextVar("homeward_command_user", default=None)
_passphrase_file: ContextVar[Path | None] = ContextVar("homeward_passphrase_file", default=None)


@contextmanager
def signing_in_as(username: str | None) -> Iterator[None]:
    """The `--user` of this command line, for `open_store`."""
    token = _user.set(username)
    try:
        yield
    finally:
        _user.reset(token)


@contextmanager
def passphrase_from(file: Path | None) -> Iterator[None]:
    """The `--passphrase-file` of this command line, for `ask_passphrase_on_terminal`."""
    token = _passphrase_file.set(file)
    try:
        yield
    finally:
        _passphrase_file.reset(token)


def passphrase_file() -> Path | None:
    named = _passphrase_file.get() or os.environ.get(PASSPHRASE_FILE_ENV)
    return Path(named).expanduser() if named else None


def read_passphrase_file(file: Path) -> str:
    """The passphrase on the file's first line; refused if the file is open to other users."""
    try:
        if os.name == "posix" and file.stat().st_mode & 0o077:
            raise ValidationError("passphrase_file", "passphrase_file.open_to_others", str(file), path=str(file))
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValidationError("passphrase_file", "passphrase_file.unreadable", str(file),
                              reason=exc.strerror or str(exc)) from None
    if not lines or not lines[0]:
        raise ValidationError("passphrase_file", "passphrase_file.empty", str(file))
    return lines[0]


def ask_passphrase_on_terminal(path: Path, new: bool) -> str | None:
    """The database passphrase: from the passphrase file if one is named, else typed (twice for a new one)."""
    file = passphrase_file()
    if file is not None:
        return read_passphrase_file(file)
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"Passphrase for {'new ' if new else ''}database {path}: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        print("homeward: the passphrases differ", file=sys.stderr)
        return None
    return first


def command_username() -> str:
    return _user.get() or os.environ.get(USER_ENV) or getpass.getuser() or "cli"


def command_actor(store: Store) -> Actor:
    """The signed-in user for a command, or `system` while no account can sign in."""
    if not sign_in_required(store):
        return SYSTEM
    name = command_username()
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise SignInRefused("sign_in.no_password_given", user=name, variable=PASSWORD_ENV,
                                user_variable=USER_ENV)
        password = getpass.getpass(f"Homeward password for {name}: ")
    signed = sign_in(store, name, password)
    if signed.must_change_password:
        raise SignInRefused("sign_in.must_change_password", user=signed.actor.username)
    return signed.actor


def open_store(db: str | None, *, migrate_schema: bool = True, sign_in: bool = True) -> Store:
    """The database for a command, brought to the current schema, acting as the signed-in user.

    With `migrate_schema=False` (commands that manage the schema themselves) or `sign_in=False` (recovery
    with a recovery code) nobody signs in: the command acts as `system`.
    """
    location = resolve(db)
    engine = open_engine(location, ask_passphrase_on_terminal)
    store = Store(engine, SYSTEM, location)
    if not migrate_schema:
        return store
    try:
        migrate.ensure_current(engine)
        return store.as_actor(command_actor(store)) if sign_in else store
    except BaseException:
        engine.dispose()
        raise
