"""`homeward audit verify`: walk the audit log's hash chain and name the first broken entry."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.session import open_store
from planning.audit_chain import verify


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("audit", help="the tamper-evident audit log")
    commands = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    action = commands.add_parser(
        "verify", help="check the hash chain; exit 1 naming the first altered, removed or inserted entry")
    action.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        report = verify(store)
    finally:
        store.engine.dispose()
    if report.broken is not None:
        print(f"audit chain BROKEN after checking {report.entries} entries", file=sys.stderr)
        print(report.broken.describe(), file=sys.stderr)
        return 1
    print(f"audit chain intact: {report.entries} entries; head hash {report.head_hash} "
          "(note it to compare later)")
    return 0
