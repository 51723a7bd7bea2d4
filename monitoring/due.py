"""Follow-ups due and overdue for a monitor, filtered by country and region: one indexed query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from planning.errors import ValidationError
from planning.storage.models import Case, CountryProfile, FollowUp, MonitoringPlan
from planning.storage.models.monitoring import FollowUpKind, FollowUpStatus
from planning.storage.store import Store
from planning.validation import country_code, optional_text
from planning.vocabulary import MonitoringLevel

WEEK = 7
MAX_ROWS = 5000


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: int
    version: int
    case_id: int
    reference: str
    head_name: str
    country: str
    region: str | None
    kind: FollowUpKind
    month: int
    due_on: date
    monitor: str | None
    plan_mode: MonitoringLevel | None
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    def as_dict(self) -> dict[str, object]:
        return {
            "follow_up_id": self.follow_up_id, "case": self.reference, "head_name": self.head_name,
            "country": self.country, "region": self.region, "kind": self.kind.value, "month": self.month,
            "due_on": self.due_on.isoformat(), "monitor": self.monitor,
            "mode": self.plan_mode.value if self.plan_mode else None, "overdue": self.overdue,
            "days_overdue": self.days_overdue,
        }


def due(store: Store, *, on: date | None = None, within_days: int = WEEK, monitor: str | None = None,
        country: str | None = None, region: str | None = None, limit: int = MAX_ROWS) -> list[DueFollowUp]:
    """Follow-ups not yet logged that are overdue or due within `within_days` of `on` (default today),
    most overdue first."""
    day = on or store.today()
    if isinstance(within_days, bool) or not isinstance(within_days, int) or not 0 <= within_days <= 366:
        raise ValidationError("within_days", "due.days_range", within_days)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", "due.rows", limit)
    who = optional_text("monitor", monitor, max_length=120)
    code = country_code("country", country) if country is not None else None
    where = optional_text("region", region, max_length=120)
    query = (
        select(FollowUp.id, FollowUp.version, Case.id, Case.reference, Case.head_name, CountryProfile.code,
               MonitoringPlan.region, FollowUp.kind, FollowUp.month, FollowUp.due_on, FollowUp.monitor,
               MonitoringPlan.mode)
        .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
        .join(Case, Case.id == MonitoringPlan.case_id)
        .join(CountryProfile, CountryProfile.id == MonitoringPlan.country_id)
        .where(FollowUp.status == FollowUpStatus.DUE, FollowUp.due_on <= day + timedelta(days=within_days))
        .order_by(FollowUp.due_on, Case.reference, FollowUp.id)
        .limit(limit)
    )
    if who is not None:
        query = query.where(FollowUp.monitor == who)
    if code is not None:
        query = query.where(CountryProfile.code == code)
    if where is not None:
        query = query.where(func.lower(MonitoringPlan.region) == where.lower())
    with store.reading() as session:
        return [DueFollowUp(fid, version, case_id, ref, head, cc, reg, kind, month, due_on, mon, mode,
                            max(0, (day - due_on).days))
                for fid, version, case_id, ref, head, cc, reg, kind, month, due_on, mon, mode
                in session.execute(query)]


@dataclass(frozen=True)
class MonitorLoad:
    """One monitor's follow-ups due today and overdue (None: follow-ups no monitor has been given)."""

    monitor: str | None
    due_today: int
    overdue: int
    #: Since when the oldest overdue follow-up has been waiting.
    oldest_due_on: date | None


def by_monitor(store: Store, *, on: date | None = None) -> list[MonitorLoad]:
    """Per monitor, the follow-ups due today and those overdue, the most overdue first (one grouped query)."""
    day = on or store.today()
    late = FollowUp.due_on < day
    query = (
        select(FollowUp.monitor, func.count().filter(FollowUp.due_on == day), func.count().filter(late),
               func.min(FollowUp.due_on))
        .where(FollowUp.status == FollowUpStatus.DUE, FollowUp.due_on <= day)
        .group_by(FollowUp.monitor)
    )
    with store.reading() as session:
        rows = [MonitorLoad(monitor, int(today), int(overdue), oldest if overdue else None)
                for monitor, today, overdue, oldest in session.execute(query)]
    return sorted(rows, key=lambda r: (r.oldest_due_on or date.max, -r.due_today, r.monitor or ""))
