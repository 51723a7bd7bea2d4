"""What the Countries screen and the Home links read: profiles, assurances, advisories, plain values."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning.lookup import case_by_reference, country_by_code
from planning.readiness.facts import CaseFacts
from planning.readiness.loading import load_countries, load_facts
from planning.readiness.reasons import Safeguard, Stage
from planning.readiness.rules import s5_readmission, s6_no_punishment, s7_monitoring, s8_advisories, s9_review
from planning.storage.models import Advisory, Assurance, AssurancePerson, Case, CountryProfile, Person
from planning.storage.store import Store
from planning.validation import country_code
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    CaseStatus,
    MonitoringLevel,
    VulnerabilityKind,
)

#: Cases still on their way home: not yet departed and not ended for good.
OPEN_STATUSES = (
    CaseStatus.INTAKE, CaseStatus.COUNSELLING, CaseStatus.DECIDED, CaseStatus.PREPARING,
    CaseStatus.READY, CaseStatus.BOOKED, CaseStatus.ON_HOLD, CaseStatus.WITHDRAWN,
)
#: The safeguards that depend on the country rather than on the household.
COUNTRY_SAFEGUARDS = (Safeguard.S5, Safeguard.S6, Safeguard.S7, Safeguard.S8, Safeguard.S9)
_COUNTRY_RULES = (s5_readmission, s6_no_punishment, s7_monitoring, s8_advisories, s9_review)


@dataclass(frozen=True)
class CoveredPerson:
    """A person named in an assurance of individual scope."""

    id: int
    name: str
    case_reference: str


@dataclass(frozen=True)
class AssuranceView:
    id: int
    version: int
    country_code: str
    country_name: str
    kind: AssuranceKind
    scope: AssuranceScope
    status: AssuranceStatus
    issuing_authority: str
    reference: str
    valid_from: date
    valid_to: date | None
    monitoring_level: MonitoringLevel | None
    region: str | None
    conditions: str | None
    scan_filename: str | None
    persons: tuple[CoveredPerson, ...] = ()

    @property
    def has_scan(self) -> bool:
        return self.scan_filename is not None

    def in_period(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def valid_on(self, day: date) -> bool:
        return self.status is AssuranceStatus.IN_FORCE and self.in_period(day)


@dataclass(frozen=True)
class AdvisoryView:
    id: int
    version: int
    issued_by: str
    reference: str | None
    summary: str
    region: str | None
    profile: VulnerabilityKind | None
    suspends_returns: bool
    in_force_from: date
    in_force_to: date | None
    in_force_today: bool


@dataclass(frozen=True)
class ProfileView:
    code: str
    name: str
    version: int
    irregular_exit_punished: bool
    active_monitoring_profiles: tuple[VulnerabilityKind, ...]
    notes: str | None


@dataclass(frozen=True)
class CountryView:
    """One country of return as the Countries page shows it, on `today`."""

    today: date
    profile: ProfileView
    assurances: tuple[AssuranceView, ...]
    advisories: tuple[AdvisoryView, ...]
    open_cases: int
    #: Open cases that the country's safeguards (S5–S9) stop from travelling today.
    blocked_cases: int
    #: How many open cases each of S5–S9 blocks (a case may count under several).
    blocked_by: tuple[tuple[Safeguard, int], ...]

    @property
    def under_review(self) -> tuple[AssuranceView, ...]:
        return tuple(a for a in self.assurances if a.status is AssuranceStatus.UNDER_REVIEW)

    @property
    def suspensions(self) -> tuple[AdvisoryView, ...]:
        return tuple(a for a in self.advisories if a.suspends_returns and a.in_force_today)


@dataclass(frozen=True)
class CountrySummary:
    """A line of the list of countries of return."""

    code: str
    name: str
    open_cases: int
    exit_punished: bool
    under_review: bool
    #: An advisory suspending returns (to the whole country, a region or a profile) is in force today.
    returns_suspended: bool
    #: Some advisory (suspending or not) is in force today.
    advisory_in_force: bool


@dataclass(frozen=True)
class Member:
    """A member of a case, for picking the persons an individual assurance names."""

    id: int
    name: str
    nationality: str
    date_of_birth: date


def country_summaries(store: Store) -> tuple[CountrySummary, ...]:
    """Every country of return, by name."""
    with store.reading() as session:
        return _summaries(session, store.today())


def countries_under_review(store: Store) -> tuple[CountrySummary, ...]:
    """Countries with at least one assurance under review (S9)."""
    return tuple(s for s in country_summaries(store) if s.under_review)


def expiring_assurances(store: Store, within_days: int = 30) -> tuple[AssuranceView, ...]:
    """Assurances in force whose validity ends within `within_days` of today, soonest first."""
    today = store.today()
    with store.reading() as session:
        rows = session.scalars(
            select(Assurance).join(CountryProfile)
            .where(Assurance.status == AssuranceStatus.IN_FORCE, Assurance.valid_to.is_not(None),
                   Assurance.valid_to >= today, Assurance.valid_to <= today + timedelta(days=within_days))
            .order_by(Assurance.valid_to, CountryProfile.name, Assurance.id)
        ).all()
        return _assurance_views(session, rows)


def country_view(store: Store, code: str) -> CountryView:
    """A country's profile, assurances, advisories and what its safeguards block today."""
    today = store.today()
    code = country_code("country", code)
    with store.reading() as session:
        country = country_by_code(session, code)
        profile = ProfileView(
            code=country.code, name=country.name, version=country.version,
            irregular_exit_punished=country.irregular_exit_punished,
            active_monitoring_profiles=tuple(
                kind for kind in VulnerabilityKind if kind.value in (country.active_monitoring_profiles or ())),
            notes=country.notes,
        )
        assurances = _assurance_views(session, session.scalars(
            select(Assurance).where(Assurance.country_id == country.id)
            .order_by(Assurance.kind, Assurance.valid_from, Assurance.id)).all())
        advisories = tuple(
            AdvisoryView(
                id=a.id, version=a.version, issued_by=a.issued_by, reference=a.reference, summary=a.summary,
                region=a.region, profile=VulnerabilityKind(a.profile) if a.profile else None,
                suspends_returns=a.suspends_returns, in_force_from=a.in_force_from, in_force_to=a.in_force_to,
                in_force_today=a.in_force_from <= today and (a.in_force_to is None or today <= a.in_force_to),
            )
            for a in session.scalars(select(Advisory).where(Advisory.country_id == country.id)
                                     .order_by(Advisory.in_force_from.desc(), Advisory.id))
        )
        case_ids = list(session.scalars(select(Case.id).where(
            Case.country_id == country.id, Case.status.in_(OPEN_STATUSES)).order_by(Case.id)))
        blocked, by_safeguard = _blocked(session, country.id, case_ids, today)
    return CountryView(
        today=today, profile=profile, assurances=assurances, advisories=advisories,
        open_cases=len(case_ids), blocked_cases=blocked,
        blocked_by=tuple((s, by_safeguard[s]) for s in COUNTRY_SAFEGUARDS if by_safeguard[s]),
    )


def case_members(store: Store, reference: str) -> tuple[Member, ...]:
    """The members of the case with this reference (NotFoundError if there is none)."""
    with store.reading() as session:
        case = case_by_reference(session, reference)
        return tuple(
            Member(id=p.id, name=p.display_name, nationality=p.nationality, date_of_birth=p.date_of_birth)
            for p in session.scalars(select(Person).where(Person.case_id == case.id).order_by(Person.id))
        )


def country_blocks(case: CaseFacts, on: date) -> frozenset[Safeguard]:
    """Which of S5–S9 stop this case on this date."""
    return frozenset(r.safeguard for rule in _COUNTRY_RULES for r in rule.check(case, on, Stage.PLANNING))


def _blocked(session: Session, country_id: int, case_ids: Sequence[int], today: date) -> tuple[int, Counter[Safeguard]]:
    counts: Counter[Safeguard] = Counter()
    blocked = 0
    if not case_ids:
        return 0, counts
    countries = load_countries(session, [country_id])
    for facts in load_facts(session, case_ids, countries).values():
        found = country_blocks(facts, today)
        blocked += bool(found)
        counts.update(found)
    return blocked, counts


def _assurance_views(session: Session, rows: Iterable[Assurance]) -> tuple[AssuranceView, ...]:
    rows = list(rows)
    individual = [a.id for a in rows if a.scope is AssuranceScope.INDIVIDUAL]
    persons: dict[int, list[CoveredPerson]] = defaultdict(list)
    if individual:
        for assurance_id, person, reference in session.execute(
            select(AssurancePerson.assurance_id, Person, Case.reference)
            .join(Person, AssurancePerson.person_id == Person.id).join(Case, Person.case_id == Case.id)
            .where(AssurancePerson.assurance_id.in_(individual)).order_by(Case.reference, Person.id)
        ):
            persons[assurance_id].append(CoveredPerson(person.id, person.display_name, reference))
    names: dict[int, tuple[str, str]] = {
        id_: (code, name) for id_, code, name in session.execute(
            select(CountryProfile.id, CountryProfile.code, CountryProfile.name))}
    return tuple(
        AssuranceView(
            id=a.id, version=a.version, country_code=names[a.country_id][0], country_name=names[a.country_id][1],
            kind=a.kind, scope=a.scope, status=a.status, issuing_authority=a.issuing_authority,
            reference=a.reference, valid_from=a.valid_from, valid_to=a.valid_to,
            monitoring_level=a.monitoring_level, region=a.region, conditions=a.conditions,
            scan_filename=a.scan_filename, persons=tuple(persons.get(a.id, ())),
        )
        for a in rows
    )


def _summaries(session: Session, today: date) -> tuple[CountrySummary, ...]:
    open_cases: dict[int, int] = {
        country_id: count for country_id, count in session.execute(
            select(Case.country_id, func.count()).where(Case.status.in_(OPEN_STATUSES)).group_by(Case.country_id))}
    under_review = set(session.scalars(
        select(Assurance.country_id).where(Assurance.status == AssuranceStatus.UNDER_REVIEW).distinct()))
    in_force = (Advisory.in_force_from <= today) & (
        Advisory.in_force_to.is_(None) | (Advisory.in_force_to >= today))
    advised = set(session.scalars(select(Advisory.country_id).where(in_force).distinct()))
    suspended = set(session.scalars(
        select(Advisory.country_id).where(in_force, Advisory.suspends_returns.is_(True)).distinct()))
    return tuple(
        CountrySummary(
            code=c.code, name=c.name, open_cases=open_cases.get(c.id, 0),
            exit_punished=c.irregular_exit_punished, under_review=c.id in under_review,
            returns_suspended=c.id in suspended, advisory_in_force=c.id in advised,
        )
        for c in session.scalars(select(CountryProfile).order_by(CountryProfile.name))
    )
