"""Local times at airports: a place's time zone from its IATA code or city (resources/places/airports.csv).

Movements store UTC. A travel letter prints each departure and arrival on the clock of the place it
happens at, with its UTC offset, and the UTC time beside it in small print; a place whose time zone is
not known prints in UTC, said so.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import resources

AIRPORTS_FILE = Path(resources.__file__).parent / "places" / "airports.csv"
_CODE = re.compile(r"\b([A-Z]{3})\b")


@dataclass(frozen=True)
class Airport:
    code: str
    city: str
    zone: str


@cache
def airports() -> dict[str, Airport]:
    with AIRPORTS_FILE.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return {row["iata"]: Airport(row["iata"], row["city"], row["time_zone"]) for row in rows}


@cache
def _by_city() -> dict[str, Airport]:
    return {airport.city.casefold(): airport for airport in airports().values()}


def airport_of(place: str) -> Airport | None:
    """The airport a movement's place names: 'BRU', 'Brussels (BRU)', or a known city ('Vienna')."""
    known = airports()
    for code in _CODE.findall(place):
        if code in known:
            return known[code]
    return _by_city().get(place.strip().casefold())


@dataclass(frozen=True)
class LocalTime:
    """A moment on a place's clock: `local` carries the zone (UTC where it is not known)."""

    local: datetime
    utc: datetime
    #: Whether the place's time zone is known (otherwise `local` is UTC).
    known: bool

    @property
    def offset(self) -> str:
        """'UTC+3', 'UTC+4:30', 'UTC−1', 'UTC'."""
        delta = self.local.utcoffset() or timedelta(0)
        minutes = int(delta.total_seconds() // 60)
        if minutes == 0:
            return "UTC"
        sign = "+" if minutes > 0 else "\u2212"
        hours, rest = divmod(abs(minutes), 60)
        return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def at(place: str, moment: datetime) -> LocalTime:
    airport = airport_of(place)
    if airport is None:
        return LocalTime(moment, moment, False)
    return LocalTime(moment.astimezone(ZoneInfo(airport.zone)), moment, True)
