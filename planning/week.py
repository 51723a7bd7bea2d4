"""The week at a glance: movements this week and next, what expires before a household travels, referrals waiting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning.at_risk import AtRisk, at_risk
from planning.bookings import NOT_YET_GONE
from planning.documents import local_times
from planning.documents.local_times import LocalTime
from planning.seats import HOLDING
from planning.storage.models import (
    Assurance,
    Booking,
    Case,
    CountryProfile,
    FitToTravel,
    Movement,
    Person,
    ProtectionReferral,
    TravelDocument,
)
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceStatus,
    MovementStatus,
    ProtectionOutcome,
    TravelDocumentStatus,
)


class Expiry(StrEnum):
    """What runs out before the travel date."""

    TRAVEL_DOCUMENT = "travel_document"
    CLEARANCE = "clearance"
    ASSURANCE = "assurance"


@dataclass(frozen=True)
class Trip:
    """A movement leaving or arriving in the window, with who is on it and the seats left."""

    movement_id: int
    code: str
    country_code: str
    country_name: str
    origin: str
    destination: str
    departure_at: datetime
    arrival_at: datetime
    status: MovementStatus
    capacity: int
    seats_held: int
    households: int
    people: int
    #: Open bookings on it that a change since booking made unready (`planning.at_risk`).
    bookings_at_risk: int = 0

    @property
    def free_seats(self) -> int:
        return max(0, self.capacity - self.seats_held)

    @property
    def leaves_at(self) -> LocalTime:
        """The departure on the clock of the place it leaves from (UTC where its time zone is not known)."""
        return local_times.at(self.origin, self.departure_at)


@dataclass(frozen=True)
class Expiring:
    """A document, clearance or assurance that runs out before the day a booked household travels."""

    what: Expiry
    case_id: int
    reference: str
    #: The member's name, or the assurance's reference.
    subject: str
    valid_until: date
    movement_id: int
    movement_code: str
    departure_at: datetime


@dataclass(frozen=True)
class WaitingReferral:
    """A protection referral with no outcome yet."""

    case_id: int
    reference: str
    head_name: str
    raised_on: date
    referred_on: date | None

    def waiting_days(self, today: date) -> int:
        return (today - self.raised_on).days


@dataclass(frozen=True)
class Week:
    today: date
    #: Monday of this week, and the Sunday that ends the next one.
    first_day: date
    last_day: date
    departures: tuple[Trip, ...]
    arrivals: tuple[Trip, ...]
    at_risk: tuple[AtRisk, ...]
    expiring: tuple[Expiring, ...]
    referrals: tuple[WaitingReferral, ...]


def window(today: date) -> tuple[date, date]:
    """This week (from Monday) and the next, to the Sunday."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=13)


def week(store: Store, *, on: date | None = None, limit: int = 200) -> Week:
    """What the coordinator has to act on this week and the next (every list in time order, at most `limit`)."""
    today = on or store.today()
    first, last = window(today)
    start = datetime.combine(first, time.min, UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, UTC)
    with store.reading() as session:
        leaving = _trips(session, (Movement.departure_at >= start) & (Movement.departure_at < end),
                         Movement.departure_at, limit)
        coming = _trips(session, (Movement.arrival_at >= start) & (Movement.arrival_at < end),
                        Movement.arrival_at, limit)
        expiring = sorted(_expiring(session, today), key=lambda e: (e.departure_at, e.reference, e.subject))
        referrals = tuple(WaitingReferral(case_id, reference, head, raised, referred)
                          for case_id, reference, head, raised, referred in session.execute(
            select(Case.id, Case.reference, Case.head_name, ProtectionReferral.raised_on,
                   ProtectionReferral.referred_on)
            .join(Person, Person.id == ProtectionReferral.person_id).join(Case, Case.id == Person.case_id)
            .where(ProtectionReferral.outcome == ProtectionOutcome.PENDING)
            .order_by(ProtectionReferral.raised_on, Case.reference).limit(limit)))
    risky = tuple(at_risk(store))[:limit]
    return Week(today, first, last, leaving, coming, risky, tuple(expiring[:limit]), referrals)


def movements_between(store: Store, first: date, last: date) -> tuple[Trip, ...]:
    """Every movement that departs between these days (inclusive), for a calendar."""
    start = datetime.combine(first, time.min, UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, UTC)
    with store.reading() as session:
        return _trips(session, (Movement.departure_at >= start) & (Movement.departure_at < end),
                      Movement.departure_at, 5000)


def _trips(session: Session, when: object, order: object, limit: int) -> tuple[Trip, ...]:
    held = (select(Booking.movement_id, func.sum(Booking.seats).label("seats"),
                   func.count(Booking.id).label("households"), func.sum(Case.household_size).label("people"),
                   func.count(sql_case((Booking.status.in_(NOT_YET_GONE) & Booking.at_risk.is_not(None), 1)))
                   .label("at_risk"))
            .join(Case, Case.id == Booking.case_id)
            .where(Booking.status.in_(HOLDING)).group_by(Booking.movement_id).subquery())
    rows = session.execute(
        select(Movement.id, Movement.code, CountryProfile.code, CountryProfile.name, Movement.origin,
               Movement.destination, Movement.departure_at, Movement.arrival_at, Movement.status,
               Movement.capacity, func.coalesce(held.c.seats, 0), func.coalesce(held.c.households, 0),
               func.coalesce(held.c.people, 0), func.coalesce(held.c.at_risk, 0))
        .join(CountryProfile, CountryProfile.id == Movement.country_id)
        .outerjoin(held, held.c.movement_id == Movement.id)
        .where(when, Movement.status != MovementStatus.CANCELLED)  # type: ignore[arg-type]
        .order_by(order, Movement.code).limit(limit))  # type: ignore[arg-type]
    return tuple(Trip(mid, code, cc, cname, origin, destination, dep, arr, status, capacity, int(seats),
                      int(households), int(people), int(risky))
                 for mid, code, cc, cname, origin, destination, dep, arr, status, capacity, seats, households, people,
                 risky in rows)


def _expiring(session: Session, today: date) -> Iterable[Expiring]:
    """For each open booking: members whose last valid document or fit-to-travel clearance ends before the
    departure day, and the country's readmission and no-punishment assurances that end before it."""
    booked = list(session.execute(
        select(Booking.case_id, Case.reference, Case.region_of_return, Movement.id, Movement.code,
               Movement.departure_at, Movement.country_id)
        .join(Case, Case.id == Booking.case_id).join(Movement, Movement.id == Booking.movement_id)
        .where(Booking.status.in_(NOT_YET_GONE))))
    if not booked:
        return
    cases = {case_id for case_id, *_ in booked}
    names: dict[int, tuple[int, str]] = {
        pid: (case_id, f"{given} {family}") for pid, case_id, given, family in session.execute(
            select(Person.id, Person.case_id, Person.given_names, Person.family_name)
            .where(Person.case_id.in_(cases)))}
    documents: dict[int, date] = {pid: until for pid, until in session.execute(
        select(TravelDocument.person_id, func.max(TravelDocument.valid_until))
        .where(TravelDocument.person_id.in_(names), TravelDocument.status == TravelDocumentStatus.VALID)
        .group_by(TravelDocument.person_id))}
    clearances: dict[int, date] = {pid: until for pid, until in session.execute(
        select(FitToTravel.person_id, func.max(FitToTravel.valid_until))
        .where(FitToTravel.person_id.in_(names), FitToTravel.fit.is_(True))
        .group_by(FitToTravel.person_id))}
    countries = {country for *_, country in booked}
    # the assurance of each kind that lasts longest (open-ended: for good), per country and region
    lasting: dict[tuple[int, AssuranceKind, str | None], tuple[date | None, str]] = {}
    for country, kind, assurance, where, until in session.execute(
        select(Assurance.country_id, Assurance.kind, Assurance.reference, Assurance.region, Assurance.valid_to)
        .where(Assurance.country_id.in_(countries), Assurance.status == AssuranceStatus.IN_FORCE,
               Assurance.kind.in_((AssuranceKind.READMISSION, AssuranceKind.NO_PUNISHMENT)),
               Assurance.valid_from <= today)
    ):
        known = lasting.get((country, kind, where))
        if known is None or (known[0] is not None and (until is None or until > known[0])):
            lasting[(country, kind, where)] = (until, assurance)
    assurances = [(country, assurance, where, until) for (country, _, where), (until, assurance) in lasting.items()
                  if until is not None and until >= today]
    members: dict[int, list[tuple[int, str]]] = {}
    for pid, (case_id, name) in names.items():
        members.setdefault(case_id, []).append((pid, name))
    for case_id, reference, region, movement_id, code, departure_at, country_id in booked:
        day = departure_at.date()
        for pid, name in sorted(members.get(case_id, ()), key=lambda m: m[1]):
            for what, found in ((Expiry.TRAVEL_DOCUMENT, documents), (Expiry.CLEARANCE, clearances)):
                until = found.get(pid)
                if until is not None and until < day:
                    yield Expiring(what, case_id, reference, name, until, movement_id, code, departure_at)
        for country, assurance, where, until in assurances:
            if country == country_id and until < day and (where is None or where == region):
                yield Expiring(Expiry.ASSURANCE, case_id, reference, assurance, until, movement_id, code,
                               departure_at)
