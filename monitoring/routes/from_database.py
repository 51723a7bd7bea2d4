"""From the database to visit routes: the due visits of a region and period become a RouteInstance, solved,
checked by the independent validator and told back in people's terms (households, addresses, monitors).

Which follow-ups need a visit: every follow-up still due of a plan whose mode is *active*, and every
field visit (the escalation after two missed contacts). A household with several such follow-ups gets
one visit, timed by its earliest.

When a visit may take place (the rule, `visit_window`):
- a follow-up due on day D, on or after the first day of the period, may be visited from `LEAD_DAYS`
  days before D (never before the household arrived, never before the period) up to D itself;
- an overdue one (D before the period) may be visited on any day of the period, as early as possible:
  the solver prices each day it waits (`Visit.urgency`, the days overdue) and, when not all visits fit,
  keeps the more overdue before others that cost as much;
- a follow-up due after the last day of the period belongs to a later period and is not collected.
Only the field office's working days are offered to the solver; the day runs within its working hours
unless the request sets others.

Households whose place is not recorded, or recorded without coordinates, cannot be routed: they are
listed as left out with what to fix, never dropped silently.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitoring.places import FieldOfficeView, field_offices, office_for
from monitoring.plans import authorised_level
from monitoring.routes.instance import Location, RouteInstance, Visit
from monitoring.routes.plan import RoutePlan
from monitoring.routes.solver import solve
from monitoring.routes.validator import violations
from planning.errors import SafeguardError, ValidationError
from planning.messages import Count, Country, Message, Phrase, Place, Value
from planning.readiness.facts import CaseFacts
from planning.readiness.loading import load_countries
from planning.storage.models import Case, CountryProfile, FollowUp, HouseholdPlace, MonitoringPlan, UserAccount
from planning.storage.models.monitoring import FollowUpKind, FollowUpStatus
from planning.storage.store import Store
from planning.validation import country_code, required_text
from planning.vocabulary import MonitoringLevel, Role

LEAD_DAYS = 7
SERVICE_MINUTES = 45
MAX_PERIOD_DAYS = 31
MAX_MONITORS = 12
SPEED_KMH = 40.0

Problem = Literal["no_place", "no_coordinates", "outside_period", "too_far", "no_room"]
FIXABLE: frozenset[str] = frozenset({"no_place", "no_coordinates"})


@dataclass(frozen=True)
class RouteRequest:
    country: str
    region: str
    first_day: date
    last_day: date
    #: Named monitors (each one route a day); empty: `monitors_per_day` unnamed monitors.
    monitors: tuple[str, ...] = ()
    monitors_per_day: int = 1
    #: Working hours; None: the field office's.
    day_start: time | None = None
    day_end: time | None = None
    service_minutes: int = SERVICE_MINUTES
    speed_kmh: float = SPEED_KMH


@dataclass(frozen=True)
class Household:
    """Who a visit is for and where; `visit_id` is the case reference."""

    case_id: int
    reference: str
    head_name: str
    address: str | None
    directions: str | None
    due_on: date
    follow_up_ids: tuple[int, ...]
    kinds: tuple[FollowUpKind, ...]
    overdue_days: int
    earliest_day: date
    latest_day: date


@dataclass(frozen=True)
class LeftOut:
    case_id: int
    reference: str
    head_name: str
    due_on: date
    problem: Problem
    reason: Message

    @property
    def fixable_by_place(self) -> bool:
        return self.problem in FIXABLE


@dataclass(frozen=True)
class RouteProblem:
    """The instance for the solver and what it stands for."""

    request: RouteRequest
    office: FieldOfficeView
    instance: RouteInstance
    households: dict[str, Household]
    not_routable: tuple[LeftOut, ...]
    monitor_names: tuple[str, ...]
    #: Days of the period the office does not work.
    days_off: tuple[date, ...]


@dataclass(frozen=True)
class RouteStop:
    arrival: int
    departure: int
    travel_minutes: int
    household: Household


@dataclass(frozen=True)
class RouteDay:
    day: date
    monitor: str
    leave_office: int
    back_at_office: int
    travel_minutes: int
    stops: tuple[RouteStop, ...]


@dataclass(frozen=True)
class PlannedRoutes:
    problem: RouteProblem
    plan: RoutePlan
    days: tuple[RouteDay, ...]
    left_out: tuple[LeftOut, ...]

    @property
    def visits_scheduled(self) -> int:
        return self.plan.visits_scheduled

    @property
    def visits_due(self) -> int:
        return len(self.problem.households) + len(self.problem.not_routable)

    def as_dict(self) -> dict[str, object]:
        request, office = self.problem.request, self.problem.office
        return {
            "country": office.country, "region": request.region, "from": request.first_day.isoformat(),
            "to": request.last_day.isoformat(), "field_office": office.name,
            "working_hours": [clock(self.problem.instance.day_start), clock(self.problem.instance.day_end)],
            "days_off": [d.isoformat() for d in self.problem.days_off],
            "visits_due": self.visits_due, "visits_scheduled": self.visits_scheduled,
            "travel_minutes": self.plan.total_travel_minutes,
            "days": [{
                "day": d.day.isoformat(), "monitor": d.monitor, "leave_office": clock(d.leave_office),
                "back_at_office": clock(d.back_at_office), "travel_minutes": d.travel_minutes,
                "stops": [{
                    "time": clock(s.arrival), "until": clock(s.departure), "case": s.household.reference,
                    "head_name": s.household.head_name, "address": s.household.address,
                    "travel_minutes": s.travel_minutes, "service_minutes": s.departure - s.arrival,
                    "due_on": s.household.due_on.isoformat(),
                } for s in d.stops],
            } for d in self.days],
            "left_out": [{"case": x.reference, "head_name": x.head_name, "due_on": x.due_on.isoformat(),
                          "problem": x.problem, "reason": x.reason.plain()} for x in self.left_out],
        }


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_of(value: time) -> int:
    return value.hour * 60 + value.minute


def visit_window(due_on: date, arrived_on: date, working: tuple[date, ...]) -> tuple[date, date]:
    """Earliest and latest day for a follow-up due on `due_on`, planned over the working days `working`."""
    first = working[0]
    if due_on < first:
        return first, working[-1]
    return min(due_on, max(due_on - timedelta(days=LEAD_DAYS), arrived_on, first)), due_on


def _check(request: RouteRequest, today: date) -> tuple[str, str]:
    code = country_code("country", request.country)
    region = required_text("region", request.region)
    if not isinstance(request.first_day, date) or not isinstance(request.last_day, date):
        raise ValidationError("first_day", "route.period_missing", (request.first_day, request.last_day))
    if request.first_day < today:
        raise ValidationError("first_day", "route.in_the_past", request.first_day, today=today)
    if request.last_day < request.first_day:
        raise ValidationError("last_day", "route.last_before_first", request.last_day, first_day=request.first_day)
    if (request.last_day - request.first_day).days >= MAX_PERIOD_DAYS:
        raise ValidationError("last_day", "route.period_too_long", request.last_day,
                              most=Count("day", MAX_PERIOD_DAYS))
    count = request.monitors_per_day
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_MONITORS:
        raise ValidationError("monitors_per_day", "route.monitors_per_day", count, most=MAX_MONITORS)
    if len(request.monitors) > MAX_MONITORS or len(set(request.monitors)) != len(request.monitors):
        raise ValidationError("monitors", "route.monitors", list(request.monitors), most=MAX_MONITORS)
    minutes = request.service_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 5 <= minutes <= 480:
        raise ValidationError("service_minutes", "route.visit_length", minutes)
    if not 5 <= request.speed_kmh <= 120:
        raise ValidationError("speed_kmh", "route.speed", request.speed_kmh)
    return code, region


def _monitor_names(store: Store, request: RouteRequest) -> tuple[str, ...]:
    if not request.monitors:
        return tuple(f"Monitor {i}" for i in range(1, request.monitors_per_day + 1))
    with store.reading() as session:
        known = set(session.scalars(select(UserAccount.username).where(UserAccount.active.is_(True))))
    for name in request.monitors:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            raise ValidationError("monitors", "route.unknown_monitor", name, close[0] if close else None, name=name)
    return request.monitors


def _hours(request: RouteRequest, office: FieldOfficeView) -> tuple[int, int]:
    start = minutes_of(request.day_start or office.opens_at)
    end = minutes_of(request.day_end or office.closes_at)
    if end <= start:
        raise ValidationError("day_end", "route.day_end", clock(end), start=clock(start))
    return start, end


def build(store: Store, request: RouteRequest) -> RouteProblem:
    """The route instance for a region and period, with the households it stands for and those left out."""
    code, region = _check(request, store.today())
    offices = field_offices(store, code)
    office = office_for(offices, region)
    if office is None:
        raise ValidationError("region", "route.no_field_office", region, region=region, country=code)
    names = _monitor_names(store, request)
    day_start, day_end = _hours(request, office)
    period = [request.first_day + timedelta(days=i) for i in range((request.last_day - request.first_day).days + 1)]
    working = tuple(d for d in period if office.works_on(d))
    if not working:
        raise ValidationError("last_day", "route.office_closed", request.last_day, office=Place(office.name),
                              first_day=request.first_day, last_day=request.last_day)
    # A gate (S7): a visit is active monitoring, planned only on days the country authorises it there.
    authorised = active_days(store, code, region, working)
    if not authorised:
        raise SafeguardError("S7", "route.not_authorised", country=Country(code, code), region=Place(region),
                             first=request.first_day, last=request.last_day)
    working = authorised
    rows = _due_visits(store, code, region, request.last_day, request.monitors)
    households: dict[str, Household] = {}
    places: dict[str, Location] = {}
    not_routable: list[LeftOut] = []
    for case_id, group in rows.items():
        first = min(group, key=lambda r: (r.due_on, r.follow_up_id))
        if first.latitude is None or first.longitude is None:
            problem: Problem = "no_coordinates" if first.address else "no_place"
            why = Message.of("left_out.no_coordinates") if first.address else Message.of("left_out.no_place")
            not_routable.append(LeftOut(case_id, first.reference, first.head_name, first.due_on, problem, why))
            continue
        earliest, latest = visit_window(first.due_on, first.arrived_on, working)
        households[first.reference] = Household(
            case_id, first.reference, first.head_name, first.address, first.directions, first.due_on,
            tuple(r.follow_up_id for r in group), tuple(r.kind for r in group),
            max(0, (request.first_day - first.due_on).days), earliest, latest)
        places[first.reference] = Location(first.latitude, first.longitude)
    visits = tuple(Visit(ref, places[ref], request.service_minutes, h.earliest_day, h.latest_day,
                         urgency=h.overdue_days) for ref, h in households.items())
    instance = RouteInstance(Location(office.latitude, office.longitude), visits, working, day_start, day_end,
                             monitors_per_day=len(names), speed_kmh=request.speed_kmh)
    return RouteProblem(request, office, instance, households, tuple(not_routable), names,
                        tuple(d for d in period if d not in working))


@dataclass(frozen=True)
class DueRow:
    follow_up_id: int
    case_id: int
    reference: str
    head_name: str
    kind: FollowUpKind
    due_on: date
    arrived_on: date
    address: str | None
    directions: str | None
    latitude: float | None
    longitude: float | None


def active_days(store: Store, code: str, region: str, days: tuple[date, ...]) -> tuple[date, ...]:
    """The days on which the country's authorisation for active monitoring covers the region."""
    with store.reading() as session:
        country_id = session.scalar(select(CountryProfile.id).where(CountryProfile.code == code))
        if country_id is None:
            return ()
        country = load_countries(session, [country_id])[country_id]
    facts = CaseFacts(0, "", country, (), region=region)
    return tuple(d for d in days if authorised_level(facts, d) is MonitoringLevel.ACTIVE)


def _due_visits(store: Store, code: str, region: str, last_day: date,
                monitors: tuple[str, ...]) -> dict[int, list[DueRow]]:
    with store.reading() as session:
        return due_visits_in(session, code, region, last_day, monitors)


def due_visits_in(session: Session, code: str, region: str, last_day: date,
                  monitors: tuple[str, ...] = ()) -> dict[int, list[DueRow]]:
    """Follow-ups needing a visit, due by `last_day`, grouped by case (most urgent case first)."""
    query = (
        select(FollowUp.id, Case.id, Case.reference, Case.head_name, FollowUp.kind, FollowUp.due_on,
               MonitoringPlan.arrived_on, HouseholdPlace.address, HouseholdPlace.directions,
               HouseholdPlace.latitude, HouseholdPlace.longitude)
        .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
        .join(Case, Case.id == MonitoringPlan.case_id)
        .join(CountryProfile, CountryProfile.id == MonitoringPlan.country_id)
        .outerjoin(HouseholdPlace, HouseholdPlace.case_id == Case.id)
        .where(FollowUp.status == FollowUpStatus.DUE, FollowUp.due_on <= last_day, CountryProfile.code == code,
               func.lower(MonitoringPlan.region) == region.lower(), Case.closed_on.is_(None),
               or_(MonitoringPlan.mode == MonitoringLevel.ACTIVE, FollowUp.kind == FollowUpKind.FIELD_VISIT))
        .order_by(FollowUp.due_on, Case.reference, FollowUp.id)
    )
    if monitors:
        query = query.where(or_(FollowUp.monitor.in_(list(monitors)), FollowUp.monitor.is_(None)))
    grouped: dict[int, list[DueRow]] = {}
    for values in session.execute(query):
        row = DueRow(*values)
        grouped.setdefault(row.case_id, []).append(row)
    return grouped


def plan_routes(store: Store, request: RouteRequest, time_limit_seconds: float = 5.0,
                solver: Callable[[RouteInstance, float], RoutePlan] | None = None) -> PlannedRoutes:
    """Build, solve and check; a plan the validator rejects is a bug and raises. `solver` (instance, seconds)
    is `monitoring.routes.solver.solve` unless given (the desktop runs it in its own process)."""
    problem = build(store, request)
    # Guided local search runs to its limit: a few visits do not need the seconds a few hundred might.
    seconds = min(time_limit_seconds, 0.5 + 0.05 * len(problem.instance.visits))
    plan = (solver or solve)(problem.instance, seconds)
    found = violations(problem.instance, plan)
    if found:
        raise RuntimeError("the route plan breaks its own rules: " + "; ".join(found[:5]))
    return explain(problem, plan)


def explain(problem: RouteProblem, plan: RoutePlan) -> PlannedRoutes:
    """The plan in people's terms: named monitors, households at each stop, reasons in plain words."""
    households = problem.households
    days = tuple(
        RouteDay(d.day, problem.monitor_names[d.monitor], d.leave_depot, d.return_depot, d.travel_minutes,
                 tuple(RouteStop(s.arrival, s.departure, s.travel_minutes, households[s.visit_id]) for s in d.stops))
        for d in sorted(plan.days, key=lambda d: (d.day, d.monitor))
    )
    dropped = [_left_out(problem, households[u.visit_id], u.reason) for u in plan.unvisited]
    left = sorted([*problem.not_routable, *dropped], key=lambda x: (x.due_on, x.reference))
    return PlannedRoutes(problem, plan, days, tuple(left))


def _left_out(problem: RouteProblem, household: Household, reason: Message) -> LeftOut:
    h = household
    window: Value = h.earliest_day if h.earliest_day == h.latest_day \
        else Phrase.of("route.days", first=h.earliest_day, last=h.latest_day)
    problem_kind: Problem
    if reason.key == "route.no_capacity":
        problem_kind = "no_room"
        if h.overdue_days:
            why = Message.of("left_out.overdue_no_room", overdue=Count("day", h.overdue_days), window=window)
        else:
            why = Message.of("left_out.no_room", window=window)
    elif reason.key == "route.window_outside_period":
        problem_kind = "outside_period"
        why = Message.of("left_out.office_closed", window=window)
    else:
        problem_kind = "too_far"
        office = Location(problem.office.latitude, problem.office.longitude)
        place = problem.instance.visits[problem.instance.node(h.reference) - 1].place
        km = office.km_to(place) if isinstance(place, Location) else 0.0
        why = Message.of("left_out.too_far", km=round(km), office=Place(problem.office.name), reason=reason)
    return LeftOut(h.case_id, h.reference, h.head_name, h.due_on, problem_kind, why)


def monitor_names(store: Store) -> list[str]:
    """Active users with the monitor role, for choosing who goes out."""
    with store.reading() as session:
        return list(session.scalars(select(UserAccount.username).where(
            UserAccount.role == Role.MONITOR, UserAccount.active.is_(True)).order_by(UserAccount.username)))


@dataclass(frozen=True)
class Area:
    """A country and region where active monitoring has plans, and whether a field office serves it."""

    country: str
    country_name: str
    region: str
    office: str | None


def areas(store: Store) -> list[Area]:
    """Where visit routes can be planned: regions with active plans (or field visits due), by country."""
    with store.reading() as session:
        found: set[tuple[str, str, str | None]] = {(code, name, region) for code, name, region in session.execute(
            select(CountryProfile.code, CountryProfile.name, MonitoringPlan.region).distinct()
            .join(CountryProfile, CountryProfile.id == MonitoringPlan.country_id)
            .outerjoin(FollowUp, (FollowUp.plan_id == MonitoringPlan.id) & (FollowUp.kind == FollowUpKind.FIELD_VISIT))
            .where(MonitoringPlan.region.is_not(None),
                   or_(MonitoringPlan.mode == MonitoringLevel.ACTIVE, FollowUp.id.is_not(None))))}
    offices = field_offices(store, active_only=True)
    result = []
    for code, name, region in sorted(found, key=lambda t: (t[1], t[2] or "")):
        if region is None:
            continue
        office = office_for([o for o in offices if o.country == code], region)
        result.append(Area(code, name, region, office.name if office else None))
    return result
