"""Seeded synthetic planning instances for tests and benchmarks: a country-office week, a national
programme's quarter, a big programme's year.

Households are mostly small (1–8 people), some vulnerable or needing escorts; decisions are spread over
the two months before the horizon and most of the horizon itself; each household may travel between a
ready-from day (preparation done) and a ready-until day (assurance or document expiry), a few not at all.
Supply per country: scheduled flights with a small returnee seat quota (2–9 seats at €250–900) several
times a week, occasional charters (€20–60k, 50–150 seats, nothing per seat), weekly ground transport
for some countries, few escort places. Calibrated so that capacity is scarce where it is cheap: the
first-come-first-served baseline pays much more than an optimal plan (see tests/benchmarks/bench_planner.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from planning.messages import Message
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply

START = date(2026, 6, 1)
HOUSEHOLD_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
HOUSEHOLD_WEIGHTS = (40, 20, 13, 11, 7, 5, 2, 2)


@dataclass(frozen=True)
class Size:
    name: str
    households: int
    days: int
    countries: int
    flights_per_week: float  # scheduled flights per country and week
    charters_per_month: float  # per country
    ground_share: float  # share of countries with weekly ground transport


SMALL = Size("small", 40, 7, 1, 14.0, 4.0, 0.0)
MEDIUM = Size("medium", 800, 90, 12, 4.5, 0.35, 0.25)
LARGE = Size("large", 8_000, 365, 40, 3.0, 0.35, 0.25)
SIZES = {size.name: size for size in (SMALL, MEDIUM, LARGE)}


def generate(size: Size | str, seed: int = 1) -> Instance:
    size = SIZES[size] if isinstance(size, str) else size
    rng = random.Random(f"{size.name}:{seed}")
    countries = [f"C{index:02d}" for index in range(size.countries)]
    movements = _movements(rng, size, countries)
    shares = [rng.uniform(0.3, 1.0) for _ in countries]
    by_country: dict[str, list[MovementSupply]] = {c: [] for c in countries}
    for movement in movements:
        by_country[movement.country].append(movement)
    cases = [_case(rng, size, index + 1, rng.choices(countries, shares)[0], by_country)
             for index in range(size.households)]
    return Instance(START, size.days, tuple(cases), tuple(movements)).validated()


def _movements(rng: random.Random, size: Size, countries: list[str]) -> list[MovementSupply]:
    movements: list[MovementSupply] = []

    def add(country: str, day: int, kind: str, **fields: int) -> None:
        movements.append(MovementSupply(id=len(movements) + 1, country=country, day=day,
                                        label=f"{kind} {country} d{day}", **fields))

    for country in countries:
        has_ground = rng.random() < size.ground_share
        for day in range(size.days):
            if rng.random() < size.flights_per_week / 7:
                add(country, day, "flight", seats=rng.randint(2, 9), cost_per_seat=rng.randrange(250, 901, 10),
                    medical_escort_places=int(rng.random() < 0.3), minor_escort_places=int(rng.random() < 0.3))
            if rng.random() < size.charters_per_month / 30:
                add(country, day, "charter", seats=rng.randint(50, 150), cost_per_seat=0,
                    fixed_cost=rng.randrange(20_000, 60_001, 1000), medical_escort_places=3, minor_escort_places=3)
            if has_ground and day % 7 == 3:
                add(country, day, "ground", seats=rng.randint(10, 25), cost_per_seat=rng.randrange(60, 160, 10),
                    medical_escort_places=1, minor_escort_places=1)
    return movements


def _case(rng: random.Random, size: Size, case_id: int, country: str,
          by_country: dict[str, list[MovementSupply]]) -> CaseDemand:
    people = rng.choices(HOUSEHOLD_SIZES, HOUSEHOLD_WEIGHTS)[0]
    vulnerable = sum(rng.random() < 0.15 for _ in range(people))
    unaccompanied_minor = people == 1 and rng.random() < 0.08
    medical = int(rng.random() < 0.06)
    decided = rng.randint(-60, max(-59, size.days - max(3, size.days // 6)))
    ready_from = max(0, decided + rng.randint(min(5, size.days // 2), max(5, min(25, size.days // 2))))
    shortest = max(3, min(14, size.days // 2))
    ready_until = ready_from + rng.randint(shortest, max(shortest + 2, min(45, size.days)))
    not_ready: Message | None = None
    if rng.random() < 0.03:
        ready_until = -1  # the assurance lapses before the horizon opens
        not_ready = Message.of("unplaced.assurance_expires")
    allowed = frozenset(m.id for m in by_country[country] if ready_from <= m.day <= ready_until)
    if not allowed and not_ready is None:
        not_ready = Message.of("unplaced.not_ready_in_horizon")
    return CaseDemand(
        id=case_id, country=country, people=people,
        vulnerable_people=max(vulnerable, int(unaccompanied_minor)),
        medical_escorts=medical, minor_escorts=int(unaccompanied_minor),
        decided_day=decided, allowed=allowed, label=f"H{case_id:05d}", not_ready_reason=not_ready)
