"""Each safeguard, S1–S10: a scenario where it blocks and the scenario where it is resolved.

Everything goes through the real services and the database; the verdict is the one check.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from planning import cases, countries, minors, protection, travel
from planning.errors import SafeguardError
from planning.readiness.reasons import Safeguard, Stage
from planning.readiness.service import verdict_for
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    CaseStatus,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Sex,
    VoluntarinessKind,
    VulnerabilityKind,
)
from tests.scenarios import COUNTRY, assurances, counsel, declare, open_family, passports, ready_family


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every safeguard scenario runs on SQLCipher and on PostgreSQL."""
    return any_store


def codes(store: Store, case: int | str, on: date | None = None, stage: Stage = Stage.PLANNING) -> set[str]:
    return {r.code for r in verdict_for(store, case, on, stage).reasons}


def safeguards(store: Store, case: int, on: date | None = None) -> set[Safeguard]:
    return set(verdict_for(store, case, on).safeguards())


def test_ready_family_is_ready(store: Store) -> None:
    family = ready_family(store)
    verdict = verdict_for(store, family.reference)
    assert verdict.ready, verdict.reasons
    assert cases_status(store, family.case_id) is CaseStatus.PREPARING or verdict.ready


def cases_status(store: Store, case_id: int) -> CaseStatus:
    from planning.storage.models import Case

    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def assurance_of(store: Store, kind: AssuranceKind) -> tuple[int, int]:
    """Id and version of the one assurance of a kind."""
    from planning.storage.models import Assurance

    with store.reading() as session:
        assurance = session.scalars(select(Assurance).where(Assurance.kind == kind)).one()
        return assurance.id, assurance.version


# S1 ---------------------------------------------------------------------------------------------

def test_s1_blocks_without_declaration_and_resolves_with_one(store: Store) -> None:
    today = store.today()
    assurances(store)
    family = open_family(store)
    passports(store, family)
    counsel(store, family, today - timedelta(days=3))
    declare(store, family.father, today - timedelta(days=2))
    verdict = verdict_for(store, family.case_id)
    blocking = [r for r in verdict.reasons if r.safeguard is Safeguard.S1]
    assert [(r.code, r.person_id) for r in blocking] == [("S1.no_declaration", family.mother)]
    assert "Counsel" in blocking[0].resolution
    assert cases_status(store, family.case_id) is CaseStatus.COUNSELLING
    declare(store, family.mother, today)
    assert verdict_for(store, family.case_id).ready
    assert cases_status(store, family.case_id) is CaseStatus.READY


def test_s1_minor_travels_on_guardian_decision_not_own(store: Store) -> None:
    family = ready_family(store)
    verdict = verdict_for(store, family.case_id)
    assert verdict.ready
    assert all(r.person_id != family.child for r in verdict.reasons)


def test_s1_stale_decision_needs_reconfirmation(store: Store) -> None:
    family = ready_family(store)
    far = store.today() + timedelta(days=160)
    assert {"S1.stale"} <= codes(store, family.case_id, far)
    declare(store, family.father, store.today(), VoluntarinessKind.RECONFIRMED)
    declare(store, family.mother, store.today(), VoluntarinessKind.RECONFIRMED)
    assert "S1.stale" not in codes(store, family.case_id, far)


def test_s1_departure_needs_reconfirmation_on_the_day(store: Store) -> None:
    family = ready_family(store)
    assert "S1.not_reconfirmed" in codes(store, family.case_id, stage=Stage.DEPARTURE)
    declare(store, family.father, store.today(), VoluntarinessKind.RECONFIRMED)
    declare(store, family.mother, store.today(), VoluntarinessKind.RECONFIRMED)
    assert verdict_for(store, family.case_id, stage=Stage.DEPARTURE).ready


def test_s1_unaccompanied_minor_needs_best_interests_and_reception(store: Store) -> None:
    today = store.today()
    assurances(store)
    opened = cases.open_case(store, cases.CaseDraft(
        referral_source=ReferralSource.NGO, country=COUNTRY, opened_on=today - timedelta(days=40),
        members=(cases.PersonDraft("Dato", "Kapanadze", date(2010, 5, 5), Sex.MALE, COUNTRY,
                                   Relationship.HEAD),),
    ))
    child = opened.member_ids[0]
    counsel_case(store, opened.id, today - timedelta(days=20))
    declare(store, child, today - timedelta(days=19))
    travel.add_document(store, child, travel.DocumentDraft(
        kind=travel.TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT, number="ETD1", issuing_country=COUNTRY,
        issued_on=today - timedelta(days=5), valid_until=today + timedelta(days=60)))
    assert codes(store, opened.id) == {"S1.no_best_interests"}
    bid = minors.record_determination(store, child, minors.DeterminationDraft(
        decided_on=today - timedelta(days=3), decided_by="Best-interests panel",
        outcome=BestInterestsOutcome.RETURN_IN_BEST_INTERESTS))
    assert codes(store, opened.id) == {"S1.reception_unconfirmed"}
    minors.confirm_reception(store, bid, 1, today, "Aunt in Kutaisi, visited by social services")
    assert verdict_for(store, opened.id).ready


def counsel_case(store: Store, case_id: int, on: date) -> None:
    from planning import counselling
    from tests.scenarios import TOPICS

    counselling.record_session(store, case_id, counselling.SessionDraft(
        held_on=on, counsellor="A. Counsellor", language="ka", topics=TOPICS,
        outcome=counselling.CounsellingOutcome.DECIDED_TO_RETURN))


# S2 ---------------------------------------------------------------------------------------------

def test_s2_refusal_by_one_member_stops_household_until_new_counselling_and_declaration(store: Store) -> None:
    family = ready_family(store)
    today = store.today()
    recorded = declare(store, family.child, today, VoluntarinessKind.REFUSED)
    assert recorded.case_status is CaseStatus.WITHDRAWN
    assert codes(store, family.case_id) == {"S2.refused"}
    declare(store, family.child, today)  # a declaration without counselling first does not lift it
    assert "S2.refused" in codes(store, family.case_id)
    counsel(store, family, today)
    declare(store, family.child, today)
    assert verdict_for(store, family.case_id).ready


def test_s2_withdrawal_recorded_without_deleting_anything(store: Store) -> None:
    family = ready_family(store)
    declare(store, family.father, store.today(), VoluntarinessKind.WITHDRAWN)
    from planning.voluntariness import history

    kinds = [e.kind for e in history(store, family.father)]
    assert kinds == [VoluntarinessKind.DECLARED, VoluntarinessKind.WITHDRAWN]
    assert safeguards(store, family.case_id) == {Safeguard.S2}


# S3 ---------------------------------------------------------------------------------------------

def test_s3_force_needed_ends_involvement_for_good(store: Store) -> None:
    family = ready_family(store)
    recorded = declare(store, family.father, store.today(), VoluntarinessKind.FORCE_NEEDED)
    assert recorded.case_status is CaseStatus.INVOLVEMENT_ENDED
    verdict = verdict_for(store, family.case_id)
    assert verdict.final and Safeguard.S3 in verdict.safeguards()
    for kind in VoluntarinessKind:
        with pytest.raises(SafeguardError) as raised:
            declare(store, family.father, store.today(), kind)
        assert raised.value.safeguard == "S3" and raised.value.key == "case.involvement_ended_for_good"
    assert cases_status(store, family.case_id) is CaseStatus.INVOLVEMENT_ENDED


def test_s3_force_needed_must_be_confirmed(store: Store) -> None:
    from planning import voluntariness
    from planning.errors import ValidationError

    family = ready_family(store)
    with pytest.raises(ValidationError, match="confirmed"):
        voluntariness.record(store, family.father, voluntariness.Expression(
            kind=VoluntarinessKind.FORCE_NEEDED, occurred_on=store.today(), statement="Refused to board"))
    assert verdict_for(store, family.case_id).ready


# S4 ---------------------------------------------------------------------------------------------

def test_s4_claim_holds_case_until_final_negative_and_fresh_decision(store: Store) -> None:
    family = ready_family(store)
    today = store.today()
    referral = protection.raise_concern(store, family.mother, today - timedelta(days=20),
                                        "I am afraid of my husband's family")
    assert codes(store, family.case_id) == {"S4.not_referred"}
    assert cases_status(store, family.case_id) is CaseStatus.ON_HOLD
    protection.refer(store, referral, 1, ReferralAuthority.UNHCR, today - timedelta(days=19))
    assert codes(store, family.case_id) == {"S4.pending"}
    protection.record_outcome(store, referral, 2, ProtectionOutcome.FINAL_NEGATIVE,
                              today - timedelta(days=5), "UNHCR/2026/123")
    assert codes(store, family.case_id) == {"S4.no_fresh_decision"}
    declare(store, family.mother, today)
    assert verdict_for(store, family.case_id).ready


def test_s4_protection_granted_is_final(store: Store) -> None:
    family = ready_family(store)
    today = store.today()
    referral = protection.raise_concern(store, family.father, today - timedelta(days=9), "Fear of return")
    protection.refer(store, referral, 1, ReferralAuthority.NATIONAL_ASYLUM_AUTHORITY,
                     today - timedelta(days=8), "Federal Office")
    protection.record_outcome(store, referral, 2, ProtectionOutcome.NEEDS_PROTECTION, today, "BA-77")
    verdict = verdict_for(store, family.case_id)
    assert verdict.final and "S4.protection_granted" in {r.code for r in verdict.reasons}
    assert cases_status(store, family.case_id) is CaseStatus.PROTECTION_GRANTED
    with pytest.raises(SafeguardError):
        declare(store, family.father, today)


# S5 ---------------------------------------------------------------------------------------------

def test_s5_readmission_assurance_must_cover_the_travel_date(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    later = today + timedelta(days=400)
    found = verdict_for(store, family.case_id, later)
    s5 = [r for r in found.reasons if r.safeguard is Safeguard.S5]
    assert {r.person_id for r in s5} == set(family.members)
    assert "expired on" in s5[0].message
    countries.add_assurance(store, countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.READMISSION, issuing_authority="Ministry",
        reference="GEO-READ-2", scope=AssuranceScope.NATIONALS, valid_from=today + timedelta(days=300),
        valid_to=today + timedelta(days=800)))
    assert Safeguard.S5 not in safeguards(store, family.case_id, later)


def test_s5_scope_nationals_does_not_cover_a_foreign_spouse_until_an_individual_assurance(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    version = person_version(store, family.mother)
    cases.update_person(store, family.mother, version, cases.PersonDraft(
        "Nino", "Beridze", date(1988, 7, 9), Sex.FEMALE, "ARM", Relationship.SPOUSE, languages=("ka",)))
    assert {(r.code, r.person_id) for r in verdict_for(store, family.case_id).reasons} == {
        ("S5.no_readmission", family.mother)}
    countries.add_assurance(store, countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.READMISSION, issuing_authority="Ministry", reference="IND-1",
        scope=AssuranceScope.INDIVIDUAL, valid_from=today, valid_to=None, person_ids=(family.mother,)))
    assert verdict_for(store, family.case_id).ready


def person_version(store: Store, person_id: int) -> int:
    from planning.storage.models import Person

    with store.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.version


# S6 ---------------------------------------------------------------------------------------------

def test_s6_punished_exit_needs_guarantee(store: Store) -> None:
    today = store.today()
    countries.save_profile(store, "IRQ", countries.ProfileDraft(irregular_exit_punished=True))
    for kind in (AssuranceKind.READMISSION, AssuranceKind.MONITORING_AUTHORISATION):
        countries.add_assurance(store, countries.AssuranceDraft(
            country="IRQ", kind=kind, issuing_authority="MoI", reference=f"IRQ-{kind.value}",
            scope=AssuranceScope.NATIONALS, valid_from=today - timedelta(days=10), valid_to=None,
            monitoring_level=MonitoringLevel.ACTIVE if kind is AssuranceKind.MONITORING_AUTHORISATION
            else None))
    family = open_family(store, "IRQ", region=None)
    counsel(store, family, today)
    declare(store, family.father, today)
    declare(store, family.mother, today)
    passports(store, family)
    assert {r.code for r in verdict_for(store, family.case_id).reasons} == {"S6.no_guarantee"}
    countries.add_assurance(store, countries.AssuranceDraft(
        country="IRQ", kind=AssuranceKind.NO_PUNISHMENT, issuing_authority="MoJ", reference="IRQ-NP",
        scope=AssuranceScope.NATIONALS, valid_from=today, valid_to=today + timedelta(days=90)))
    assert verdict_for(store, family.case_id).ready


# S7 ---------------------------------------------------------------------------------------------

def test_s7_active_monitoring_profile_needs_active_authorisation(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    countries.save_profile(store, COUNTRY, countries.ProfileDraft(
        irregular_exit_punished=False, active_monitoring_profiles=(VulnerabilityKind.VICTIM_OF_TRAFFICKING,)))
    mid, mversion = assurance_of(store, AssuranceKind.MONITORING_AUTHORISATION)
    countries.set_assurance_status(store, mid, mversion, AssuranceStatus.REVOKED, "replaced")
    countries.add_assurance(store, countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.MONITORING_AUTHORISATION, issuing_authority="MoI",
        reference="MON-P", scope=AssuranceScope.NATIONALS, valid_from=today - timedelta(days=1),
        valid_to=None, monitoring_level=MonitoringLevel.PASSIVE))
    assert verdict_for(store, family.case_id).ready
    cases.record_vulnerability(store, family.mother, VulnerabilityKind.VICTIM_OF_TRAFFICKING, today)
    reasons = verdict_for(store, family.case_id).reasons
    assert [(r.code, r.person_id) for r in reasons] == [("S7.active_needed", family.mother)]
    countries.add_assurance(store, countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.MONITORING_AUTHORISATION, issuing_authority="MoI",
        reference="MON-A", scope=AssuranceScope.NATIONALS, valid_from=today, valid_to=None,
        monitoring_level=MonitoringLevel.ACTIVE))
    assert verdict_for(store, family.case_id).ready


# S8 ---------------------------------------------------------------------------------------------

def test_s8_advisory_suspends_region_while_in_force(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    advisory = countries.add_advisory(store, countries.AdvisoryDraft(
        country=COUNTRY, issued_by="UNHCR", summary="Position on returns to Tbilisi region",
        in_force_from=today - timedelta(days=1), region="tbilisi"))
    assert codes(store, family.case_id) == {"S8.suspended"}
    other = countries.add_advisory(store, countries.AdvisoryDraft(
        country=COUNTRY, issued_by="UNHCR", summary="Abkhazia", in_force_from=today, region="Abkhazia"))
    assert other
    countries.end_advisory(store, advisory, 1, today + timedelta(days=10))
    assert codes(store, family.case_id) == {"S8.suspended"}
    assert verdict_for(store, family.case_id, today + timedelta(days=11)).ready


def test_s8_profile_advisory_only_blocks_that_profile(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    countries.add_advisory(store, countries.AdvisoryDraft(
        country=COUNTRY, issued_by="UNHCR", summary="No returns of trafficking victims",
        in_force_from=today, profile=VulnerabilityKind.VICTIM_OF_TRAFFICKING))
    assert verdict_for(store, family.case_id).ready
    cases.record_vulnerability(store, family.mother, VulnerabilityKind.VICTIM_OF_TRAFFICKING, today)
    reasons = verdict_for(store, family.case_id).reasons
    assert ("S8.suspended_profile", family.mother) in {(r.code, r.person_id) for r in reasons}


# S9 ---------------------------------------------------------------------------------------------

def test_s9_under_review_blocks_until_review_decision(store: Store) -> None:
    family = ready_family(store)
    rid, version = assurance_of(store, AssuranceKind.READMISSION)
    version = countries.set_assurance_status(store, rid, version, AssuranceStatus.UNDER_REVIEW,
                                             "Returnee reported detention on arrival")
    assert codes(store, family.case_id) == {"S9.under_review"}
    assert cases_status(store, family.case_id) is CaseStatus.PREPARING
    countries.set_assurance_status(store, rid, version, AssuranceStatus.IN_FORCE, "Review: restored")
    assert verdict_for(store, family.case_id).ready


# S10 --------------------------------------------------------------------------------------------

def test_s10_travel_document_valid_on_travel_date(store: Store) -> None:
    today = store.today()
    assurances(store)
    family = open_family(store)
    counsel(store, family, today)
    declare(store, family.father, today)
    declare(store, family.mother, today)
    assert {r.code for r in verdict_for(store, family.case_id).reasons} == {"S10.no_document"}
    passports(store, family, valid_until=today + timedelta(days=10))
    assert verdict_for(store, family.case_id).ready
    late = verdict_for(store, family.case_id, today + timedelta(days=11))
    assert {r.code for r in late.reasons} == {"S10.no_document"}
    assert "expires on" in late.reasons[0].message


def test_s10_medical_need_requires_fit_to_travel(store: Store) -> None:
    today = store.today()
    family = ready_family(store)
    cases.record_vulnerability(store, family.mother, VulnerabilityKind.PREGNANCY, today)
    assert codes(store, family.case_id) == {"S10.no_clearance"}
    travel.add_clearance(store, family.mother, travel.ClearanceDraft(
        assessed_on=today, assessed_by="Dr. Ali", fit=False, valid_until=today + timedelta(days=30)))
    assert "unfit" in verdict_for(store, family.case_id).reasons[0].message
    travel.add_clearance(store, family.mother, travel.ClearanceDraft(
        assessed_on=today, assessed_by="Dr. Ali", fit=True, valid_until=today + timedelta(days=30)))
    assert verdict_for(store, family.case_id).ready
