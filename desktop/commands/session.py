"""Opening the database for a headless command (passphrase asked on the terminal if needed)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import Role


def ask_passphrase_on_terminal(path: Path, new: bool) -> str | None:
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"Passphrase for {'new ' if new else ''}database {path}: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        print("homeward: the passphrases differ", file=sys.stderr)
        return None
    return first


def command_actor() -> Actor:
    """Headless commands act as the operating-system user, as a coordinator."""
    name = os.environ.get("HOMEWARD_USER") or getpass.getuser() or "cli"
    return Actor(username=name, role=Role.COORDINATOR)


def open_store(db: str | None, *, migrate_schema: bool = True) -> Store:
    """The database for a command, brought to the current schema unless the command manages it."""
    location = resolve(db)
    engine = open_engine(location, ask_passphrase_on_terminal)
    if migrate_schema:
        try:
            migrate.ensure_current(engine)
        except BaseException:
            engine.dispose()
            raise
    return Store(engine, command_actor(), location)
