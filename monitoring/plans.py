"""Monitoring plans: how an arrived household is followed up, never beyond what the country authorised.

`decide_mode` is pure (property-tested): the mode is what the risk profile calls for, capped by the
monitoring authorisation valid on the arrival date for the region of return. With no authorisation
the plan records that and schedules nothing — monitoring without the country's leave is not offered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitoring.schedule import Schedules, due_dates, load_schedules
from planning import audit, status
from planning.readiness.facts import CaseFacts
from planning.readiness.loading import load_facts
from planning.readiness.rules.s7_monitoring import needs_active
from planning.storage.models import (
    Booking,
    Case,
    FollowUp,
    MonitoringPlan,
    Movement,
    UserAccount,
)
from planning.storage.models.monitoring import FollowUpKind, FollowUpStatus
from planning.storage.store import Actor
from planning.vocabulary import AssuranceKind, AssuranceStatus, BookingStatus, MonitoringLevel, Role


@dataclass(frozen=True)
class ModeDecision:
    mode: MonitoringLevel | None
    needed: MonitoringLevel
    because: tuple[str, ...]
    authorised: MonitoringLevel | None

    @property
    def short_of_need(self) -> bool:
        return self.mode is not self.needed


@dataclass(frozen=True)
class PlanSummary:
    plan_id: int
    case_id: int
    mode: MonitoringLevel | None
    needed: MonitoringLevel
    authorised: MonitoringLevel | None
    monitor: str | None
    due: tuple[date, ...]


def authorised_level(case: CaseFacts, on: date) -> MonitoringLevel | None:
    """The widest monitoring the country authorised for the case's region on that date."""
    levels = {
        a.monitoring_level or MonitoringLevel.PASSIVE
        for a in case.country.assurances_of(AssuranceKind.MONITORING_AUTHORISATION)
        if a.valid_on(on) and a.covers_region(case.region)
    }
    if MonitoringLevel.ACTIVE in levels:
        return MonitoringLevel.ACTIVE
    return MonitoringLevel.PASSIVE if levels else None


def risk_reasons(case: CaseFacts, on: date) -> tuple[str, ...]:
    """Why the household calls for active monitoring (empty: passive is enough)."""
    why: set[str] = set()
    for person in case.members:
        why.update(v.value for v in person.vulnerable_on(on))
        if case.unaccompanied_on(person, on):
            why.add("unaccompanied_minor")
    if needs_active(case, on) is not None:
        why.add("country_profile")
    if any(a.status is AssuranceStatus.UNDER_REVIEW and a.covers_region(case.region)
           for a in case.country.assurances):
        why.add("assurances_under_review")
    return tuple(sorted(why))


def decide_mode(case: CaseFacts, arrived_on: date) -> ModeDecision:
    because = risk_reasons(case, arrived_on)
    needed = MonitoringLevel.ACTIVE if because else MonitoringLevel.PASSIVE
    authorised = authorised_level(case, arrived_on)
    if authorised is None:
        mode = None
    elif authorised.covers(needed):
        mode = needed
    else:
        mode = authorised
    return ModeDecision(mode, needed, because, authorised)


def profiles_of(case: CaseFacts, on: date) -> set[str]:
    kinds = {v.value for p in case.members for v in p.vulnerable_on(on)}
    if any(case.unaccompanied_on(p, on) for p in case.members):
        kinds.add("unaccompanied_minor")
    return kinds


class MonitorPool:
    """Monitors (active users with the monitor role) and their open follow-ups: least loaded first."""

    def __init__(self, session: Session) -> None:
        names = session.scalars(select(UserAccount.username).where(
            UserAccount.role == Role.MONITOR, UserAccount.active.is_(True)))
        self.load: Counter[str] = Counter({name: 0 for name in names})
        for name, count in session.execute(
            select(FollowUp.monitor, func.count()).where(FollowUp.status == FollowUpStatus.DUE,
                                                         FollowUp.monitor.in_(list(self.load)))
            .group_by(FollowUp.monitor)
        ):
            if name is not None:
                self.load[name] = count

    def assign(self, follow_ups: int) -> str | None:
        if not self.load:
            return None
        name = min(self.load, key=lambda n: (self.load[n], n))
        self.load[name] += follow_ups
        return name


def arrival_dates(session: Session, case_ids: Sequence[int]) -> dict[int, date]:
    """When each case's arrived booking arrived (recorded arrival, else the scheduled one)."""
    result: dict[int, date] = {}
    for case_id, arrived_at, scheduled in session.execute(
        select(Booking.case_id, Movement.arrived_at, Movement.arrival_at)
        .join(Movement, Booking.movement_id == Movement.id)
        .where(Booking.case_id.in_(case_ids), Booking.status == BookingStatus.ARRIVED)
    ):
        day = (arrived_at or scheduled).date()
        result[case_id] = max(day, result.get(case_id, day))
    return result


def create_plans_in(session: Session, actor: Actor, case_ids: Sequence[int], today: date, *,
                    monitor: str | None = None, schedules: Schedules | None = None,
                    pool: MonitorPool | None = None) -> list[PlanSummary]:
    """Plans for these arrived cases that have none yet, in the caller's transaction (idempotent)."""
    if not case_ids:
        return []
    have = set(session.scalars(select(MonitoringPlan.case_id).where(MonitoringPlan.case_id.in_(case_ids))))
    arrived = arrival_dates(session, [c for c in case_ids if c not in have])
    if not arrived:
        return []
    facts = load_facts(session, sorted(arrived))
    country_ids = {case_id: country_id for case_id, country_id in session.execute(
        select(Case.id, Case.country_id).where(Case.id.in_(list(arrived))))}
    schedules = schedules or load_schedules(session)
    pool = pool or MonitorPool(session)
    created: list[PlanSummary] = []
    for case_id, case in facts.items():
        if case.closed_on is not None:
            continue
        arrived_on = arrived[case_id]
        decision = decide_mode(case, arrived_on)
        dues = due_dates(arrived_on, schedules.months_for(case.country.code, profiles_of(case, arrived_on))) \
            if decision.mode is not None else []
        who = monitor or (pool.assign(len(dues)) if dues else None)
        plan = MonitoringPlan(
            case_id=case_id, country_id=country_ids[case_id], region=case.region,
            arrived_on=arrived_on, mode=decision.mode, needed=decision.needed,
            needed_because=list(decision.because), authorised=decision.authorised, monitor=who,
        )
        session.add(plan)
        session.flush()
        session.add_all(FollowUp(plan_id=plan.id, kind=FollowUpKind.SCHEDULED, month=month, due_on=due,
                                 monitor=who, status=FollowUpStatus.DUE) for month, due in dues)
        audit.record(session, actor, "monitoring_plan.create", plan, case_id=case_id)
        created.append(PlanSummary(plan.id, case_id, decision.mode, decision.needed, decision.authorised, who,
                                   tuple(d for _, d in dues)))
    status.refresh(session, [p.case_id for p in created], today)
    return created
