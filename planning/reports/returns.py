"""The returns report: what became of each person's return in the period, by the date of the event.

Outcomes, from the stored facts: *travelled* (the household's booking departed or arrived; the day it left),
*withdrew* (a withdrawal or refusal of the decision to return), *involvement ended* (force would have been
needed, S3), *protection referred* (a fear of return or asylum wish raised and referred, S4) and *protection
granted* (the authority's decision that the person needs protection). A person counts once, under their last
outcome in the period (on one day, travelling outranks the others): someone who withdrew and then decided
again and travelled counts as travelled, not twice. Each event counts in the month, country (the movement's
for a journey, the case's otherwise), age group and vulnerabilities of its own day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planning.messages import Phrase
from planning.reports import people
from planning.reports.measures import Measure, ReportKind
from planning.reports.report import Report, Request, build
from planning.reports.tables import Fact
from planning.security.permissions import Permission, require
from planning.storage.models import (
    Booking,
    Case,
    CountryProfile,
    Movement,
    Person,
    ProtectionReferral,
    VoluntarinessEvent,
)
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, ProtectionOutcome, VoluntarinessKind

TRAVELLED = (BookingStatus.DEPARTED, BookingStatus.ARRIVED)
#: On one day, the outcome that stands: later in this tuple wins.
PRECEDENCE = (Measure.WITHDREW, Measure.PROTECTION_REFERRED, Measure.PROTECTION_GRANTED, Measure.INVOLVEMENT_ENDED,
              Measure.TRAVELLED)
_RANK = {measure: rank for rank, measure in enumerate(PRECEDENCE)}
_WITHDRAWAL = {VoluntarinessKind.WITHDRAWN: Measure.WITHDREW, VoluntarinessKind.REFUSED: Measure.WITHDREW,
               VoluntarinessKind.FORCE_NEEDED: Measure.INVOLVEMENT_ENDED}
#: An outcome: the day, the measure, the country (ISO code).
Outcome = tuple[date, Measure, str]


def returns_report(store: Store, req: Request) -> Report:
    require(store, Permission.READ)
    with store.reading() as session:
        return compute(session, req, store.today())


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def outcomes(session: Session, start: date, end: date) -> dict[int, list[Outcome]]:
    """Every outcome of every person in the period, by person."""
    found: dict[int, list[Outcome]] = {}
    moment = func.coalesce(Movement.departed_at, Movement.departure_at)
    # (the moment is UTC: the query takes a day more each side, the day itself is compared in Python)
    first = datetime.combine(start - timedelta(days=1), time(), UTC)
    last = datetime.combine(end + timedelta(days=2), time(), UTC)
    for pid, left, code in session.execute(
            select(Person.id, moment, CountryProfile.code)
            .join(Booking, Booking.case_id == Person.case_id)
            .join(Movement, Movement.id == Booking.movement_id)
            .join(CountryProfile, CountryProfile.id == Movement.country_id)
            .where(Booking.status.in_(TRAVELLED), moment >= first, moment < last)):
        day = _day(left)
        if start <= day <= end:
            found.setdefault(pid, []).append((day, Measure.TRAVELLED, code))
    for pid, kind, day, code in session.execute(
            select(VoluntarinessEvent.person_id, VoluntarinessEvent.kind, VoluntarinessEvent.occurred_on,
                   CountryProfile.code)
            .join(Person, Person.id == VoluntarinessEvent.person_id)
            .join(Case, Case.id == Person.case_id)
            .join(CountryProfile, CountryProfile.id == Case.country_id)
            .where(VoluntarinessEvent.kind.in_(tuple(_WITHDRAWAL)), VoluntarinessEvent.occurred_on >= start,
                   VoluntarinessEvent.occurred_on <= end)):
        found.setdefault(pid, []).append((day, _WITHDRAWAL[kind], code))
    referral = select(ProtectionReferral.person_id, ProtectionReferral.raised_on, ProtectionReferral.outcome,
                      ProtectionReferral.outcome_on, CountryProfile.code) \
        .join(Person, Person.id == ProtectionReferral.person_id) \
        .join(Case, Case.id == Person.case_id) \
        .join(CountryProfile, CountryProfile.id == Case.country_id) \
        .where(or_(ProtectionReferral.raised_on.between(start, end), ProtectionReferral.outcome_on.between(start, end)))
    for pid, raised, outcome, decided, code in session.execute(referral):
        if start <= raised <= end:
            found.setdefault(pid, []).append((raised, Measure.PROTECTION_REFERRED, code))
        if outcome is ProtectionOutcome.NEEDS_PROTECTION and decided is not None and start <= decided <= end:
            found.setdefault(pid, []).append((decided, Measure.PROTECTION_GRANTED, code))
    return found


def last_outcome(events: list[Outcome]) -> Outcome:
    """The outcome that stands for the period: the latest, travelling first on the same day."""
    return max(events, key=lambda e: (e[0], _RANK[e[1]]))


def compute(session: Session, req: Request, today: date) -> Report:
    assert req.kind is ReportKind.RETURNS
    found = outcomes(session, req.start, req.end)
    who = people.load(session, list(found))
    facts = []
    for pid, events in found.items():
        if pid not in who:
            continue
        day, measure, code = last_outcome(events)
        facts.append(Fact(measure, pid, who[pid].on(day, code)))
    countries = {code: name for code, name in session.execute(select(CountryProfile.code, CountryProfile.name))}
    return build(req, facts, today, countries, how_counted=Phrase.of("report.how_returns"))
