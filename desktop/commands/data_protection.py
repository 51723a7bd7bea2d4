"""`homeward retention` and `homeward subject-access`: the data-protection officer's commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.session import open_store
from monitoring import subject_access
from planning.data_protection import retention
from planning.labels import in_sentence


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "retention", help="anonymise closed cases past the retention period (data-protection officer)")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="list the cases due and what would go; change nothing")
    mode.add_argument("--apply", action="store_true", help="anonymise the cases due")
    parser.add_argument("--years", type=int, default=retention.DEFAULT_YEARS,
                        help=f"retention period after closing (default {retention.DEFAULT_YEARS})")
    parser.set_defaults(handler=run_retention)

    access = sub.add_parser(
        "subject-access", help="everything held on a person, as JSON and PDF (data-protection officer)")
    access.add_argument("person", metavar="PERSON_OR_CASE_REF",
                        help="a person id, or a case reference for its head of household")
    access.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="folder to write into")
    access.set_defaults(handler=run_subject_access)


def run_retention(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        if args.dry_run:
            plan = retention.plan(store, args.years)
            print(f"retention {plan.years} years: cases closed on or before {plan.cutoff} are due "
                  f"({len(plan.cases)}); nothing was changed")
            for case in plan.cases:
                print(f"  {case.reference}  {case.country}  {in_sentence(case.status):<17} "
                      f"{in_sentence(case.ended_by)} {case.ended_on}  household {case.household_size}")
                for what, count in case.removes:
                    print(f"      would remove {count} × {in_sentence(what)}")
            return 0
        result = retention.apply(store, args.years)
    finally:
        store.engine.dispose()
    if not result.references:
        print("no case is due for anonymisation")
    else:
        print(f"anonymised {len(result.references)} case(s): {', '.join(result.references)} "
              f"(audit entry {result.audit_entry_id})")
    return 0


def run_subject_access(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        with store.reading() as session:
            person_id = subject_access.find_person(session, args.person).id
        exported = subject_access.export(store, person_id)
        stem = subject_access.today_name(exported, store.today())
    finally:
        store.engine.dispose()
    json_path, pdf_path, *files = subject_access.write_files(exported, args.output, stem)
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in subject_access.export_summary(exported).items())
    print(f"{exported.name} ({exported.reference}): {counts or 'particulars only'}")
    attached = f" and {len(files)} attachment(s) in {files[0].parent}" if files else ""
    print(f"wrote {json_path} and {pdf_path}{attached} (verification code {exported.code})")
    return 0
