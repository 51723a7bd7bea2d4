"""What a household takes on a movement (seats, escort places) and what a movement's bookings hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning.bookings import NOT_YET_GONE
from planning.readiness.facts import CaseFacts
from planning.storage.models import Booking
from planning.vocabulary import BookingStatus, EscortNeed

#: Bookings that hold their seats on a movement.
HOLDING = (*NOT_YET_GONE, BookingStatus.DEPARTED, BookingStatus.ARRIVED)


@dataclass(frozen=True)
class Needs:
    """What a household takes on a movement on a given day."""

    seats: int
    medical_escorts: int
    minor_escorts: int


def needs(facts: CaseFacts, on: date) -> Needs:
    """Seats for every member; escort places as S10 counts them on that day."""
    medical = sum(1 for m in facts.members if m.escort_need is EscortNeed.MEDICAL)
    minor = sum(1 for m in facts.members if m.escort_need is EscortNeed.MINOR or facts.unaccompanied_on(m, on))
    return Needs(len(facts.members), medical, minor)


def held(session: Session, movement_id: int) -> tuple[int, int, int]:
    """Seats, medical and minor escort places held by bookings on a movement."""
    row = session.execute(
        select(func.coalesce(func.sum(Booking.seats), 0), func.coalesce(func.sum(Booking.medical_escorts), 0),
               func.coalesce(func.sum(Booking.minor_escorts), 0))
        .where(Booking.movement_id == movement_id, Booking.status.in_(HOLDING))
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
