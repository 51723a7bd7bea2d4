"""`homeward keys export-field-key FILE` / `import-field-key FILE`: move the field key between desktops;
`homeward keys check`: does every sealed value open, bound to its own record?

Notes, protection statements and attachments are sealed with the database's field key, kept in each
desktop's keychain. On a shared PostgreSQL database an administrator exports it once, sealed with a
passphrase, and every other desktop imports it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.commands.session import open_store
from planning.errors import ValidationError
from planning.security import sealed_fields
from planning.security.field_keys import export_field_key, import_field_key


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("keys", help="the field key that seals notes, statements and attachments")
    commands = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    for name, text, handler in (
            ("export-field-key", "write the field key to FILE, sealed with a passphrase", run_export),
            ("import-field-key", "put the field key from FILE into this desktop's keychain", run_import)):
        action = commands.add_parser(name, help=text)
        action.add_argument("file", type=Path, metavar="FILE")
        action.add_argument("--passphrase-env", metavar="VAR",
                            help="read the passphrase from environment variable VAR instead of the terminal")
        action.set_defaults(handler=handler)
    check = commands.add_parser("check", help="open every sealed value with its record's binding and list those "
                                              "that do not open (exit 1); nothing is shown or changed")
    check.set_defaults(handler=run_check)


def passphrase(args: argparse.Namespace, *, new: bool) -> str:
    if args.passphrase_env:
        value = os.environ.get(args.passphrase_env)
        if not value:
            raise ValidationError("passphrase", "terminal.variable_not_set", variable=args.passphrase_env)
        return value
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", "terminal.passphrase_not_given")
    first = getpass.getpass("Field key passphrase: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        raise ValidationError("passphrase", "terminal.passphrases_differ")
    return first


def run_export(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        key_id = export_field_key(store, args.file, passphrase(args, new=True))
    finally:
        store.engine.dispose()
    print(f"field key {key_id} written to {args.file}, sealed with the passphrase; give the file and the "
          "passphrase to the other desktops separately")
    return 0


def run_import(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        key_id = import_field_key(store, args.file, passphrase(args, new=False))
    finally:
        store.engine.dispose()
    print(f"field key {key_id} is now in this desktop's keychain")
    return 0


def run_check(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        report = sealed_fields.check(store)
    finally:
        store.engine.dispose()
    print(f"field key {report.key_id}:")
    for kind, label in sealed_fields.KINDS.items():
        checked, refused = report.checked[kind], report.refused_in(kind)
        print(f"  {refused} of {checked} {label} cannot be opened" if refused else f"  all {checked} {label} open")
    for refusal in report.refused:
        print(f"  {refusal.binding}: {refusal.why.english()}")
    if not report.ok:
        print("nothing was changed: put back the values from a backup taken before they were changed, and find out "
              "who wrote to the database around Homeward")
        return 1
    return 0
