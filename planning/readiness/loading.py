"""Building `CaseFacts` from the database, in batches (a handful of queries for any number of cases)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.persons.history import records as same_person_records
from planning.readiness.facts import (
    AdvisoryRecord,
    AssuranceRecord,
    BestInterestsRecord,
    BookingRecord,
    CaseFacts,
    ClearanceRecord,
    CountryFacts,
    DocumentRecord,
    Moment,
    PersonFacts,
    ReferralRecord,
    VoluntarinessRecord,
    VulnerabilityRecord,
)
from planning.storage.models import (
    Advisory,
    Assurance,
    AssurancePerson,
    BestInterestsDetermination,
    Booking,
    Case,
    CounsellingSession,
    CountryProfile,
    FitToTravel,
    MonitoringIncident,
    MonitoringPlan,
    Movement,
    Person,
    ProtectionReferral,
    TravelDocument,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.models.movements import CheckIn
from planning.vocabulary import BookingStatus

CHUNK = 500


def by_person(session: Session, person_ids: Sequence[int], model: Any, *order: Any) -> dict[int, list[Any]]:
    """Rows of a per-person table for these people, grouped by person, in the given order."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    if person_ids:
        for row in session.scalars(select(model).where(model.person_id.in_(person_ids)).order_by(*order)):
            grouped[row.person_id].append(row)
    return grouped


def load_countries(session: Session, country_ids: Iterable[int]) -> dict[int, CountryFacts]:
    ids = sorted(set(country_ids))
    if not ids:
        return {}
    covered: dict[int, set[int]] = defaultdict(set)
    assurances: dict[int, list[Assurance]] = defaultdict(list)
    for a in session.scalars(select(Assurance).where(Assurance.country_id.in_(ids)).order_by(Assurance.id)):
        assurances[a.country_id].append(a)
    for link in session.scalars(
        select(AssurancePerson).join(Assurance).where(Assurance.country_id.in_(ids))
    ):
        covered[link.assurance_id].add(link.person_id)
    advisories: dict[int, list[Advisory]] = defaultdict(list)
    for adv in session.scalars(select(Advisory).where(Advisory.country_id.in_(ids)).order_by(Advisory.id)):
        advisories[adv.country_id].append(adv)
    breaches: dict[int, list[date]] = defaultdict(list)
    for country_id, reported_on in session.execute(
            select(MonitoringIncident.country_id, MonitoringIncident.reported_on)
            .where(MonitoringIncident.country_id.in_(ids), MonitoringIncident.outcome.is_(None))
            .order_by(MonitoringIncident.reported_on)):
        breaches[country_id].append(reported_on)
    result = {}
    for profile in session.scalars(select(CountryProfile).where(CountryProfile.id.in_(ids))):
        result[profile.id] = CountryFacts(
            code=profile.code,
            name=profile.name,
            irregular_exit_punished=profile.irregular_exit_punished,
            active_monitoring_profiles=frozenset(profile.active_monitoring_profiles or ()),
            assurances=tuple(
                AssuranceRecord(
                    id=a.id, kind=a.kind, scope=a.scope, status=a.status, valid_from=a.valid_from,
                    valid_to=a.valid_to, reference=a.reference, monitoring_level=a.monitoring_level,
                    region=a.region, person_ids=frozenset(covered.get(a.id, ())),
                )
                for a in assurances[profile.id]
            ),
            advisories=tuple(
                AdvisoryRecord(
                    id=v.id, issued_by=v.issued_by, summary=v.summary, in_force_from=v.in_force_from,
                    in_force_to=v.in_force_to, suspends_returns=v.suspends_returns, region=v.region,
                    profile=v.profile, reference=v.reference,
                )
                for v in advisories[profile.id]
            ),
            open_breaches=tuple(breaches[profile.id]),
        )
    return result


def load_facts(
    session: Session,
    case_ids: Sequence[int],
    countries: dict[int, CountryFacts] | None = None,
) -> dict[int, CaseFacts]:
    """Facts for every case in `case_ids` (missing ids are left out)."""
    result: dict[int, CaseFacts] = {}
    for start in range(0, len(case_ids), CHUNK):
        result.update(_load_chunk(session, case_ids[start:start + CHUNK], countries))
    return result


def _load_chunk(
    session: Session, case_ids: Sequence[int], countries: dict[int, CountryFacts] | None
) -> dict[int, CaseFacts]:
    cases = list(session.scalars(select(Case).where(Case.id.in_(case_ids))))
    if not cases:
        return {}
    needed = {c.country_id for c in cases}
    known = dict(countries or {})
    missing = needed - known.keys()
    if missing:
        known.update(load_countries(session, missing))
    people = list(session.scalars(select(Person).where(Person.case_id.in_(case_ids)).order_by(Person.id)))
    person_ids = [p.id for p in people]

    events = by_person(session, person_ids, VoluntarinessEvent, VoluntarinessEvent.occurred_on, VoluntarinessEvent.id)
    vulnerabilities = by_person(session, person_ids, Vulnerability, Vulnerability.id)
    referrals = by_person(session, person_ids, ProtectionReferral, ProtectionReferral.id)
    documents = by_person(session, person_ids, TravelDocument, TravelDocument.id)
    clearances = by_person(session, person_ids, FitToTravel, FitToTravel.id)
    determinations = by_person(session, person_ids, BestInterestsDetermination, BestInterestsDetermination.id)
    same_person = same_person_records(session, people)

    counselling: dict[int, list[Moment]] = defaultdict(list)
    for case_id, held_on, created_at in session.execute(
        select(CounsellingSession.case_id, CounsellingSession.held_on, CounsellingSession.created_at)
        .where(CounsellingSession.case_id.in_(case_ids))
        .order_by(CounsellingSession.held_on, CounsellingSession.created_at, CounsellingSession.id)
    ):
        counselling[case_id].append(Moment(held_on, created_at))

    booked = list(session.execute(
        select(Booking, Movement.departure_at).join(Movement, Booking.movement_id == Movement.id)
        .where(Booking.case_id.in_(case_ids), Booking.status != BookingStatus.CANCELLED)))
    ticks: dict[int, set[int]] = defaultdict(set)
    checked_in = [b.id for b, _ in booked if b.status is BookingStatus.CHECKED_IN]
    if checked_in:
        for booking_id, person_id in session.execute(
                select(CheckIn.booking_id, CheckIn.person_id).where(CheckIn.booking_id.in_(checked_in))):
            ticks[booking_id].add(person_id)
    bookings: dict[int, list[BookingRecord]] = defaultdict(list)
    for booking, departure_at in booked:
        bookings[booking.case_id].append(BookingRecord(
            id=booking.id, movement_id=booking.movement_id, departure_on=departure_at.date(),
            status=booking.status, medical_escorts=booking.medical_escorts,
            minor_escorts=booking.minor_escorts, seats=booking.seats,
            ticked=frozenset(ticks[booking.id]) if booking.status is BookingStatus.CHECKED_IN else None,
        ))

    monitored = set(session.scalars(select(MonitoringPlan.case_id).where(MonitoringPlan.case_id.in_(case_ids))))

    members: dict[int, list[PersonFacts]] = defaultdict(list)
    for p in people:
        members[p.case_id].append(PersonFacts(
            id=p.id, name=f"{p.given_names} {p.family_name}", date_of_birth=p.date_of_birth,
            nationality=p.nationality, permanent_residence=p.permanent_residence,
            exit_irregular=p.exit_irregular, guardian_id=p.guardian_id, escort_need=p.escort_need,
            vulnerabilities=tuple(VulnerabilityRecord(v.kind, v.noted_on, v.ended_on)
                                  for v in vulnerabilities[p.id]),
            events=tuple(VoluntarinessRecord(e.id, e.kind, e.occurred_on, e.counsellor, e.language,
                                             tuple(e.information_given or ()), e.recorded_at)
                         for e in events[p.id]),
            referrals=tuple(ReferralRecord(r.id, r.raised_on, r.authority, r.referred_on, r.outcome,
                                           r.outcome_on, r.outcome_reference) for r in referrals[p.id]),
            documents=tuple(DocumentRecord(d.kind, d.number, d.issued_on, d.valid_until, d.status)
                            for d in documents[p.id]),
            clearances=tuple(ClearanceRecord(c.assessed_on, c.fit, c.valid_until) for c in clearances[p.id]),
            best_interests=tuple(BestInterestsRecord(b.decided_on, b.outcome, b.reception_confirmed_on)
                                 for b in determinations[p.id]),
            same_person=same_person.get(p.id, ()),
        ))
    return {
        c.id: CaseFacts(
            id=c.id, reference=c.reference, country=known[c.country_id], members=tuple(members[c.id]),
            region=c.region_of_return, counselling_dates=tuple(m.day for m in counselling[c.id]),
            counselling=tuple(counselling[c.id]),
            bookings=tuple(bookings[c.id]), closed_on=c.closed_on, monitored=c.id in monitored,
        )
        for c in cases
    }
