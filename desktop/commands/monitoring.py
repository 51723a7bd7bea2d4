"""`homeward monitoring due|ensure-plans`: follow-ups due and overdue; plans for arrived households."""

from __future__ import annotations

import argparse
import json

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from monitoring import arrival
from monitoring.due import DueFollowUp, due


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("monitoring", help="follow-ups after arrival")
    commands = parser.add_subparsers(dest="monitoring_command", metavar="ACTION", required=True)
    listing = commands.add_parser("due", help="follow-ups overdue or due within a week")
    listing.add_argument("--country", metavar="C", help="country of return (ISO code or name)")
    listing.add_argument("--region", metavar="R", help="region of return")
    listing.add_argument("--monitor", metavar="NAME", help="the monitor's user name")
    listing.add_argument("--on", metavar="YYYY-MM-DD", type=iso_date, help="as seen on this day (default: today)")
    listing.add_argument("--days", metavar="N", type=int, default=7, help="due within N days (default 7)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_due)
    ensure = commands.add_parser("ensure-plans", help="create monitoring plans for arrived households lacking one")
    ensure.set_defaults(handler=run_ensure)


def run_due(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        rows = due(store, on=args.on, within_days=args.days, monitor=args.monitor, country=args.country,
                   region=args.region)
    finally:
        store.engine.dispose()
    print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False) if args.json else render(rows))
    return 0


def render(rows: list[DueFollowUp]) -> str:
    if not rows:
        return "No follow-ups due."
    overdue = sum(r.overdue for r in rows)
    lines = [f"{len(rows)} follow-up{'s' if len(rows) != 1 else ''} due ({overdue} overdue)"]
    for r in rows:
        when = f"{r.days_overdue} d overdue" if r.overdue else "due"
        lines.append(f"  {r.due_on}  {when:<14} {r.reference:<16} {r.country} {r.region or '-':<16} "
                     f"{r.kind.value.replace('_', ' '):<14} month {r.month:<3} {r.monitor or 'unassigned'}")
    return "\n".join(lines)


def run_ensure(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        created = arrival.ensure_plans(store)
    finally:
        store.engine.dispose()
    print(f"{created} monitoring plan{'s' if created != 1 else ''} created")
    return 0
