"""Reintegration in the demo: partners with monthly places, a package catalogue, skills in demand, a budget per
country (EUR 2,000 in kind per adult, EUR 1,000 per dependant, a small cash part on arrival), and needs
assessments for booked and recently arrived households (at most `MAX_ASSESSED`), so the allocation has work to do.

Added once per database: a second demo run leaves an existing catalogue alone (it only assesses new cases).
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.demo.countries import BY_CODE
from planning.reintegration.allocation.instance import month_start
from planning.storage.models import (
    AssessedNeed,
    Booking,
    Case,
    CountryProfile,
    Movement,
    NeedsAssessment,
    PartnerCapacity,
    Person,
    ReintegrationBudget,
    ReintegrationPackage,
    ReintegrationPartner,
    SkillDemand,
    Vulnerability,
)
from planning.storage.models.reintegration import PackageKind
from planning.vocabulary import BookingStatus, Relationship

MAX_ASSESSED = 400
#: Households assessed: booked, or arrived within this many days (older arrivals were assessed long ago).
RECENT_DAYS = 150
MONTHS = 12
#: Partners' places also in the months before this one: the packages the demo hands over were delivered then.
PAST_MONTHS = 6
SKILLS = ("agriculture", "construction", "tailoring", "ict", "catering", "mechanics")
PARTNER_KINDS = ("Livelihoods", "Care")
ASSESSED_BOOKINGS = (BookingStatus.CONFIRMED, BookingStatus.PROPOSED, BookingStatus.CHECKED_IN,
                     BookingStatus.DEPARTED, BookingStatus.ARRIVED)


def add_reintegration(session: Session, today: date, seed: int, assessed_by: str) -> dict[str, int]:
    """Catalogue (if none yet) and needs assessments; returns rows added per kind."""
    rng = random.Random(f"reintegration:{seed}")
    counts: dict[str, int] = defaultdict(int)
    regions: dict[int, set[str]] = defaultdict(set)
    for country_id, region in session.execute(select(Case.country_id, Case.region_of_return).distinct()):
        if region:
            regions[country_id].add(region)
    countries = {c.id: c for c in session.scalars(select(CountryProfile))}
    if session.scalar(select(ReintegrationPartner.id).limit(1)) is None:
        _catalogue(session, rng, today, {cid: sorted(r) for cid, r in regions.items() if cid in countries},
                   countries, counts)
    _assessments(session, rng, today, assessed_by, counts)
    return dict(counts)


def _catalogue(session: Session, rng: random.Random, today: date, regions: dict[int, list[str]],
               countries: dict[int, CountryProfile], counts: dict[str, int]) -> None:
    first = today.replace(day=1)
    for country_id, served in sorted(regions.items()):
        code = countries[country_id].code
        spec = BY_CODE.get(code)
        city = spec.regions[0] if spec else served[0]
        partners = []
        for kind in PARTNER_KINDS:
            partner = ReintegrationPartner(name=f"{city} {kind}", country_id=country_id,
                                           contact=f"reintegration.{kind.lower()}@{code.lower()}.example.org")
            session.add(partner)
            partners.append(partner)
            counts["partners"] += 1
        session.flush()
        livelihoods, care = partners
        for partner in partners:
            for region in served:
                for month in range(-PAST_MONTHS, MONTHS):
                    places = rng.randint(1, 4) if partner is livelihoods else rng.randint(1, 3)
                    session.add(PartnerCapacity(partner_id=partner.id, region=region, month=month_start(first, month),
                                                places=places))
                    counts["capacity months"] += 1
        trades = rng.sample(SKILLS, 3)
        catalogue: list[tuple[str, str, PackageKind, ReintegrationPartner, int, int, Any]] = [
            ("BIZ", "Business start-up grant and coaching", PackageKind.BUSINESS_START_UP, livelihoods, 1500, 200,
             {"head_only": True, "min_age": 18, "lead_min_months": 1, "lead_max_months": 4}),
            ("HOME", "Rent and basic furniture, 6 months", PackageKind.HOUSING, livelihoods, 1200, 100,
             {"head_only": True, "min_age": 18, "lead_max_months": 2}),
            ("EDU", "School enrolment, fees and kit", PackageKind.EDUCATION, care, 400, 50,
             {"min_age": 5, "max_age": 17, "lead_max_months": 2}),
            ("MED", "Medical follow-up and medication", PackageKind.MEDICAL, care, 600, 0,
             {"vulnerabilities": ["medical_need", "disability", "pregnancy"], "lead_max_months": 1}),
            ("PSY", "Psychosocial counselling, 10 sessions", PackageKind.PSYCHOSOCIAL, care, 300, 0,
             {"lead_max_months": 2}),
        ] + [(f"VT-{trade[:4].upper()}", f"Vocational training: {trade}", PackageKind.VOCATIONAL_TRAINING,
              livelihoods, rng.randrange(600, 1001, 50), 50,
              {"skill": trade, "min_age": 16, "lead_min_months": 1, "lead_max_months": 3}) for trade in trades]
        for short, name, kind, partner, in_kind, cash, extra in catalogue:
            session.add(ReintegrationPackage(code=f"{code}-{short}", name=name, kind=kind, partner_id=partner.id,
                                             in_kind=Decimal(in_kind), cash=Decimal(cash), regions=[], **extra))
            counts["packages"] += 1
        for region in served:
            for skill in SKILLS:
                session.add(SkillDemand(country_id=country_id, region=region, skill=skill,
                                        demand_index=rng.randint(5, 95)))
                counts["demand indices"] += 1
        session.add(ReintegrationBudget(
            funding_line=f"AVRR {code} {first.year}", country_id=country_id,
            period_start=min(first.replace(month=1), month_start(first, -PAST_MONTHS)),
            period_end=date(first.year + 1, 12, 31), in_kind_total=Decimal(rng.randrange(40, 121, 10) * 1000),
            cash_total=Decimal(rng.randrange(4, 13) * 1000), in_kind_per_adult=Decimal(2000),
            in_kind_per_dependant=Decimal(1000), cash_per_adult=Decimal(300), cash_per_dependant=Decimal(100)))
        counts["budgets"] += 1


def _assessments(session: Session, rng: random.Random, today: date, assessed_by: str,
                 counts: dict[str, int]) -> None:
    done = set(session.scalars(select(NeedsAssessment.case_id)))
    recent = datetime.combine(today - timedelta(days=RECENT_DAYS), time(0), UTC)
    candidates = [case_id for case_id in session.scalars(
        select(Booking.case_id).join(Movement, Booking.movement_id == Movement.id)
        .where(Booking.status.in_(ASSESSED_BOOKINGS), Movement.arrival_at >= recent)
        .distinct().order_by(Booking.case_id))
        if case_id not in done]
    chosen = sorted(rng.sample(candidates, min(MAX_ASSESSED, len(candidates))))
    for chunk in range(0, len(chosen), 500):
        ids = chosen[chunk:chunk + 500]
        vulnerable: dict[int, set[str]] = defaultdict(set)
        for person_id, vulnerability in session.execute(
                select(Vulnerability.person_id, Vulnerability.kind).join(Person)
                .where(Person.case_id.in_(ids), Vulnerability.ended_on.is_(None))):
            vulnerable[person_id].add(vulnerability.value)
        members: dict[int, list[Person]] = defaultdict(list)
        for person in session.scalars(select(Person).where(Person.case_id.in_(ids)).order_by(Person.id)):
            members[person.case_id].append(person)
        for case_id in ids:
            assessment = NeedsAssessment(case_id=case_id, assessed_on=today, assessed_by=assessed_by,
                                         wishes=rng.choice((None, "Wants to live near family",
                                                            "Hopes to restart the family shop",
                                                            "Children should go back to school quickly")))
            session.add(assessment)
            session.flush()
            counts["needs assessments"] += 1
            for person in members[case_id]:
                for kind, priority, skill in _needs(rng, person, today, vulnerable[person.id]):
                    session.add(AssessedNeed(assessment_id=assessment.id, person_id=person.id, kind=kind,
                                             priority=priority, skill=skill, skills_held=[]))
                    counts["needs"] += 1


def _needs(rng: random.Random, person: Person, today: date,
           vulnerabilities: set[str]) -> list[tuple[PackageKind, int, str | None]]:
    age = today.year - person.date_of_birth.year
    head = person.relationship_to_head is Relationship.HEAD
    found: list[tuple[PackageKind, int, str | None]] = []
    if age >= 18:
        if head and rng.random() < 0.5:
            found.append((PackageKind.BUSINESS_START_UP, rng.choice((1, 2)), None))
        if rng.random() < 0.5:
            found.append((PackageKind.VOCATIONAL_TRAINING, 2, rng.choice((*SKILLS, None))))
        if head and rng.random() < 0.3:
            found.append((PackageKind.HOUSING, 1, None))
    elif 5 <= age <= 17 and rng.random() < 0.7:
        found.append((PackageKind.EDUCATION, 1, None))
    if vulnerabilities & {"medical_need", "disability", "pregnancy"}:
        found.append((PackageKind.MEDICAL, 1, None))
    if vulnerabilities & {"victim_of_trafficking", "unaccompanied_minor"} or rng.random() < 0.05:
        found.append((PackageKind.PSYCHOSOCIAL, 2 if not vulnerabilities else 1, None))
    return found
