"""`homeward movements at-risk [--movement CODE] [--json]`: bookings a change since booking made unready."""

from __future__ import annotations

import argparse
import json

from desktop.commands.session import open_store
from planning.at_risk import AtRisk, at_risk


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("movements", help="the register of movements")
    commands = parser.add_subparsers(dest="movements_command", required=True, metavar="COMMAND")
    risky = commands.add_parser("at-risk", help="bookings at risk: households no longer ready for their movement")
    risky.add_argument("--movement", metavar="CODE", help="only this movement's bookings")
    risky.add_argument("--json", action="store_true", help="print JSON instead of text")
    risky.set_defaults(handler=run_at_risk)


def run_at_risk(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        found = at_risk(store, movement_code=args.movement)
    finally:
        store.engine.dispose()
    print(json.dumps([f.as_dict() for f in found], indent=2, ensure_ascii=False) if args.json else render(found))
    return 1 if found else 0


def render(found: list[AtRisk]) -> str:
    if not found:
        return "No booking at risk."
    lines = [f"{len(found)} booking{'s' if len(found) > 1 else ''} at risk:"]
    for item in found:
        since = f", since {item.since:%Y-%m-%d %H:%M}" if item.since else ""
        lines.append(f"  {item.reference} on {item.movement_code} ({item.departure_at:%Y-%m-%d %H:%M} UTC, "
                     f"{item.booking_status.value}{since})")
        for reason in item.reasons:
            lines.append(f"    {reason.safeguard.value}: {reason.message}")
            lines.append(f"      -> {reason.resolution}")
    return "\n".join(lines)
