"""The `homeward` command: the desktop app by default, headless sub-commands for everything else."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.commands import (
    audit,
    backup,
    compliance,
    data_protection,
    db,
    demo,
    export,
    import_referrals,
    keys,
    monitoring,
    movements,
    persons,
    places,
    plan,
    print_documents,
    readiness,
    reintegration,
    report,
    self_test,
    users,
    verify,
)
from desktop.commands.session import passphrase_from, signing_in_as
from planning.errors import HomewardError

COMMANDS = (audit, backup, compliance, data_protection, db, demo, export, import_referrals, keys, monitoring,
            movements, persons, places, plan, print_documents, readiness, reintegration, report, self_test, users,
            verify)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="homeward",
        description="Assisted voluntary return: cases, safeguards, assurances, movements, monitoring.",
    )
    parser.add_argument(
        "--db", metavar="URL",
        help="database: a file path (encrypted SQLite) or postgresql://...; "
             "default $HOMEWARD_DATABASE_URL, else the embedded database in the user data folder",
    )
    parser.add_argument(
        "--user", metavar="NAME",
        help="sign in as NAME (default $HOMEWARD_USER, else your system user name); the password comes from "
             "$HOMEWARD_PASSWORD or is asked on the terminal",
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help="an embedded database opened with a passphrase (no OS keychain): read it from the first line of FILE, "
             "readable by you alone (default $HOMEWARD_PASSPHRASE_FILE, else asked on the terminal)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log progress to stderr")
    parser.add_argument(
        "--demo-if-empty", metavar="N", type=int,
        help="when starting the app on a database with no cases, fill it with N demo cases first",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from desktop.app import run_app

        return run_app(args.db, args.demo_if_empty, args.user)
    try:
        with signing_in_as(args.user), passphrase_from(args.passphrase_file):
            return int(args.handler(args))
    except HomewardError as exc:
        print(f"homeward: error [{exc.key}]: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
