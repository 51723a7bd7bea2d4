"""Bad input to every service: a validation error naming the field, and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from planning import cases, counselling, countries, minors, protection, travel, voluntariness
from planning.errors import ValidationError
from planning.storage.base import Base
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    BestInterestsOutcome,
    CounsellingOutcome,
    CounsellingTopic,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Sex,
    TravelDocumentKind,
    VoluntarinessKind,
)
from tests.scenarios import TOPICS, ready_family

TODAY = date(2026, 6, 1)
TOMORROW = TODAY + timedelta(days=1)
HEAD = cases.PersonDraft("Amina", "Diallo", date(1990, 1, 1), Sex.FEMALE, "SEN", Relationship.HEAD)
CASE = cases.CaseDraft(ReferralSource.NGO, "SEN", (HEAD,))
ASSURANCE = countries.AssuranceDraft(
    country="SEN", kind=AssuranceKind.READMISSION, issuing_authority="MoI", reference="R1",
    scope=AssuranceScope.NATIONALS, valid_from=TODAY, valid_to=TODAY + timedelta(days=10))


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in Base.metadata.tables.items()}


def with_head(**changes: Any) -> cases.CaseDraft:
    return replace(CASE, members=(replace(HEAD, **changes),))


OPEN_CASE_CASES = [
    ("country", lambda: replace(CASE, country="XYZ")),
    ("country", lambda: replace(CASE, country="")),
    ("members", lambda: replace(CASE, members=())),
    ("members", lambda: replace(CASE, members=(HEAD, HEAD))),
    ("members[0].given_names", lambda: with_head(given_names="  ")),
    ("members[0].family_name", lambda: with_head(family_name="")),
    ("members[0].date_of_birth", lambda: with_head(date_of_birth=TOMORROW)),
    ("members[0].date_of_birth", lambda: with_head(date_of_birth=date(1880, 1, 1))),
    ("members[0].nationality", lambda: with_head(nationality="Atlantis")),
    ("members[0].languages", lambda: with_head(languages=("xx",))),
    ("members[0].email", lambda: with_head(email="not an address")),
    ("members[0].given_names", lambda: with_head(given_names="A" * 500)),
    ("members[1].guardian", lambda: replace(CASE, members=(
        HEAD, cases.PersonDraft("Awa", "Diallo", date(2018, 1, 1), Sex.FEMALE, "SEN", Relationship.CHILD,
                                guardian_index=1)))),
    ("opened_on", lambda: replace(CASE, opened_on=TOMORROW)),
]


@pytest.mark.parametrize(("field", "make"), OPEN_CASE_CASES)
def test_open_case_rejects_bad_input_naming_the_field(store: Store, field: str,
                                                       make: Callable[[], cases.CaseDraft]) -> None:
    before = row_counts(store)
    with pytest.raises(ValidationError) as raised:
        cases.open_case(store, make())
    assert raised.value.field == field
    assert field in str(raised.value)
    assert row_counts(store) == before


def test_unknown_country_suggests_a_close_match(store: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        cases.open_case(store, replace(CASE, country="Senegall"))
    assert raised.value.suggestion == "Senegal"


def _bad_calls(store: Store) -> list[tuple[str, Callable[[], object]]]:
    family = ready_family(store)
    p = family.father
    session_draft = counselling.SessionDraft(TODAY, "C", "ka", TOPICS, CounsellingOutcome.CONTINUE)
    return [
        ("held_on", lambda: counselling.record_session(store, family.case_id,
                                                       replace(session_draft, held_on=TOMORROW))),
        ("counsellor", lambda: counselling.record_session(store, family.case_id,
                                                          replace(session_draft, counsellor=""))),
        ("language", lambda: counselling.record_session(store, family.case_id,
                                                        replace(session_draft, language="zz"))),
        ("topics", lambda: counselling.record_session(store, family.case_id, replace(session_draft, topics=()))),
        ("participants", lambda: counselling.record_session(
            store, family.case_id, replace(session_draft, participant_ids=(9999,)))),
        ("occurred_on", lambda: voluntariness.record(store, p, voluntariness.Expression(
            VoluntarinessKind.DECLARED, TOMORROW, "C", "ka", information_given=TOPICS))),
        ("counsellor", lambda: voluntariness.record(store, p, voluntariness.Expression(
            VoluntarinessKind.DECLARED, TODAY, None, "ka", information_given=TOPICS))),
        ("information_given", lambda: voluntariness.record(store, p, voluntariness.Expression(
            VoluntarinessKind.DECLARED, TODAY, "C", "ka",
            information_given=(CounsellingTopic.REINTEGRATION,)))),
        ("statement", lambda: voluntariness.record(store, p, voluntariness.Expression(
            VoluntarinessKind.FORCE_NEEDED, TODAY, confirmed=True))),
        ("raised_on", lambda: protection.raise_concern(store, p, TOMORROW, "fear")),
        ("statement", lambda: protection.raise_concern(store, p, TODAY, " ")),
        ("valid_to", lambda: countries.add_assurance(store, replace(ASSURANCE, valid_to=TODAY - timedelta(1)))),
        ("country", lambda: countries.add_assurance(store, replace(ASSURANCE, country="QQQ"))),
        ("reference", lambda: countries.add_assurance(store, replace(ASSURANCE, reference=""))),
        ("monitoring_level", lambda: countries.add_assurance(store, replace(
            ASSURANCE, kind=AssuranceKind.MONITORING_AUTHORISATION))),
        ("monitoring_level", lambda: countries.add_assurance(store, replace(
            ASSURANCE, monitoring_level=MonitoringLevel.ACTIVE))),
        ("person_ids", lambda: countries.add_assurance(store, replace(ASSURANCE, scope=AssuranceScope.INDIVIDUAL))),
        ("in_force_to", lambda: countries.add_advisory(store, countries.AdvisoryDraft(
            "SEN", "UNHCR", "x", TODAY, TODAY - timedelta(days=3)))),
        ("summary", lambda: countries.add_advisory(store, countries.AdvisoryDraft("SEN", "UNHCR", "", TODAY))),
        ("valid_until", lambda: travel.add_document(store, p, travel.DocumentDraft(
            TravelDocumentKind.PASSPORT, "X1", "GEO", TODAY, TODAY - timedelta(days=1)))),
        ("issued_on", lambda: travel.add_document(store, p, travel.DocumentDraft(
            TravelDocumentKind.PASSPORT, "X1", "GEO", TOMORROW, TOMORROW + timedelta(days=100)))),
        ("number", lambda: travel.add_document(store, p, travel.DocumentDraft(
            TravelDocumentKind.PASSPORT, "", "GEO", TODAY, TODAY + timedelta(days=100)))),
        ("issuing_country", lambda: travel.add_document(store, p, travel.DocumentDraft(
            TravelDocumentKind.PASSPORT, "X1", "ZZZ", TODAY, TODAY + timedelta(days=100)))),
        ("valid_until", lambda: travel.add_clearance(store, p, travel.ClearanceDraft(
            TODAY, "Dr", True, TODAY - timedelta(days=1)))),
        ("assessed_by", lambda: travel.add_clearance(store, p, travel.ClearanceDraft(
            TODAY, "", True, TODAY + timedelta(days=1)))),
        ("decided_on", lambda: minors.record_determination(store, family.child, minors.DeterminationDraft(
            TOMORROW, "Panel", BestInterestsOutcome.RETURN_IN_BEST_INTERESTS))),
        ("noted_on", lambda: cases.record_vulnerability(store, p, cases.VulnerabilityKind.ELDERLY, TOMORROW)),
        ("closed_on", lambda: cases.close_case(store, family.case_id, 1, TOMORROW, "done")),
        ("reason", lambda: cases.close_case(store, family.case_id, 1, TODAY, "")),
    ]


def test_every_service_rejects_bad_input_naming_the_field_and_writes_nothing(store: Store) -> None:
    calls = _bad_calls(store)
    before = row_counts(store)
    for field, call in calls:
        with pytest.raises(ValidationError) as raised:
            call()
        assert raised.value.field == field, (field, raised.value)
        assert row_counts(store) == before, field


def test_protection_steps_in_order_only(store: Store) -> None:
    family = ready_family(store)
    referral = protection.raise_concern(store, family.father, TODAY, "fear")
    with pytest.raises(ValidationError, match="referral to the authority"):
        protection.record_outcome(store, referral, 1, ProtectionOutcome.FINAL_NEGATIVE, TODAY, "R")
    with pytest.raises(ValidationError, match="before the concern"):
        protection.refer(store, referral, 1, ReferralAuthority.UNHCR, TODAY - timedelta(days=1))
    version = protection.refer(store, referral, 1, ReferralAuthority.UNHCR, TODAY)
    with pytest.raises(ValidationError, match="already referred"):
        protection.refer(store, referral, version, ReferralAuthority.UNHCR, TODAY)
    with pytest.raises(ValidationError, match="final decision"):
        protection.record_outcome(store, referral, version, ProtectionOutcome.PENDING, TODAY, "R")
    version = protection.record_outcome(store, referral, version, ProtectionOutcome.FINAL_NEGATIVE, TODAY, "R")
    with pytest.raises(ValidationError, match="already recorded"):
        protection.record_outcome(store, referral, version, ProtectionOutcome.NEEDS_PROTECTION, TODAY, "R2")


def test_reconfirmation_needs_a_current_declaration(store: Store) -> None:
    family = ready_family(store)
    from tests.scenarios import declare

    declare(store, family.father, TODAY, VoluntarinessKind.WITHDRAWN)
    with pytest.raises(ValidationError, match="no current declaration"):
        declare(store, family.father, TODAY, VoluntarinessKind.RECONFIRMED)
