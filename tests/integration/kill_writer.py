"""Run by the kill tests: write households in a loop until killed (each one transaction)."""

from __future__ import annotations

import sys
from datetime import date

from planning import cases
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import ReferralSource, Relationship, Role, Sex


def main(url: str, mode: str) -> None:
    location = resolve(url)
    engine = open_engine(location)
    store = Store(engine, Actor("writer", Role.COORDINATOR), location, today=lambda: date(2026, 6, 1))
    if mode == "demo":
        from planning.demo import generate

        print("ready", flush=True)
        generate(store, cases=20_000, seed=3, today=date(2026, 6, 1))
        return
    n = 0
    while True:
        n += 1
        size = 1 + n % 6
        members = tuple(
            cases.PersonDraft(f"Given{n}-{i}", f"Family{n}", date(1980 + i, 1, 1), Sex.FEMALE, "IRQ",
                              Relationship.HEAD if i == 0 else Relationship.CHILD)
            for i in range(size))
        cases.open_case(store, cases.CaseDraft(ReferralSource.NGO, "IRQ", members))
        if n == 1:  # warmed up (the first household loads what every later one uses): kills land mid-stream
            print("ready", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
