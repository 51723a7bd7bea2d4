"""Data protection per person: the lawful basis for holding and sharing data, and transfers made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import LegalBasis


class ConsentRecord(Versioned, Base):
    """A lawful basis for a purpose: the person's consent, or another basis (vital interest, ...)."""

    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    basis: Mapped[LegalBasis] = mapped_column(enum_column(LegalBasis))
    #: What it covers, e.g. "reintegration", "monitoring", "medical escort".
    purpose: Mapped[str] = mapped_column(String(120))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DataTransfer(Base):
    """Data about a person given to someone outside the office: the register of transfers."""

    __tablename__ = "data_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(120))
    #: How the data is protected on the way and at the recipient (agreement, encrypted channel, ...).
    safeguard: Mapped[str] = mapped_column(Text)
    shared_on: Mapped[date] = mapped_column(Date)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The consent or other basis the transfer relied on.
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent_record.id", ondelete="SET NULL"))
    shared_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
