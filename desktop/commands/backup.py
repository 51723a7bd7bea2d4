"""`homeward backup FILE` and `homeward restore FILE`: encrypted backups, and restores the officer makes knowingly.

A backup (coordinator or officer) writes FILE and its signed checkpoint `FILE.checkpoint`. A restore
(officer, signed in) compares the backup with the database first: an older backup, or one whose
history went another way, is restored only with `--older`, another installation's only with
`--other-installation`; the refusal counts the audit entries it would undo. Every attempt is written to
the restore log in the user data folder.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop.commands.session import open_store, read_passphrase_file
from planning import backups
from planning.errors import ValidationError
from planning.security.keys import DatabaseKey, backup_key
from planning.storage.engine import engine_key
from planning.storage.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = sub.add_parser("backup", help="write an encrypted, consistent backup of the database (coordinator or "
                                         "data-protection officer)")
    make.add_argument("file", type=Path, metavar="FILE")
    _passphrase_options(make, "encrypt with a passphrase you choose (to restore on another machine) instead of "
                              "the database's own key")
    make.set_defaults(handler=run_backup)
    back = sub.add_parser("restore", help="compare a backup with the database, then replace the database's content "
                                          "with it (data-protection officer)")
    back.add_argument("file", type=Path, metavar="FILE")
    _passphrase_options(back, "the backup was made with a passphrase")
    back.add_argument("--older", action="store_true",
                      help="restore a backup older than the database (or whose history went another way), undoing "
                           "the audit entries after it")
    back.add_argument("--other-installation", action="store_true",
                      help="restore another installation's backup over this database")
    back.set_defaults(handler=run_restore)


def _passphrase_options(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--passphrase", action="store_true", help=text + " (typed)")
    parser.add_argument("--backup-passphrase-file", type=Path, metavar="PFILE",
                        help=text + ": the first line of PFILE (readable by its owner only)")


def key_for(store: Store, args: argparse.Namespace, new: bool) -> DatabaseKey:
    if args.backup_passphrase_file is not None:
        return DatabaseKey(secret=read_passphrase_file(args.backup_passphrase_file), raw=False)
    if args.passphrase:
        return DatabaseKey(secret=_ask(new), raw=False)
    location = store.location
    assert location is not None
    if location.embedded:
        return engine_key(store.engine)  # as it was opened: the keychain's key, or the passphrase
    return backup_key(location.redacted())


def _own_key(args: argparse.Namespace) -> bool:
    return args.backup_passphrase_file is None and not args.passphrase


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
        info = backups.take_backup(store, args.file, key_for(store, args, new=True), own_key=_own_key(args))
    finally:
        store.engine.dispose()
    print(f"backup written: {info.path} ({info.size:,} bytes, schema {info.revision}, {info.kind}); installation "
          f"{info.installation_id}, audit chain at position {info.head_seq}, checkpoint in "
          f"{backups.side_file(info.path)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        live = engine_key(store.engine) if store.location is not None and store.location.embedded else None
        done = backups.restore(store, args.file, key_for(store, args, new=False), older=args.older,
                               other_installation=args.other_installation, live_key=live)
    finally:
        store.engine.dispose()
    info = done.backup
    print(f"restored from {info.path} (schema {info.revision}, installation {info.installation_id}, audit chain at "
          f"position {info.head_seq}); the database is now at the current schema")
    if done.lost:
        print(f"{done.lost} audit entries after position {done.common_seq} were undone, as confirmed")
    print(f"the restore is in the audit log and in {backups.log_file()}")
    return 0
