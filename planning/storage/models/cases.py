"""Cases (households) and their counselling sessions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import CaseStatus, CounsellingOutcome, ReferralSource

if TYPE_CHECKING:
    from planning.storage.models.countries import CountryProfile
    from planning.storage.models.people import Person


class Case(Versioned, Base):
    """One household that travels together."""

    __tablename__ = "case_file"
    # The case list sorts on each of these; (column, reference) makes every sort an index scan.
    __table_args__ = (
        Index("ix_case_file_status_country", "status", "country_id"),
        *(Index(f"ix_case_file_list_{column}", column, "reference")
          for column in ("status", "ready", "decided_on", "household_size", "head_name")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    referral_source: Mapped[ReferralSource] = mapped_column(enum_column(ReferralSource))
    referral_note: Mapped[str | None] = mapped_column(Text)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    region_of_return: Mapped[str | None] = mapped_column(String(120))
    opened_on: Mapped[date] = mapped_column(Date)
    #: Date of the household's first return decision; drives "days since decision".
    decided_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    #: When retention anonymised the case (names, contacts, statements removed; statistics kept).
    anonymised_on: Mapped[date | None] = mapped_column(Date)
    #: Derived from the records by `planning.status`; stored so lists can filter and sort on it.
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus))
    #: Whether the readiness check passed on `status_checked_on`.
    ready: Mapped[bool] = mapped_column(default=False)
    status_checked_on: Mapped[date | None] = mapped_column(Date)
    household_size: Mapped[int] = mapped_column(default=0)
    head_name: Mapped[str] = mapped_column(String(250), default="")
    vulnerable: Mapped[bool] = mapped_column(default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    country: Mapped[CountryProfile] = relationship(lazy="joined")
    members: Mapped[list[Person]] = relationship(
        back_populates="case", order_by="Person.id", cascade="all, delete-orphan"
    )
    counselling_sessions: Mapped[list[CounsellingSession]] = relationship(
        back_populates="case", order_by="CounsellingSession.held_on", cascade="all, delete-orphan"
    )


class CounsellingSession(Versioned, Base):
    """A counselling session with the household or some of its members (para 20)."""

    __tablename__ = "counselling_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    counsellor: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8))
    interpreter: Mapped[str | None] = mapped_column(String(120))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[CounsellingOutcome] = mapped_column(enum_column(CounsellingOutcome))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="counselling_sessions")
    participants: Mapped[list[CounsellingParticipant]] = relationship(cascade="all, delete-orphan")


class CounsellingParticipant(Base):
    __tablename__ = "counselling_participant"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("counselling_session.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
