"""`homeward backup FILE` and `homeward restore FILE`: encrypted backups, checked before restoring."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop.commands.session import ask_passphrase_on_terminal, open_store
from planning.errors import ValidationError
from planning.security.keys import DatabaseKey, backup_key
from planning.storage import backup
from planning.storage.engine import embedded_key, engine_key
from planning.storage.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = sub.add_parser("backup", help="write an encrypted, consistent backup of the database")
    make.add_argument("file", type=Path, metavar="FILE")
    make.add_argument("--passphrase", action="store_true",
                      help="encrypt with a passphrase you choose (to restore on another machine) "
                           "instead of the database's own key")
    make.set_defaults(handler=run_backup)
    back = sub.add_parser("restore", help="check a backup, then replace the database's content with it")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument("--passphrase", action="store_true", help="the backup was made with a passphrase")
    back.set_defaults(handler=run_restore)


def key_for(store: Store, passphrase: bool, new: bool) -> DatabaseKey:
    if passphrase:
        return DatabaseKey(secret=_ask(new), raw=False)
    location = store.location
    assert location is not None
    if location.embedded:
        return engine_key(store.engine)  # as it was opened: the keychain's key, or the passphrase
    return backup_key(location.redacted(), ask_passphrase_on_terminal)


def _ask(new: bool) -> str:
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", "terminal.passphrase_not_interactive")
    first = getpass.getpass("Backup passphrase: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        raise ValidationError("passphrase", "terminal.passphrases_differ")
    if not first:
        raise ValidationError("passphrase", "text.empty")
    return first


def run_backup(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        assert store.location is not None
        info = backup.backup(store.engine, store.location, args.file, key_for(store, args.passphrase, new=True))
    finally:
        store.engine.dispose()
    print(f"backup written: {info.path} ({info.size:,} bytes, schema {info.revision}, {info.kind})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    store = open_store(args.db, migrate_schema=False)
    try:
        assert store.location is not None
        live = embedded_key(store.location, ask_passphrase_on_terminal) if store.location.embedded else None
        info = backup.restore(store.engine, store.location, args.file, key_for(store, args.passphrase, new=False),
                              live)
    finally:
        store.engine.dispose()
    print(f"restored from {info.path} (schema {info.revision}); the database is now at the current schema")
    return 0
