"""Run by the concurrency test: open households as soon as told to, each in its own transaction, and say
which ones committed and which were refused as locked (to be retried)."""

from __future__ import annotations

import json
import sys
from datetime import date

from planning import cases
from planning.errors import StorageError
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import ReferralSource, Relationship, Role, Sex


def main(url: str, label: str, count: int) -> None:
    location = resolve(url)
    engine = open_engine(location, busy_timeout_ms=60_000)
    store = Store(engine, Actor(f"writer-{label}", Role.COORDINATOR), location, today=lambda: date(2026, 6, 1))
    print("ready", flush=True)
    sys.stdin.readline()  # every writer starts at the same moment
    committed: list[str] = []
    locked: list[str] = []
    for n in range(count):
        family = f"Writer{label}x{n}"
        members = tuple(
            cases.PersonDraft(f"Given{i}", family, date(1980 + i, 1, 1), Sex.FEMALE, "IRQ",
                              Relationship.HEAD if i == 0 else Relationship.CHILD)
            for i in range(1 + n % 3))
        try:
            cases.open_case(store, cases.CaseDraft(ReferralSource.NGO, "IRQ", members))
        except StorageError as exc:
            if exc.key != "storage.locked":
                raise
            locked.append(family)
        else:
            committed.append(family)
    print(json.dumps({"committed": committed, "locked": locked}), flush=True)
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
