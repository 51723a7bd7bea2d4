"""Protection referrals: a fear of return or asylum wish, referred to the competent authority (S4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, Versioned, enum_column
from planning.vocabulary import ProtectionOutcome, ReferralAuthority


class ProtectionReferral(Versioned, Base):
    """Filled in once per step: raised, referred, decided. Never deleted, never overwritten."""

    __tablename__ = "protection_referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    raised_on: Mapped[date] = mapped_column(Date)
    raised_by: Mapped[str] = mapped_column(String(80))
    #: Sealed with the field key; loaded only when read (on PostgreSQL, monitors and read-only users may not
    #: select this column at all, see `planning.storage.grants`).
    statement: Mapped[str] = mapped_column(Text, deferred=True)
    authority: Mapped[ReferralAuthority | None] = mapped_column(enum_column(ReferralAuthority))
    authority_name: Mapped[str | None] = mapped_column(String(200))
    referred_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[ProtectionOutcome] = mapped_column(enum_column(ProtectionOutcome))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    outcome_reference: Mapped[str | None] = mapped_column(String(120))
