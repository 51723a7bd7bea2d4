"""Who a person is across cases: the identity records of the same person share, and the two-person
decisions that a matching record is someone else or that a new, genuine decision stands."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import IdentityFinding, Role


class PersonIdentity(Base):
    """One human being, whatever the number of cases they were recorded in (`Person.identity_id`).

    Records join an identity when their names (in any spelling), date of birth and nationality match; two
    identities found to be one are merged. An identity is never split: a record found to be someone else
    stays in it, and the decision says so (`IdentityDecision`).
    """

    __tablename__ = "person_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IdentityDecision(Versioned, Base):
    """One half of the decision about a record (`person_id`) that matches a person whose involvement ended
    or who was granted protection in another case (`other_person_id`): the coordinator's or the
    data-protection officer's. The match stops blocking the record's case once both halves are signed, by
    two different accounts, with the same finding."""

    __tablename__ = "identity_decision"
    __table_args__ = (UniqueConstraint("person_id", "other_person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    other_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role))
    finding: Mapped[IdentityFinding] = mapped_column(enum_column(IdentityFinding))
    reason: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(80))
    signed_on: Mapped[date] = mapped_column(Date)
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
