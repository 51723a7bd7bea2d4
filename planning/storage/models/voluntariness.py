"""Voluntariness events: append-only, per person; current voluntariness is derived from them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, enum_column, utcnow
from planning.vocabulary import VoluntarinessKind


class VoluntarinessEvent(Base):
    """One expression of will: declared, reconfirmed, refused, withdrawn, or force needed.

    Never updated or deleted (database triggers enforce it, see `storage.triggers`), except that
    retention may remove the statement, counsellor and interpreter once (`redacted_on`).
    """

    __tablename__ = "voluntariness_event"
    __table_args__ = (Index("ix_voluntariness_event_person_occurred", "person_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    kind: Mapped[VoluntarinessKind] = mapped_column(enum_column(VoluntarinessKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(80))
    counsellor: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(8))
    interpreter: Mapped[str | None] = mapped_column(String(120))
    information_given: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Where recorded at a departure check-in, the movement concerned.
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    statement: Mapped[str | None] = mapped_column(Text)
    #: When retention removed the statement and names (the only update the triggers allow).
    redacted_on: Mapped[date | None] = mapped_column(Date)
