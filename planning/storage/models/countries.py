"""Countries of return: profile, assurances and advisories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planning.storage.base import Base, Versioned, enum_column
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, MonitoringLevel


class CountryProfile(Versioned, Base):
    __tablename__ = "country_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    #: Whether the country punishes leaving it irregularly (S6).
    irregular_exit_punished: Mapped[bool] = mapped_column(default=False)
    #: Vulnerability kinds whose cases need active monitoring there (S7).
    active_monitoring_profiles: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    assurances: Mapped[list[Assurance]] = relationship(
        back_populates="country", order_by="Assurance.valid_from"
    )
    advisories: Mapped[list[Advisory]] = relationship(
        back_populates="country", order_by="Advisory.in_force_from"
    )


class Assurance(Versioned, Base):
    """Readmission, no-punishment or monitoring authorisation given by a country (para 21)."""

    __tablename__ = "assurance"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    kind: Mapped[AssuranceKind] = mapped_column(enum_column(AssuranceKind))
    issuing_authority: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(120))
    scope: Mapped[AssuranceScope] = mapped_column(enum_column(AssuranceScope))
    #: Only for monitoring authorisations: what follow-up the country allows.
    monitoring_level: Mapped[MonitoringLevel | None] = mapped_column(enum_column(MonitoringLevel))
    #: Limits the assurance to one region of return, where set.
    region: Mapped[str | None] = mapped_column(String(120))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    conditions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[AssuranceStatus] = mapped_column(enum_column(AssuranceStatus))
    scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    scan_filename: Mapped[str | None] = mapped_column(String(255))

    country: Mapped[CountryProfile] = relationship(back_populates="assurances")
    persons: Mapped[list[AssurancePerson]] = relationship(cascade="all, delete-orphan")


class AssurancePerson(Base):
    """A person named in an assurance of individual scope."""

    __tablename__ = "assurance_person"

    assurance_id: Mapped[int] = mapped_column(
        ForeignKey("assurance.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class Advisory(Versioned, Base):
    """A position on the acceptability of return to a country, region or profile (S8)."""

    __tablename__ = "advisory"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    issued_by: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(120))
    summary: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(String(120))
    #: A vulnerability kind the advisory concerns; everyone where unset.
    profile: Mapped[str | None] = mapped_column(String(40))
    suspends_returns: Mapped[bool] = mapped_column(default=True)
    in_force_from: Mapped[date] = mapped_column(Date)
    in_force_to: Mapped[date | None] = mapped_column(Date)

    country: Mapped[CountryProfile] = relationship(back_populates="advisories")
