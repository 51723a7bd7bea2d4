"""Seeded random route instances: visits scattered around a field office, windows spread over the period."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from monitoring.routes.instance import Location, RouteInstance, Visit

FIELD_OFFICE = Location(9.03, 38.74)


def generate(seed: int, visits: int = 60, days: int = 5, *, start: date = date(2026, 3, 2),
             office: Location = FIELD_OFFICE, radius_km: float = 40.0,
             monitors_per_day: int = 1) -> RouteInstance:
    rng = random.Random(seed)
    period = tuple(start + timedelta(days=i) for i in range(days))
    generated = []
    for number in range(visits):
        distance, bearing = radius_km * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
        lat = office.lat + distance * math.cos(bearing) / 111.0
        lon = office.lon + distance * math.sin(bearing) / (111.0 * math.cos(math.radians(office.lat)))
        first = rng.randrange(days)
        last = min(days - 1, first + rng.randrange(3))
        window = None
        if rng.random() < 0.2:
            opens = rng.choice([8, 9, 10, 13]) * 60
            window = (opens, opens + 3 * 60)
        generated.append(Visit(f"V{number:03d}", Location(round(lat, 5), round(lon, 5)), rng.choice([30, 45, 60]),
                               period[first], period[last], window))
    return RouteInstance(office, tuple(generated), period, monitors_per_day=monitors_per_day)
