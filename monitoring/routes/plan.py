"""The route plan a solver returns: a DayPlan per (day, monitor) with ordered stops, and the visits left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planning.messages import Message


@dataclass(frozen=True)
class Stop:
    visit_id: str
    arrival: int  # minutes after midnight when the visit starts (after any wait)
    departure: int
    travel_minutes: int  # from the previous stop or the depot


@dataclass(frozen=True)
class DayPlan:
    day: date
    monitor: int
    leave_depot: int
    return_depot: int
    stops: tuple[Stop, ...]
    travel_minutes: int  # including the way back to the depot


@dataclass(frozen=True)
class Unvisited:
    visit_id: str
    reason: Message


@dataclass(frozen=True)
class RoutePlan:
    days: tuple[DayPlan, ...]
    unvisited: tuple[Unvisited, ...]
    first_solution_seconds: float
    seconds: float

    @property
    def total_travel_minutes(self) -> int:
        return sum(day.travel_minutes for day in self.days)

    @property
    def visits_scheduled(self) -> int:
        return sum(len(day.stops) for day in self.days)
