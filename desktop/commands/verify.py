"""`homeward verify CODE [--json]`: whether a printed document still says what the records say.

Exit status: 0 it matches, 1 superseded (the records changed, the issue record was altered, or a
newer issue exists), 2 unknown (or not a valid code).
"""

from __future__ import annotations

import argparse
import json

from desktop.commands.session import open_store
from monitoring import compliance_report, visit_form
from monitoring.routes import printout
from planning.documents import catalogue
from planning.documents.verification import Status, Verification, display, verify

#: Every module that prints documents: importing them registers their kinds, whose facts `verify` reloads.
PRINTING_MODULES = (catalogue, compliance_report, printout, visit_form)

EXIT = {Status.MATCH: 0, Status.SUPERSEDED: 1, Status.UNKNOWN: 2}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("verify", help="check the verification code printed on a document")
    parser.add_argument("code", metavar="CODE", help="e.g. HW-7K3QX-M2P9A (case, spaces and hyphens do not matter)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        result = verify(store, args.code)
    finally:
        store.engine.dispose()
    print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) if args.json else render(result))
    return EXIT[result.status]


def render(result: Verification) -> str:
    if result.status is Status.UNKNOWN:
        return f"{result.display_code}: UNKNOWN: no document with this code was issued from this database"
    head = (f"{result.display_code}: {result.kind} for {result.subject}, issued on {result.issued_on} "
            f"by {result.issued_by}")
    if result.status is Status.MATCH:
        return f"{head}\nMATCH: the document says what the records say"
    lines = [head, "SUPERSEDED: do not rely on this document"]
    lines += [f"  - {reason}" for reason in result.reasons]
    if result.superseded_by:
        lines.append(f"  the current issue is {display(result.superseded_by)}")
    return "\n".join(lines)
