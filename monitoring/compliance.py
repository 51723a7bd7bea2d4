"""A country's compliance with its assurances over a period: follow-ups done against due, contact, incidents.

Every figure is an SQL aggregate (a handful of grouped queries), never a walk over the rows, so the
report answers as fast on a country with ten thousand returnees as on one with ten.

How things are counted:
- A follow-up counts in the month it **fell due** (its due date), whatever day it was logged: of the
  follow-ups due in March, how many were done, missed or are still open. Follow-ups due after today
  have not fallen due yet and are left out (`counted_to`).
- *Done vs due* is done / fell due; the *contact rate* is contact made / logged (done + missed). A rate
  is None where there is nothing to divide by.
- Incidents count in the month they were reported; one incident may report several kinds (a
  detention and a fine), so the kinds may add up to more than the incidents.
- *Open incidents* are those reported by the day the figures are drawn up and without a review
  decision on that day, whenever they were reported.
- Plans: the households monitored there by the end of the period (arrived on or before it), by mode;
  the *shortfall* is those whose profile needs active monitoring where only passive is authorised.
- Assurances: every assurance of the country whose validity overlaps the period, with its status today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, and_, case, cast, extract, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from planning.errors import ValidationError
from planning.lookup import country_by_code
from planning.messages import Count
from planning.storage.models import Assurance, FollowUp, MonitoringIncident, MonitoringPlan
from planning.storage.models.monitoring import FollowUpStatus, IncidentKind, ReviewOutcome
from planning.storage.store import Store
from planning.validation import country_code
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, MonitoringLevel

#: The longest period one report covers.
MAX_MONTHS = 120
INCIDENT_KINDS = tuple(IncidentKind)
#: Fell due, done, missed, still open, contact made.
FollowUpCounts = tuple[int, int, int, int, int]
#: Assurances listed readmission first, then no-punishment, then the monitoring authorisation.
KIND_ORDER = tuple(AssuranceKind)


@dataclass(frozen=True)
class IncidentCounts:
    """Incidents reported, and how many reported each kind of breach."""

    incidents: int = 0
    punishment: int = 0
    detention: int = 0
    readmission_refused: int = 0

    def of(self, kind: IncidentKind) -> int:
        return int(getattr(self, kind.value))

    def by_kind(self) -> tuple[tuple[IncidentKind, int], ...]:
        return tuple((kind, self.of(kind)) for kind in INCIDENT_KINDS)

    def __add__(self, other: IncidentCounts) -> IncidentCounts:
        return IncidentCounts(self.incidents + other.incidents, self.punishment + other.punishment,
                              self.detention + other.detention, self.readmission_refused + other.readmission_refused)


@dataclass(frozen=True)
class Figures:
    """Follow-ups that fell due (and what became of them) and incidents reported, in a month or a period."""

    due: int = 0
    done: int = 0
    missed: int = 0
    #: Fell due and not logged yet (overdue).
    outstanding: int = 0
    #: Logged follow-ups where the monitor reached the returnee.
    contact_made: int = 0
    incidents: IncidentCounts = IncidentCounts()

    @property
    def logged(self) -> int:
        return self.done + self.missed

    @property
    def done_rate(self) -> float | None:
        """Done / fell due; None when nothing fell due."""
        return self.done / self.due if self.due else None

    @property
    def contact_rate(self) -> float | None:
        """Contact made / logged; None when nothing was logged."""
        return self.contact_made / self.logged if self.logged else None

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.due + other.due, self.done + other.done, self.missed + other.missed,
                       self.outstanding + other.outstanding, self.contact_made + other.contact_made,
                       self.incidents + other.incidents)


@dataclass(frozen=True)
class Month:
    """A calendar month of the period (`start` is its first day; the period may cut it short)."""

    start: date
    figures: Figures

    @property
    def label(self) -> str:
        return f"{self.start:%Y-%m}"


@dataclass(frozen=True)
class PlanFigures:
    """Monitoring plans of households arrived by the end of the period, by mode."""

    total: int = 0
    active: int = 0
    passive: int = 0
    #: The country authorised no monitoring on the arrival date: nothing scheduled.
    unmonitored: int = 0
    #: Needed active monitoring, but only passive was authorised.
    shortfall: int = 0
    arrived_in_period: int = 0


@dataclass(frozen=True)
class AssuranceLine:
    kind: AssuranceKind
    reference: str
    issuing_authority: str
    scope: AssuranceScope
    status: AssuranceStatus
    valid_from: date
    valid_to: date | None
    region: str | None
    monitoring_level: MonitoringLevel | None


@dataclass(frozen=True)
class ComplianceReport:
    country_code: str
    country_name: str
    period_from: date
    period_to: date
    #: The day the report was drawn up.
    as_of: date
    months: tuple[Month, ...]
    totals: Figures
    open_incidents: int
    #: Review decisions recorded in the period, by outcome (outcomes with none left out).
    decisions: tuple[tuple[ReviewOutcome, int], ...]
    plans: PlanFigures
    assurances: tuple[AssuranceLine, ...]

    @property
    def counted_to(self) -> date:
        """Follow-ups count up to this day: the end of the period, or today if the period runs on."""
        return min(self.period_to, self.as_of)

    def as_dict(self) -> dict[str, object]:
        def figures(f: Figures) -> dict[str, object]:
            return {"due": f.due, "done": f.done, "missed": f.missed, "outstanding": f.outstanding,
                    "contact_made": f.contact_made, "done_rate": _rounded(f.done_rate),
                    "contact_rate": _rounded(f.contact_rate), "incidents": f.incidents.incidents,
                    "incidents_by_kind": {k.value: n for k, n in f.incidents.by_kind()}}

        return {
            "country": self.country_code, "country_name": self.country_name,
            "period_from": self.period_from.isoformat(), "period_to": self.period_to.isoformat(),
            "as_of": self.as_of.isoformat(), "counted_to": self.counted_to.isoformat(),
            "totals": figures(self.totals),
            "months": [{"month": m.label, **figures(m.figures)} for m in self.months],
            "open_incidents": self.open_incidents,
            "review_decisions": {outcome.value: n for outcome, n in self.decisions},
            "plans": {"total": self.plans.total, "active": self.plans.active, "passive": self.plans.passive,
                      "unmonitored": self.plans.unmonitored, "shortfall": self.plans.shortfall,
                      "arrived_in_period": self.plans.arrived_in_period},
            "assurances": [{"kind": a.kind.value, "reference": a.reference, "issuing_authority": a.issuing_authority,
                            "scope": a.scope.value, "status": a.status.value, "valid_from": a.valid_from.isoformat(),
                            "valid_to": a.valid_to.isoformat() if a.valid_to else None, "region": a.region,
                            "monitoring_level": a.monitoring_level.value if a.monitoring_level else None}
                           for a in self.assurances],
        }


def default_period(today: date, months: int = 12) -> tuple[date, date]:
    """The current month and the `months - 1` before it, up to today."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1), today


def compliance(store: Store, country: str, period_from: date, period_to: date) -> ComplianceReport:
    """The country's compliance figures for the period (both days included), as of today."""
    code = validate(country, period_from, period_to)
    with store.reading() as session:
        return compute(session, code, period_from, period_to, store.today())


def validate(country: str, period_from: date, period_to: date) -> str:
    """Check the request (ValidationError naming the field); returns the country's ISO code."""
    code = country_code("country", country)
    _check_day("period_from", period_from)
    _check_day("period_to", period_to)
    if period_from > period_to:
        raise ValidationError("period_from", "compliance.period_reversed", period_from, period_from=period_from,
                              period_to=period_to)
    months = len(_month_starts(period_from, period_to))
    if months > MAX_MONTHS:
        raise ValidationError("period_to", "compliance.period_too_long", period_to, most=Count("month", MAX_MONTHS),
                              months=Count("month", months))
    return code


def compute(session: Session, code: str, period_from: date, period_to: date, today: date) -> ComplianceReport:
    """The figures of a validated request as they stand on `today`, in the caller's session
    (NotFoundError when the country has no profile)."""
    counted_to = min(period_to, today)
    profile = country_by_code(session, code)
    follow_ups = _follow_ups(session, profile.id, period_from, counted_to)
    incidents = _incidents(session, profile.id, period_from, period_to)
    months = tuple(Month(start, Figures(*follow_ups.get(start, (0, 0, 0, 0, 0)),
                                        incidents=incidents.get(start, IncidentCounts())))
                   for start in _month_starts(period_from, period_to))
    open_incidents = session.scalar(select(func.count()).select_from(MonitoringIncident).where(
        MonitoringIncident.country_id == profile.id, MonitoringIncident.reported_on <= today,
        or_(MonitoringIncident.outcome.is_(None), MonitoringIncident.decided_on > today))) or 0
    totals = sum((m.figures for m in months), Figures())
    return ComplianceReport(
        profile.code, profile.name, period_from, period_to, today, months, totals, open_incidents,
        _decisions(session, profile.id, period_from, period_to), _plans(session, profile.id, period_from, period_to),
        _assurances(session, profile.id, period_from, period_to))


def _check_day(field: str, value: object) -> None:
    if not isinstance(value, date) or type(value) is not date:
        raise ValidationError(field, "compliance.not_a_date", value)


def _month_starts(first: date, last: date) -> list[date]:
    starts = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        starts.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


def _counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _follow_ups(session: Session, country_id: int, first: date, last: date) -> dict[date, FollowUpCounts]:
    """Per month of the due date: fell due, done, missed, still open, contact made."""
    if last < first:
        return {}
    year, month = extract("year", FollowUp.due_on), extract("month", FollowUp.due_on)
    logged = FollowUp.status.in_((FollowUpStatus.DONE, FollowUpStatus.MISSED))
    query = (
        select(year, month, func.count(), _counted(FollowUp.status == FollowUpStatus.DONE),
               _counted(FollowUp.status == FollowUpStatus.MISSED), _counted(FollowUp.status == FollowUpStatus.DUE),
               _counted(and_(logged, FollowUp.contact_made.is_(True))))
        .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
        .where(MonitoringPlan.country_id == country_id, FollowUp.due_on >= first, FollowUp.due_on <= last)
        .group_by(year, month)
    )
    return {date(int(y), int(m), 1): (int(n), int(done), int(missed), int(open_), int(contact))
            for y, m, n, done, missed, open_, contact in session.execute(query)}


def _incidents(session: Session, country_id: int, first: date, last: date) -> dict[date, IncidentCounts]:
    """Per month reported: incidents, and how many reported each kind (the JSON list matched as text,
    which reads the same on SQLite and PostgreSQL)."""
    year, month = extract("year", MonitoringIncident.reported_on), extract("month", MonitoringIncident.reported_on)
    kinds = cast(MonitoringIncident.kinds, String)
    query = (
        select(year, month, func.count(), *(_counted(kinds.like(f'%"{kind.value}"%')) for kind in INCIDENT_KINDS))
        .where(MonitoringIncident.country_id == country_id, MonitoringIncident.reported_on >= first,
               MonitoringIncident.reported_on <= last)
        .group_by(year, month)
    )
    return {date(int(y), int(m), 1): IncidentCounts(int(n), *(int(c) for c in counts))
            for y, m, n, *counts in session.execute(query)}


def _decisions(session: Session, country_id: int, first: date, last: date) -> tuple[tuple[ReviewOutcome, int], ...]:
    found: dict[ReviewOutcome | None, int] = {outcome: count for outcome, count in session.execute(
        select(MonitoringIncident.outcome, func.count())
        .where(MonitoringIncident.country_id == country_id, MonitoringIncident.outcome.is_not(None),
               MonitoringIncident.decided_on >= first, MonitoringIncident.decided_on <= last)
        .group_by(MonitoringIncident.outcome))}
    return tuple((outcome, int(found[outcome])) for outcome in ReviewOutcome if found.get(outcome))


def _plans(session: Session, country_id: int, first: date, last: date) -> PlanFigures:
    row = session.execute(
        select(func.count(), _counted(MonitoringPlan.mode == MonitoringLevel.ACTIVE),
               _counted(MonitoringPlan.mode == MonitoringLevel.PASSIVE), _counted(MonitoringPlan.mode.is_(None)),
               _counted(and_(MonitoringPlan.needed == MonitoringLevel.ACTIVE,
                             MonitoringPlan.authorised == MonitoringLevel.PASSIVE)),
               _counted(MonitoringPlan.arrived_on >= first))
        .where(MonitoringPlan.country_id == country_id, MonitoringPlan.arrived_on <= last)
    ).one()
    return PlanFigures(*(int(value) for value in row))


def _assurances(session: Session, country_id: int, first: date, last: date) -> tuple[AssuranceLine, ...]:
    rows = session.execute(
        select(Assurance.kind, Assurance.reference, Assurance.issuing_authority, Assurance.scope, Assurance.status,
               Assurance.valid_from, Assurance.valid_to, Assurance.region, Assurance.monitoring_level)
        .where(Assurance.country_id == country_id, Assurance.valid_from <= last,
               or_(Assurance.valid_to.is_(None), Assurance.valid_to >= first))
        .order_by(Assurance.valid_from, Assurance.id))
    lines = [AssuranceLine(*row) for row in rows]
    return tuple(sorted(lines, key=lambda a: KIND_ORDER.index(a.kind)))


def _rounded(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)
