"""Counts for the Home page: where the caseload stands today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from planning.bookings import NOT_YET_GONE
from planning.storage.models import Assurance, Booking, Case, CountryProfile, Person, ProtectionReferral
from planning.storage.store import Store
from planning.vocabulary import AssuranceStatus, CaseStatus, ProtectionOutcome


@dataclass(frozen=True)
class Overview:
    by_status: dict[CaseStatus, int]
    people: int
    ready_to_plan: int
    assurances_expiring: int
    #: (code, name) of each country whose assurances are under review.
    countries_under_review: tuple[tuple[str, str], ...]
    referrals_awaiting_outcome: int
    #: Open bookings a change since booking made unready (`planning.at_risk`).
    bookings_at_risk: int = 0

    @property
    def cases(self) -> int:
        return sum(self.by_status.values())


def overview(store: Store, expiring_within: int = 30) -> Overview:
    today = store.today()
    with store.reading() as session:
        by_status = {CaseStatus(s): n for s, n in session.execute(
            select(Case.status, func.count()).group_by(Case.status))}
        people = session.scalar(select(func.count()).select_from(Person)) or 0
        ready = session.scalar(select(func.count()).select_from(Case).where(
            Case.status == CaseStatus.READY)) or 0
        expiring = session.scalar(select(func.count()).select_from(Assurance).where(
            Assurance.status == AssuranceStatus.IN_FORCE, Assurance.valid_to.is_not(None),
            Assurance.valid_to >= today, Assurance.valid_to <= today + timedelta(days=expiring_within))) or 0
        under_review = tuple((code, name) for code, name in session.execute(
            select(CountryProfile.code, CountryProfile.name).join(Assurance)
            .where(Assurance.status == AssuranceStatus.UNDER_REVIEW).distinct().order_by(CountryProfile.name)))
        awaiting = session.scalar(select(func.count()).select_from(ProtectionReferral).where(
            ProtectionReferral.outcome == ProtectionOutcome.PENDING)) or 0
        risky = session.scalar(select(func.count()).select_from(Booking).where(
            Booking.status.in_(NOT_YET_GONE), Booking.at_risk.is_not(None))) or 0
    return Overview(
        by_status={s: by_status.get(s, 0) for s in CaseStatus}, people=people, ready_to_plan=ready,
        assurances_expiring=expiring, countries_under_review=under_review,
        referrals_awaiting_outcome=awaiting, bookings_at_risk=risky,
    )


def has_cases(store: Store) -> bool:
    with store.reading() as session:
        return session.scalar(select(Case.id).limit(1)) is not None
