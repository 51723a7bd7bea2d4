"""A frozen, validated visit-routing instance: depot, visits with day and time windows, travel times."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

MINUTES_PER_DAY = 24 * 60
EARTH_RADIUS_KM = 6371.0


class RouteInstanceError(ValueError):
    """An instance field holds a value the planner cannot use; the message names the field and the value."""


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float

    def km_to(self, other: Location) -> float:
        """Great-circle (haversine) distance in kilometres."""
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp, dl = p2 - p1, math.radians(other.lon - self.lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Visit:
    """A due visit: `place` is a Location or an index into the instance's matrix; windows are inclusive."""

    id: str
    place: Location | int
    service_minutes: int
    earliest_day: date
    latest_day: date
    daily_window: tuple[int, int] | None = None  # minutes after midnight, e.g. (9 * 60, 12 * 60)
    #: Days overdue: the solver prices each day such a visit waits and, when not all fit, keeps the more overdue
    #: before others that cost as much.
    urgency: int = 0


def hhmm(text: str) -> int:
    """'08:30' -> 510 minutes after midnight."""
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes or 0)


@dataclass(frozen=True)
class RouteInstance:
    """Node 0 is the depot (the field office); node k is visits[k - 1]. `travel` is filled on creation."""

    depot: Location | int
    visits: tuple[Visit, ...]
    days: tuple[date, ...]
    day_start: int = 8 * 60
    day_end: int = 17 * 60
    monitors_per_day: int = 1
    matrix: tuple[tuple[int, ...], ...] | None = None
    speed_kmh: float = 40.0
    travel: tuple[tuple[int, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._validate()
        places = [self.depot, *(visit.place for visit in self.visits)]
        object.__setattr__(self, "travel", tuple(tuple(self._minutes(a, b) for b in places) for a in places))

    def _fail(self, name: str, value: object, why: str) -> RouteInstanceError:
        return RouteInstanceError(f"{name}={value!r}: {why}")

    def _validate(self) -> None:
        if not self.days or list(self.days) != sorted(set(self.days)):
            raise self._fail("days", self.days, "need at least one day, ascending, without repeats")
        if not 0 <= self.day_start < self.day_end <= MINUTES_PER_DAY:
            raise self._fail("day_start/day_end", (self.day_start, self.day_end), "need 0 <= start < end <= 1440")
        if self.monitors_per_day < 1:
            raise self._fail("monitors_per_day", self.monitors_per_day, "need at least 1")
        if self.speed_kmh <= 0:
            raise self._fail("speed_kmh", self.speed_kmh, "must be positive")
        if self.matrix is not None:
            size = len(self.matrix)
            if any(len(row) != size or min(row, default=0) < 0 for row in self.matrix):
                raise self._fail("matrix", "…", "must be square with non-negative minutes")
        seen: set[str] = set()
        for place_name, place in [("depot", self.depot), *((f"visit {v.id!r}.place", v.place) for v in self.visits)]:
            self._check_place(place_name, place)
        for visit in self.visits:
            if visit.id in seen:
                raise self._fail("visit.id", visit.id, "appears twice")
            seen.add(visit.id)
            if visit.service_minutes < 0:
                raise self._fail(f"visit {visit.id!r}.service_minutes", visit.service_minutes, "must be >= 0")
            if visit.urgency < 0:
                raise self._fail(f"visit {visit.id!r}.urgency", visit.urgency, "must be >= 0")
            if visit.earliest_day > visit.latest_day:
                raise self._fail(f"visit {visit.id!r}.earliest_day", visit.earliest_day, "is after latest_day")
            window = visit.daily_window
            if window is not None and not 0 <= window[0] <= window[1] <= MINUTES_PER_DAY:
                raise self._fail(f"visit {visit.id!r}.daily_window", window, "need 0 <= from <= to <= 1440")

    def _check_place(self, name: str, place: Location | int) -> None:
        if isinstance(place, Location):
            if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
                raise self._fail(name, place, "latitude/longitude out of range")
        elif self.matrix is None:
            raise self._fail(name, place, "a matrix index needs `matrix`")
        elif not 0 <= place < len(self.matrix):
            raise self._fail(name, place, f"matrix index outside 0..{len(self.matrix) - 1}")

    def _minutes(self, a: Location | int, b: Location | int) -> int:
        if isinstance(a, Location) and isinstance(b, Location):
            return math.ceil(a.km_to(b) / self.speed_kmh * 60 - 1e-9)
        if isinstance(a, int) and isinstance(b, int) and self.matrix is not None:
            return self.matrix[a][b]
        raise self._fail("place", (a, b), "cannot mix coordinates and matrix indices")

    def node(self, visit_id: str) -> int:
        for index, visit in enumerate(self.visits, start=1):
            if visit.id == visit_id:
                return index
        raise KeyError(visit_id)

    def allowed_days(self, visit: Visit) -> list[int]:
        """Indices into `days` that fall within the visit's window."""
        return [i for i, day in enumerate(self.days) if visit.earliest_day <= day <= visit.latest_day]

    def opening(self, visit: Visit) -> tuple[int, int]:
        """The minutes of a day when the visit may start: working hours intersected with its daily window."""
        low, high = visit.daily_window or (self.day_start, self.day_end)
        return max(low, self.day_start), min(high, self.day_end)
