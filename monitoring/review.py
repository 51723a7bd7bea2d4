"""The review decision after a breach (S9): restore, restrict to a region or profile, or suspend.

Only a coordinator or the data-protection officer may decide, with a reason; the decision, every
assurance change and any advisory are audited and saved in one transaction, and every open
incident of the country is closed with it.

- *restore*: the assurances under review are in force again.
- *restrict to a region*: each assurance under review is revoked and replaced by an in-force copy
  limited to that region, so only returns there pass S5–S7 again.
- *restrict to a profile*: the assurances are restored and an advisory suspends returns of that
  profile (S8).
- *suspend*: an advisory suspends all returns to the country (S8) and the assurances under review
  are **revoked**, not left under review: the review is over, and resuming returns needs the
  country's word again (new assurances), which a revoked record makes explicit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from planning import audit, countries, status
from planning.audit import snapshot
from planning.errors import ValidationError
from planning.lookup import country_by_code
from planning.messages import Country
from planning.security.permissions import Permission, may, require
from planning.storage.models import Assurance, AssurancePerson, MonitoringIncident
from planning.storage.models.monitoring import ReviewOutcome
from planning.storage.store import Store
from planning.validation import country_code, optional_text, required_text
from planning.vocabulary import AssuranceStatus, Role, VulnerabilityKind

ISSUER = "Review decision"


@dataclass(frozen=True)
class ReviewDecision:
    country: str
    outcome: ReviewOutcome
    reason: str
    region: str | None = None
    profile: VulnerabilityKind | None = None


@dataclass(frozen=True)
class ReviewResult:
    country: str
    outcome: ReviewOutcome
    restored: tuple[int, ...] = ()
    revoked: tuple[int, ...] = ()
    added: tuple[int, ...] = ()
    advisory_id: int | None = None
    incidents_closed: tuple[int, ...] = ()


def may_decide(role: Role) -> bool:
    return may(role, Permission.DECIDE_REVIEW)


def decide(store: Store, decision: ReviewDecision) -> ReviewResult:
    """Record the review decision for a country whose assurances are under review."""
    require(store, Permission.DECIDE_REVIEW)
    code = country_code("country", decision.country)
    if not isinstance(decision.outcome, ReviewOutcome):
        raise ValidationError("outcome", "review.unknown_outcome", decision.outcome)
    reason = required_text("reason", decision.reason, max_length=2000, lines=True)
    region = optional_text("region", decision.region, max_length=120)
    if decision.outcome is ReviewOutcome.RESTRICT_REGION and region is None:
        raise ValidationError("region", "review.region_needed")
    if decision.outcome is ReviewOutcome.RESTRICT_PROFILE and not isinstance(decision.profile, VulnerabilityKind):
        raise ValidationError("profile", "review.profile_needed", decision.profile)
    today = store.today()
    with store.transaction() as session:
        country = country_by_code(session, code)
        under_review = list(session.scalars(select(Assurance).where(
            Assurance.country_id == country.id, Assurance.status == AssuranceStatus.UNDER_REVIEW)
            .order_by(Assurance.id)))
        named = Country(country.code, country.name)
        if not under_review and not countries.open_incidents(session, country.id):
            raise ValidationError("country", "review.nothing_to_decide", code, country=named)
        if not under_review and decision.outcome is ReviewOutcome.RESTRICT_REGION:
            raise ValidationError("outcome", "review.nothing_to_restrict", decision.outcome, country=named)
        restored: list[int] = []
        revoked: list[int] = []
        added: list[int] = []
        advisory_id = None
        why = f"Review decision ({decision.outcome.value}): {reason}"
        for assurance in under_review:
            if decision.outcome in (ReviewOutcome.RESTORE, ReviewOutcome.RESTRICT_PROFILE):
                new_status = AssuranceStatus.IN_FORCE
                restored.append(assurance.id)
            else:
                new_status = AssuranceStatus.REVOKED
                revoked.append(assurance.id)
            countries.change_assurance_status(session, store.actor, assurance, new_status, why, today,
                                              refresh=False)
            if decision.outcome is ReviewOutcome.RESTRICT_REGION:
                copy = Assurance(
                    country_id=assurance.country_id, kind=assurance.kind,
                    issuing_authority=assurance.issuing_authority, reference=assurance.reference,
                    scope=assurance.scope, monitoring_level=assurance.monitoring_level, region=region,
                    valid_from=assurance.valid_from, valid_to=assurance.valid_to,
                    conditions=f"Limited to {region} by review decision on {today}: {reason}"[:20_000],
                    status=AssuranceStatus.IN_FORCE,
                )
                copy.persons = [AssurancePerson(person_id=p.person_id) for p in assurance.persons]
                session.add(copy)
                session.flush()
                audit.record(session, store.actor, "assurance.restrict", copy,
                             after={**snapshot(copy), "replaces": assurance.id})
                added.append(copy.id)
        if decision.outcome in (ReviewOutcome.RESTRICT_PROFILE, ReviewOutcome.SUSPEND):
            advisory_id = countries.insert_advisory(session, store, countries.AdvisoryDraft(
                country=code, issued_by=ISSUER, summary=why[:5000], in_force_from=today,
                profile=decision.profile if decision.outcome is ReviewOutcome.RESTRICT_PROFILE else None,
            ), today, refresh=False)
        closed = []
        for incident in session.scalars(select(MonitoringIncident).where(
                MonitoringIncident.country_id == country.id, MonitoringIncident.outcome.is_(None))):
            before = snapshot(incident)
            incident.outcome = decision.outcome
            incident.decided_on = today
            incident.decided_by = store.actor.username
            incident.decision_reason = reason
            session.flush()
            audit.record(session, store.actor, "monitoring_incident.decide", incident, case_id=incident.case_id,
                         before=before)
            closed.append(incident.id)
        status.refresh_country(session, country.id, today)
        return ReviewResult(code, decision.outcome, tuple(restored), tuple(revoked), tuple(added), advisory_id,
                            tuple(closed))
