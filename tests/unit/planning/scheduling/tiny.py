"""Tiny hand-made instances for the planner's tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from planning.scheduling.instance import CaseDemand, Instance, MovementSupply


def movement(id: int, day: int = 1, seats: int = 3, cost: int = 300, **fields: Any) -> MovementSupply:
    return MovementSupply(id=id, country="XK", day=day, seats=seats, cost_per_seat=cost, **fields)


def case(id: int, people: int = 1, allowed: tuple[int, ...] = (1,), **fields: Any) -> CaseDemand:
    return CaseDemand(id=id, country="XK", people=people, allowed=frozenset(allowed), **fields)


def instance(cases: list[CaseDemand], movements: list[MovementSupply], days: int = 10) -> Instance:
    return Instance(date(2026, 6, 1), days, tuple(cases), tuple(movements))
