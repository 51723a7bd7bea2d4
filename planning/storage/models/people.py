"""Members of a case, their vulnerabilities and best-interests determinations."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planning.storage.base import Base, Versioned, enum_column
from planning.vocabulary import (
    BestInterestsOutcome,
    EscortNeed,
    Relationship,
    Sex,
    VulnerabilityKind,
)

if TYPE_CHECKING:
    from planning.storage.models.cases import Case


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    given_names: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    #: Latin transliteration of names written in another script.
    given_names_latin: Mapped[str | None] = mapped_column(String(120))
    family_name_latin: Mapped[str | None] = mapped_column(String(120))
    #: Accent-free, case-folded names (original and transliterated) for search.
    search_name: Mapped[str] = mapped_column(String(500), index=True)
    date_of_birth: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, 1))
    nationality: Mapped[str] = mapped_column(String(3))
    permanent_residence: Mapped[str | None] = mapped_column(String(3))
    #: Whether the person left the country of return irregularly; unknown counts as irregular (S6).
    exit_irregular: Mapped[bool | None] = mapped_column()
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    relationship_to_head: Mapped[Relationship] = mapped_column(enum_column(Relationship))
    #: For a minor, the adult member whose decision the minor travels on (S1).
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    escort_need: Mapped[EscortNeed | None] = mapped_column(enum_column(EscortNeed))
    #: The person this record describes, across cases (`PersonIdentity`); set whenever a record is written.
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("person_identity.id"), index=True)

    case: Mapped[Case] = relationship(back_populates="members")
    vulnerabilities: Mapped[list[Vulnerability]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Vulnerability.id"
    )

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}"


class Vulnerability(Versioned, Base):
    __tablename__ = "vulnerability"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[VulnerabilityKind] = mapped_column(enum_column(VulnerabilityKind))
    noted_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="vulnerabilities")


class BestInterestsDetermination(Versioned, Base):
    """For an unaccompanied minor: the best-interests decision and the reception arrangement (S1)."""

    __tablename__ = "best_interests_determination"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[BestInterestsOutcome] = mapped_column(enum_column(BestInterestsOutcome))
    reception_arrangement: Mapped[str | None] = mapped_column(Text)
    reception_confirmed_on: Mapped[date | None] = mapped_column(Date)
