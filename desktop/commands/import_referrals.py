"""`homeward import referrals FILE [--dry-run] [--mapping COLUMN=FIELD ...] [--source SOURCE] [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands.session import open_store
from planning.referral_import import DateOrder, Field, ImportOptions, Report, apply, check
from planning.vocabulary import ReferralSource


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help="import data from partners' files")
    actions = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    referrals = actions.add_parser(
        "referrals", help="import a referral list (CSV or XLSX): valid households become cases, all in one go",
        description="Check a referral list row by row and import the valid households, each as one case, in "
                    "a single transaction. Rows with errors, and rows likely describing someone already known, "
                    "are reported and left out with their whole household.",
    )
    referrals.add_argument("file", metavar="FILE", type=Path, help="the referral list (.csv or .xlsx)")
    referrals.add_argument("--dry-run", action="store_true", help="check and report only; write nothing")
    referrals.add_argument(
        "--mapping", metavar="COLUMN=FIELD", action="append", default=[], type=_pair,
        help="which field a column holds, by heading or number, e.g. 'Prénom=given_names' or '7=-' to ignore "
             f"column 7; fields: {', '.join(f.value for f in Field)}",
    )
    referrals.add_argument("--source", choices=[s.value for s in ReferralSource], default=ReferralSource.NGO.value,
                           help="who referred the households (default: ngo)")
    referrals.add_argument("--date-order", choices=[o.value for o in DateOrder], default=DateOrder.DMY.value,
                           help="how to read 03/04/1990: dmy = 3 April (default), mdy = 4 March")
    referrals.add_argument("--allow-known", metavar="LINE", type=int, action="append", default=[],
                           help="import this line although it likely describes a person already known")
    referrals.add_argument("--json", action="store_true", help="print the report as JSON")
    referrals.set_defaults(handler=run)


def _pair(text: str) -> tuple[str, str]:
    column, sep, field = text.rpartition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not COLUMN=FIELD")
    return column, field


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every row was (or would be) imported, 1 when some rows were left out, 2 when none could be."""
    options = ImportOptions(source=ReferralSource(args.source), overrides=tuple(args.mapping),
                            date_order=DateOrder(args.date_order), allow_known=frozenset(args.allow_known))
    store = open_store(args.db)
    try:
        preview = check(store, args.file, options, progress=_progress)
        report = preview.report if args.dry_run else apply(store, preview, progress=_progress)
    finally:
        store.engine.dispose()
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.json else "\n".join(report.lines()))
    return exit_code(report)


def exit_code(report: Report) -> int:
    if not report.readable or not report.households_valid:
        return 2
    return 0 if report.counts()["valid"] == len(report.rows) else 1


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)
