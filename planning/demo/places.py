"""Demo places: a field office per region of return and, for arrived households, where they live now.

Households are scattered around real towns of their region (resources/places/towns.csv). Each
household's place comes from its own random stream (seeded by the case id), so adding places leaves
the rest of the demo caseload exactly as it was. A few households have only an address, a few no
place at all: the route planner lists them as not routable, as it would in the field.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Callable
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

import resources

TOWNS_FILE = Path(resources.__file__).resolve().parent / "places" / "towns.csv"
#: Where the weekend is Friday and Saturday, the office works Sunday to Thursday.
SUNDAY_TO_THURSDAY = {"IRQ", "AFG", "SYR", "BGD"}
HOURS = {"IRQ": (time(8), time(15)), "AFG": (time(8), time(15, 30)), "NGA": (time(8, 30), time(16, 30))}
DEFAULT_HOURS = (time(8), time(16))
#: Households live within this many kilometres of their town (most of them much closer).
SPREAD_KM = 6.0
STREETS = ("Market", "Station", "School", "Hospital", "Mosque", "Church", "River", "Old Town", "Garden", "Mill",
           "Bakery", "Well", "Post Office", "Bridge", "Clinic", "Cemetery", "Hill", "Independence", "Unity")
LANDMARKS = ("opposite the pharmacy", "behind the primary school", "next to the water tower",
             "ask at the corner shop", "green gate, second floor", "near the bus stop", "beside the bakery")


Town = tuple[str, float, float]


@cache
def towns() -> dict[tuple[str, str], tuple[Town, ...]]:
    """(country code, region) -> its towns (name, latitude, longitude), the office's town first."""
    result: dict[tuple[str, str], list[Town]] = {}
    with TOWNS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            result.setdefault((row["country"], row["region"]), []).append(
                (row["town"], float(row["latitude"]), float(row["longitude"])))
    return {key: tuple(value) for key, value in result.items()}


def field_office_rows(code: str, country_id: int, regions: tuple[str, ...],
                      next_id: Callable[[str], int]) -> list[dict[str, Any]]:
    """One field office per region, in the region's first town."""
    opens, closes = HOURS.get(code, DEFAULT_HOURS)
    days = [7, 1, 2, 3, 4] if code in SUNDAY_TO_THURSDAY else [1, 2, 3, 4, 5]
    rows = []
    for region in regions:
        found = towns().get((code, region))
        if not found:
            continue
        town, lat, lon = found[0]
        rows.append({
            "id": next_id("field_office"), "country_id": country_id, "region": region,
            "name": f"{town} field office", "address": f"{town} ({region})", "latitude": lat, "longitude": lon,
            "opens_at": opens, "closes_at": closes, "working_days": days, "active": True, "version": 1,
        })
    return rows


def household_place_row(case_id: int, code: str, region: str | None, recorded_on: date,
                        next_id: Callable[[str], int]) -> dict[str, Any] | None:
    """Where an arrived household lives: usually an address with coordinates near a town of its region."""
    found = towns().get((code, region)) if region else None
    if not found:
        return None
    rng = random.Random(f"household-place-{case_id}")
    roll = rng.random()
    if roll < 0.03:
        return None
    town, lat, lon = rng.choice(found)
    address = f"{rng.randint(1, 180)} {rng.choice(STREETS)} Street, {town}"
    directions = rng.choice(LANDMARKS) if rng.random() < 0.5 else None
    latitude: float | None = None
    longitude: float | None = None
    if roll >= 0.10:
        distance, bearing = SPREAD_KM * rng.random() ** 1.5, rng.uniform(0, 2 * math.pi)
        latitude = round(lat + distance * math.cos(bearing) / 111.0, 5)
        longitude = round(lon + distance * math.sin(bearing) / (111.0 * math.cos(math.radians(lat))), 5)
    return {"id": next_id("household_place"), "case_id": case_id, "address": address, "directions": directions,
            "latitude": latitude, "longitude": longitude, "recorded_on": recorded_on, "recorded_by": "demo",
            "version": 1}
