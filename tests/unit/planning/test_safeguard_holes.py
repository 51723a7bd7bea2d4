"""Paths that reached a state the readiness check refuses without asking it, now closed: S9 follows the
open breach incident, S2 compares moments, closed cases, the derived unaccompanied profile and an unknown
region under S8, reintegration after a withdrawal, visits after the authorisation was revoked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from monitoring.followups import FollowUpEntry, log_follow_up
from monitoring.review import ReviewDecision, decide
from planning import booking_service, cases, countries, movements
from planning.errors import HomewardError, SafeguardError
from planning.readiness import check
from planning.readiness.facts import CaseFacts, CountryFacts, Moment, PersonFacts, VoluntarinessRecord
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models import Assurance, Case, FollowUp
from planning.storage.models.monitoring import ContactMode, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    ReferralSource,
    Relationship,
    Sex,
    VoluntarinessKind,
    VulnerabilityKind,
)
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, counsel, declare, open_family, ready_family
from tests.unit.monitoring.helpers import arrived_family, family_ready
from tests.unit.monitoring.test_incidents import report
from tests.unit.planning.test_movements import flight

# --- S9 follows the incident, not the status field ------------------------------------------------


def breached(store: Store) -> int:
    """A household waiting in Georgia when a detention is reported from there; its case id."""
    waiting = family_ready(store)
    _, plan = arrived_family(store, with_assurances=False)
    report(store, plan.plan_id)
    return waiting.case_id


def assurances(store: Store, status: AssuranceStatus | None = None) -> list[Assurance]:
    with store.reading() as session:
        query = select(Assurance).where(Assurance.kind == AssuranceKind.READMISSION)
        if status is not None:
            query = query.where(Assurance.status == status)
        return list(session.scalars(query))


def test_revoke_then_back_in_force_by_hand_is_refused_while_the_breach_is_open(any_store: Store) -> None:
    waiting = breached(any_store)
    [reviewed] = assurances(any_store, AssuranceStatus.UNDER_REVIEW)
    version = countries.set_assurance_status(any_store, reviewed.id, reviewed.version, AssuranceStatus.REVOKED,
                                             "withdrawn by the ministry")
    with pytest.raises(SafeguardError, match="only the review decision"):
        countries.set_assurance_status(any_store, reviewed.id, version, AssuranceStatus.IN_FORCE, "back again")
    assert Safeguard.S9 in verdict_for(any_store, waiting).safeguards()


def test_fresh_assurances_do_not_lift_an_open_breach(any_store: Store) -> None:
    waiting = breached(any_store)
    for assurance in assurances(any_store, AssuranceStatus.UNDER_REVIEW):
        countries.set_assurance_status(any_store, assurance.id, assurance.version, AssuranceStatus.REVOKED,
                                       "replaced")
    draft = countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.READMISSION, issuing_authority="Ministry", reference="NEW-1",
        scope=AssuranceScope.NATIONALS, valid_from=TODAY - timedelta(days=1), valid_to=TODAY + timedelta(days=300))
    with pytest.raises(SafeguardError, match="only the review decision"):
        countries.add_assurance(any_store, draft)
    # Requested, then put in force by hand: refused too.
    requested = countries.add_assurance(any_store, countries.AssuranceDraft(**{
        **draft.__dict__, "status": AssuranceStatus.REQUESTED, "reference": "NEW-2"}))
    [row] = [a for a in assurances(any_store) if a.id == requested]
    with pytest.raises(SafeguardError):
        countries.set_assurance_status(any_store, requested, row.version, AssuranceStatus.IN_FORCE, "given")
    assert Safeguard.S9 in verdict_for(any_store, waiting).safeguards()


def test_a_status_edited_around_the_services_still_meets_s9(any_store: Store) -> None:
    """Even with every assurance put back in force behind the services' back, the open incident blocks."""
    waiting = breached(any_store)
    with any_store.transaction() as session:
        for assurance in session.scalars(select(Assurance)):
            assurance.status = AssuranceStatus.IN_FORCE
    verdict = verdict_for(any_store, waiting)
    assert [r.code for r in verdict.reasons] == ["S9.under_review"]


def test_only_the_review_decision_lifts_it(any_store: Store) -> None:
    waiting = breached(any_store)
    decide(any_store, ReviewDecision(COUNTRY, ReviewOutcome.RESTORE, "The detention was for an unrelated debt"))
    assert verdict_for(any_store, waiting).ready


# --- S2: moments, not dates ------------------------------------------------------------------------


def test_a_withdrawal_after_a_same_day_session_is_not_undone_by_that_session(any_store: Store) -> None:
    family = ready_family(any_store)
    counsel(any_store, family, TODAY)  # the morning's session…
    declare(any_store, family.father, TODAY, VoluntarinessKind.WITHDRAWN)  # …then he withdrew
    declare(any_store, family.father, TODAY)  # a declaration typed right after is not a fresh decision
    assert "S2.withdrawn" in {r.code for r in verdict_for(any_store, family.case_id).reasons}
    counsel(any_store, family, TODAY)  # counselled again after the withdrawal
    declare(any_store, family.father, TODAY)
    assert verdict_for(any_store, family.case_id).ready


def test_moments_order_the_same_day() -> None:
    morning = datetime(2026, 6, 1, 9, tzinfo=UTC)
    noon = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert Moment(TODAY, noon).not_before(Moment(TODAY, morning))
    assert not Moment(TODAY, morning).not_before(Moment(TODAY, noon))
    assert Moment(TODAY).not_before(Moment(TODAY, noon))  # a day alone cannot tell


# --- a closed case -----------------------------------------------------------------------------------


def test_a_closed_case_cannot_be_booked(any_store: Store) -> None:
    family = ready_family(any_store)
    movement_id = movements.add_movement(any_store, flight())
    with any_store.reading() as session:
        version = session.get_one(Case, family.case_id).version
    cases.close_case(any_store, family.case_id, version, TODAY, "The family stays; no longer seeks return")
    verdict = verdict_for(any_store, family.case_id)
    assert "S1.case_closed" in {r.code for r in verdict.reasons} and verdict.final
    with pytest.raises(HomewardError):
        booking_service.book(any_store, family.case_id, movement_id)


# --- S8: derived profile, unknown region --------------------------------------------------------------


def test_a_profile_advisory_for_unaccompanied_minors_catches_a_16_year_old_travelling_alone(
        any_store: Store) -> None:
    ready_family(any_store)  # the country's assurances
    opened = cases.open_case(any_store, cases.CaseDraft(
        referral_source=ReferralSource.NGO, country=COUNTRY, region_of_return="Tbilisi",
        opened_on=TODAY - timedelta(days=60), members=(cases.PersonDraft(
            "Dato", "Kapanadze", TODAY.replace(year=TODAY.year - 16), Sex.MALE, COUNTRY, Relationship.HEAD),)))
    countries.add_advisory(any_store, countries.AdvisoryDraft(
        COUNTRY, "UNHCR", "No returns of unaccompanied children", TODAY,
        profile=VulnerabilityKind.UNACCOMPANIED_MINOR))
    codes = {r.code for r in verdict_for(any_store, opened.id).reasons}
    assert "S8.suspended_profile" in codes  # never recorded as a vulnerability: derived


def test_a_region_advisory_holds_a_case_whose_region_is_unknown(any_store: Store) -> None:
    ready_family(any_store)
    family = open_family(any_store, region=None)
    countries.add_advisory(any_store, countries.AdvisoryDraft(
        COUNTRY, "UNHCR", "Fighting in Abkhazia", TODAY, region="Abkhazia"))
    tbilisi = open_family(any_store, region="Tbilisi")
    assert "S8.suspended" in {r.code for r in verdict_for(any_store, family.case_id).reasons}
    assert "S8.suspended" not in {r.code for r in verdict_for(any_store, tbilisi.case_id).reasons}


# --- monitoring: S7 on the visit's day ---------------------------------------------------------------


def test_a_visit_after_the_authorisation_was_revoked_is_refused(any_store: Store) -> None:
    _, plan = arrived_family(any_store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)  # followed actively
    with any_store.reading() as session:
        due = session.scalars(select(FollowUp).where(FollowUp.plan_id == plan.plan_id)
                              .order_by(FollowUp.due_on)).first()
        authorisation = session.scalars(select(Assurance).where(
            Assurance.kind == AssuranceKind.MONITORING_AUTHORISATION)).one()
    assert due is not None
    countries.set_assurance_status(any_store, authorisation.id, authorisation.version, AssuranceStatus.REVOKED,
                                   "active monitoring withdrawn")
    entry = FollowUpEntry(done_on=any_store.today(), mode=ContactMode.VISIT, contact_made=True)
    with pytest.raises(SafeguardError) as refused:
        log_follow_up(any_store, due.id, entry)
    assert refused.value.safeguard == "S7"
    # A call still goes through: a breach must always be reportable.
    call = FollowUpEntry(done_on=any_store.today(), mode=ContactMode.PHONE, contact_made=True)
    log_follow_up(any_store, due.id, call)


# --- pure facts: the derived rules ----------------------------------------------------------------------


def test_s9_reads_open_breaches_from_the_facts() -> None:
    person = PersonFacts(1, "A", date(1980, 1, 1), "GEO", events=(
        VoluntarinessRecord(1, VoluntarinessKind.DECLARED, TODAY - timedelta(days=5), "c", "ka", ("x",)),))
    country = CountryFacts("GEO", "Georgia", open_breaches=(TODAY - timedelta(days=2),))
    case = CaseFacts(1, "HW-T", country, (person,))
    assert "S9.under_review" in {r.code for r in check(case, TODAY).reasons}
    assert MonitoringLevel.ACTIVE  # (imported for the monitoring helpers)


# --- reintegration: the allocation takes in only households that may travel ---------------------------


def test_an_allocation_made_before_an_advisory_is_not_accepted_after_it(any_store: Store) -> None:
    from planning.reintegration import allocations
    from planning.reintegration.allocation.cpsat import allocate
    from planning.reintegration.allocation.from_database import build_instance
    from tests.unit.reintegration.catalogue import set_up
    from tests.unit.reintegration.test_from_database import booked_family

    set_up(any_store)
    case_id, _ = booked_family(any_store)
    instance, _ = build_instance(any_store)
    plan = allocate(instance, time_limit=5, workers=1).plan
    assert plan
    countries.add_advisory(any_store, countries.AdvisoryDraft(COUNTRY, "UNHCR", "Returns suspended", TODAY))
    with pytest.raises(allocations.PlanOutdated):
        allocations.accept(any_store, instance, plan)
    again, context = build_instance(any_store)
    assert case_id not in {h.id for h in again.households}
    [left_out] = [e for e in context.excluded if e.case_id == case_id]
    assert left_out.reason.key == "allocation_input.not_ready"
