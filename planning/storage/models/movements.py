"""Movements home (flights, charters, ground transport), their legs, and bookings of cases on them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import BookingStatus, MovementKind, MovementStatus


class Movement(Versioned, Base):
    __tablename__ = "movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[MovementKind] = mapped_column(enum_column(MovementKind))
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    origin: Mapped[str] = mapped_column(String(120))
    destination: Mapped[str] = mapped_column(String(120))
    departure_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    arrival_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Seats held for returnees.
    capacity: Mapped[int] = mapped_column()
    cost_per_seat: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    charter_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    medical_escort_places: Mapped[int] = mapped_column(default=0)
    minor_escort_places: Mapped[int] = mapped_column(default=0)
    status: Mapped[MovementStatus] = mapped_column(enum_column(MovementStatus))
    notes: Mapped[str | None] = mapped_column(Text)
    #: When it actually left and arrived (recorded at departure and arrival), and why it was cancelled.
    departed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_reason: Mapped[str | None] = mapped_column(Text)

    legs: Mapped[list[MovementLeg]] = relationship(
        cascade="all, delete-orphan", order_by="MovementLeg.sequence"
    )


class MovementLeg(Versioned, Base):
    __tablename__ = "movement_leg"

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movement.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column()
    origin: Mapped[str] = mapped_column(String(120))
    destination: Mapped[str] = mapped_column(String(120))
    departure_at: Mapped[datetime] = mapped_column(UtcDateTime)
    arrival_at: Mapped[datetime] = mapped_column(UtcDateTime)
    carrier: Mapped[str | None] = mapped_column(String(120))
    #: e.g. 'TK 1938', printed on the travel letter beside the carrier.
    flight_number: Mapped[str | None] = mapped_column(String(12))
    transit_visa_required: Mapped[bool] = mapped_column(default=False)


class Booking(Versioned, Base):
    """A case placed on a movement; the whole household travels on it."""

    __tablename__ = "booking"
    __table_args__ = (Index("ix_booking_case_status", "case_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    movement_id: Mapped[int] = mapped_column(ForeignKey("movement.id", ondelete="RESTRICT"), index=True)
    status: Mapped[BookingStatus] = mapped_column(enum_column(BookingStatus))
    locked: Mapped[bool] = mapped_column(default=False)
    seats: Mapped[int] = mapped_column()
    medical_escorts: Mapped[int] = mapped_column(default=0)
    minor_escorts: Mapped[int] = mapped_column(default=0)
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    cancelled_reason: Mapped[str | None] = mapped_column(Text)
    #: The readiness reason codes that put this booking at risk since it was made (derived, kept by
    #: `planning.at_risk`; None: the household is ready for it).
    at_risk: Mapped[str | None] = mapped_column(Text)
    at_risk_since: Mapped[datetime | None] = mapped_column(UtcDateTime)

    movement: Mapped[Movement] = relationship(lazy="joined")


class CheckIn(Base):
    """A member of a booked household ticked present at departure check-in (append-only by use)."""

    __tablename__ = "booking_check_in"
    __table_args__ = (UniqueConstraint("booking_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120))
