"""Reintegration: partners and their capacity, the package catalogue, skills in demand, needs assessments,
budgets and the allocation of packages to people (the data; the logic is in planning/reintegration/)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow


class PackageKind(StrEnum):
    BUSINESS_START_UP = "business_start_up"
    VOCATIONAL_TRAINING = "vocational_training"
    EDUCATION = "education"
    HOUSING = "housing"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"


class AllocationStatus(StrEnum):
    ACCEPTED = "accepted"  # planned: the partner is to deliver in `delivery_month`
    DELIVERED = "delivered"  # handed over (recorded by the coordinator)
    CANCELLED = "cancelled"  # taken out by a later accepted plan, or withdrawn


class ReintegrationPartner(Versioned, Base):
    """An organisation that delivers packages in the country of return."""

    __tablename__ = "reintegration_partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    contact: Mapped[str | None] = mapped_column(Text)


class PartnerCapacity(Versioned, Base):
    """How many packages a partner can deliver in a region in one month (`month`: its first day)."""

    __tablename__ = "partner_capacity"
    __table_args__ = (UniqueConstraint("partner_id", "region", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("reintegration_partner.id", ondelete="CASCADE"))
    region: Mapped[str] = mapped_column(String(120))
    month: Mapped[date] = mapped_column(Date)
    places: Mapped[int] = mapped_column()


class ReintegrationPackage(Versioned, Base):
    """A package of the catalogue: cost in kind and in cash, who delivers it where, who may receive it, when."""

    __tablename__ = "reintegration_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[PackageKind] = mapped_column(enum_column(PackageKind))
    partner_id: Mapped[int] = mapped_column(ForeignKey("reintegration_partner.id"), index=True)
    in_kind: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    cash: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    #: Regions served; empty: every region the partner has capacity in.
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_age: Mapped[int] = mapped_column(default=0)
    max_age: Mapped[int | None] = mapped_column()
    head_only: Mapped[bool] = mapped_column(default=False)
    #: Vulnerability kinds of which the person needs one; empty: anyone.
    vulnerabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    skill: Mapped[str | None] = mapped_column(String(80))
    lead_min_months: Mapped[int] = mapped_column(default=0)
    lead_max_months: Mapped[int] = mapped_column(default=3)
    active: Mapped[bool] = mapped_column(default=True)


class SkillDemand(Versioned, Base):
    """How much a skill is in demand in a region of return: 0 (none) to 100."""

    __tablename__ = "skill_demand"
    __table_args__ = (UniqueConstraint("country_id", "region", "skill"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"))
    region: Mapped[str] = mapped_column(String(120))
    skill: Mapped[str] = mapped_column(String(80))
    demand_index: Mapped[int] = mapped_column()


class ReintegrationBudget(Versioned, Base):
    """A funding line for a period (for one country, or all): totals and ceilings per adult and per dependant."""

    __tablename__ = "reintegration_budget"

    id: Mapped[int] = mapped_column(primary_key=True)
    funding_line: Mapped[str] = mapped_column(String(160))
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country_profile.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    in_kind_total: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    cash_total: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    in_kind_per_adult: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    in_kind_per_dependant: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    cash_per_adult: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    cash_per_dependant: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class NeedsAssessment(Versioned, Base):
    """What a household needs for its reintegration, recorded during counselling (one per case, kept current)."""

    __tablename__ = "needs_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), unique=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(String(120))
    wishes: Mapped[str | None] = mapped_column(Text)


class AssessedNeed(Base):
    """One person's need of one kind of package, with its priority (1 urgent … 3 useful) and skills."""

    __tablename__ = "assessed_need"
    __table_args__ = (UniqueConstraint("assessment_id", "person_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("needs_assessment.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PackageKind] = mapped_column(enum_column(PackageKind))
    priority: Mapped[int] = mapped_column(default=2)
    #: The trade wished for (vocational training); None: open to any.
    skill: Mapped[str | None] = mapped_column(String(80))
    #: What the person already knows how to do.
    skills_held: Mapped[list[str]] = mapped_column(JSON, default=list)


class PackageAllocation(Versioned, Base):
    """A package allocated to a person's need: accepted, then delivered (handed over), or cancelled."""

    __tablename__ = "package_allocation"
    __table_args__ = (Index("ix_package_allocation_case_status", "case_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("assessed_need.id", ondelete="SET NULL"))
    package_id: Mapped[int] = mapped_column(ForeignKey("reintegration_package.id"), index=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("reintegration_budget.id"), index=True)
    delivery_month: Mapped[date] = mapped_column(Date)
    in_kind: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    cash: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    status: Mapped[AllocationStatus] = mapped_column(enum_column(AllocationStatus))
    accepted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    accepted_by: Mapped[str] = mapped_column(String(120))
    delivered_on: Mapped[date | None] = mapped_column(Date)
    delivered_by: Mapped[str | None] = mapped_column(String(120))
    handover_notes: Mapped[str | None] = mapped_column(Text)
    cancelled_reason: Mapped[str | None] = mapped_column(Text)
