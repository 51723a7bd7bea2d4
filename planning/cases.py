"""Opening a case with its household, and keeping its members' particulars."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pycountry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning import audit, status
from planning.audit import snapshot
from planning.errors import SafeguardError, ValidationError
from planning.lookup import changes, check_version, get, person_and_case
from planning.persons import identity
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CountryProfile, Person, Vulnerability
from planning.storage.store import Store
from planning.validation import (
    Problems,
    country_code,
    language_code,
    optional_text,
    past_or_today,
    required_text,
    search_key,
)
from planning.vocabulary import (
    CaseStatus,
    EscortNeed,
    ReferralSource,
    Relationship,
    Sex,
    VulnerabilityKind,
)

OLDEST = timedelta(days=125 * 366)
#: The particulars that say who a person is (the person registry matches on them).
IDENTIFYING = ("given_names", "family_name", "given_names_latin", "family_name_latin", "date_of_birth",
               "nationality")


@dataclass(frozen=True)
class PersonDraft:
    """A member's particulars as typed at intake."""

    given_names: str
    family_name: str
    #: None until typed or chosen: nothing is assumed (a form starts empty).
    date_of_birth: date | None
    sex: Sex | None
    nationality: str
    relationship: Relationship | None = Relationship.HEAD
    given_names_latin: str | None = None
    family_name_latin: str | None = None
    permanent_residence: str | None = None
    exit_irregular: bool | None = None
    languages: tuple[str, ...] = ()
    preferred_language: str | None = None
    phone: str | None = None
    email: str | None = None
    vulnerabilities: tuple[VulnerabilityKind, ...] = ()
    escort_need: EscortNeed | None = None
    #: For a minor: index (in the draft's members) of the adult whose decision the minor follows.
    guardian_index: int | None = None


@dataclass(frozen=True)
class CaseDraft:
    referral_source: ReferralSource | None
    country: str
    members: tuple[PersonDraft, ...]
    region_of_return: str | None = None
    referral_note: str | None = None
    opened_on: date | None = None


@dataclass(frozen=True)
class OpenedCase:
    id: int
    reference: str
    member_ids: tuple[int, ...]
    status: CaseStatus
    version: int = 1
    changed: frozenset[str] = field(default_factory=lambda: frozenset({"cases"}))


@dataclass(frozen=True)
class CheckedCase:
    """A case draft that passed validation, with the values to store."""

    draft: CaseDraft
    opened_on: date
    country: str
    region: str | None
    note: str | None
    head: int
    members: tuple[dict[str, object], ...]


def open_case(store: Store, draft: CaseDraft) -> OpenedCase:
    """Open a case for a household; the first member listed as head is its head."""
    require(store, Permission.EDIT_CASES)
    checked = check_case(draft, store.today())
    with store.transaction() as session:
        return insert_case(session, store, checked)


def check_case(draft: CaseDraft, today: date) -> CheckedCase:
    """Every check `open_case` makes before writing: the one `ValidationError`, or `ValidationErrors` naming
    every bad field at once (a form shows each under its field)."""
    problems = Problems()
    opened_on = problems.check(past_or_today, "opened_on", draft.opened_on or today, today)
    code = problems.check(country_code, "country", draft.country)
    if not isinstance(draft.referral_source, ReferralSource):
        problems.add(ValidationError("referral_source", "value.not_chosen") if draft.referral_source is None
                     else ValidationError("referral_source", "case.unknown_referral_source", draft.referral_source))
    region = problems.check(optional_text, "region_of_return", draft.region_of_return, max_length=120)
    note = problems.check(optional_text, "referral_note", draft.referral_note, lines=True)
    heads = [i for i, m in enumerate(draft.members) if m.relationship is Relationship.HEAD]
    if not draft.members:
        problems.add(ValidationError("members", "case.no_members"))
    elif len(heads) != 1 and all(m.relationship is not None for m in draft.members):
        problems.add(ValidationError("members", "case.one_head", len(heads)))
    validated = [_member_values(f"members[{i}]", m, today, problems) for i, m in enumerate(draft.members)]
    for i, m in enumerate(draft.members):
        problems.check(_check_guardian, i, m, draft.members, today)
    problems.raise_any()
    assert opened_on is not None and code is not None
    return CheckedCase(draft, opened_on, code, region, note, heads[0], tuple(validated))


def insert_case(session: Session, store: Store, checked: CheckedCase) -> OpenedCase:
    """Write a checked case in the caller's transaction (`open_case`, or an import of many)."""
    draft, opened_on = checked.draft, checked.opened_on
    country = ensure_country(session, checked.country, store)
    case = Case(
        reference=_next_reference(session, opened_on.year), referral_source=draft.referral_source,
        referral_note=checked.note, country_id=country.id, region_of_return=checked.region, opened_on=opened_on,
        status=CaseStatus.INTAKE, head_name=_head_name(draft.members[checked.head]),
        household_size=len(draft.members),
    )
    session.add(case)
    session.flush()
    people = []
    for values, m in zip(checked.members, draft.members, strict=True):
        person = Person(case_id=case.id, **values)
        person.vulnerabilities = [Vulnerability(kind=k, noted_on=opened_on) for k in m.vulnerabilities]
        session.add(person)
        people.append(person)
    session.flush()
    for person, m in zip(people, draft.members, strict=True):
        if m.guardian_index is not None:
            person.guardian_id = people[m.guardian_index].id
    audit.record(session, store.actor, "case.open", case, case_id=case.id)
    identity.link(session, store.actor, people, store.today())
    for person in people:
        audit.record(session, store.actor, "person.add", person, case_id=case.id)
    derived = status.refresh(session, [case.id], store.today())[case.id]
    return OpenedCase(case.id, case.reference, tuple(p.id for p in people), derived.status)


def add_member(store: Store, case_id: int, draft: PersonDraft, *, guardian_id: int | None = None) -> int:
    """Add a person to an open case; returns the new person's id."""
    require(store, Permission.EDIT_CASES)
    today = store.today()
    values = _validated("member", draft, today)
    with store.transaction() as session:
        case = get(session, Case, case_id)
        _refuse_if_final(case)
        if guardian_id is not None:
            guardian = get(session, Person, guardian_id)
            if guardian.case_id != case_id or _age(guardian.date_of_birth, today) < 18:
                raise ValidationError("guardian", "case.guardian_not_adult_member", guardian_id)
        person = Person(case_id=case_id, guardian_id=guardian_id, **values)
        person.vulnerabilities = [Vulnerability(kind=k, noted_on=today) for k in draft.vulnerabilities]
        session.add(person)
        session.flush()
        identity.link(session, store.actor, [person], today)
        audit.record(session, store.actor, "person.add", person, case_id=case_id)
        status.refresh(session, [case_id], today)
        return person.id


def update_person(store: Store, person_id: int, expected_version: int, draft: PersonDraft) -> int:
    """Correct a member's particulars; returns the new version."""
    require(store, Permission.EDIT_CASES)
    today = store.today()
    values = _validated("person", draft, today)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        check_version(person, expected_version)
        before = snapshot(person)
        if draft.relationship is not Relationship.HEAD and person.relationship_to_head is Relationship.HEAD:
            raise ValidationError("relationship", "case.head_stays_head", draft.relationship)
        if changes(person, values):
            session.flush()
            audit.record(session, store.actor, "person.update", person, case_id=case.id, before=before)
            if any(before[key] != snapshot(person)[key] for key in IDENTIFYING):
                # A corrected name, birth date or nationality may now match someone else: never fewer links.
                identity.link(session, store.actor, [person], today)
            if person.relationship_to_head is Relationship.HEAD:
                case.head_name = f"{person.given_names} {person.family_name}"
            status.refresh(session, [case.id], today)
        return person.version


def update_case(
    store: Store, case_id: int, expected_version: int, *, region_of_return: str | None,
    referral_note: str | None,
) -> int:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    region = optional_text("region_of_return", region_of_return, max_length=120)
    note = optional_text("referral_note", referral_note, lines=True)
    with store.transaction() as session:
        case = get(session, Case, case_id)
        check_version(case, expected_version)
        before = snapshot(case)
        if changes(case, {"region_of_return": region, "referral_note": note}):
            session.flush()
            audit.record(session, store.actor, "case.update", case, case_id=case.id, before=before)
            status.refresh(session, [case.id], today)
        return case.version


def record_vulnerability(
    store: Store, person_id: int, kind: VulnerabilityKind, noted_on: date, details: str | None = None
) -> int:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("noted_on", noted_on, today)
    if not isinstance(kind, VulnerabilityKind):
        raise ValidationError("kind", "case.unknown_vulnerability", kind)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        vulnerability = Vulnerability(person_id=person.id, kind=kind, noted_on=noted_on,
                                      details=optional_text("details", details, lines=True))
        session.add(vulnerability)
        audit.record(session, store.actor, "vulnerability.add", vulnerability, case_id=case.id)
        status.refresh(session, [case.id], today)
        return vulnerability.id


def end_vulnerability(store: Store, vulnerability_id: int, expected_version: int, ended_on: date) -> None:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("ended_on", ended_on, today)
    with store.transaction() as session:
        vulnerability = get(session, Vulnerability, vulnerability_id)
        check_version(vulnerability, expected_version)
        if ended_on < vulnerability.noted_on:
            raise ValidationError("ended_on", "case.vulnerability_ends_before_noted", ended_on, ended_on=ended_on,
                                  noted_on=vulnerability.noted_on)
        before = snapshot(vulnerability)
        vulnerability.ended_on = ended_on
        session.flush()
        case_id = vulnerability.person.case_id
        audit.record(session, store.actor, "vulnerability.end", vulnerability, case_id=case_id, before=before)
        status.refresh(session, [case_id], today)


def close_case(store: Store, case_id: int, expected_version: int, closed_on: date, reason: str) -> None:
    """Close a case: after monitoring, or when the household no longer seeks return."""
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("closed_on", closed_on, today)
    why = required_text("reason", reason, max_length=2000, lines=True)
    with store.transaction() as session:
        case = get(session, Case, case_id)
        check_version(case, expected_version)
        if case.closed_on is not None:
            raise ValidationError("case", "case.already_closed", case.reference, reference=case.reference)
        if closed_on < case.opened_on:
            raise ValidationError("closed_on", "case.before_opened", closed_on, day=closed_on)
        before = snapshot(case)
        case.closed_on = closed_on
        session.flush()
        audit.record(session, store.actor, "case.close", case, case_id=case.id, before=before,
                     after={**snapshot(case), "reason": why})
        status.refresh(session, [case.id], today)


def ensure_country(session: Session, code: str, store: Store) -> CountryProfile:
    """The profile of a country of return, created (with its ISO name) on first use."""
    country = session.scalar(select(CountryProfile).where(CountryProfile.code == code))
    if country is None:
        found = pycountry.countries.get(alpha_3=code)
        name = getattr(found, "common_name", None) or getattr(found, "name", code)
        country = CountryProfile(code=code, name=name, active_monitoring_profiles=[])
        session.add(country)
        audit.record(session, store.actor, "country.create", country)
    return country


def _refuse_if_final(case: Case) -> None:
    if case.status is CaseStatus.INVOLVEMENT_ENDED:
        raise SafeguardError("S3", "case.involvement_ended", reference=case.reference)
    if case.status in (CaseStatus.CLOSED, CaseStatus.PROTECTION_GRANTED):
        raise ValidationError("case", "case.final", case.reference, reference=case.reference, status=case.status)


def _next_reference(session: Session, year: int) -> str:
    prefix = f"HW-{year}-"
    last = session.scalar(select(func.max(Case.reference)).where(Case.reference.like(prefix + "%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:06d}"


def _head_name(m: PersonDraft) -> str:
    return f"{m.given_names.strip()} {m.family_name.strip()}"


def _age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _check_guardian(index: int, m: PersonDraft, members: tuple[PersonDraft, ...], today: date) -> None:
    if m.guardian_index is None:
        return
    field_name = f"members[{index}].guardian"
    if not 0 <= m.guardian_index < len(members) or m.guardian_index == index:
        raise ValidationError(field_name, "case.guardian_not_in_household", m.guardian_index)
    born = members[m.guardian_index].date_of_birth
    if born is not None and _age(born, today) < 18:
        raise ValidationError(field_name, "case.guardian_not_adult", m.guardian_index)


def _validated(prefix: str, m: PersonDraft, today: date) -> dict[str, object]:
    """The column values for a person, or the `ValidationError`(s) naming every bad field."""
    problems = Problems()
    values = _member_values(prefix, m, today, problems)
    problems.raise_any()
    return values


def _member_values(prefix: str, m: PersonDraft, today: date, problems: Problems) -> dict[str, object]:
    """The column values for a person, each bad field noted in `problems` (the values are then not to be used)."""
    given = problems.check(required_text, f"{prefix}.given_names", m.given_names)
    family = problems.check(required_text, f"{prefix}.family_name", m.family_name)
    given_latin = problems.check(optional_text, f"{prefix}.given_names_latin", m.given_names_latin, max_length=120)
    family_latin = problems.check(optional_text, f"{prefix}.family_name_latin", m.family_name_latin,
                                  max_length=120)
    dob = problems.check(past_or_today, f"{prefix}.date_of_birth", m.date_of_birth, today)
    if dob is not None and today - dob > OLDEST:
        problems.add(ValidationError(f"{prefix}.date_of_birth", "case.too_old", dob, born=dob))
    if not isinstance(m.sex, Sex):
        problems.add(ValidationError(f"{prefix}.sex", "value.not_chosen") if m.sex is None
                     else ValidationError(f"{prefix}.sex", "case.unknown_sex", m.sex))
    if not isinstance(m.relationship, Relationship):
        problems.add(ValidationError(f"{prefix}.relationship", "value.not_chosen") if m.relationship is None
                     else ValidationError(f"{prefix}.relationship", "case.unknown_relationship", m.relationship))
    languages = [problems.check(language_code, f"{prefix}.languages", code) for code in m.languages]
    known = [code for code in languages if code is not None]
    preferred = problems.check(language_code, f"{prefix}.preferred_language", m.preferred_language) \
        if m.preferred_language else (known[0] if known else None)
    email = problems.check(optional_text, f"{prefix}.email", m.email, max_length=200)
    if email and ("@" not in email or " " in email):
        problems.add(ValidationError(f"{prefix}.email", "case.not_an_email", email, email=email))
        email = None
    nationality = problems.check(country_code, f"{prefix}.nationality", m.nationality)
    residence = problems.check(country_code, f"{prefix}.permanent_residence", m.permanent_residence) \
        if m.permanent_residence else None
    phone = problems.check(optional_text, f"{prefix}.phone", m.phone, max_length=40)
    return {
        "given_names": given, "family_name": family, "given_names_latin": given_latin,
        "family_name_latin": family_latin,
        "search_name": search_key(given, family, given_latin, family_latin),
        "date_of_birth": dob, "sex": m.sex, "nationality": nationality, "permanent_residence": residence,
        "exit_irregular": m.exit_irregular, "languages": known, "preferred_language": preferred,
        "phone": phone, "email": email, "relationship_to_head": m.relationship, "escort_need": m.escort_need,
    }
