"""`homeward audit verify` and `audit checkpoint`: check the chain against its key and the checkpoints
kept outside the database; write a signed checkpoint for the office's records (data-protection officer)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.session import open_store
from planning import audit_checkpoints
from planning.audit_chain import verify_and_record


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("audit", help="the tamper-evident audit log (data-protection officer)")
    commands = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    action = commands.add_parser(
        "verify", help="check the chain, its head and the checkpoints kept outside the database; exit 1 naming "
                       "the first altered, recomputed, removed, inserted or cut entry")
    action.add_argument("--checkpoint", type=Path, action="append", default=[], metavar="FILE",
                        help="also compare with this checkpoint (from `audit checkpoint` or a backup's side file); "
                             "may be repeated")
    action.set_defaults(handler=run_verify)
    checkpoint = commands.add_parser(
        "checkpoint", help="write where the chain stands, signed with its key, for the office's records")
    checkpoint.add_argument("-o", "--output", type=Path, metavar="FILE", help="the file to write (default: only "
                            "this desktop's own record in the user data folder)")
    checkpoint.set_defaults(handler=run_checkpoint)


def run_verify(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        given = [c for path in args.checkpoint for c in audit_checkpoints.read(path)]
        report = verify_and_record(store, given)
    finally:
        store.engine.dispose()
    for note in report.notes:
        print(f"note: {note.english()}")
    if report.broken is not None:
        print(f"audit chain BROKEN after checking {report.entries} entries", file=sys.stderr)
        print(report.broken.describe(), file=sys.stderr)
        return 1
    print(f"audit chain intact: {report.entries} entries, head at position {report.head_seq}, signed with the "
          f"chain key; {report.checkpoints} checkpoint(s) kept outside the database agree "
          f"(installation {report.installation_id})")
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        if args.output is not None:
            checkpoint = audit_checkpoints.export(store, args.output)
        else:
            checkpoint = audit_checkpoints.record(store)
    finally:
        store.engine.dispose()
    print(f"checkpoint: installation {checkpoint.installation_id}, position {checkpoint.seq}, hash "
          f"{checkpoint.hash}, signed {checkpoint.mac[:16]}…")
    if args.output is not None:
        print(f"written to {args.output}; keep it with the office's records, away from this computer")
    return 0
