"""`homeward plan --from D --to D [--json] [--time-limit S] [--protect-days N] [--free REF]… [--accept [--lock REF]…
[--unlock REF]…]`: plan movements headless; accepting writes the plan and the locks through the same use case as
the desktop."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import timedelta
from typing import Any

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from planning.errors import ValidationError
from planning.scheduling.acceptance import AcceptedPlan, accept_plan
from planning.scheduling.from_database import PROTECT_DAYS, BuildReport, build_instance
from planning.scheduling.instance import Instance


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("plan", help="plan return movements for ready households and print the report")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", type=iso_date,
                        help="first day of the horizon (default: today)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", type=iso_date,
                        help="last day of the horizon (default: 90 days after the first)")
    parser.add_argument("--time-limit", metavar="S", type=_seconds, default=30.0,
                        help="seconds the solver may take (default 30)")
    parser.add_argument("--accept", action="store_true", help="write the plan as confirmed bookings")
    parser.add_argument("--lock", metavar="REF", action="append", default=[],
                        help="with --accept: lock this case's booking (the planner keeps it next time); repeatable")
    parser.add_argument("--unlock", metavar="REF", action="append", default=[],
                        help="with --accept: unlock this case's booking so the plan may move it; repeatable")
    parser.add_argument("--protect-days", metavar="N", type=int, default=PROTECT_DAYS,
                        help="confirmed bookings departing within N days stay where they are, like those whose "
                             f"travel letter was issued (default {PROTECT_DAYS})")
    parser.add_argument("--free", metavar="REF", action="append", default=[],
                        help="let the plan move this case's protected booking; repeatable")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)



def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("the time limit is between 0 and 3600 seconds")
    return value


def run(args: argparse.Namespace) -> int:
    from planning.scheduling import isolated  # the planner runs in its own process

    store = open_store(args.db)
    try:
        start = args.start or store.today()
        end = args.end or start + timedelta(days=89)
        if end < start:
            raise ValidationError("to", "argument.end_before_start", end, end=end, start=start)
        if (args.lock or args.unlock) and not args.accept:
            raise ValidationError("lock", "argument.lock_needs_accept")
        instance, built = build_instance(store, start, end, protect_days=args.protect_days)
        if args.free:
            freed = cases_of(instance, args.free, "free")
            instance, built = build_instance(store, start, end, protect_days=args.protect_days, freed=freed)
        locks, unlocks = cases_of(instance, args.lock, "lock"), cases_of(instance, args.unlock, "unlock")
        began = time.perf_counter()
        result = isolated.plan(instance, time_limit=args.time_limit)
        solved = time.perf_counter() - began
        accepted = (accept_plan(store, instance, result.assignments, locks=locks, unlocks=unlocks)
                    if args.accept else None)
    finally:
        store.engine.dispose()
    report = summarise(instance, built, result, solved, accepted)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render(report))
    return 0


def cases_of(instance: Instance, references: list[str], option: str) -> set[int]:
    """The instance's case ids of these references (a `ValidationError` naming one that is not planned)."""
    by_reference = {(c.label or str(c.id)).upper(): c.id for c in instance.cases}
    found = set()
    for reference in references:
        case_id = by_reference.get(reference.strip().upper())
        if case_id is None:
            raise ValidationError(option, "argument.not_in_plan", reference, reference=reference)
        found.add(case_id)
    return found


def summarise(instance: Instance, built: BuildReport, result: Any, solved: float,
              accepted: AcceptedPlan | None) -> dict[str, Any]:
    """The report as plain data (what --json prints)."""
    from planning.scheduling import proof

    cases = {c.id: c for c in instance.cases}
    placed = result.assignments
    by_country: dict[str, Counter[str]] = {}
    for case in instance.cases:
        line = by_country.setdefault(case.country, Counter())
        line["households"] += 1
        line["people"] += case.people
        if case.id in placed:
            line["placed_households"] += 1
            line["placed_people"] += case.people
    for movement in instance.movements:
        by_country.setdefault(movement.country, Counter())["movements"] += 1
        by_country[movement.country]["seats"] += movement.seats
        by_country[movement.country]["free_seats"] += movement.seats
    for case_id in placed:
        by_country[cases[case_id].country]["free_seats"] -= cases[case_id].people
    return {
        "horizon": {"from": built.start.isoformat(), "to": built.end.isoformat()},
        # "optimal" means proven within the gap asked for; say so when that gap is not zero.
        "status": str(result.status) if result.status != "optimal" or result.gap <= 0 else "proven within gap",
        # What each phase proves: people placed (a vulnerable person counting twice) against the most any plan
        # could place, then waiting and cost (€) against the least any plan placing as many could have.
        "proof": proof.summary(result).plain(),
        "placement": result.placement,
        "placement_bound": result.placement_bound,
        "objective": result.objective,
        "bound": result.bound,
        "gap": round(result.gap, 6),
        "households": len(instance.cases),
        "people": sum(c.people for c in instance.cases),
        "placed_households": len(placed),
        "placed_people": sum(cases[c].people for c in placed),
        "unplaced_people": sum(c.people for c in instance.cases if c.id not in placed),
        "moved_bookings": result.moved_bookings,
        "moves": [{"case": cases[m.case_id].label or str(m.case_id), "confirmed": m.confirmed,
                   "reason": str(m.reason), "text": proof.move_line(instance, m).plain()} for m in result.moves],
        "first_plan_seconds": None if result.first_plan_seconds is None else round(result.first_plan_seconds, 3),
        "solve_seconds": round(solved, 3),
        "build_seconds": round(built.seconds.get("total", 0.0), 3),
        "movements": len(instance.movements),
        "countries": {code: dict(sorted(line.items())) for code, line in sorted(by_country.items())},
        # Each reason and warning as its key, its values and its English text.
        "unplaced": [{"case": cases[u.case_id].label or str(u.case_id), "reason": u.reason.plain()}
                     for u in result.unplaced],
        "excluded": [{"case": e.reference, "reason": e.reason.plain()} for e in built.excluded],
        "warnings": [w.plain() for w in built.warnings],
        "accepted": None if accepted is None else {
            "booked": len(accepted.booked), "moved": len(accepted.moved), "removed": len(accepted.removed),
            "kept": len(accepted.kept), "locked": [cases[c].label or str(c) for c in accepted.locked],
            "unlocked": [cases[c].label or str(c) for c in accepted.unlocked]},
    }


def render(report: dict[str, Any]) -> str:
    lines = [
        f"Plan {report['horizon']['from']} to {report['horizon']['to']}: {report['status']}",
        f"  {report['proof']['text']}",
        f"  waiting and cost {report['objective']} €, bound {report['bound']} €, gap {report['gap'] * 100:.2f} %; "
        f"placed {report['placement']} of at most {report['placement_bound']} (a vulnerable person counting twice)",
        f"  placed {report['placed_people']} of {report['people']} people "
        f"({report['placed_households']} of {report['households']} households); "
        f"{report['unplaced_people']} unplaced; {report['moved_bookings']} booking(s) moved",
        f"  first plan after {report['first_plan_seconds']} s; solved in {report['solve_seconds']} s; "
        f"input built in {report['build_seconds']} s; {report['movements']} movements",
    ]
    if report["countries"]:
        lines.append("  Per country:")
        for code, line in report["countries"].items():
            lines.append(f"    {code}: {line.get('placed_people', 0)}/{line.get('people', 0)} people placed, "
                         f"{line.get('movements', 0)} movements with {line.get('seats', 0)} seats, "
                         f"{line.get('free_seats', 0)} left free")
    if report["moves"]:
        lines.append("  Moved bookings:")
        lines.extend(f"    {m['text']['text']}" + (" (confirmed)" if m["confirmed"] else "") for m in report["moves"])
    if report["unplaced"]:
        lines.append("  Unplaced:")
        lines.extend(f"    {u['case']}: {u['reason']['text']}" for u in report["unplaced"])
    if report["excluded"]:
        lines.append(f"  Not re-planned: {len(report['excluded'])} household(s) (checked in or outside the horizon)")
    lines.extend(f"  Warning: {w['text']}" for w in report["warnings"])
    if report["accepted"] is not None:
        a = report["accepted"]
        lines.append(f"Accepted: {a['booked']} booked, {a['moved']} moved, {a['removed']} removed, "
                     f"{a['kept']} kept")
        if a["locked"] or a["unlocked"]:
            locked, unlocked = ", ".join(a["locked"]) or "none", ", ".join(a["unlocked"]) or "none"
            lines.append(f"  Locked: {locked}; unlocked: {unlocked}")
    else:
        lines.append("Not written (use --accept to book this plan)")
    return "\n".join(lines)
