"""Monitoring after arrival: schedules, plans, follow-ups and incidents (the data; the logic is in monitoring/).

The tables live here, on planning's metadata, so migrations and the drift check see them and the
case status can tell a monitored case (`CaseStatus.MONITORING`) without importing `monitoring`.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import MonitoringLevel


class FollowUpKind(StrEnum):
    SCHEDULED = "scheduled"
    #: After a missed contact.
    SECOND_ATTEMPT = "second_attempt"
    #: After a second missed contact, where active monitoring is authorised.
    FIELD_VISIT = "field_visit"


class FollowUpStatus(StrEnum):
    DUE = "due"
    DONE = "done"
    MISSED = "missed"


class ContactMode(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    PARTNER_REPORT = "partner_report"
    SELF_REPORT = "self_report"


class IncidentKind(StrEnum):
    """Breaches of the assurances (S9): punishment (a fine, prosecution), detention, refused readmission."""

    PUNISHMENT = "punishment"
    DETENTION = "detention"
    READMISSION_REFUSED = "readmission_refused"


class Breach(StrEnum):
    """What a follow-up can report against the assurances; each is a flag of the follow-up (its attribute)."""

    READMISSION_REFUSED = "readmission_refused"
    PUNISHED = "punished"
    DETAINED = "detained"
    FINED = "fined"
    PROSECUTED = "prosecuted"
    HARASSED = "harassed"


class Dimension(StrEnum):
    """The dimensions of sustainability a follow-up scores 1 to 5 (`<dimension>_score`), in charting order."""

    ECONOMIC = "economic"
    SOCIAL = "social"
    PSYCHOSOCIAL = "psychosocial"


class ReviewOutcome(StrEnum):
    RESTORE = "restore"
    RESTRICT_REGION = "restrict_region"
    RESTRICT_PROFILE = "restrict_profile"
    SUSPEND = "suspend"


class MonitoringSchedule(Versioned, Base):
    """Follow-up months after arrival for a country and/or a profile; `scope_key` is 'CODE|profile' ('*' = any)."""

    __tablename__ = "monitoring_schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope_key: Mapped[str] = mapped_column(String(60), unique=True)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country_profile.id"))
    profile: Mapped[str | None] = mapped_column(String(40))
    months: Mapped[list[int]] = mapped_column(JSON)


class MonitoringPlan(Versioned, Base):
    """How an arrived case is followed up: the mode never exceeds the country's authorisation."""

    __tablename__ = "monitoring_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), unique=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    region: Mapped[str | None] = mapped_column(String(120))
    arrived_on: Mapped[date] = mapped_column(Date)
    #: None: the country authorised no monitoring on the arrival date, so nothing is scheduled.
    mode: Mapped[MonitoringLevel | None] = mapped_column(enum_column(MonitoringLevel))
    #: What the risk profile calls for, and why (kept so a shortfall is visible).
    needed: Mapped[MonitoringLevel] = mapped_column(enum_column(MonitoringLevel))
    needed_because: Mapped[list[str]] = mapped_column(JSON, default=list)
    authorised: Mapped[MonitoringLevel | None] = mapped_column(enum_column(MonitoringLevel))
    monitor: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FollowUp(Versioned, Base):
    """One follow-up due for a plan, and what was found when it was logged."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_status_due_on", "status", "due_on"),
        Index("ix_follow_up_monitor_status_due_on", "monitor", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("monitoring_plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FollowUpKind] = mapped_column(enum_column(FollowUpKind))
    #: Months after arrival of the scheduled follow-up this one belongs to.
    month: Mapped[int] = mapped_column()
    due_on: Mapped[date] = mapped_column(Date)
    monitor: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[FollowUpStatus] = mapped_column(enum_column(FollowUpStatus))
    escalated_from_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id", ondelete="SET NULL"))
    done_on: Mapped[date | None] = mapped_column(Date)
    logged_by: Mapped[str | None] = mapped_column(String(120))
    mode: Mapped[ContactMode | None] = mapped_column(enum_column(ContactMode))
    contact_made: Mapped[bool | None] = mapped_column()
    readmitted_without_problems: Mapped[bool | None] = mapped_column()
    readmission_refused: Mapped[bool | None] = mapped_column()
    punished: Mapped[bool | None] = mapped_column()
    detained: Mapped[bool | None] = mapped_column()
    fined: Mapped[bool | None] = mapped_column()
    prosecuted: Mapped[bool | None] = mapped_column()
    harassed: Mapped[bool | None] = mapped_column()
    package_delivered: Mapped[bool | None] = mapped_column()
    livelihood: Mapped[bool | None] = mapped_column()
    economic_score: Mapped[int | None] = mapped_column()
    social_score: Mapped[int | None] = mapped_column()
    psychosocial_score: Mapped[int | None] = mapped_column()
    #: Sensitive: kept out of the audit log.
    notes: Mapped[str | None] = mapped_column(Text)


class MonitoringIncident(Versioned, Base):
    """A reported breach of a country's assurances; open until a review decision (S9)."""

    __tablename__ = "monitoring_incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id", ondelete="SET NULL"))
    kinds: Mapped[list[str]] = mapped_column(JSON)
    reported_on: Mapped[date] = mapped_column(Date)
    #: The assurances this incident put under review.
    assurance_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    outcome: Mapped[ReviewOutcome | None] = mapped_column(enum_column(ReviewOutcome))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
