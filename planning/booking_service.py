"""Booking households on movements by hand: book, move, remove, lock — each checked and audited.

Every placement is checked at write time, whoever proposes it (a coordinator or the planner):
the one readiness check on the movement's travel date, with the booking it would create (so S10's
escort rule applies), the household whole, and the seats and escort places still free.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit, readiness, status
from planning.audit import snapshot
from planning.bookings import NOT_YET_GONE
from planning.errors import NotFoundError, SafeguardError, ValidationError
from planning.lookup import check_version, get
from planning.messages import Count
from planning.movements import require_open
from planning.readiness.facts import BookingRecord, CaseFacts
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Stage
from planning.seats import Needs, held, needs
from planning.security.permissions import Permission, require
from planning.storage.models import Booking, CountryProfile, Movement
from planning.storage.store import Store
from planning.validation import required_text
from planning.vocabulary import BookingStatus, CaseStatus

#: Bookings the coordinator (or the planner) may still move or remove without a departure.
MOVABLE = (BookingStatus.PROPOSED, BookingStatus.CONFIRMED)


@dataclass(frozen=True)
class BookingResult:
    booking_id: int
    version: int
    status: BookingStatus
    case_id: int
    case_status: CaseStatus


def as_booked(facts: CaseFacts, movement_id: int, on: date, need: Needs) -> CaseFacts:
    """The facts as they would be with this booking and no other open one."""
    gone = tuple(b for b in facts.bookings if b.status not in NOT_YET_GONE)
    trial = BookingRecord(0, movement_id, on, BookingStatus.CONFIRMED, need.medical_escorts, need.minor_escorts)
    return replace(facts, bookings=(*gone, trial))


def require_ready(session: Session, case_id: int, movement_id: int, on: date,
                  booking: Booking | None = None, facts: CaseFacts | None = None) -> Needs:
    """The household's needs on `on`, or a `SafeguardError` with the first reason it may not travel."""
    if facts is None:
        facts = load_facts(session, [case_id]).get(case_id)
        if facts is None:
            raise NotFoundError("case_file", case_id)
    if not facts.members:
        raise ValidationError("case", "booking.no_members", facts.reference, reference=facts.reference)
    need = needs(facts, on)
    verdict = readiness.check(as_booked(facts, movement_id, on, need), on, Stage.PLANNING)
    if not verdict.ready:
        first, *others = verdict.reasons
        if others:
            raise SafeguardError(first.safeguard.value, "booking.not_ready_more", verdict.reasons,
                                 reference=facts.reference, day=on, reason=first.said,
                                 more=Count("more_reason", len(others)))
        raise SafeguardError(first.safeguard.value, "booking.not_ready", verdict.reasons, reference=facts.reference,
                             day=on, reason=first.said)
    return need


def require_room(session: Session, movement: Movement, need: Needs, reference: str,
                 leaving: Booking | None = None) -> None:
    """Enough free seats and escort places on the movement for the household.

    With `need` zero and nothing leaving, it checks that what the bookings hold fits.
    """
    seats, medical, minor = held(session, movement.id)
    if leaving is not None and leaving.movement_id == movement.id and leaving.status in NOT_YET_GONE:
        seats -= leaving.seats
        medical -= leaving.medical_escorts
        minor -= leaving.minor_escorts
    for what, available, taken, wanted in (
            ("seat", movement.capacity, seats, need.seats),
            ("escort_place.medical", movement.medical_escort_places, medical, need.medical_escorts),
            ("escort_place.minor", movement.minor_escort_places, minor, need.minor_escorts)):
        if wanted > available - taken:
            if wanted:
                raise ValidationError("movement", "booking.no_room", movement.code, reference=reference,
                                      wanted=Count(what, wanted), code=movement.code, free=max(available - taken, 0))
            raise ValidationError("movement", "booking.over_capacity", movement.code, code=movement.code,
                                  taken=Count(what, taken), available=available)


def _open_booking(session: Session, case_id: int) -> Booking | None:
    return session.scalar(select(Booking).where(Booking.case_id == case_id, Booking.status.in_(NOT_YET_GONE))
                          .order_by(Booking.id).limit(1))


def _movement(session: Session, movement_id: int, today: date) -> Movement:
    movement = session.get(Movement, movement_id, with_for_update=True)
    if movement is None:
        raise NotFoundError("movement", movement_id)
    require_open(movement, today)
    return movement


def place(session: Session, store: Store, case_id: int, movement: Movement, *, locked: bool,
          status_: BookingStatus = BookingStatus.CONFIRMED, facts: CaseFacts | None = None,
          action: str = "booking.add", check_room: bool = True) -> Booking:
    """Check and add a new booking (no other open booking of the case may exist)."""
    facts = facts or load_facts(session, [case_id]).get(case_id)
    if facts is None:
        raise NotFoundError("case_file", case_id)
    if facts.country.code != _country_code(session, movement):
        raise ValidationError("movement", "booking.wrong_country", movement.code, code=movement.code,
                              country=facts.country.named, reference=facts.reference)
    if any(b.status in (BookingStatus.DEPARTED, BookingStatus.ARRIVED) for b in facts.bookings):
        raise ValidationError("case", "booking.already_travelled", facts.reference, reference=facts.reference)
    need = require_ready(session, case_id, movement.id, movement.departure_at.date(), facts=facts)
    if check_room:
        require_room(session, movement, need, facts.reference)
    booking = Booking(case_id=case_id, movement_id=movement.id, status=status_, locked=locked,
                      seats=need.seats, medical_escorts=need.medical_escorts, minor_escorts=need.minor_escorts)
    session.add(booking)
    session.flush()
    audit.record(session, store.actor, action, booking, case_id=case_id)
    return booking


def shift(session: Session, store: Store, booking: Booking, movement: Movement,
          facts: CaseFacts | None = None, check_room: bool = True) -> None:
    """Check and move an open booking to another movement (same booking, audited before/after)."""
    if booking.status not in MOVABLE:
        raise ValidationError("booking", "booking.not_movable", booking.id, status=booking.status)
    facts = facts or load_facts(session, [booking.case_id]).get(booking.case_id)
    assert facts is not None
    if facts.country.code != _country_code(session, movement):
        raise ValidationError("movement", "booking.wrong_country", movement.code, code=movement.code,
                              country=facts.country.named, reference=facts.reference)
    need = require_ready(session, booking.case_id, movement.id, movement.departure_at.date(), facts=facts)
    if check_room:
        require_room(session, movement, need, facts.reference, leaving=booking)
    before = snapshot(booking)
    booking.movement_id = movement.id
    booking.seats = need.seats
    booking.medical_escorts = need.medical_escorts
    booking.minor_escorts = need.minor_escorts
    booking.status = BookingStatus.CONFIRMED
    session.flush()
    session.expire(booking, ["movement"])
    audit.record(session, store.actor, "booking.move", booking, case_id=booking.case_id, before=before)


def resize(session: Session, store: Store, booking: Booking, need: Needs) -> bool:
    """Make the booking hold what the household needs now (a member added or gone, an escort need
    recorded); True when it changed. The caller checks the room on the movement."""
    if (booking.seats, booking.medical_escorts, booking.minor_escorts) == (
            need.seats, need.medical_escorts, need.minor_escorts):
        return False
    before = snapshot(booking)
    booking.seats, booking.medical_escorts, booking.minor_escorts = (
        need.seats, need.medical_escorts, need.minor_escorts)
    session.flush()
    audit.record(session, store.actor, "booking.resize", booking, case_id=booking.case_id, before=before)
    return True


def cancel(session: Session, store: Store, booking: Booking, reason: str) -> None:
    if booking.status not in NOT_YET_GONE:
        raise ValidationError("booking", "booking.not_removable", booking.id, status=booking.status)
    before = snapshot(booking)
    booking.status = BookingStatus.CANCELLED
    booking.locked = False
    booking.cancelled_reason = reason
    session.flush()
    audit.record(session, store.actor, "booking.cancel", booking, case_id=booking.case_id, before=before)


def _country_code(session: Session, movement: Movement) -> str:
    return get(session, CountryProfile, movement.country_id).code


def _result(session: Session, booking: Booking, today: date) -> BookingResult:
    derived = status.refresh(session, [booking.case_id], today)[booking.case_id]
    return BookingResult(booking.id, booking.version, booking.status, booking.case_id, derived.status)


# --- services -----------------------------------------------------------------------------------


def book(store: Store, case_id: int, movement_id: int, locked: bool = False) -> BookingResult:
    """Book the whole household on a movement (confirmed); refused if not ready that day or no room."""
    require(store, Permission.BOOK)
    today = store.today()
    with store.transaction() as session:
        movement = _movement(session, movement_id, today)
        existing = _open_booking(session, case_id)
        if existing is not None:
            raise ValidationError("case", "booking.already_booked", existing.id, code=existing.movement.code)
        booking = place(session, store, case_id, movement, locked=locked)
        return _result(session, booking, today)


def move_booking(store: Store, booking_id: int, expected_version: int, movement_id: int) -> BookingResult:
    """Move a booking to another movement, checked like a new one (a lock stays with the booking)."""
    require(store, Permission.BOOK)
    today = store.today()
    with store.transaction() as session:
        booking = get(session, Booking, booking_id)
        check_version(booking, expected_version)
        if booking.movement_id == movement_id:
            return _result(session, booking, today)
        shift(session, store, booking, _movement(session, movement_id, today))
        return _result(session, booking, today)


def remove_booking(store: Store, booking_id: int, expected_version: int, reason: str) -> BookingResult:
    """Take a household off a movement (the booking is cancelled with the reason, never deleted)."""
    require(store, Permission.BOOK)
    today = store.today()
    why = required_text("reason", reason, max_length=2000, lines=True)
    with store.transaction() as session:
        booking = get(session, Booking, booking_id)
        check_version(booking, expected_version)
        cancel(session, store, booking, why)
        return _result(session, booking, today)


def set_locked(store: Store, booking_id: int, expected_version: int, locked: bool) -> int:
    """Lock a booking (the planner keeps it) or unlock it; returns the new version."""
    require(store, Permission.BOOK)
    with store.transaction() as session:
        booking = get(session, Booking, booking_id)
        check_version(booking, expected_version)
        if booking.status not in NOT_YET_GONE:
            raise ValidationError("booking", "booking.not_lockable", booking.id, status=booking.status)
        if booking.locked is bool(locked):
            return booking.version
        before = snapshot(booking)
        booking.locked = bool(locked)
        session.flush()
        audit.record(session, store.actor, "booking.lock" if locked else "booking.unlock", booking,
                     case_id=booking.case_id, before=before)
        return booking.version
