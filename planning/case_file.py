"""Everything about one case, read in one go for the case-file screen (plain values, no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from planning import readiness
from planning.at_risk import reasons_for
from planning.bookings import NOT_YET_GONE
from planning.lookup import get
from planning.persons import history
from planning.persons.history import Earlier
from planning.readiness.loading import by_person, load_facts
from planning.readiness.reasons import Reason, Verdict
from planning.security import sealed_fields
from planning.security.field_keys import readable
from planning.security.permissions import Permission, may
from planning.storage.models import (
    BestInterestsDetermination,
    Booking,
    Case,
    CounsellingSession,
    FitToTravel,
    Movement,
    Person,
    ProtectionReferral,
    TravelDocument,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.store import Store
from planning.vocabulary import (
    BestInterestsOutcome,
    BookingStatus,
    CaseStatus,
    CounsellingOutcome,
    EscortNeed,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Sex,
    TravelDocumentKind,
    TravelDocumentStatus,
    VoluntarinessKind,
    VulnerabilityKind,
)


@dataclass(frozen=True)
class VulnerabilityView:
    id: int
    version: int
    kind: VulnerabilityKind
    noted_on: date
    ended_on: date | None
    details: str | None


@dataclass(frozen=True)
class DocumentView:
    id: int
    version: int
    kind: TravelDocumentKind
    number: str
    issuing_country: str
    issued_on: date
    valid_until: date
    status: TravelDocumentStatus


@dataclass(frozen=True)
class ClearanceView:
    id: int
    assessed_on: date
    assessed_by: str
    fit: bool
    valid_until: date
    conditions: str | None


@dataclass(frozen=True)
class EventView:
    id: int
    kind: VoluntarinessKind
    occurred_on: date
    recorded_by: str
    counsellor: str | None
    language: str | None
    interpreter: str | None
    information_given: tuple[str, ...]
    statement: str | None


@dataclass(frozen=True)
class ReferralView:
    id: int
    version: int
    raised_on: date
    raised_by: str
    statement: str
    authority: ReferralAuthority | None
    authority_name: str | None
    referred_on: date | None
    outcome: ProtectionOutcome
    outcome_on: date | None
    outcome_reference: str | None


@dataclass(frozen=True)
class DeterminationView:
    id: int
    version: int
    decided_on: date
    decided_by: str
    outcome: BestInterestsOutcome
    reception_arrangement: str | None
    reception_confirmed_on: date | None


@dataclass(frozen=True)
class MemberView:
    id: int
    version: int
    given_names: str
    family_name: str
    given_names_latin: str | None
    family_name_latin: str | None
    date_of_birth: date
    sex: Sex
    nationality: str
    permanent_residence: str | None
    exit_irregular: bool | None
    languages: tuple[str, ...]
    preferred_language: str | None
    phone: str | None
    email: str | None
    relationship: Relationship
    guardian_id: int | None
    escort_need: EscortNeed | None
    vulnerabilities: tuple[VulnerabilityView, ...]
    documents: tuple[DocumentView, ...]
    clearances: tuple[ClearanceView, ...]
    events: tuple[EventView, ...]
    referrals: tuple[ReferralView, ...]
    determinations: tuple[DeterminationView, ...]

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.family_name}"

    def age_on(self, day: date) -> int:
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass(frozen=True)
class SessionView:
    id: int
    held_on: date
    counsellor: str
    language: str
    interpreter: str | None
    topics: tuple[str, ...]
    needs: str | None
    outcome: CounsellingOutcome
    notes: str | None
    participant_ids: tuple[int, ...]


@dataclass(frozen=True)
class BookingSummary:
    """Where the household is booked, and whether that booking is at risk and why."""

    booking_id: int
    movement_id: int
    movement_code: str
    departure_at: datetime
    status: BookingStatus
    seats: int
    locked: bool
    at_risk: tuple[Reason, ...] = ()
    #: Where the household leaves from (the movement's departure point).
    origin: str = ""


@dataclass(frozen=True)
class CaseFileView:
    id: int
    version: int
    reference: str
    status: CaseStatus
    country_code: str
    country_name: str
    region: str | None
    referral_source: ReferralSource
    referral_note: str | None
    opened_on: date
    decided_on: date | None
    closed_on: date | None
    members: tuple[MemberView, ...]
    sessions: tuple[SessionView, ...]
    verdict: Verdict
    #: Members' records of the same person in other cases whose involvement ended or who was granted protection
    #: there, with the two-person decision about each (the person registry).
    same_person: tuple[Earlier, ...] = ()
    booking: BookingSummary | None = None

    def member(self, person_id: int) -> MemberView:
        return next(m for m in self.members if m.id == person_id)


def _statement(store: Store, referral: ProtectionReferral) -> str:
    """What the person said, for those who handle protection referrals (coordinators, the officer); others
    see that a concern was raised, not its words (on PostgreSQL their role may not even select them)."""
    if not may(store.actor.role, Permission.REFER_PROTECTION):
        return ""
    return readable(store, referral.statement, sealed_fields.statement(referral.id, referral.person_id)) or ""


def load(store: Store, case_id: int, on: date | None = None) -> CaseFileView:
    """The case file with today's (or `on`'s) readiness verdict."""
    day = on or store.today()
    with store.reading() as session:
        case = get(session, Case, case_id)
        people = list(session.scalars(select(Person).where(Person.case_id == case_id).order_by(Person.id)))
        ids = [p.id for p in people]

        def rows(model: Any, *order: Any) -> dict[int, list[Any]]:
            return by_person(session, ids, model, *order)

        vulnerabilities = rows(Vulnerability, Vulnerability.id)
        documents = rows(TravelDocument, TravelDocument.id)
        clearances = rows(FitToTravel, FitToTravel.assessed_on, FitToTravel.id)
        events = rows(VoluntarinessEvent, VoluntarinessEvent.occurred_on, VoluntarinessEvent.id)
        referrals = rows(ProtectionReferral, ProtectionReferral.id)
        determinations = rows(BestInterestsDetermination, BestInterestsDetermination.id)
        sessions = list(session.scalars(select(CounsellingSession).where(CounsellingSession.case_id == case_id)
                                        .order_by(CounsellingSession.held_on, CounsellingSession.id)))
        members = tuple(MemberView(
            id=p.id, version=p.version, given_names=p.given_names, family_name=p.family_name,
            given_names_latin=p.given_names_latin, family_name_latin=p.family_name_latin,
            date_of_birth=p.date_of_birth, sex=p.sex, nationality=p.nationality,
            permanent_residence=p.permanent_residence, exit_irregular=p.exit_irregular,
            languages=tuple(p.languages or ()), preferred_language=p.preferred_language, phone=p.phone,
            email=p.email, relationship=p.relationship_to_head, guardian_id=p.guardian_id,
            escort_need=p.escort_need,
            vulnerabilities=tuple(VulnerabilityView(v.id, v.version, v.kind, v.noted_on, v.ended_on, v.details)
                                  for v in vulnerabilities[p.id]),
            documents=tuple(DocumentView(d.id, d.version, d.kind, d.number, d.issuing_country, d.issued_on,
                                         d.valid_until, d.status) for d in documents[p.id]),
            clearances=tuple(ClearanceView(c.id, c.assessed_on, c.assessed_by, c.fit, c.valid_until, c.conditions)
                             for c in clearances[p.id]),
            events=tuple(EventView(e.id, e.kind, e.occurred_on, e.recorded_by, e.counsellor, e.language,
                                   e.interpreter, tuple(e.information_given or ()), e.statement)
                         for e in events[p.id]),
            referrals=tuple(ReferralView(r.id, r.version, r.raised_on, r.raised_by,
                                         _statement(store, r), r.authority,
                                         r.authority_name, r.referred_on, r.outcome, r.outcome_on,
                                         r.outcome_reference) for r in referrals[p.id]),
            determinations=tuple(DeterminationView(b.id, b.version, b.decided_on, b.decided_by, b.outcome,
                                                   b.reception_arrangement, b.reception_confirmed_on)
                                 for b in determinations[p.id]),
        ) for p in people)
        session_views = tuple(SessionView(
            s.id, s.held_on, s.counsellor, s.language, s.interpreter, tuple(s.topics or ()), s.needs, s.outcome,
            s.notes, tuple(sorted(pp.person_id for pp in s.participants))) for s in sessions)
        facts = load_facts(session, [case_id])[case_id]
        booked = session.execute(
            select(Booking, Movement.code, Movement.departure_at, Movement.origin)
            .join(Movement, Booking.movement_id == Movement.id)
            .where(Booking.case_id == case_id, Booking.status.in_(NOT_YET_GONE)).order_by(Booking.id)).first()
        booking = None if booked is None else BookingSummary(
            booked[0].id, booked[0].movement_id, booked[1], booked[2], booked[0].status, booked[0].seats,
            booked[0].locked, reasons_for(facts, booked[0].id) if booked[0].at_risk else (), booked[3])
        return CaseFileView(
            id=case.id, version=case.version, reference=case.reference, status=case.status,
            country_code=case.country.code, country_name=case.country.name, region=case.region_of_return,
            referral_source=case.referral_source, referral_note=case.referral_note, opened_on=case.opened_on,
            decided_on=case.decided_on, closed_on=case.closed_on, members=members, sessions=session_views,
            verdict=readiness.check(facts, day), same_person=history.of_case(session, case_id), booking=booking,
        )
