"""Seeded hard planning instances: one dominant country, demand three times the seats, large households on
small quotas, scarce escorts and fragmented readiness windows, over a year.

These are the instances the planner was not tuned to (issue 18), kept for tests and benchmarks:

- **one dominant country** holds `dominant` (70 %) of the households, the rest spread over the others;
- **tight demand**: each country gets about a third of the seats its people need (`demand` = 3);
- **large households**: a fifth of the households have 6–11 people, while scheduled flights carry 2–9
  returnees (they fit only on charters and ground transport, or not at all);
- **scarce escorts**: one flight in eight has a medical-escort place, one in ten a minor-escort place;
- **fragmented windows**: a household may travel on one to three stretches of days (a document renewed,
  a clearance lapsing) within at most 70 days.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from planning.messages import Message
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply

START = date(2027, 1, 4)
SIZES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS = (26, 16, 12, 10, 8, 6, 6, 5, 4, 4, 3)  # about a fifth of households have 6–11 people
WINDOW = 70  # the longest stretch from the first to the last day a household may travel


@dataclass(frozen=True)
class Stress:
    name: str
    households: int
    countries: int
    days: int = 365
    dominant: float = 0.7
    demand: float = 3.0  # people per seat


HARD_1K = Stress("hard-1k", 1_000, 8)
HARD_5K = Stress("hard-5k", 5_000, 20)
HARD_20K = Stress("hard-20k", 20_000, 40)
STRESS = {size.name: size for size in (HARD_1K, HARD_5K, HARD_20K)}


def generate(size: Stress | str, seed: int = 1) -> Instance:
    size = STRESS[size] if isinstance(size, str) else size
    rng = random.Random(f"{size.name}:{seed}")
    countries = [f"D{index:02d}" for index in range(size.countries)]
    others = [rng.uniform(0.5, 1.5) for _ in countries[1:]]
    shares = [size.dominant] + [(1 - size.dominant) * share / sum(others) for share in others]
    homes = rng.choices(countries, shares, k=size.households)
    households = [(home, rng.choices(SIZES, WEIGHTS)[0]) for home in homes]
    people = {country: 0 for country in countries}
    for home, count in households:
        people[home] += count
    movements: list[MovementSupply] = []
    by_country: dict[str, list[MovementSupply]] = {}
    for country in countries:
        by_country[country] = _supply(rng, size, country, people[country] / size.demand, movements)
    cases = [_case(rng, size, index + 1, home, count, by_country[home])
             for index, (home, count) in enumerate(households)]
    return Instance(START, size.days, tuple(cases), tuple(movements)).validated()


def _supply(rng: random.Random, size: Stress, country: str, seats: float,
            movements: list[MovementSupply]) -> list[MovementSupply]:
    """About `seats` returnee seats over the year: charters and ground for a half, small flight quotas for the rest."""
    own: list[MovementSupply] = []

    def add(day: int, kind: str, **fields: int) -> None:
        movement = MovementSupply(id=len(movements) + 1, country=country, day=day,
                                  label=f"{kind} {country} d{day}", **fields)
        movements.append(movement)
        own.append(movement)

    flights = max(4, round(seats * 0.5 / 5.5))
    for _ in range(flights):
        add(rng.randrange(size.days), "flight", seats=rng.randint(2, 9), cost_per_seat=rng.randrange(250, 901, 10),
            medical_escort_places=int(rng.random() < 0.125), minor_escort_places=int(rng.random() < 0.1))
    big = seats * 0.5
    while big > 0:
        if rng.random() < 0.4:
            capacity = rng.randint(50, 150)
            add(rng.randrange(size.days), "charter", seats=capacity, cost_per_seat=0,
                fixed_cost=rng.randrange(20_000, 60_001, 1000), medical_escort_places=rng.randint(0, 2),
                minor_escort_places=rng.randint(0, 2))
        else:
            capacity = rng.randint(10, 25)
            add(rng.randrange(size.days), "ground", seats=capacity, cost_per_seat=rng.randrange(60, 160, 10),
                medical_escort_places=int(rng.random() < 0.3), minor_escort_places=int(rng.random() < 0.3))
        big -= capacity
    own.sort(key=lambda m: (m.day, m.id))
    return own


def _case(rng: random.Random, size: Stress, case_id: int, country: str, people: int,
          supply: list[MovementSupply]) -> CaseDemand:
    vulnerable = sum(rng.random() < 0.15 for _ in range(people))
    unaccompanied_minor = people == 1 and rng.random() < 0.1
    medical = int(rng.random() < 0.1)
    decided = rng.randint(-60, size.days - 30)
    first = max(0, decided + rng.randint(5, 25))
    stretches = []
    day = first
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        length = rng.randint(5, 30)
        stretches.append((day, day + length))
        day += length + rng.randint(3, 20)
    stretches = [(low, min(high, first + WINDOW)) for low, high in stretches if low <= first + WINDOW]
    days = [m.day for m in supply]  # supply is in order of departure
    allowed = frozenset(supply[index].id for low, high in stretches
                        for index in range(bisect_left(days, low), bisect_right(days, high)))
    return CaseDemand(
        id=case_id, country=country, people=people, vulnerable_people=max(vulnerable, int(unaccompanied_minor)),
        medical_escorts=medical, minor_escorts=int(unaccompanied_minor), decided_day=decided, allowed=allowed,
        label=f"S{case_id:05d}", not_ready_reason=None if allowed else Message.of("unplaced.not_ready_in_horizon"))
