"""Country profiles, assurances (S5–S7, S9) and advisories (S8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning import audit, status
from planning.audit import snapshot
from planning.cases import ensure_country
from planning.errors import SafeguardError, ValidationError
from planning.lookup import changes, check_version, country_by_code, get
from planning.messages import Country
from planning.readiness.rules.s9_review import REVIEWED
from planning.security.permissions import Permission, require
from planning.storage.models import Advisory, Assurance, AssurancePerson, CountryProfile, MonitoringIncident, Person
from planning.storage.store import Actor, Store
from planning.validation import country_code, optional_text, period, required_text
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    VulnerabilityKind,
)

MAX_SCAN_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ProfileDraft:
    irregular_exit_punished: bool
    active_monitoring_profiles: tuple[VulnerabilityKind, ...] = ()
    notes: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class AssuranceDraft:
    country: str
    kind: AssuranceKind
    issuing_authority: str
    reference: str
    scope: AssuranceScope
    valid_from: date
    valid_to: date | None
    status: AssuranceStatus = AssuranceStatus.IN_FORCE
    monitoring_level: MonitoringLevel | None = None
    region: str | None = None
    conditions: str | None = None
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AdvisoryDraft:
    country: str
    issued_by: str
    summary: str
    in_force_from: date
    in_force_to: date | None = None
    suspends_returns: bool = True
    region: str | None = None
    profile: VulnerabilityKind | None = None
    reference: str | None = None


def create_country(store: Store, code: str) -> str:
    """Give a country of return a profile unless it has one (an existing profile is never overwritten);
    its ISO code. One transaction: two desktops adding the same country at once end with one profile."""
    require(store, Permission.EDIT_COUNTRIES)
    code = country_code("country", code)
    with store.transaction() as session:
        return ensure_country(session, code, store).code


def save_profile(store: Store, code: str, draft: ProfileDraft, expected_version: int | None = None) -> int:
    """Create or update a country's profile; returns its version."""
    require(store, Permission.EDIT_COUNTRIES)
    today = store.today()
    code = country_code("country", code)
    for kind in draft.active_monitoring_profiles:
        if not isinstance(kind, VulnerabilityKind):
            raise ValidationError("active_monitoring_profiles", "country.unknown_profile", kind)
    values: dict[str, object] = {
        "irregular_exit_punished": bool(draft.irregular_exit_punished),
        "active_monitoring_profiles": sorted(k.value for k in draft.active_monitoring_profiles),
        "notes": optional_text("notes", draft.notes, lines=True),
    }
    if draft.name is not None:
        values["name"] = required_text("name", draft.name)
    with store.transaction() as session:
        country = ensure_country(session, code, store)
        session.flush()
        check_version(country, expected_version)
        before = snapshot(country)
        if changes(country, values):
            session.flush()
            audit.record(session, store.actor, "country.update", country, before=before)
            status.refresh_country(session, country.id, today)
        return country.version


def add_assurance(store: Store, draft: AssuranceDraft) -> int:
    """Register an assurance the country gave (or that was requested); returns its id."""
    require(store, Permission.EDIT_COUNTRIES)
    today = store.today()
    code = country_code("country", draft.country)
    if not isinstance(draft.kind, AssuranceKind):
        raise ValidationError("kind", "assurance.unknown_kind", draft.kind)
    if not isinstance(draft.scope, AssuranceScope):
        raise ValidationError("scope", "assurance.unknown_scope", draft.scope)
    if not isinstance(draft.status, AssuranceStatus):
        raise ValidationError("status", "assurance.unknown_status", draft.status)
    period("valid_from", draft.valid_from, "valid_to", draft.valid_to)
    level = draft.monitoring_level
    if draft.kind is AssuranceKind.MONITORING_AUTHORISATION and level is None:
        raise ValidationError("monitoring_level", "assurance.level_missing")
    if draft.kind is not AssuranceKind.MONITORING_AUTHORISATION and level is not None:
        raise ValidationError("monitoring_level", "assurance.level_not_allowed", level)
    if draft.scope is AssuranceScope.INDIVIDUAL and not draft.person_ids:
        raise ValidationError("person_ids", "assurance.persons_missing")
    if draft.scope is not AssuranceScope.INDIVIDUAL and draft.person_ids:
        raise ValidationError("person_ids", "assurance.persons_not_allowed", list(draft.person_ids))
    with store.transaction() as session:
        country = ensure_country(session, code, store)
        session.flush()
        refuse_while_breach_open(session, country.id, draft.kind, draft.status)
        assurance = Assurance(
            country_id=country.id, kind=draft.kind,
            issuing_authority=required_text("issuing_authority", draft.issuing_authority, max_length=200),
            reference=required_text("reference", draft.reference), scope=draft.scope,
            monitoring_level=level, region=optional_text("region", draft.region, max_length=120),
            valid_from=draft.valid_from, valid_to=draft.valid_to,
            conditions=optional_text("conditions", draft.conditions, lines=True), status=draft.status,
        )
        for person_id in draft.person_ids:
            get(session, Person, person_id)
        assurance.persons = [AssurancePerson(person_id=pid) for pid in sorted(set(draft.person_ids))]
        session.add(assurance)
        audit.record(session, store.actor, "assurance.add", assurance)
        status.refresh_country(session, country.id, today)
        return assurance.id


def set_assurance_status(
    store: Store, assurance_id: int, expected_version: int, new_status: AssuranceStatus, reason: str
) -> int:
    """Change an assurance's status (e.g. revoked, expired); returns the new version.

    Putting assurances under review, and deciding a review, belong to monitoring (S9); both come
    through here (or through `change_assurance_status` inside their own transaction) with their
    reason so the audit log carries it.
    """
    require(store, Permission.EDIT_COUNTRIES)
    today = store.today()
    required_text("reason", reason, max_length=2000, lines=True)
    if not isinstance(new_status, AssuranceStatus):
        raise ValidationError("status", "assurance.unknown_status", new_status)
    with store.transaction() as session:
        assurance = get(session, Assurance, assurance_id)
        check_version(assurance, expected_version)
        refuse_while_breach_open(session, assurance.country_id, assurance.kind, new_status)
        return change_assurance_status(session, store.actor, assurance, new_status, reason, today)


def refuse_while_breach_open(session: Session, country_id: int, kind: AssuranceKind,
                             new_status: AssuranceStatus) -> None:
    """S9 follows the incident: while a reported breach awaits its review decision, no readmission or
    no-punishment assurance of the country comes into force by hand — not by a status edit (under review,
    revoked or requested → in force), not as a fresh assurance. Only the review decision lifts it."""
    if new_status is AssuranceStatus.IN_FORCE and kind in REVIEWED and open_incidents(session, country_id):
        country = session.get(CountryProfile, country_id)
        raise SafeguardError("S9", "assurance.breach_open",
                             country=Country(country.code, country.name) if country else str(country_id), kind=kind)


def open_incidents(session: Session, country_id: int) -> int:
    """How many reported breaches of the country's assurances await a review decision (S9)."""
    return session.scalar(select(func.count()).select_from(MonitoringIncident).where(
        MonitoringIncident.country_id == country_id, MonitoringIncident.outcome.is_(None))) or 0


def change_assurance_status(
    session: Session, actor: Actor, assurance: Assurance, new_status: AssuranceStatus, reason: str,
    today: date, *, refresh: bool = True,
) -> int:
    """`set_assurance_status` inside the caller's transaction; `refresh=False` leaves the country's
    case statuses for the caller to refresh once after several changes."""
    why = required_text("reason", reason, max_length=2000, lines=True)
    if not isinstance(new_status, AssuranceStatus):
        raise ValidationError("status", "assurance.unknown_status", new_status)
    if assurance.status is new_status:
        return assurance.version
    before = snapshot(assurance)
    assurance.status = new_status
    session.flush()
    audit.record(session, actor, "assurance.status", assurance, before=before,
                 after={**snapshot(assurance), "reason": why})
    if refresh:
        status.refresh_country(session, assurance.country_id, today)
    return assurance.version


def attach_scan(store: Store, assurance_id: int, expected_version: int, filename: str, content: bytes) -> int:
    """Store the scanned assurance letter in the database."""
    require(store, Permission.EDIT_COUNTRIES)
    name = required_text("filename", filename, max_length=255)
    if not content:
        raise ValidationError("scan", "file.empty", name)
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationError("scan", "file.too_large", len(content), megabytes=MAX_SCAN_BYTES // (1024 * 1024))
    with store.transaction() as session:
        assurance = get(session, Assurance, assurance_id)
        check_version(assurance, expected_version)
        before = snapshot(assurance)
        assurance.scan = content
        assurance.scan_filename = name
        session.flush()
        audit.record(session, store.actor, "assurance.scan", assurance, before=before)
        return assurance.version


def scan_of(store: Store, assurance_id: int) -> tuple[str, bytes] | None:
    with store.reading() as session:
        assurance = get(session, Assurance, assurance_id)
        if assurance.scan is None or assurance.scan_filename is None:
            return None
        return assurance.scan_filename, assurance.scan


def add_advisory(store: Store, draft: AdvisoryDraft) -> int:
    require(store, Permission.EDIT_COUNTRIES)
    today = store.today()
    with store.transaction() as session:
        return insert_advisory(session, store, draft, today)


def insert_advisory(session: Session, store: Store, draft: AdvisoryDraft, today: date, *,
                    refresh: bool = True) -> int:
    """`add_advisory` inside the caller's transaction; returns the advisory's id."""
    code = country_code("country", draft.country)
    period("in_force_from", draft.in_force_from, "in_force_to", draft.in_force_to)
    if draft.profile is not None and not isinstance(draft.profile, VulnerabilityKind):
        raise ValidationError("profile", "country.unknown_profile", draft.profile)
    country = ensure_country(session, code, store)
    session.flush()
    advisory = Advisory(
        country_id=country.id,
        issued_by=required_text("issued_by", draft.issued_by, max_length=200),
        summary=required_text("summary", draft.summary, max_length=5000, lines=True),
        in_force_from=draft.in_force_from, in_force_to=draft.in_force_to,
        suspends_returns=draft.suspends_returns,
        region=optional_text("region", draft.region, max_length=120),
        profile=draft.profile.value if draft.profile else None,
        reference=optional_text("reference", draft.reference, max_length=120),
    )
    session.add(advisory)
    audit.record(session, store.actor, "advisory.add", advisory)
    if refresh:
        status.refresh_country(session, country.id, today)
    return advisory.id


def end_advisory(store: Store, advisory_id: int, expected_version: int, ended_on: date) -> int:
    """Lift an advisory from a date on."""
    require(store, Permission.EDIT_COUNTRIES)
    today = store.today()
    with store.transaction() as session:
        advisory = get(session, Advisory, advisory_id)
        check_version(advisory, expected_version)
        period("in_force_from", advisory.in_force_from, "in_force_to", ended_on)
        before = snapshot(advisory)
        advisory.in_force_to = ended_on
        session.flush()
        audit.record(session, store.actor, "advisory.end", advisory, before=before)
        status.refresh_country(session, advisory.country_id, today)
        return advisory.version


def profile(store: Store, code: str) -> CountryProfile:
    with store.reading() as session:
        return country_by_code(session, country_code("country", code))


def all_profiles(store: Store) -> list[CountryProfile]:
    with store.reading() as session:
        return list(session.scalars(select(CountryProfile).order_by(CountryProfile.name)))
