"""`homeward persons matches REF [--json]`: the same person's records in other cases, and what blocks the case."""

from __future__ import annotations

import argparse
import json

from desktop.commands.session import open_store
from planning.labels import in_sentence
from planning.persons import view
from planning.persons.history import SIGNERS, Earlier


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("persons", help="the person registry: a person's records across cases")
    commands = parser.add_subparsers(dest="persons_command", metavar="ACTION", required=True)
    matches = commands.add_parser("matches", help="each member's records in other cases; exit 1 while one blocks "
                                                  "the case (S3 or S4 of the same person, undecided)")
    matches.add_argument("reference", metavar="REF", help="case reference, e.g. HW-2026-000123")
    matches.add_argument("--json", action="store_true", help="print JSON instead of text")
    matches.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        reference, members = view.members(store, args.reference)
    finally:
        store.engine.dispose()
    blocking = any(e.decided is None for m in members for e in m.earlier)
    if args.json:
        print(json.dumps({"case": reference, "blocked": blocking, "members": [as_dict(m) for m in members]},
                         indent=2, ensure_ascii=False))
    else:
        print("\n".join(render(reference, members)))
    return 1 if blocking else 0


def outcome(e: Earlier) -> str:
    parts = []
    if e.ended_on is not None:
        parts.append(f"involvement ended on {e.ended_on.isoformat()} (S3)")
    if e.protected:
        parts.append(f"found to need international protection ({e.protection_reference or 'decision recorded'}) "
                     "(S4)")
    return "; ".join(parts)


def render(reference: str, members: tuple[view.Member, ...]) -> list[str]:
    linked = sum(1 for m in members if m.records)
    lines = [f"{reference}: {len(members)} member(s), {linked} with records in other cases"]
    for m in members:
        lines.append(f"  {m.name} (born {m.date_of_birth.isoformat()}, {m.nationality}; person {m.person_id}, "
                     f"identity {m.identity_id})")
        ended = {e.other_person_id: e for e in m.earlier}
        if not m.records:
            lines.append("    no other record of this person")
        for r in m.records:
            lines.append(f"    same person as {r.name} of {r.case_reference} ({r.case_status.value.replace('_', ' ')})")
            e = ended.get(r.person_id)
            if e is None:
                continue
            state = f"decided: {e.decided.value.replace('_', ' ')}" if e.decided else "BLOCKS this case"
            lines.append(f"      {outcome(e)} — {state}")
            for role in SIGNERS:
                half = e.half(role)
                lines.append(f"      {in_sentence(role)}: " + (
                    f"{half.finding.value.replace('_', ' ')}, signed by {half.signed_by} on "
                    f"{half.signed_on.isoformat()}: {half.reason}" if half else "not signed yet"))
    return lines


def as_dict(m: view.Member) -> dict[str, object]:
    ended = {e.other_person_id: e for e in m.earlier}
    return {
        "person_id": m.person_id, "name": m.name, "date_of_birth": m.date_of_birth.isoformat(),
        "nationality": m.nationality, "identity_id": m.identity_id,
        "records": [{
            "person_id": r.person_id, "name": r.name, "case": r.case_reference, "case_status": r.case_status.value,
            **({"ended_on": e.ended_on.isoformat() if e.ended_on else None, "protected": e.protected,
                "protection_reference": e.protection_reference,
                "decided": e.decided.value if e.decided else None,
                "halves": [{"role": h.role.value, "finding": h.finding.value, "signed_by": h.signed_by,
                            "signed_on": h.signed_on.isoformat(), "reason": h.reason} for h in e.halves]}
               if (e := ended.get(r.person_id)) is not None else {}),
        } for r in m.records],
    }
