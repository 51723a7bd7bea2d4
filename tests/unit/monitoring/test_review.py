"""The review decision: restore, restrict to a region or profile, or suspend; only the right roles."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from monitoring import incidents, review
from monitoring.review import ReviewDecision, decide
from planning.errors import PermissionDenied, ValidationError
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models import Advisory, Assurance, AuditEntry
from planning.storage.models.monitoring import ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceStatus, Role, VulnerabilityKind
from tests.conftest import TODAY
from tests.scenarios import Family
from tests.unit.monitoring.helpers import arrived_family, as_of, family_ready, row_counts, statuses, vulnerable
from tests.unit.monitoring.test_incidents import report


def breached(store: Store) -> tuple[Family, Family]:
    """Two households waiting (Tbilisi, Batumi) when a detention is reported from Georgia."""
    tbilisi = family_ready(store)
    batumi = family_ready(store, region="Batumi", with_assurances=False)
    _, plan = arrived_family(store, with_assurances=False)
    report(store, plan.plan_id)
    assert Safeguard.S9 in verdict_for(store, tbilisi.case_id).safeguards()
    return tbilisi, batumi


def test_restore_puts_the_assurances_back_in_force_and_readiness_passes(store: Store) -> None:
    tbilisi, batumi = breached(store)

    result = decide(store, ReviewDecision("GEO", ReviewOutcome.RESTORE, "Detention was for an unrelated debt"))

    assert statuses(store) == {AssuranceStatus.IN_FORCE}
    assert len(result.restored) == 2 and len(result.incidents_closed) == 1
    assert verdict_for(store, tbilisi.case_id).ready and verdict_for(store, batumi.case_id).ready
    assert incidents.open_incidents(store) == []
    with store.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.actor == "coordinator1")))
    assert actions.count("assurance.status") >= 4 and "monitoring_incident.decide" in actions


def test_restrict_to_a_region_lets_only_that_region_pass(store: Store) -> None:
    tbilisi, batumi = breached(store)

    result = decide(store, ReviewDecision("GEO", ReviewOutcome.RESTRICT_REGION, "Breach in Adjara", region="Tbilisi"))

    assert len(result.revoked) == 2 and len(result.added) == 2
    with store.reading() as session:
        added = list(session.scalars(select(Assurance).where(Assurance.id.in_(result.added))))
    assert {(a.kind, a.region, a.status) for a in added} == {
        (AssuranceKind.READMISSION, "Tbilisi", AssuranceStatus.IN_FORCE),
        (AssuranceKind.NO_PUNISHMENT, "Tbilisi", AssuranceStatus.IN_FORCE)}
    assert verdict_for(store, tbilisi.case_id).ready
    batumi_verdict = verdict_for(store, batumi.case_id)
    assert not batumi_verdict.ready and Safeguard.S5 in batumi_verdict.safeguards()
    assert Safeguard.S9 not in batumi_verdict.safeguards()


def test_restrict_to_a_profile_suspends_returns_of_that_profile(store: Store) -> None:
    tbilisi, batumi = breached(store)
    vulnerable(store, batumi.mother, VulnerabilityKind.VICTIM_OF_TRAFFICKING)

    result = decide(store, ReviewDecision("GEO", ReviewOutcome.RESTRICT_PROFILE, "Victims re-trafficked",
                                          profile=VulnerabilityKind.VICTIM_OF_TRAFFICKING))

    assert result.advisory_id is not None
    assert verdict_for(store, tbilisi.case_id).ready
    assert {r.code for r in verdict_for(store, batumi.case_id).reasons} >= {"S8.suspended_profile"}


def test_suspend_blocks_every_return_and_revokes_the_assurances(store: Store) -> None:
    tbilisi, _ = breached(store)

    result = decide(store, ReviewDecision("GEO", ReviewOutcome.SUSPEND, "Systematic detention on arrival"))

    assert statuses(store, AssuranceKind.READMISSION) == {AssuranceStatus.REVOKED}
    assert statuses(store, AssuranceKind.MONITORING_AUTHORISATION) == {AssuranceStatus.IN_FORCE}
    with store.reading() as session:
        advisory = session.get(Advisory, result.advisory_id)
        assert advisory is not None and advisory.suspends_returns and advisory.in_force_from == TODAY
    verdict = verdict_for(store, tbilisi.case_id)
    assert Safeguard.S8 in verdict.safeguards() and Safeguard.S9 not in verdict.safeguards()


@pytest.mark.parametrize("role", [Role.MONITOR, Role.READ_ONLY])
def test_only_a_coordinator_or_the_data_protection_officer_may_decide(store: Store, role: Role) -> None:
    breached(store)
    before = row_counts(store)
    with pytest.raises(PermissionDenied):
        decide(as_of(store, TODAY, role), ReviewDecision("GEO", ReviewOutcome.RESTORE, "Looks fine"))
    assert row_counts(store) == before
    decide(as_of(store, TODAY, Role.DATA_PROTECTION_OFFICER), ReviewDecision("GEO", ReviewOutcome.RESTORE, "ok"))
    assert review.may_decide(Role.COORDINATOR)


BAD: list[tuple[dict[str, Any], str]] = [
    ({"reason": "  "}, "reason"),
    ({"country": "Gorgia"}, "country"),
    ({"country": "SEN"}, "country"),
    ({"outcome": "forgive"}, "outcome"),
    ({"outcome": ReviewOutcome.RESTRICT_REGION}, "region"),
    ({"outcome": ReviewOutcome.RESTRICT_PROFILE, "profile": "pirate"}, "profile"),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_bad_decisions_name_the_field_and_write_nothing(store: Store, change: dict[str, Any], field: str) -> None:
    breached(store)
    family_ready(store, "SEN", region=None)
    before = row_counts(store)
    values: dict[str, Any] = {"country": "GEO", "outcome": ReviewOutcome.RESTORE, "reason": "checked", **change}
    with pytest.raises(ValidationError) as raised:
        decide(store, ReviewDecision(**values))
    assert raised.value.field == field
    assert row_counts(store) == before


def test_an_assurance_under_review_is_not_put_back_in_force_by_hand_while_a_breach_is_open(store: Store) -> None:
    from planning import countries
    from planning.errors import SafeguardError

    tbilisi, _ = breached(store)
    with store.reading() as session:
        assurance = session.scalars(select(Assurance).where(Assurance.status == AssuranceStatus.UNDER_REVIEW)).first()
        assert assurance is not None
    with pytest.raises(SafeguardError, match="only the review decision"):
        countries.set_assurance_status(store, assurance.id, assurance.version, AssuranceStatus.IN_FORCE, "looks fine")
    assert AssuranceStatus.UNDER_REVIEW in statuses(store)
    assert Safeguard.S9 in verdict_for(store, tbilisi.case_id).safeguards()
    # Stricter is always allowed: revoking an assurance under review needs no decision.
    countries.set_assurance_status(store, assurance.id, assurance.version, AssuranceStatus.REVOKED, "withdrawn")


def test_a_breach_reported_when_nothing_was_in_force_can_still_be_decided(store: Store) -> None:
    _, plan = arrived_family(store)
    with store.transaction() as session:  # the country's word lapsed before the breach was reported
        for assurance in session.scalars(select(Assurance)):
            assurance.status = AssuranceStatus.EXPIRED
    report(store, plan.plan_id)
    assert len(incidents.open_incidents(store)) == 1
    with pytest.raises(ValidationError) as raised:
        decide(store, ReviewDecision("GEO", ReviewOutcome.RESTRICT_REGION, "Tbilisi only", region="Tbilisi"))
    assert raised.value.field == "outcome"

    result = decide(store, ReviewDecision("GEO", ReviewOutcome.SUSPEND, "Detention confirmed"))

    assert result.restored == () and result.revoked == () and result.advisory_id is not None
    assert incidents.open_incidents(store) == []
