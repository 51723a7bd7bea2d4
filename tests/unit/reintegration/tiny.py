"""Tiny hand-made allocation instances for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

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


def package(id: int, kind: str = "housing", partner: int = 1, in_kind: int = 1000, cash: int = 0,
            **fields: Any) -> Package:
    return Package(id=id, kind=kind, partner=partner, country="XK", in_kind=in_kind, cash=cash,
                   label=f"P{id}", **fields)


def household(id: int, needs: list[Need], people: list[Person] | None = None, arrival: int = 0,
              region: str = "Prizren", budget: int | None = 1, **fields: Any) -> Household:
    members = people or [Person(id * 10, 35, head=True)]
    return Household(id=id, country="XK", region=region, arrival_month=arrival, people=tuple(members),
                     needs=tuple(needs), budget=budget, label=f"H{id}", **fields)


def need(id: int, person: int, kind: str = "housing", priority: int = 2, skill: str | None = None) -> Need:
    return Need(id=id, person=person, kind=kind, priority=priority, skill=skill)


def capacity(partner: int = 1, places: int = 5, months: int = 6, region: str = "Prizren") -> list[Capacity]:
    return [Capacity(partner, region, m, places) for m in range(months)]


def instance(households: list[Household], packages: list[Package], *, budget: Budget | None = None,
             capacities: list[Capacity] | None = None, demand: list[Demand] | None = None,
             months: int = 6, **fields: Any) -> Instance:
    return Instance(date(2026, 6, 1), months, tuple(households), tuple(packages),
                    (budget or Budget(1, in_kind=100_000, cash=10_000, label="Line A"),),
                    tuple(capacities if capacities is not None else capacity()), tuple(demand or ()),
                    {1: "Partner One", 2: "Partner Two"}, **fields)
