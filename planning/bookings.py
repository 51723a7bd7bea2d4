"""Taking a household out of planned movements (S2, S3, S4): seats freed, nothing deleted."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import snapshot
from planning.storage.models import Booking
from planning.storage.store import Actor
from planning.vocabulary import BookingStatus

NOT_YET_GONE = (BookingStatus.PROPOSED, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)


def cancel_open_bookings(session: Session, actor: Actor, case_id: int, reason: str) -> list[int]:
    """Cancel every booking of the case that has not departed; returns their ids."""
    cancelled = []
    for booking in session.scalars(
        select(Booking).where(Booking.case_id == case_id, Booking.status.in_(NOT_YET_GONE))
    ):
        before = snapshot(booking)
        booking.status = BookingStatus.CANCELLED
        booking.locked = False
        booking.cancelled_reason = reason
        session.flush()
        audit.record(session, actor, "booking.cancel", booking, case_id=case_id, before=before)
        cancelled.append(booking.id)
    return cancelled
