"""Filling a database with a realistic synthetic caseload, deterministic for a seed.

Rows are built in Python with their ids assigned up front (after the largest id already stored, so
a second run appends), written with Core bulk inserts one chunk of cases per transaction, and every
case's derived columns (status, ready, ...) are computed from the generated records themselves
through the same readiness check and status derivation the services use.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from time import perf_counter
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from planning import audit
from planning.demo.countries import SPECS, setup_countries
from planning.demo.households import CasePlan, CaseWriter, Plot, Rows
from planning.demo.reintegration import add_reintegration
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.storage.base import Base
from planning.storage.models import Case
from planning.storage.sequences import advance_id_sequences
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

#: Cases written (and committed) per transaction.
CHUNK = 2000
#: How far back cases were opened.
HISTORY_DAYS = 730

#: Tables in the order their rows can be inserted (foreign keys point backwards).
TABLES = (
    "country_profile", "advisory", "assurance", "field_office", "movement", "movement_leg", "case_file",
    "household_place", "person_identity", "person",
    "counselling_session", "counselling_participant", "voluntariness_event", "vulnerability",
    "protection_referral", "travel_document", "fit_to_travel", "best_interests_determination",
    "assurance_person", "booking",
)
ID_TABLES = tuple(t for t in TABLES if t not in ("counselling_participant", "assurance_person"))

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What one run wrote."""

    cases: int
    people: int
    seed: int
    today: date
    by_status: dict[str, int]
    rows: dict[str, int]
    first_reference: str | None
    last_reference: str | None
    seconds: float = field(default=0.0, compare=False)

    def lines(self) -> list[str]:
        out = [
            f"{self.cases} cases, {self.people} people (seed {self.seed}, as of {self.today.isoformat()})",
        ]
        if self.first_reference:
            out.append(f"references {self.first_reference} … {self.last_reference}")
        out.append("by status:")
        out.extend(f"  {name:<20} {count:>8}" for name, count in self.by_status.items())
        out.append("rows written: " + ", ".join(f"{t} {n}" for t, n in self.rows.items() if n))
        out.append(f"time taken: {self.seconds:.1f} s")
        return out


# Plot weights by the age of the case (days since it was opened).
_PLOTS = tuple(Plot)
_WEIGHTS: tuple[tuple[int, dict[Plot, float]], ...] = (
    (14, {Plot.INTAKE: 70, Plot.COUNSELLING: 25, Plot.ON_HOLD: 2, Plot.WITHDRAWN: 2, Plot.DECIDED: 1}),
    (60, {Plot.INTAKE: 22, Plot.COUNSELLING: 35, Plot.DECIDED: 15, Plot.PREPARING: 11, Plot.ON_HOLD: 6,
          Plot.WITHDRAWN: 5, Plot.READY: 4, Plot.BOOKED: 2}),
    (180, {Plot.INTAKE: 4, Plot.COUNSELLING: 16, Plot.DECIDED: 11, Plot.PREPARING: 18, Plot.READY: 13,
           Plot.BOOKED: 10, Plot.ON_HOLD: 8, Plot.WITHDRAWN: 6, Plot.DEPARTED: 0.5, Plot.ARRIVED: 10,
           Plot.PROTECTION_GRANTED: 1, Plot.INVOLVEMENT_ENDED: 0.5, Plot.CLOSED: 1}),
    (HISTORY_DAYS + 1, {Plot.INTAKE: 1, Plot.COUNSELLING: 5, Plot.DECIDED: 5, Plot.PREPARING: 10,
                        Plot.READY: 7, Plot.BOOKED: 5, Plot.ON_HOLD: 7, Plot.WITHDRAWN: 8, Plot.DEPARTED: 0.5,
                        Plot.ARRIVED: 24, Plot.CLOSED: 18, Plot.PROTECTION_GRANTED: 2,
                        Plot.INVOLVEMENT_ENDED: 0.6}),
)
#: Plots that a run of a hundred cases or more shows at least once.
_RARE = (Plot.INVOLVEMENT_ENDED, Plot.PROTECTION_GRANTED, Plot.DEPARTED, Plot.ARRIVED, Plot.CLOSED)


def generate(
    store: Store,
    cases: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `cases` synthetic cases (and the countries, assurances and movements they need)."""
    require(store, Permission.DEMO_DATA)
    if cases < 0:
        raise ValueError("the number of cases cannot be negative")
    started = perf_counter()
    day = today or store.today()
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    with store.transaction() as session:
        next_id = _id_allocator(session)
        numbers = _last_numbers(session)
        setup: Rows = {t: [] for t in TABLES}
        countries = setup_countries(session, day, next_id, setup)
        _insert(session, setup, counts)
        audit.record(session, store.actor, "demo.generate", ("case_file", None),
                     after={"cases": cases, "seed": seed})
    plans = _plan(rng, cases, day, numbers)
    writer = CaseWriter(rng, day, countries, next_id)
    cipher = field_cipher(store)
    statuses: Counter[str] = Counter()
    people = 0
    for start in range(0, len(plans), CHUNK):
        writer.rows = {}
        for plan in plans[start:start + CHUNK]:
            generated = writer.write(plan)
            statuses[generated.derived.status.value] += 1
            people += generated.members
        for row in writer.rows.get("protection_referral", ()):  # sealed like any statement, bound to its record
            row["statement"] = cipher.seal(row["statement"], sealed_fields.statement(row["id"], row["person_id"]))
        with store.transaction() as session:
            _insert(session, writer.rows, counts)
        if progress is not None:
            progress(min(start + CHUNK, len(plans)), len(plans))
    with store.transaction() as session:
        counts.update(add_reintegration(session, day, seed, store.actor.username))
    return DemoSummary(
        cases=cases, people=people, seed=seed, today=day,
        by_status={s.value: statuses[s.value] for s in CaseStatus if statuses[s.value]},
        rows={t: counts[t] for t in (*TABLES, *sorted(set(counts) - set(TABLES)))},
        first_reference=plans[0].reference if plans else None,
        last_reference=max((p.reference for p in plans), default=None),
        seconds=perf_counter() - started,
    )


def _id_allocator(session: Session) -> Callable[[str], int]:
    tables = Base.metadata.tables
    last = {name: session.scalar(select(func.max(tables[name].c.id))) or 0 for name in ID_TABLES}

    def next_id(table: str) -> int:
        last[table] += 1
        return last[table]

    return next_id


def _last_numbers(session: Session) -> dict[int, int]:
    """The highest reference number used so far in each year."""
    year = func.substr(Case.reference, 4, 4)
    numbers: dict[int, int] = {}
    for y, reference in session.execute(
        select(year, func.max(Case.reference)).where(Case.reference.like("HW-%")).group_by(year)
    ):
        try:
            numbers[int(y)] = int(str(reference).rsplit("-", 1)[1])
        except (ValueError, IndexError):
            continue
    return numbers


def _plan(rng: random.Random, cases: int, today: date, numbers: dict[int, int]) -> list[CasePlan]:
    """When each case was opened, how far its story goes, where it returns to, and its reference."""
    opened = sorted(today - timedelta(days=int(HISTORY_DAYS * (1 - rng.random() ** 0.85)))
                    for _ in range(cases))
    codes = [s.code for s in SPECS]
    weights = [s.weight for s in SPECS]
    plots: list[Plot] = []
    for day in opened:
        age = (today - day).days
        table = next(w for limit, w in _WEIGHTS if age < limit)
        plots.append(rng.choices(list(table), weights=list(table.values()))[0])
    countries = rng.choices(codes, weights=weights, k=cases)
    if cases >= 100:
        old = [i for i, day in enumerate(opened) if (today - day).days >= 200]
        for plot in _RARE:
            if plot not in plots and old:
                i = rng.choice(old)
                plots[i] = plot
                countries[i] = "ALB"
    result = []
    for day, plot, code in zip(opened, plots, countries, strict=True):
        numbers[day.year] = numbers.get(day.year, 0) + 1
        result.append(CasePlan(day, plot, code, f"HW-{day.year}-{numbers[day.year]:06d}"))
    return result


def _insert(session: Session, rows: Rows, counts: Counter[str]) -> None:
    tables = Base.metadata.tables
    for name in TABLES:
        batch: list[dict[str, Any]] = rows.get(name) or []
        if batch:
            session.execute(insert(tables[name]), batch)
            counts[name] += len(batch)
            if name in ID_TABLES:
                # Ids were given explicitly: move the sequence past them for the services' inserts.
                advance_id_sequences(session, [name])
