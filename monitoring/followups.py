"""Logging a follow-up, and escalating a missed contact (a second attempt, then a field visit if authorised).

A report of punishment (a fine, prosecution), detention or refused readmission opens an incident in
the same transaction (`monitoring.incidents`, S9). Notes and attachments are sensitive: they are sealed
with the field key (`monitoring.attachments`) and never enter the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from monitoring.attachments import NewAttachment, attach_in, check_files
from monitoring.incidents import open_incident_in
from monitoring.plans import authorised_level
from planning import audit
from planning.audit import snapshot
from planning.errors import SafeguardError, ValidationError
from planning.lookup import check_version, get
from planning.readiness.facts import CaseFacts
from planning.readiness.loading import load_countries
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.storage.models import Case, FollowUp, MonitoringPlan
from planning.storage.models.monitoring import ContactMode, FollowUpKind, FollowUpStatus, IncidentKind
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today
from planning.vocabulary import MonitoringLevel

SECOND_ATTEMPT_AFTER = timedelta(days=7)
FIELD_VISIT_AFTER = timedelta(days=14)
MAX_NOTES = 5000
SCORES = ("economic_score", "social_score", "psychosocial_score")
FINDINGS = ("readmitted_without_problems", "readmission_refused", "punished", "detained", "fined",
            "prosecuted", "harassed", "package_delivered", "livelihood")


@dataclass(frozen=True)
class FollowUpEntry:
    """What the monitor found: the form takes under a minute (None = not asked / not known)."""

    done_on: date
    mode: ContactMode
    contact_made: bool
    readmitted_without_problems: bool | None = None
    readmission_refused: bool | None = None
    punished: bool | None = None
    detained: bool | None = None
    fined: bool | None = None
    prosecuted: bool | None = None
    harassed: bool | None = None
    package_delivered: bool | None = None
    livelihood: bool | None = None
    #: Sustainability, 1 (poor) to 5 (good).
    economic_score: int | None = None
    social_score: int | None = None
    psychosocial_score: int | None = None
    notes: str | None = None

    def breaches(self) -> tuple[IncidentKind, ...]:
        kinds = []
        if self.punished or self.fined or self.prosecuted:
            kinds.append(IncidentKind.PUNISHMENT)
        if self.detained:
            kinds.append(IncidentKind.DETENTION)
        if self.readmission_refused:
            kinds.append(IncidentKind.READMISSION_REFUSED)
        return tuple(kinds)


@dataclass(frozen=True)
class Logged:
    follow_up_id: int
    status: FollowUpStatus
    version: int
    #: The follow-up created by escalating a missed contact, if any.
    escalation_id: int | None = None
    escalation_kind: FollowUpKind | None = None
    #: Why a missed contact was not escalated further, if it was not.
    not_escalated: str | None = None
    incident_id: int | None = None


def validate(entry: FollowUpEntry, plan: MonitoringPlan, today: date) -> str | None:
    """Raise naming the first bad field; returns the cleaned notes."""
    past_or_today("done_on", entry.done_on, today)
    if entry.done_on < plan.arrived_on:
        raise ValidationError("done_on", "follow_up.before_arrival", entry.done_on, done_on=entry.done_on,
                              arrived_on=plan.arrived_on)
    if not isinstance(entry.mode, ContactMode):
        raise ValidationError("mode", "follow_up.unknown_mode", entry.mode)
    if entry.mode is ContactMode.VISIT and plan.mode is not MonitoringLevel.ACTIVE:
        raise ValidationError("mode", "follow_up.visit_not_authorised", entry.mode)
    if not isinstance(entry.contact_made, bool):
        raise ValidationError("contact_made", "follow_up.yes_or_no", entry.contact_made)
    for name in FINDINGS:
        value = getattr(entry, name)
        if value is not None and not isinstance(value, bool):
            raise ValidationError(name, "follow_up.yes_no_or_unknown", value)
    for name in SCORES:
        value = getattr(entry, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(name, "follow_up.score_range", value)
        if not entry.contact_made:
            raise ValidationError(name, "follow_up.score_without_contact", value)
    if entry.readmitted_without_problems and entry.breaches():
        raise ValidationError("readmitted_without_problems", "follow_up.contradiction", True)
    return optional_text("notes", entry.notes, max_length=MAX_NOTES, lines=True)


def log_follow_up(store: Store, follow_up_id: int, entry: FollowUpEntry,
                  expected_version: int | None = None, attachments: Sequence[NewAttachment] = ()) -> Logged:
    """Record a follow-up (one transaction: the record, its sealed notes and attachments, any escalation,
    any incident)."""
    require(store, Permission.RECORD_FOLLOW_UPS)
    today = store.today()
    check_files(attachments)
    cipher = None
    if entry.notes or attachments:
        with store.reading() as session:  # bad input is named before the field key is first created
            validate(entry, get(session, MonitoringPlan, get(session, FollowUp, follow_up_id).plan_id), today)
        cipher = field_cipher(store)
    with store.transaction() as session:
        follow_up = get(session, FollowUp, follow_up_id, for_update=True)
        check_version(follow_up, expected_version)
        if follow_up.status is not FollowUpStatus.DUE:
            raise ValidationError("follow_up", "follow_up.logged", follow_up_id, status=follow_up.status)
        plan = get(session, MonitoringPlan, follow_up.plan_id)
        notes = validate(entry, plan, today)
        if entry.mode is ContactMode.VISIT:
            require_active_authorisation(session, plan, entry.done_on)
        before = snapshot(follow_up)
        for f in fields(entry):
            if f.name != "notes":
                setattr(follow_up, f.name, getattr(entry, f.name))
        follow_up.notes = (cipher.seal(notes, sealed_fields.follow_up_notes(follow_up.id, plan.case_id))
                           if cipher and notes else None)
        follow_up.logged_by = store.actor.username
        breaches = entry.breaches()
        missed = not entry.contact_made and not breaches
        follow_up.status = FollowUpStatus.MISSED if missed else FollowUpStatus.DONE
        session.flush()
        audit.record(session, store.actor, "follow_up.log", follow_up, case_id=plan.case_id,
                     before=_without_notes(before), after=_without_notes(snapshot(follow_up)))
        if attachments:
            attach_in(session, store, follow_up, plan.case_id, attachments)
        logged = Logged(follow_up.id, follow_up.status, follow_up.version)
        if missed:
            logged = _escalate(session, store, plan, follow_up, logged)
        if breaches:
            case = get(session, Case, plan.case_id)
            incident = open_incident_in(session, store, case, follow_up.id, breaches, entry.done_on)
            logged = replace(logged, incident_id=incident.id)
        return logged


def require_active_authorisation(session: Session, plan: MonitoringPlan, on: date) -> None:
    """A gate (S7): a visit is active monitoring, done only while the country's authorisation for active
    monitoring is in force on the day of the visit — not on the strength of the plan's mode, fixed at
    arrival, if the country has since revoked or narrowed it."""
    country = load_countries(session, [plan.country_id])[plan.country_id]
    if authorised_level(CaseFacts(plan.case_id, "", country, (), region=plan.region), on) is not MonitoringLevel.ACTIVE:
        raise SafeguardError("S7", "follow_up.visit_unauthorised_that_day", country=country.named, on=on)


def _without_notes(values: dict[str, object]) -> dict[str, object]:
    return {k: ("<recorded>" if v is not None else None) if k == "notes" else v for k, v in values.items()}


def _escalate(session: Session, store: Store, plan: MonitoringPlan, missed: FollowUp, logged: Logged) -> Logged:
    """A missed scheduled contact: a second attempt; a missed second attempt: a field visit, if the
    country's authorisation (valid on the day of the missed attempt) allows active monitoring."""
    day = missed.done_on or store.today()
    if missed.kind is FollowUpKind.SCHEDULED:
        kind, due = FollowUpKind.SECOND_ATTEMPT, day + SECOND_ATTEMPT_AFTER
    elif missed.kind is FollowUpKind.SECOND_ATTEMPT:
        country = load_countries(session, [plan.country_id])[plan.country_id]
        level = authorised_level(CaseFacts(plan.case_id, "", country, (), region=plan.region), day)
        if level is not MonitoringLevel.ACTIVE:
            return replace(logged, not_escalated="no field visit: the country authorises only passive monitoring")
        kind, due = FollowUpKind.FIELD_VISIT, day + FIELD_VISIT_AFTER
    else:
        return replace(logged, not_escalated="the field visit found no one; the case needs a "
                         "coordinator's attention")
    escalation = FollowUp(plan_id=plan.id, kind=kind, month=missed.month, due_on=due, monitor=missed.monitor,
                          status=FollowUpStatus.DUE, escalated_from_id=missed.id)
    session.add(escalation)
    audit.record(session, store.actor, "follow_up.escalate", escalation, case_id=plan.case_id)
    return replace(logged, escalation_id=escalation.id, escalation_kind=kind)
