"""Households walked through the services to arrival, stores seen on other days or by other roles."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from monitoring import arrival
from monitoring.plans import PlanSummary
from planning import booking_service, checkin, movements
from planning.storage.base import Base
from planning.storage.models import Assurance, FollowUp, UserAccount, Vulnerability
from planning.storage.store import Actor, Store
from planning.vocabulary import AssuranceKind, AssuranceStatus, MonitoringLevel, Role, VulnerabilityKind
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, Family, assurances, counsel, declare, open_family, passports
from tests.unit.planning.test_movements import flight

_codes = itertools.count(1)


def as_of(store: Store, day: date, role: Role | None = None, name: str | None = None) -> Store:
    actor = store.actor if role is None else Actor(name or role.value, role)
    return Store(store.engine, actor, store.location, today=lambda: day)


def add_monitor(store: Store, username: str) -> None:
    with store.transaction() as session:
        session.add(UserAccount(username=username, display_name=username.title(), role=Role.MONITOR))


def family_ready(store: Store, code: str = COUNTRY, region: str | None = "Tbilisi", *,
                 level: MonitoringLevel = MonitoringLevel.ACTIVE, with_assurances: bool = True) -> Family:
    """A family of three that passes every safeguard today (monitoring authorisation at `level`)."""
    if with_assurances:
        assurances(store, code, level=level)
    family = open_family(store, code, region)
    counsel(store, family, TODAY - timedelta(days=30))
    declare(store, family.father, TODAY - timedelta(days=29))
    declare(store, family.mother, TODAY - timedelta(days=29))
    passports(store, family)
    return family


def vulnerable(store: Store, person_id: int, kind: VulnerabilityKind) -> None:
    with store.transaction() as session:
        session.add(Vulnerability(person_id=person_id, kind=kind, noted_on=TODAY - timedelta(days=90)))


def fly_home(store: Store, families: Iterable[Family], code: str = COUNTRY) -> int:
    """Book, check in, depart and arrive today; returns the movement id."""
    movement_id = movements.add_movement(store, flight(f"M-{next(_codes)}", on=TODAY, hour=6, country=code))
    group = list(families)
    for family in group:
        booking_service.book(store, family.case_id, movement_id)
        for person in family.members:
            checkin.check_in(store, movement_id, person)
    departed = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(hours=6, minutes=10)
    checkin.record_departure(store, movement_id, departed)
    checkin.record_arrival(store, movement_id, departed + timedelta(hours=5))
    return movement_id


def arrived_family(store: Store, code: str = COUNTRY, region: str | None = "Tbilisi", *,
                   level: MonitoringLevel = MonitoringLevel.ACTIVE, with_assurances: bool = True,
                   kind: VulnerabilityKind | None = None) -> tuple[Family, PlanSummary]:
    family = family_ready(store, code, region, level=level, with_assurances=with_assurances)
    if kind is not None:
        vulnerable(store, family.mother, kind)
    movement_id = fly_home(store, [family], code)
    plans = arrival.after_arrival(store, movement_id)
    assert len(plans) == 1
    return family, plans[0]


def follow_ups(store: Store, plan_id: int) -> list[FollowUp]:
    with store.reading() as session:
        return list(session.scalars(select(FollowUp).where(FollowUp.plan_id == plan_id).order_by(FollowUp.id)))


def statuses(store: Store, kind: AssuranceKind | None = None) -> set[AssuranceStatus]:
    """The statuses of the assurances (of one kind) recorded."""
    with store.reading() as session:
        query = select(Assurance.status)
        if kind is not None:
            query = query.where(Assurance.kind == kind)
        return set(session.scalars(query))


def row_counts(store: Store) -> dict[str, int]:
    """Rows per table; the database's field key is left out: it is made once, on first need, outside the
    transaction of the record that needed it, and belongs to no record."""
    with store.reading() as session:
        return {name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in Base.metadata.tables.items() if name != "field_key"}
