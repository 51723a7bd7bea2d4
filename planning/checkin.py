"""Departure check-in, departure and arrival of a movement.

At check-in each booked person is asked, on the day of departure:

- *reconfirms* — a RECONFIRMED voluntariness event dated that day, tied to the movement, is
  recorded through `planning.voluntariness.record` (S1–S3 live there); an accompanied minor, who
  travels on the guardian's decision (S1), is ticked present without an event of their own. Once
  every member is ticked and the readiness check at `Stage.DEPARTURE` passes, the booking becomes
  CHECKED_IN.
- *refuses* — a REFUSED event with the movement: `voluntariness.record` cancels the household's
  bookings (seats freed, case back to counselling, S2) in that one transaction.
- *force would be needed* — FORCE_NEEDED (confirmed, with the statement): involvement ends (S3).

The reconfirmation (written by the voluntariness service) and the tick are one unit of work: both or
neither.

`record_departure` is a gate: each checked-in household is checked again at the departure stage on
the moment the movement left (its day: a flight that left after midnight is judged on the new day, when
an assurance may have ended the day before; a household checked in on the previous day's date has no
reconfirmation from the day it leaves), every member ticked present. Anything that happened since
check-in — an advisory that morning, the country's assurances put under review, a passport reported
lost, a member added, a medical need without clearance, the case closed — refuses the departure,
naming each household, the safeguard and the fix; nothing is written. Otherwise checked-in bookings
become DEPARTED and every other open booking is cancelled as a no-show.
`record_arrival`: departed bookings ARRIVED. Case statuses follow (departed, arrived).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import at_risk, audit, gates, readiness, status, voluntariness
from planning.audit import snapshot
from planning.bookings import NOT_YET_GONE
from planning.errors import SafeguardError, ValidationError
from planning.lookup import check_version, get
from planning.movements import OPEN
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason, Stage, Verdict
from planning.readiness.texts import NOT_RECONFIRMED
from planning.security.permissions import Permission, require
from planning.storage.models import Booking, Case, Movement, Person
from planning.storage.models.movements import CheckIn
from planning.storage.store import Store
from planning.validation import optional_text
from planning.vocabulary import BookingStatus, CaseStatus, CounsellingTopic, MovementStatus, VoluntarinessKind


class Response(StrEnum):
    """What a person says at the check-in desk."""

    RECONFIRMED = "reconfirmed"
    REFUSED = "refused"
    FORCE_NEEDED = "force_needed"


@dataclass(frozen=True)
class CheckInResult:
    person_id: int
    booking_id: int
    booking_status: BookingStatus
    case_status: CaseStatus
    #: Whether the whole household is now checked in.
    household_checked_in: bool
    #: Why the household is not checked in yet (members not ticked, readiness reasons).
    waiting_for: tuple[str, ...] = ()
    cancelled_bookings: tuple[int, ...] = ()


@dataclass(frozen=True)
class CheckInRow:
    """One person on a movement's check-in sheet."""

    booking_id: int
    booking_status: BookingStatus
    case_id: int
    reference: str
    person_id: int
    name: str
    own_decision: bool  # False: an accompanied minor travelling on the guardian's decision
    ticked: bool
    #: Why the household may not travel on its booking now, when it is marked at risk (`planning.at_risk`).
    at_risk: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Departure:
    version: int
    departed: tuple[int, ...]  # booking ids
    no_shows: tuple[int, ...]


@dataclass(frozen=True)
class Arrival:
    version: int
    arrived: tuple[int, ...]


def _booking_of(session: Session, movement_id: int, person_id: int) -> tuple[Movement, Booking, Person]:
    movement = get(session, Movement, movement_id)
    person = get(session, Person, person_id)
    booking = session.scalar(select(Booking).where(
        Booking.movement_id == movement_id, Booking.case_id == person.case_id, Booking.status.in_(NOT_YET_GONE)))
    if booking is None:
        raise ValidationError("person", "checkin.not_booked", person_id,
                              person=person.display_name, code=movement.code)
    return movement, booking, person


def _check_day(movement: Movement, today: date) -> date:
    if movement.status not in OPEN:
        raise ValidationError("movement", "movement.closed", movement.code, code=movement.code,
                              status=movement.status)
    day = movement.departure_at.date()
    if day != today:
        raise ValidationError("movement", "checkin.not_departure_day", day, code=movement.code, day=day)
    return day


def check_in(store: Store, movement_id: int, person_id: int, response: Response = Response.RECONFIRMED, *,
             agent: str | None = None, language: str | None = None, statement: str | None = None,
             confirmed: bool = False) -> CheckInResult:
    """Record one person's answer at the check-in desk (see the module docstring)."""
    require(store, Permission.BOOK)
    today = store.today()
    if not isinstance(response, Response):
        raise ValidationError("response", "checkin.unknown_response", response)
    with store.transaction():
        return _check_in(store, movement_id, person_id, response, today, agent=agent, language=language,
                         statement=statement, confirmed=confirmed)


def _check_in(store: Store, movement_id: int, person_id: int, response: Response, today: date, *,
              agent: str | None, language: str | None, statement: str | None, confirmed: bool) -> CheckInResult:
    with store.reading() as session:
        movement, booking, _person = _booking_of(session, movement_id, person_id)
        day = _check_day(movement, today)
        facts = load_facts(session, [booking.case_id])[booking.case_id]
        member = facts.member(person_id)
        assert member is not None
        own_decision = facts.decision_holder(member, day) is member
    if response is not Response.RECONFIRMED:
        kind = VoluntarinessKind(response.value)
        recorded = voluntariness.record(store, person_id, voluntariness.Expression(
            kind=kind, occurred_on=day, counsellor=optional_text("agent", agent, max_length=120), language=language,
            statement=statement, movement_id=movement_id, confirmed=confirmed,
        ))
        with store.reading() as session:
            after = get(session, Booking, booking.id)
            return CheckInResult(person_id, booking.id, after.status, recorded.case_status, False, (),
                                 recorded.cancelled_bookings)
    if own_decision:
        voluntariness.record(store, person_id, voluntariness.Expression(
            kind=VoluntarinessKind.RECONFIRMED, occurred_on=day,
            counsellor=optional_text("agent", agent, max_length=120), language=language,
            information_given=(CounsellingTopic.RIGHT_TO_CHANGE_MIND,), statement=statement,
            movement_id=movement_id,
        ))
    with store.transaction() as session:
        movement, booking, _ = _booking_of(session, movement_id, person_id)
        _check_day(movement, today)
        if session.scalar(select(CheckIn.id).where(CheckIn.booking_id == booking.id,
                                                   CheckIn.person_id == person_id)) is None:
            tick = CheckIn(booking_id=booking.id, person_id=person_id, recorded_by=store.actor.username)
            session.add(tick)
            audit.record(session, store.actor, "checkin.present", tick, case_id=booking.case_id)
        waiting = _promote(session, store, booking, day)
        derived = status.refresh(session, [booking.case_id], today)[booking.case_id]
        return CheckInResult(person_id, booking.id, booking.status, derived.status,
                             booking.status is BookingStatus.CHECKED_IN, waiting)


def _promote(session: Session, store: Store, booking: Booking, day: date) -> tuple[str, ...]:
    """Check the household in if everyone is ticked and ready to depart; else what is missing."""
    if booking.status is BookingStatus.CHECKED_IN:
        return ()
    facts = load_facts(session, [booking.case_id])[booking.case_id]
    ticked = set(session.scalars(select(CheckIn.person_id).where(CheckIn.booking_id == booking.id)))
    waiting = [f"{m.name} has not been checked in" for m in facts.members if m.id not in ticked]
    verdict = readiness.check(facts, day, Stage.DEPARTURE)
    reasons: tuple[Reason, ...] = verdict.reasons
    waiting += [f"{r.safeguard.value}: {r.message}" for r in reasons
                if not (r.code == NOT_RECONFIRMED and r.person_id not in ticked)]
    if waiting:
        return tuple(waiting)
    before = snapshot(booking)
    booking.status = BookingStatus.CHECKED_IN
    session.flush()
    audit.record(session, store.actor, "booking.check_in", booking, case_id=booking.case_id, before=before)
    return ()


def sheet(store: Store, movement_id: int) -> list[CheckInRow]:
    """Everyone booked on the movement, for the check-in desk."""
    with store.reading() as session:
        movement = get(session, Movement, movement_id)
        day = movement.departure_at.date()
        rows = list(session.execute(
            select(Booking, Case.reference).join(Case, Booking.case_id == Case.id)
            .where(Booking.movement_id == movement_id, Booking.status != BookingStatus.CANCELLED)
            .order_by(Case.reference)))
        facts = load_facts(session, [b.case_id for b, _ in rows])
        ticks = {(t.booking_id, t.person_id) for t in session.scalars(
            select(CheckIn).where(CheckIn.booking_id.in_([b.id for b, _ in rows])))}
        result = []
        for booking, reference in rows:
            case = facts[booking.case_id]
            risk = at_risk.reasons_for(case, booking.id) if booking.at_risk else ()
            for member in case.members:
                result.append(CheckInRow(booking.id, booking.status, booking.case_id, reference, member.id,
                                         member.name, case.decision_holder(member, day) is member,
                                         (booking.id, member.id) in ticks, risk))
        return result


def _aware(name: str, value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(name, "checkin.no_time_zone", value)
    return value


def record_departure(store: Store, movement_id: int, departed_at: datetime,
                     expected_version: int | None = None) -> Departure:
    """The movement left: checked-in households departed, everyone else a no-show (booking cancelled)."""
    require(store, Permission.BOOK)
    today = store.today()
    departed_at = _aware("departed_at", departed_at)
    if departed_at.date() > today:
        raise ValidationError("departed_at", "date.in_future", departed_at, when=departed_at)
    with store.transaction() as session:
        movement = get(session, Movement, movement_id, for_update=True)
        check_version(movement, expected_version)
        if movement.status not in OPEN:
            raise ValidationError("movement", "movement.closed", movement.code, code=movement.code,
                                  status=movement.status)
        departed: list[int] = []
        no_shows: list[int] = []
        cases: list[int] = []
        bookings = list(session.scalars(select(Booking).where(
            Booking.movement_id == movement.id, Booking.status.in_(NOT_YET_GONE)).order_by(Booking.id)))
        leaving = [b for b in bookings if b.status is BookingStatus.CHECKED_IN]
        refused = gates.refusal(departure_refusals(session, leaving, departed_at.date()))
        if refused is not None:
            raise SafeguardError(refused.safeguard, "departure.not_ready", reasons=refused.reasons,
                                 households=refused.households, movement=movement.code)
        for booking in bookings:
            before = snapshot(booking)
            if booking.status is BookingStatus.CHECKED_IN:
                booking.status = BookingStatus.DEPARTED
                departed.append(booking.id)
                action = "booking.depart"
            else:
                booking.status = BookingStatus.CANCELLED
                booking.locked = False
                booking.cancelled_reason = (f"no-show: not checked in when {movement.code} departed on "
                                            f"{departed_at.date()}")
                no_shows.append(booking.id)
                action = "booking.no_show"
            session.flush()
            audit.record(session, store.actor, action, booking, case_id=booking.case_id, before=before)
            cases.append(booking.case_id)
        before_movement = snapshot(movement)
        movement.status = MovementStatus.DEPARTED
        movement.departed_at = departed_at
        session.flush()
        audit.record(session, store.actor, "movement.depart", movement, before=before_movement)
        status.refresh(session, cases, today)
        return Departure(movement.version, tuple(departed), tuple(no_shows))


def departure_refusals(session: Session, bookings: list[Booking], day: date) -> list[Verdict]:
    """The verdicts refusing these checked-in households on the day they leave (at the departure stage,
    their booking taken as leaving that day, every member ticked)."""
    facts = load_facts(session, [b.case_id for b in bookings])
    refusals = []
    for booking in bookings:
        case = facts[booking.case_id]
        leaving = replace(case, bookings=tuple(replace(b, departure_on=day) if b.id == booking.id else b
                                               for b in case.bookings))
        verdict = readiness.check(leaving, day, Stage.DEPARTURE)
        if not verdict.ready:
            refusals.append(verdict)
    return refusals


def record_arrival(store: Store, movement_id: int, arrived_at: datetime,
                   expected_version: int | None = None) -> Arrival:
    """The movement arrived: its departed households arrived."""
    require(store, Permission.BOOK)
    today = store.today()
    arrived_at = _aware("arrived_at", arrived_at)
    with store.transaction() as session:
        movement = get(session, Movement, movement_id, for_update=True)
        check_version(movement, expected_version)
        if movement.status is not MovementStatus.DEPARTED:
            raise ValidationError("movement", "checkin.not_departed", movement.code, code=movement.code,
                                  status=movement.status)
        if movement.departed_at is not None and arrived_at <= movement.departed_at:
            raise ValidationError("arrived_at", "checkin.arrival_before_departure", arrived_at,
                                  arrived_at=arrived_at)
        arrived: list[int] = []
        cases: list[int] = []
        for booking in session.scalars(select(Booking).where(
                Booking.movement_id == movement.id, Booking.status == BookingStatus.DEPARTED)):
            before = snapshot(booking)
            booking.status = BookingStatus.ARRIVED
            session.flush()
            audit.record(session, store.actor, "booking.arrive", booking, case_id=booking.case_id, before=before)
            arrived.append(booking.id)
            cases.append(booking.case_id)
        before_movement = snapshot(movement)
        movement.status = MovementStatus.ARRIVED
        movement.arrived_at = arrived_at
        session.flush()
        audit.record(session, store.actor, "movement.arrive", movement, before=before_movement)
        status.refresh(session, cases, today)
        return Arrival(movement.version, tuple(arrived))

