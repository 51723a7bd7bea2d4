"""`homeward db upgrade`, `db current`, `db rekey`, `db set-password` and `db grant`: the database schema, its
migrations, its key and, on PostgreSQL, the password of this desktop's login and the roles of all of them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.commands.session import open_store
from planning import audit
from planning.errors import ValidationError
from planning.private_files import write_private
from planning.security import server_passwords
from planning.security.permissions import Permission, require
from planning.storage import grants, migrate, rekey
from planning.storage.engine import open_engine
from planning.storage.location import Location, resolve
from planning.storage.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="the database schema: upgrade it, show its revision")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    upgrade = actions.add_parser("upgrade", help="migrate the database to this version of Homeward")
    upgrade.add_argument(
        "--revision", default="head", help="the revision to reach (default: the newest, 'head')"
    )
    upgrade.set_defaults(handler=run_upgrade)

    current = actions.add_parser("current", help="show the database's schema revision")
    current.set_defaults(handler=run_current)

    rekey_parser = actions.add_parser(
        "rekey", help="rotate the key of the embedded database (a new random key, kept in the keychain)")
    rekey_parser.set_defaults(handler=run_rekey)

    password = actions.add_parser(
        "set-password", help="keep the PostgreSQL password of --db in this desktop's keychain (tested first)")
    password.add_argument("--password-env", metavar="VAR",
                          help="read the password from environment variable VAR instead of the terminal")
    password.set_defaults(handler=run_set_password)

    grant = actions.add_parser(
        "grant", help="PostgreSQL: a group role per Homeward role, a login role per account, the privileges to "
                      "match (run by the database owner or a superuser; again after upgrades and account changes)")
    grant.add_argument("--passwords-file", type=Path, metavar="FILE",
                       help="give new login roles a password, written to FILE (readable by you alone) to hand "
                            "over; without it new login roles have no password yet")
    grant.add_argument("--new-password", action="append", default=[], metavar="USER",
                       help="replace the login password of USER's role (with --passwords-file; repeatable)")
    grant.set_defaults(handler=run_grant)


def run_upgrade(args: argparse.Namespace) -> int:
    store = open_store(args.db, migrate_schema=False)
    try:
        before = migrate.current_revision(store.engine)
        migrate.upgrade(store.engine, args.revision)
        after = migrate.current_revision(store.engine)
    finally:
        store.engine.dispose()
    where = store.location.redacted() if store.location else "the database"
    if before == after:
        print(f"{where}: already at revision {after}")
    else:
        print(f"{where}: upgraded from {before or 'empty'} to {after}")
    return 0


def run_current(args: argparse.Namespace) -> int:
    store = open_store(args.db, migrate_schema=False)
    try:
        revision = migrate.current_revision(store.engine)
    finally:
        store.engine.dispose()
    head = migrate.head_revision()
    if revision is None:
        state = "empty: run `homeward db upgrade`"
    elif revision == head:
        state = "up to date"
    elif not migrate.is_known(revision):
        state = "written by a newer Homeward: update Homeward"
    else:
        state = f"behind {head}: run `homeward db upgrade`"
    print(f"{revision or 'none'} ({state})")
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    """Signed in as the data-protection officer (or before any account exists), with the file closed elsewhere."""
    store = open_store(args.db)
    try:
        require(store, Permission.MANAGE_KEYS)
    finally:
        store.engine.dispose()
    location = store.location
    assert location is not None
    rekey.rekey(location)
    after = Store(open_engine(location), store.actor, location)
    try:
        with after.transaction() as session:
            audit.record(session, after.actor, "database.rekey", ("database", None),
                         after={"database": location.describe()})
    finally:
        after.engine.dispose()
    print(f"{location.describe()}: key rotated; the new key is in the keychain and the old one no longer opens it")
    return 0


def run_set_password(args: argparse.Namespace) -> int:
    """Test the password against the server, then keep it in the keychain; the URL needs none after."""
    location = resolve(args.db)
    if location.embedded:
        raise ValidationError("database", "argument.set_password_embedded")
    if location.url.password:
        raise ValidationError("database", "argument.password_in_url")
    if args.password_env:
        secret = os.environ.get(args.password_env)
        if not secret:
            raise ValidationError("password", "terminal.variable_not_set", variable=args.password_env)
    elif sys.stdin.isatty():
        secret = getpass.getpass(f"Password of {location.url.username or 'the role'} on {location.redacted()}: ")
    else:
        raise ValidationError("password", "terminal.password_not_interactive")
    tested = Location(url=location.url.set(password=secret), path=None)
    open_engine(tested).dispose()
    server_passwords.store_password(location.url, secret)
    print(f"password for {location.redacted()} checked and kept in this desktop's keychain; "
          "the URL needs no password now")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    """Roles and privileges on a PostgreSQL database, as its owner; audited; new passwords only to a file."""
    if args.new_password and args.passwords_file is None:
        raise ValidationError("passwords_file", "grant.needs_passwords_file")
    store = open_store(args.db, sign_in=False)
    try:
        if store.engine.dialect.name != "postgresql":
            raise ValidationError("database", "grant.not_postgresql")
        with store.transaction() as session:
            report = grants.grant(session.connection(), new_passwords=set(args.new_password),
                                  passwords=args.passwords_file is not None)
            audit.record(session, store.actor, "database.grant", ("database", None), after={
                "schema": report.schema, "tables": report.tables,
                "logins": [{"account": login.account, "role": login.role, "group": login.group,
                            "active": login.active, "created": login.created,
                            "password_set": login.password is not None, "skipped": login.skipped}
                           for login in report.logins]})
    finally:
        store.engine.dispose()
    print(f"schema {report.schema}: privileges set on {report.tables} tables for "
          f"{', '.join(grants.GROUPS.values())}; the audit log is written through {grants.WRITER}'s functions only")
    for login in report.logins:
        if login.skipped:
            state = f"skipped: {login.skipped}"
        elif not login.active:
            state = "deactivated: cannot log in"
        else:
            state = f"{login.group}{', created' if login.created else ''}"
            if login.password is None and login.created:
                state += ", no password yet (run again with --new-password and --passwords-file)"
        print(f"  {login.account}: {login.role} ({state})")
    handed = [login for login in report.logins if login.password is not None]
    if handed and args.passwords_file is not None:
        write_private(args.passwords_file, "".join(f"{login.role}\t{login.password}\n" for login in handed)
                      .encode("utf-8"))
        print(f"new passwords for {len(handed)} login role(s) written to {args.passwords_file}: give each to its "
              "person, who keeps it with `homeward --db postgresql://ROLE@HOST/DB db set-password`; then delete it")
    return 0
