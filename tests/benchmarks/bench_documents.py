"""1,000 travel letters in one batch (target <= 30 s): households walked to ready through the services, then printed.

The households (three people each, with passports and informed decisions) are booked on four
charter flights via Istanbul; `travel_letters` prints every letter of each movement, one
transaction each (readiness check, issue record with its digest, PDF).
"""

from __future__ import annotations

import shutil
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

import planning.storage.triggers  # noqa: F401  (append-only triggers, as in a real database)
from planning import booking_service, movements
from planning.documents.office import OfficeDraft, save_office
from planning.documents.travel_letter import travel_letters
from planning.storage.base import Base
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import MovementKind, Role
from tests.benchmarks.__main__ import Report
from tests.benchmarks.bench_workspace import CACHE, KEY, TODAY
from tests.scenarios import assurances, counsel, declare, open_family, passports
from tests.unit.planning.test_movements import via_istanbul

LETTERS = 1_000
MOVEMENTS = 4
TARGET_SECONDS = 30.0


def _store() -> Store:
    folder = (CACHE / "documents").resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    location = resolve(f"sqlite+pysqlcipher://:{KEY}@//{folder / 'letters.db'}")
    engine = open_engine(location)
    Base.metadata.create_all(engine)
    return Store(engine, Actor("bench", Role.COORDINATOR), location, today=lambda: TODAY)


def _households(store: Store) -> list[str]:
    """`LETTERS` ready households booked on `MOVEMENTS` charters; returns the movement codes."""
    save_office(store, OfficeDraft(name="Return Office Brussels", address="Rue Montoyer 40\n1000 Brussels",
                                   phone="+32 2 287 70 00", emergency_phone="+32 470 00 11 22"))
    assurances(store, "GEO")
    codes = []
    per_movement = LETTERS // MOVEMENTS
    for number in range(MOVEMENTS):
        day = TODAY + timedelta(days=10 + number)
        draft = via_istanbul(datetime.combine(day, clock(12), UTC), datetime.combine(day, clock(15), UTC))
        code = f"CH-{number + 1:03d}"
        movement_id = movements.add_movement(store, replace(
            draft, code=code, kind=MovementKind.CHARTER, charter_cost=Decimal("90000"), capacity=3 * per_movement,
            medical_escort_places=0,
            minor_escort_places=0))
        codes.append(code)
        for _ in range(per_movement):
            family = open_family(store)
            counsel(store, family, TODAY - timedelta(days=30))
            declare(store, family.father, TODAY - timedelta(days=29))
            declare(store, family.mother, TODAY - timedelta(days=29))
            passports(store, family)
            booking_service.book(store, family.case_id, movement_id)
    return codes


def run(report: Report) -> None:
    store = _store()
    try:
        started = time.perf_counter()
        codes = _households(store)
        report("setup: ready households booked through the services", time.perf_counter() - started, "s")
        sizes: list[int] = []
        refused = 0
        each: list[float] = []
        started = time.perf_counter()
        for code in codes:
            previous = time.perf_counter()
            for outcome in travel_letters(store, code):
                now = time.perf_counter()
                each.append(now - previous)
                previous = now
                if outcome.printed is None:
                    refused += 1
                else:
                    sizes.append(len(outcome.printed.pdf))
        seconds = time.perf_counter() - started
        if refused or len(sizes) != LETTERS:
            raise AssertionError(f"{refused} households refused, {len(sizes)} letters printed")
        report(f"{LETTERS} travel letters in one batch", seconds, "s", f"<= {TARGET_SECONDS:g} s")
        report("per letter (median)", statistics.median(each) * 1000, "ms")
        report("per letter (95th percentile)", sorted(each)[int(len(each) * 0.95)] * 1000, "ms")
        report("letter size (median)", statistics.median(sizes) / 1024, "KiB")
    finally:
        store.engine.dispose()
