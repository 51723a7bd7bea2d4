"""Seeded synthetic allocation instances for property tests and benchmarks.

Households of 1–7 people arriving over the first eight months of a twelve-month horizon in a handful of
countries (one funding line each, about 500 households per country), three to five regions per
country. Each adult has one or two needs (business start-up for heads, vocational training with a
wished trade or none, housing, medical, psychosocial), children education or psychosocial support.
The catalogue per country: one package per kind with its lead time, several trainings in different
trades, a medical package for medical needs only. Partner places per region and month and the
budget are calibrated to be scarce (the budget covers about 60 % of what all needs would cost), so
choices matter: who gets what, which trade, which month.
"""

from __future__ import annotations

import random
from datetime import date

from planning.reintegration.allocation.instance import (
    Budget,
    Capacity,
    Demand,
    Household,
    Instance,
    Need,
    Package,
    Person,
)

START = date(2026, 6, 1)
MONTHS = 12
SKILLS = ("tailoring", "construction", "agriculture", "ict", "catering", "mechanics")
VULNERABILITIES = ("medical_need", "victim_of_trafficking", "disability", "single_parent", "elderly")
HOUSEHOLDS_PER_COUNTRY = 500


def generate(households: int, seed: int = 1, months: int = MONTHS) -> Instance:
    rng = random.Random(f"reintegration:{households}:{seed}")
    countries = [f"C{index:02d}" for index in range(max(1, round(households / HOUSEHOLDS_PER_COUNTRY)))]
    regions = {c: [f"{c}-R{r}" for r in range(rng.randint(3, 5))] for c in countries}
    packages: list[Package] = []
    partners: dict[int, str] = {}
    partner_regions: dict[int, list[str]] = {}
    for country in countries:
        first = len(partners) + 1
        for offset in range(rng.randint(3, 5)):
            partner = first + offset
            partners[partner] = f"Partner {partner} ({country})"
            partner_regions[partner] = rng.sample(regions[country], rng.randint(2, len(regions[country])))
        country_partners = list(range(first, len(partners) + 1))

        def add(kind: str, in_kind: int, cash: int, lead: tuple[int, int], country: str = country,
                country_partners: list[int] = country_partners, **fields: object) -> None:
            partner = rng.choice(country_partners)
            packages.append(Package(
                id=len(packages) + 1, kind=kind, partner=partner, country=country,
                regions=frozenset(partner_regions[partner]), in_kind=in_kind, cash=cash, lead_min=lead[0],
                lead_max=lead[1], label=f"{kind} {country} #{len(packages) + 1}", **fields))  # type: ignore[arg-type]

        add("business_start_up", rng.randrange(1200, 1801, 100), 200, (1, 4), head_only=True, min_age=18)
        add("business_start_up", rng.randrange(900, 1401, 100), 100, (2, 5), head_only=True, min_age=18)
        for skill in rng.sample(SKILLS, 4):
            add("vocational_training", rng.randrange(600, 1001, 50), 50, (0, 3), min_age=16, skill=skill)
        add("housing", rng.randrange(800, 1201, 100), 0, (0, 2), head_only=True, min_age=18)
        add("medical", rng.randrange(300, 801, 50), 0, (0, 1), vulnerabilities=frozenset({"medical_need"}))
        add("psychosocial", rng.randrange(200, 401, 50), 0, (0, 2))
        add("education", rng.randrange(300, 501, 50), 50, (0, 2), min_age=5, max_age=17)
    demand = tuple(Demand(c, r, s, rng.randint(0, 100)) for c in countries for r in regions[c] for s in SKILLS)
    people_id = need_id = 0
    result: list[Household] = []
    for index in range(households):
        country = countries[index % len(countries)]
        people: list[Person] = []
        needs: list[Need] = []
        size = rng.choices((1, 2, 3, 4, 5, 6, 7), (35, 20, 15, 12, 9, 6, 3))[0]
        for member in range(size):
            people_id += 1
            adult = member < 2 and (member == 0 or rng.random() < 0.7)
            age = rng.randint(18, 70) if adult else rng.randint(0, 17)
            vulnerable = frozenset(v for v in VULNERABILITIES if rng.random() < 0.05)
            person = Person(people_id, age, head=member == 0, vulnerabilities=vulnerable)
            people.append(person)
            wanted: list[tuple[str, str | None]] = []
            if adult:
                if member == 0 and rng.random() < 0.5:
                    wanted.append(("business_start_up", None))
                if rng.random() < 0.55:
                    wanted.append(("vocational_training", rng.choice((*SKILLS, None))))
                if member == 0 and rng.random() < 0.3:
                    wanted.append(("housing", None))
            elif age >= 5 and rng.random() < 0.6:
                wanted.append(("education", None))
            if "medical_need" in vulnerable or rng.random() < 0.05:
                wanted.append(("medical", None))
            if (vulnerable and rng.random() < 0.5) or rng.random() < 0.05:
                wanted.append(("psychosocial", None))
            for kind, wish in wanted:
                need_id += 1
                needs.append(Need(need_id, person.id, kind, rng.choices((1, 2, 3), (3, 5, 2))[0], wish))
        result.append(Household(index + 1, country, rng.choice(regions[country]), rng.randint(0, 7), tuple(people),
                                tuple(needs), budget=countries.index(country) + 1, label=f"H{index + 1:05d}"))
    capacities = tuple(Capacity(p, r, m, rng.randint(2, 6) * max(1, households // (len(countries) * 300)))
                       for p, served in partner_regions.items() for r in served for m in range(months))
    cost = {c: 0 for c in countries}
    cheapest: dict[tuple[str, str], int] = {}
    for package in packages:
        key = (package.country, package.kind)
        cheapest[key] = min(cheapest.get(key, package.in_kind), package.in_kind)
    for household in result:
        cost[household.country] += sum(cheapest.get((household.country, n.kind), 0) for n in household.needs)
    budgets = tuple(Budget(i + 1, in_kind=int(round(cost[c] * 0.6, -3)), cash=int(round(cost[c] * 0.06, -2)),
                           label=f"Funding line {c}") for i, c in enumerate(countries))
    return Instance(START, months, tuple(result), tuple(packages), budgets, capacities, demand, partners).validated()
