"""`homeward readiness REF --on DATE [--json]`: the verdict and every reason for one case."""

from __future__ import annotations

import argparse
import json

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from planning.errors import ValidationError
from planning.readiness.reasons import Stage, Verdict
from planning.readiness.service import verdict_for


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("readiness", help="may a case travel on a date, and if not, why not")
    parser.add_argument("reference", metavar="REF", help="case reference, e.g. HW-2026-000123")
    parser.add_argument("--on", metavar="YYYY-MM-DD", type=iso_date, help="travel date (default: today)")
    parser.add_argument("--departure", action="store_true",
                        help="check as at departure check-in (reconfirmation on the day required)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)



def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        if not args.reference.strip():
            raise ValidationError("reference", "text.empty")
        stage = Stage.DEPARTURE if args.departure else Stage.PLANNING
        verdict = verdict_for(store, args.reference, args.on, stage)
    finally:
        store.engine.dispose()
    print(json.dumps(verdict.as_dict(), indent=2, ensure_ascii=False) if args.json else render(verdict))
    return 0 if verdict.ready else 1


def render(verdict: Verdict) -> str:
    head = f"{verdict.reference} on {verdict.on}: "
    if verdict.ready:
        return head + "READY"
    lines = [head + f"NOT READY ({len(verdict.reasons)} reason{'s' if len(verdict.reasons) > 1 else ''})"]
    for reason in verdict.reasons:
        who = f" [{reason.person_name}]" if reason.person_name else ""
        lines.append(f"  {reason.safeguard.value:<4} {reason.safeguard.heading}{who}")
        lines.append(f"       {reason.message}")
        lines.append(f"       -> {reason.resolution}")
    return "\n".join(lines)
