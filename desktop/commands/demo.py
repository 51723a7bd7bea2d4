"""`homeward demo --cases N --seed S [--today YYYY-MM-DD]`: fill the database with a synthetic caseload."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from monitoring.demo import seed_monitoring
from planning.demo import generate
from planning.demo.deliveries import seed_deliveries
from planning.storage import migrate
from planning.storage.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo", help="fill the database with a realistic synthetic caseload (appends to existing cases)"
    )
    parser.add_argument("--cases", type=_count, default=500, help="number of cases to add (default 500)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same "
                        "caseload (default 1)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date,
                        help="the day the caseload is seen from (default: today)")
    parser.set_defaults(handler=run)



def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of cases cannot be negative")
    return value


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        migrate.ensure_current(store.engine)  # a no-op when opening already brought it up to date

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total} cases", end="" if done < total else "\n", file=sys.stderr,
                      flush=True)

        summary = generate(store, args.cases, args.seed, today=args.today, progress=progress)
        # what the app's first start adds: packages handed over, monitoring plans and past follow-ups logged
        seen_from = Store(store.engine, store.actor, store.location, lambda: summary.today)
        deliveries = seed_deliveries(seen_from, args.seed)
        monitoring = seed_monitoring(seen_from, args.seed)
    finally:
        store.engine.dispose()
    print("\n".join(summary.lines() + deliveries.lines() + monitoring.lines()))
    return 0
