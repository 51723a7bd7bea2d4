"""`homeward places list|set`: the names of cities, regions, field offices and movement stops in French and
Arabic."""

from __future__ import annotations

import argparse
import json

from desktop.commands.session import open_store
from planning import place_names


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("places", help="names of places in French and Arabic")
    commands = parser.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="every place the records name, with its translated names")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_list)
    naming = commands.add_parser("set", help="name a place in French and/or Arabic (an empty name removes it)")
    naming.add_argument("name", metavar="NAME", help="the place as the records name it, e.g. Tbilisi")
    for language in place_names.LANGUAGES:
        naming.add_argument(f"--{language}", metavar="TEXT", help=f"its name in {language!r}")
    naming.set_defaults(handler=run_set)


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        rows = place_names.names(store)
    finally:
        store.engine.dispose()
    if args.json:
        print(json.dumps([{"name": r.name, "in_use": r.in_use, **dict(r.translations)} for r in rows], indent=2,
                         ensure_ascii=False))
        return 0
    if not rows:
        print("No place is named in the records yet.")
    for row in rows:
        names = "  ".join(f"{language}: {row.translation(language) or '-'}" for language in place_names.LANGUAGES)
        print(f"  {row.name:<32} {names}{'' if row.in_use else '  (no longer in the records)'}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    changed = [(args.name, language, getattr(args, language)) for language in place_names.LANGUAGES
               if getattr(args, language) is not None]
    if not changed:
        print("Nothing to change: give --fr and/or --ar.")
        return 2
    store = open_store(args.db)
    try:
        place_names.save(store, changed)
    finally:
        store.engine.dispose()
    print(f"{args.name}: " + ", ".join(f"{language} {text or '(removed)'}" for _, language, text in changed))
    return 0
