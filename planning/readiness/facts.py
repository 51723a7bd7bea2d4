"""A frozen snapshot of everything the readiness check reads about one case.

The rules are pure functions of these facts and a date, so they are tested without a database and
evaluated cheaply for many dates by the movement planner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from planning.messages import Country
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    BookingStatus,
    EscortNeed,
    IdentityFinding,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    TravelDocumentKind,
    TravelDocumentStatus,
    VoluntarinessKind,
    VulnerabilityKind,
)

ADULT_AGE = 18


@dataclass(frozen=True)
class VoluntarinessRecord:
    id: int
    kind: VoluntarinessKind
    occurred_on: date
    counsellor: str | None = None
    language: str | None = None
    information_given: tuple[str, ...] = ()
    #: When it was written down: orders it against a counselling session of the same day.
    recorded_at: datetime | None = None

    @property
    def moment(self) -> Moment:
        return Moment(self.occurred_on, self.recorded_at)


@dataclass(frozen=True, order=True)
class Moment:
    """A day, and within the day the order in which things were written down (unknown: the day's start)."""

    day: date
    recorded_at: datetime | None = field(default=None, compare=False)

    def not_before(self, other: Moment) -> bool:
        """Later, or the same day and not written down earlier (when both say when they were written
        down; a day alone cannot tell, and counts as not before)."""
        if self.day != other.day:
            return self.day > other.day
        if self.recorded_at is None or other.recorded_at is None:
            return True
        return self.recorded_at >= other.recorded_at


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    raised_on: date
    authority: ReferralAuthority | None
    referred_on: date | None
    outcome: ProtectionOutcome
    outcome_on: date | None = None
    outcome_reference: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    kind: TravelDocumentKind
    number: str
    issued_on: date
    valid_until: date
    status: TravelDocumentStatus = TravelDocumentStatus.VALID

    def valid_on(self, day: date) -> bool:
        return self.status is TravelDocumentStatus.VALID and self.issued_on <= day <= self.valid_until


@dataclass(frozen=True)
class ClearanceRecord:
    assessed_on: date
    fit: bool
    valid_until: date


@dataclass(frozen=True)
class BestInterestsRecord:
    decided_on: date
    outcome: BestInterestsOutcome
    reception_confirmed_on: date | None


@dataclass(frozen=True)
class VulnerabilityRecord:
    kind: VulnerabilityKind
    noted_on: date
    ended_on: date | None = None

    def active_on(self, day: date) -> bool:
        return self.noted_on <= day and (self.ended_on is None or day < self.ended_on)


@dataclass(frozen=True)
class SamePersonRecord:
    """The same person (by the person registry) recorded in another case, where their involvement ended (S3)
    or they were found to need protection (S4)."""

    person_id: int
    name: str
    case_reference: str
    #: When force would have been needed in that case (its involvement ended), if it was.
    ended_on: date | None = None
    #: Whether the person was found to need protection there, and the decision's reference.
    protected: bool = False
    protection_reference: str | None = None
    #: What a coordinator and a data-protection officer both found, once they agree (None: undecided).
    decided: IdentityFinding | None = None


@dataclass(frozen=True)
class PersonFacts:
    id: int
    name: str
    date_of_birth: date
    nationality: str
    permanent_residence: str | None = None
    exit_irregular: bool | None = None
    guardian_id: int | None = None
    escort_need: EscortNeed | None = None
    vulnerabilities: tuple[VulnerabilityRecord, ...] = ()
    #: Ordered by (occurred_on, id): the order in which the person expressed their will.
    events: tuple[VoluntarinessRecord, ...] = ()
    referrals: tuple[ReferralRecord, ...] = ()
    documents: tuple[DocumentRecord, ...] = ()
    clearances: tuple[ClearanceRecord, ...] = ()
    best_interests: tuple[BestInterestsRecord, ...] = ()
    same_person: tuple[SamePersonRecord, ...] = ()

    def age_on(self, day: date) -> int:
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))

    def minor_on(self, day: date) -> bool:
        return self.age_on(day) < ADULT_AGE

    def vulnerable_on(self, day: date) -> frozenset[VulnerabilityKind]:
        return frozenset(v.kind for v in self.vulnerabilities if v.active_on(day))

    def events_until(self, day: date) -> tuple[VoluntarinessRecord, ...]:
        return tuple(e for e in self.events if e.occurred_on <= day)


@dataclass(frozen=True)
class AssuranceRecord:
    id: int
    kind: AssuranceKind
    scope: AssuranceScope
    status: AssuranceStatus
    valid_from: date
    valid_to: date | None
    reference: str = ""
    monitoring_level: MonitoringLevel | None = None
    region: str | None = None
    person_ids: frozenset[int] = field(default_factory=frozenset)

    def in_period(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def valid_on(self, day: date) -> bool:
        return self.status is AssuranceStatus.IN_FORCE and self.in_period(day)

    def covers_region(self, region: str | None) -> bool:
        return self.region is None or (region is not None and self.region.casefold() == region.casefold())

    def covers(self, person: PersonFacts, country: str, region: str | None) -> bool:
        """Whether the assurance's scope takes in this person returning to this region."""
        if not self.covers_region(region):
            return False
        if self.scope is AssuranceScope.INDIVIDUAL:
            return person.id in self.person_ids
        if person.nationality == country:
            return True
        return self.scope is AssuranceScope.NATIONALS_AND_RESIDENTS and person.permanent_residence == country


@dataclass(frozen=True)
class AdvisoryRecord:
    id: int
    issued_by: str
    summary: str
    in_force_from: date
    in_force_to: date | None
    suspends_returns: bool = True
    region: str | None = None
    profile: str | None = None
    reference: str | None = None

    def in_force_on(self, day: date) -> bool:
        return self.in_force_from <= day and (self.in_force_to is None or day <= self.in_force_to)


@dataclass(frozen=True)
class CountryFacts:
    code: str
    name: str
    irregular_exit_punished: bool = False
    active_monitoring_profiles: frozenset[str] = frozenset()
    assurances: tuple[AssuranceRecord, ...] = ()
    advisories: tuple[AdvisoryRecord, ...] = ()
    #: When each reported breach still awaiting a review decision was reported (S9 follows these).
    open_breaches: tuple[date, ...] = ()

    @property
    def named(self) -> Country:
        """The country as a value of a text (named in the reader's language)."""
        return Country(self.code, self.name)

    def assurances_of(self, kind: AssuranceKind) -> tuple[AssuranceRecord, ...]:
        return tuple(a for a in self.assurances if a.kind is kind)


@dataclass(frozen=True)
class BookingRecord:
    id: int
    movement_id: int
    departure_on: date
    status: BookingStatus
    medical_escorts: int = 0
    minor_escorts: int = 0
    #: The seats it holds (None: not known, as for a booking being tried).
    seats: int | None = None
    #: The members ticked present at check-in (None: not known).
    ticked: frozenset[int] | None = None


@dataclass(frozen=True)
class CaseFacts:
    id: int
    reference: str
    country: CountryFacts
    members: tuple[PersonFacts, ...]
    region: str | None = None
    counselling_dates: tuple[date, ...] = ()
    #: When each counselling session was held and written down, in that order (S2 compares moments).
    counselling: tuple[Moment, ...] = ()
    bookings: tuple[BookingRecord, ...] = ()
    closed_on: date | None = None
    #: Whether a monitoring plan follows the household up after arrival (status MONITORING).
    monitored: bool = False

    def booking_on(self, day: date) -> BookingRecord | None:
        """The open booking departing that day."""
        return next((b for b in self.bookings if b.status.active and b.departure_on == day), None)

    def counselling_moments(self) -> tuple[Moment, ...]:
        """The sessions' moments (only their days when built without them)."""
        return self.counselling or tuple(Moment(d) for d in self.counselling_dates)

    def member(self, person_id: int) -> PersonFacts | None:
        return next((m for m in self.members if m.id == person_id), None)

    def adults_on(self, day: date) -> tuple[PersonFacts, ...]:
        return tuple(m for m in self.members if not m.minor_on(day))

    def unaccompanied_on(self, person: PersonFacts, day: date) -> bool:
        """A minor with no adult travelling in the household, or recorded as unaccompanied."""
        if not person.minor_on(day):
            return False
        recorded = VulnerabilityKind.UNACCOMPANIED_MINOR in person.vulnerable_on(day)
        return recorded or not self.adults_on(day)

    def decision_holder(self, person: PersonFacts, day: date) -> PersonFacts:
        """Whose decision the person travels on: their guardian's if an accompanied minor (S1)."""
        if not person.minor_on(day) or self.unaccompanied_on(person, day):
            return person
        adults = self.adults_on(day)
        guardian = next((a for a in adults if a.id == person.guardian_id), None)
        return guardian or adults[0]
