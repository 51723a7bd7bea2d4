"""Retention: closed cases are anonymised after a configurable period (default 6 years).

"Closed" means the case's derived status is terminal (`planning.status.TERMINAL`): closed (the
household's file was closed, after monitoring finished or when it no longer sought return),
involvement ended (S3) or protection granted. The period runs from the closing date, or, for a case
ended without one, from the last change the audit log records for it (else the day it was opened).

Anonymising keeps what statistics need — country, years opened/decided/closed, household size,
status (the outcome), each member's sex, nationality, birth year (the date becomes 1 January),
relationship and vulnerability kinds, bookings, movements, reintegration allocations and the register
of transfers — and removes the rest: names, contact details, region of return, referral and
counselling notes, protection statements, monitoring notes and attachments, document numbers,
medical conditions, the household's place after return, consent notes, and the printed-document
records of the case. The append-only tables are handled within what their triggers allow:
voluntariness events lose statement, counsellor and interpreter (`redacted_on`), and the case's audit
entries lose their before/after payload (`redacted_by` = the retention entry), keeping actor, action,
time and ids; the audit chain covers the payload's digest, so it still verifies.

The anonymisation itself is audited as one `retention.apply` entry naming the case references (no
personal data), so the log does not take back what retention removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, delete, func, null, select, text, update
from sqlalchemy.orm import Session

from planning import audit
from planning.audit_chain import RETENTION_ACTION
from planning.errors import ValidationError
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.status import TERMINAL
from planning.storage.models import (
    AssessedNeed,
    AuditEntry,
    BestInterestsDetermination,
    Case,
    ConsentRecord,
    CounsellingSession,
    DocumentIssue,
    FitToTravel,
    FollowUp,
    FollowUpAttachment,
    HouseholdPlace,
    IdentityDecision,
    MonitoringPlan,
    NeedsAssessment,
    PackageAllocation,
    Person,
    ProtectionReferral,
    TravelDocument,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

DEFAULT_YEARS = 6
ANONYMISED = "Anonymised"


class EndedBy(StrEnum):
    """Where a case's end was read: its closing date, or (without one) its last audited change."""

    CLOSED = "closed"
    LAST_CHANGE = "last_change"


class Removal(StrEnum):
    """What anonymising a case removes, as the dry run counts it."""

    IDENTITIES = "identities"
    VOLUNTARINESS_STATEMENTS = "voluntariness_statements"
    PROTECTION_STATEMENTS = "protection_statements"
    COUNSELLING_NOTES = "counselling_notes"
    MONITORING_NOTES = "monitoring_notes"
    ATTACHMENTS = "attachments"
    DOCUMENT_NUMBERS = "document_numbers"
    HOUSEHOLD_PLACE = "household_place"
    DOCUMENT_RECORDS = "document_records"
    AUDIT_VALUES = "audit_values"


@dataclass(frozen=True)
class DueCase:
    """A case past its retention period, with what anonymising it would remove."""

    case_id: int
    reference: str
    status: CaseStatus
    country: str
    household_size: int
    ended_on: date
    ended_by: EndedBy
    removes: tuple[tuple[Removal, int], ...]


@dataclass(frozen=True)
class RetentionPlan:
    on: date
    years: int
    cutoff: date
    cases: tuple[DueCase, ...]


def cutoff(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def _years(years: int) -> int:
    if not isinstance(years, int) or years < 1 or years > 100:
        raise ValidationError("years", "retention.years", years)
    return years


def plan(store: Store, years: int = DEFAULT_YEARS) -> RetentionPlan:
    """The dry run: which cases are due, and what anonymising each would remove. Changes nothing."""
    require(store, Permission.PURGE)
    today = store.today()
    limit = cutoff(today, _years(years))
    with store.reading() as session:
        return RetentionPlan(today, years, limit, tuple(_due(session, limit)))


def _due(session: Session, limit: date) -> list[DueCase]:
    last_change = (select(AuditEntry.case_id, func.max(AuditEntry.at).label("last"))
                   .where(AuditEntry.case_id.is_not(None)).group_by(AuditEntry.case_id).subquery())
    rows = session.execute(
        select(Case, last_change.c.last).outerjoin(last_change, last_change.c.case_id == Case.id)
        .where(Case.status.in_(TERMINAL), Case.anonymised_on.is_(None)).order_by(Case.id)
    ).all()
    due = []
    for case, last in rows:
        if case.closed_on is not None:
            ended, how = case.closed_on, EndedBy.CLOSED
        else:
            ended, how = (last.date() if last is not None else case.opened_on), EndedBy.LAST_CHANGE
        if ended <= limit:
            due.append(DueCase(case.id, case.reference, case.status, case.country.code, case.household_size,
                               ended, how, tuple(_counts(session, case.id))))
    return due


def _members(case_id: int) -> Select[int]:
    return select(Person.id).where(Person.case_id == case_id)


def _follow_ups(case_id: int) -> Select[int]:
    return select(FollowUp.id).join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id).where(
        MonitoringPlan.case_id == case_id)


def _counts(session: Session, case_id: int) -> list[tuple[Removal, int]]:
    members = _members(case_id)
    counts = [
        (Removal.IDENTITIES, session.scalar(
            select(func.count()).where(Person.case_id == case_id))),
        (Removal.VOLUNTARINESS_STATEMENTS, session.scalar(select(func.count()).where(
            VoluntarinessEvent.person_id.in_(members), VoluntarinessEvent.statement.is_not(None)))),
        (Removal.PROTECTION_STATEMENTS, session.scalar(select(func.count()).where(
            ProtectionReferral.person_id.in_(members)))),
        (Removal.COUNSELLING_NOTES, session.scalar(select(func.count()).where(
            CounsellingSession.case_id == case_id,
            (CounsellingSession.notes.is_not(None)) | (CounsellingSession.needs.is_not(None))))),
        (Removal.MONITORING_NOTES, session.scalar(select(func.count()).where(
            FollowUp.id.in_(_follow_ups(case_id)), FollowUp.notes.is_not(None)))),
        (Removal.ATTACHMENTS, session.scalar(select(func.count()).where(
            FollowUpAttachment.follow_up_id.in_(_follow_ups(case_id))))),
        (Removal.DOCUMENT_NUMBERS, session.scalar(select(func.count()).where(
            TravelDocument.person_id.in_(members)))),
        (Removal.HOUSEHOLD_PLACE, session.scalar(select(func.count()).where(
            HouseholdPlace.case_id == case_id))),
        (Removal.DOCUMENT_RECORDS, session.scalar(select(func.count()).where(
            DocumentIssue.subject == select(Case.reference).where(Case.id == case_id).scalar_subquery()))),
        (Removal.AUDIT_VALUES, session.scalar(select(func.count()).where(
            AuditEntry.case_id == case_id, AuditEntry.redacted_by.is_(None)))),
    ]
    return [(what, int(n or 0)) for what, n in counts if n]


@dataclass(frozen=True)
class RetentionResult:
    on: date
    references: tuple[str, ...]
    audit_entry_id: int | None


def apply(store: Store, years: int = DEFAULT_YEARS) -> RetentionResult:
    """Anonymise every case due (one transaction); returns the references anonymised."""
    require(store, Permission.PURGE)
    today = store.today()
    limit = cutoff(today, _years(years))
    with store.transaction() as session:
        due = _due(session, limit)
        if not due:
            return RetentionResult(today, (), None)
        ids = [c.case_id for c in due]
        references = tuple(c.reference for c in due)
        entry = audit.record(session, store.actor, RETENTION_ACTION, ("case_file", None), after={
            "years": years, "cutoff": limit.isoformat(), "cases": list(references)})
        audit.chain_pending(session)  # its id marks the redacted entries
        for case_id in ids:
            _anonymise(session, store, case_id, today, entry.id)
        return RetentionResult(today, references, entry.id)


def _remove_statements(session: Session, store: Store, members: Select[int], today: date) -> None:
    """Protection statements stay sealed, bound to their record, once their words are gone: the note saying
    so is sealed like any statement (a plain one would read as written around Homeward)."""
    referrals = session.execute(select(ProtectionReferral.id, ProtectionReferral.person_id)
                                .where(ProtectionReferral.person_id.in_(members))).all()
    if not referrals:
        return
    cipher = field_cipher(store)
    removed = f"[removed by retention on {today.isoformat()}]"
    for referral_id, person_id in referrals:
        session.execute(update(ProtectionReferral).where(ProtectionReferral.id == referral_id).values(
            statement=cipher.seal(removed, sealed_fields.statement(referral_id, person_id)), outcome_reference=None,
            version=ProtectionReferral.version + 1).execution_options(synchronize_session=False))


def _redact_voluntariness(session: Session, members: Select[int], today: date) -> None:
    """Append-only, but for this: on PostgreSQL through the function only the officer may call
    (`planning.storage.server_functions`); the triggers allow nothing else either way."""
    if session.connection().dialect.name == "postgresql":
        people = list(session.scalars(members))
        session.execute(text("SELECT homeward_voluntariness_redact(CAST(:people AS integer[]), :on)"),
                        {"people": people, "on": today})
        return
    session.execute(update(VoluntarinessEvent).where(
        VoluntarinessEvent.person_id.in_(members), VoluntarinessEvent.redacted_on.is_(None)).values(
        statement=None, counsellor=None, interpreter=None, redacted_on=today)
        .execution_options(synchronize_session=False))


def _redact_audit(session: Session, case_id: int, entry_id: int) -> None:
    if session.connection().dialect.name == "postgresql":
        session.execute(text("SELECT homeward_audit_redact(:case_id, :entry)"), {"case_id": case_id, "entry": entry_id})
        return
    session.execute(update(AuditEntry).where(AuditEntry.case_id == case_id, AuditEntry.redacted_by.is_(None))
                    .values(before=null(), after=null(), redacted_by=entry_id)
                    .execution_options(synchronize_session=False))


def _anonymise(session: Session, store: Store, case_id: int, today: date, entry_id: int) -> None:
    members = _members(case_id)
    reference = session.scalar(select(Case.reference).where(Case.id == case_id))
    people = session.execute(select(Person.id, Person.date_of_birth).where(Person.case_id == case_id)).all()
    for person_id, born in people:
        session.execute(update(Person).where(Person.id == person_id).values(
            given_names=ANONYMISED, family_name=f"#{person_id}", given_names_latin=None, family_name_latin=None,
            search_name="", phone=None, email=None, date_of_birth=date(born.year, 1, 1),
            version=Person.version + 1).execution_options(synchronize_session=False))
    session.execute(update(Case).where(Case.id == case_id).values(
        head_name=ANONYMISED, referral_note=None, region_of_return=None, anonymised_on=today,
        version=Case.version + 1).execution_options(synchronize_session=False))
    for model, values in (
            (Vulnerability, {"details": None}),
            (BestInterestsDetermination, {"reception_arrangement": None}),
            (TravelDocument, {"number": "removed"}),
            (FitToTravel, {"conditions": None}),
            (ConsentRecord, {"note": None})):
        session.execute(update(model).where(model.person_id.in_(members))
                        .values(**values, version=model.version + 1)
                        .execution_options(synchronize_session=False))
    # The reasons of the person registry's decisions compare this case's people with another's: both sides go.
    session.execute(update(IdentityDecision).where(
        IdentityDecision.person_id.in_(members) | IdentityDecision.other_person_id.in_(members)).values(
        reason=f"[removed by retention on {today.isoformat()}]", version=IdentityDecision.version + 1)
        .execution_options(synchronize_session=False))
    _remove_statements(session, store, members, today)
    session.execute(update(AssessedNeed).where(AssessedNeed.person_id.in_(members)).values(skills_held=[])
                    .execution_options(synchronize_session=False))
    _redact_voluntariness(session, members, today)
    session.execute(update(CounsellingSession).where(CounsellingSession.case_id == case_id).values(
        needs=None, notes=None, interpreter=None, version=CounsellingSession.version + 1)
        .execution_options(synchronize_session=False))
    session.execute(update(NeedsAssessment).where(NeedsAssessment.case_id == case_id).values(
        wishes=None, version=NeedsAssessment.version + 1).execution_options(synchronize_session=False))
    session.execute(update(PackageAllocation).where(PackageAllocation.case_id == case_id).values(
        handover_notes=None, version=PackageAllocation.version + 1).execution_options(synchronize_session=False))
    follow_ups = _follow_ups(case_id)
    session.execute(delete(FollowUpAttachment).where(FollowUpAttachment.follow_up_id.in_(follow_ups))
                    .execution_options(synchronize_session=False))
    session.execute(update(FollowUp).where(FollowUp.id.in_(follow_ups)).values(
        notes=None, version=FollowUp.version + 1).execution_options(synchronize_session=False))
    session.execute(delete(HouseholdPlace).where(HouseholdPlace.case_id == case_id)
                    .execution_options(synchronize_session=False))
    session.execute(delete(DocumentIssue).where(
        (DocumentIssue.subject == reference) | DocumentIssue.subject.startswith(f"{reference}/"))
        .execution_options(synchronize_session=False))
    _redact_audit(session, case_id, entry_id)
