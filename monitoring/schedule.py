"""Follow-up schedules: at arrival, 1, 3, 6 and 12 months by default; configurable per country and profile."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import snapshot
from planning.cases import ensure_country
from planning.errors import ValidationError
from planning.security.permissions import Permission, require
from planning.storage.models import MonitoringSchedule
from planning.storage.store import Store
from planning.validation import country_code
from planning.vocabulary import VulnerabilityKind

DEFAULT_MONTHS: tuple[int, ...] = (0, 1, 3, 6, 12)
MAX_MONTHS = 60
ANY = "*"


@dataclass(frozen=True)
class Schedule:
    """Months after arrival at which a follow-up is due, for a country and/or profile (None = any)."""

    country: str | None
    profile: VulnerabilityKind | None
    months: tuple[int, ...]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_dates(arrived_on: date, months: Sequence[int]) -> list[tuple[int, date]]:
    return [(m, add_months(arrived_on, m)) for m in sorted(set(months))]


def scope_key(country: str | None, profile: VulnerabilityKind | None) -> str:
    return f"{country or ANY}|{profile.value if profile else ANY}"


def validate_months(months: Iterable[int]) -> tuple[int, ...]:
    values = list(months)
    if not values:
        raise ValidationError("months", "schedule.no_follow_up", values)
    for m in values:
        if isinstance(m, bool) or not isinstance(m, int) or not 0 <= m <= MAX_MONTHS:
            raise ValidationError("months", "schedule.month_range", m, most=MAX_MONTHS)
    return tuple(sorted(set(values)))


def set_schedule(store: Store, months: Iterable[int], *, country: str | None = None,
                 profile: VulnerabilityKind | None = None) -> Schedule:
    """Store the follow-up months for a country and/or profile (both None: the organisation's default)."""
    require(store, Permission.MANAGE_MONITORING)
    values = validate_months(months)
    code = country_code("country", country) if country is not None else None
    if profile is not None and not isinstance(profile, VulnerabilityKind):
        raise ValidationError("profile", "schedule.unknown_profile", profile)
    key = scope_key(code, profile)
    with store.transaction() as session:
        row = session.scalar(select(MonitoringSchedule).where(MonitoringSchedule.scope_key == key))
        if row is None:
            country_id = ensure_country(session, code, store).id if code else None
            session.flush()
            row = MonitoringSchedule(scope_key=key, country_id=country_id,
                                     profile=profile.value if profile else None, months=list(values))
            session.add(row)
            audit.record(session, store.actor, "monitoring_schedule.add", row)
        elif tuple(row.months) != values:
            before = snapshot(row)
            row.months = list(values)
            session.flush()
            audit.record(session, store.actor, "monitoring_schedule.update", row, before=before)
    return Schedule(code, profile, values)


@dataclass(frozen=True)
class Schedules:
    """Every stored schedule, loaded once, resolving the months for a case."""

    by_key: dict[str, tuple[int, ...]]

    def months_for(self, country: str, profiles: Iterable[str]) -> tuple[int, ...]:
        """The most specific schedules that apply (country and profile, country, profile, default);
        several profiles at the same level: the union of their months (the closer follow-up wins)."""
        kinds = sorted(set(profiles))
        levels = (
            [f"{country}|{p}" for p in kinds],
            [f"{country}|{ANY}"],
            [f"{ANY}|{p}" for p in kinds],
            [f"{ANY}|{ANY}"],
        )
        for keys in levels:
            found = [self.by_key[k] for k in keys if k in self.by_key]
            if found:
                return tuple(sorted({m for months in found for m in months}))
        return DEFAULT_MONTHS


def load_schedules(session: Session) -> Schedules:
    rows = session.execute(select(MonitoringSchedule.scope_key, MonitoringSchedule.months))
    return Schedules({key: tuple(months) for key, months in rows})
