"""`homeward reintegration plan [--accept] [--json]`: allocate reintegration packages to households with an arrival."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands.session import open_store
from planning.reintegration import allocations, review
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.from_database import build_instance


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("reintegration", help="reintegration packages: allocation to returning households")
    commands = parser.add_subparsers(dest="reintegration_command", metavar="ACTION", required=True)
    plan = commands.add_parser("plan", help="propose an allocation (written only with --accept)")
    plan.add_argument("--months", metavar="N", type=int, default=12, help="months from this one (default 12)")
    plan.add_argument("--seconds", metavar="S", type=float, default=30.0, help="solver time limit (default 30)")
    plan.add_argument("--gap", metavar="G", type=float, default=0.01,
                      help="stop once proven within this relative gap (default 0.01: 1 %%)")
    plan.add_argument("--workers", metavar="N", type=int, default=2, help="solver threads (default 2)")
    plan.add_argument("--accept", action="store_true",
                      help="accept the allocation: write it (all of it or nothing) after checking it again")
    plan.add_argument("--json", action="store_true", help="print JSON instead of text")
    plan.set_defaults(handler=run_plan)


def run_plan(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        instance, context = build_instance(store, args.months)
        result = allocate(instance, time_limit=args.seconds, workers=args.workers, gap=args.gap)
        accepted = allocations.accept(store, instance, result.plan) if args.accept else None
    finally:
        store.engine.dispose()
    packages = review.planned(instance, context, result.plan)
    unmet = review.unmet(instance, context, result)
    head = review.summary(instance, result)
    if args.json:
        document: dict[str, Any] = {
            **head, "packages": [p.as_dict() for p in packages], "unmet": [u.as_dict() for u in unmet],
            "excluded": [{"case": e.reference, "reason": e.reason.plain()} for e in context.excluded],
            "to_withdraw": len(context.orphaned),
            "accepted": None if accepted is None else {"added": accepted.added, "kept": accepted.kept,
                                                       "withdrawn": accepted.cancelled}}
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    gain = (result.objective - result.greedy_objective) / max(1, abs(result.greedy_objective))
    print(f"{head['needs_met']} of {head['needs']} needs met for {head['households']} households "
          f"(vulnerable: {head['vulnerable_needs_met']} of {head['vulnerable_needs']}); "
          f"€{head['in_kind_eur']:,} in kind, €{head['cash_eur']:,} cash")
    print(f"coverage {result.objective:,} points, proven within {result.gap:.2%} of optimal ({result.status.value}); "
          f"first-come-first-served would score {result.greedy_objective:,} ({gain:+.1%}); {result.wall_seconds:.1f} s")
    for p in packages:
        print(f"  {p.reference:<14} {p.person:<26} {p.month:%Y-%m}  {p.kind.replace('_', ' '):<20} {p.package:<34} "
              f"{p.partner:<26} €{p.in_kind:>6,} + €{p.cash:,}")
    if unmet:
        print(f"{len(unmet)} need(s) left unmet:")
        for u in unmet:
            print(f"  {u.reference:<14} {u.person:<26} {u.kind.replace('_', ' '):<20} {u.reason}")
    if context.orphaned:
        print(f"{len(context.orphaned)} accepted package(s) of households without an arrival would be withdrawn")
    if context.excluded:
        print(f"{len(context.excluded)} assessed case(s) left out:")
        for e in context.excluded:
            print(f"  {e.reference:<14} {e.reason}")
    if accepted is not None:
        print(f"accepted: {accepted.added} package(s) added, {accepted.kept} kept, {accepted.cancelled} withdrawn")
    else:
        print("nothing was written (add --accept to accept this allocation)")
    return 0
