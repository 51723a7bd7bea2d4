"""The person registry: "for good" (S3) and "final" (S4) follow the person into a new case or an import, until a
coordinator and a data-protection officer — two accounts — both decide otherwise, audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from planning import cases, protection
from planning.data_protection import retention
from planning.errors import PermissionDenied, ValidationError
from planning.persons import decisions
from planning.persons.notes import for_draft
from planning.readiness.service import verdict_for
from planning.referral_import import ImportOptions, RowStatus, apply, check
from planning.storage.models import AuditEntry, Case, IdentityDecision, Person
from planning.storage.store import Actor, Store
from planning.vocabulary import (
    CaseStatus,
    IdentityFinding,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Role,
    Sex,
    VoluntarinessKind,
)
from tests.scenarios import declare, ready_family

BORN = date(1979, 11, 30)
HEADER = "Household,Relationship,Given names,Family name,Date of birth,Sex,Nationality,Country of return"
OFFICER = Actor("officer1", Role.DATA_PROTECTION_OFFICER)


def person(given: str, family: str, born: date = BORN, nationality: str = "IRQ", *, given_latin: str | None = None,
           family_latin: str | None = None) -> cases.PersonDraft:
    return cases.PersonDraft(given, family, born, Sex.MALE, nationality, given_names_latin=given_latin,
                             family_name_latin=family_latin)


def open_one(store: Store, draft: cases.PersonDraft, country: str = "IRQ") -> cases.OpenedCase:
    return cases.open_case(store, cases.CaseDraft(ReferralSource.NGO, country, (draft,),
                                                  opened_on=store.today() - timedelta(days=90)))


def end_involvement(store: Store, person_id: int) -> None:
    """Force would have been needed: the case is closed as involvement ended (S3)."""
    declare(store, person_id, store.today() - timedelta(days=60))
    declare(store, person_id, store.today() - timedelta(days=30), VoluntarinessKind.FORCE_NEEDED)


def grant_protection(store: Store, person_id: int) -> None:
    """The authority found the person in need of international protection (S4)."""
    today = store.today()
    referral = protection.raise_concern(store, person_id, today - timedelta(days=40), "Fears for his life")
    protection.refer(store, referral, 1, ReferralAuthority.UNHCR, today - timedelta(days=39))
    protection.record_outcome(store, referral, 2, ProtectionOutcome.NEEDS_PROTECTION, today - timedelta(days=5),
                              "UNHCR-2026-0077")


def codes(store: Store, case: int | str) -> set[str]:
    return {r.code for r in verdict_for(store, case).reasons}


def identity_of(store: Store, person_id: int) -> int | None:
    with store.reading() as session:
        return session.get(Person, person_id).identity_id  # type: ignore[union-attr]


def actions(store: Store, action: str) -> list[AuditEntry]:
    with store.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        session.expunge_all()
        return entries


def csv(*rows: str) -> bytes:
    return ("\n".join((HEADER, *rows)) + "\n").encode()


# --- re-opened -------------------------------------------------------------------------------------------

def test_a_person_whose_involvement_ended_opened_again_is_linked_and_blocked(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])

    again = open_one(store, person("Muhammad", "Al Hasan"))

    (new_person,) = again.member_ids
    assert identity_of(store, new_person) == identity_of(store, first.member_ids[0])
    assert "S3.same_person_ended" in codes(store, again.id)
    reason = next(r for r in verdict_for(store, again.id).reasons if r.code == "S3.same_person_ended")
    assert first.reference in reason.message and "a different person" in reason.resolution
    assert not reason.final
    # Blocked, but not itself ended: the new case stays in intake and can be counselled.
    assert again.status is CaseStatus.INTAKE
    with store.reading() as session:
        assert session.get(Case, again.id).ready is False  # type: ignore[union-attr]
    (link,) = actions(store, "person.link")
    assert link.case_id == again.id and link.after["matches"] == [{"person_id": first.member_ids[0],
                                                                   "case": first.reference}]


def test_the_arabic_script_meets_its_transliteration_and_a_middle_name_is_no_disguise(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])

    written = open_one(store, person("محمد", "الحسن"))
    longer = open_one(store, person("Mohammed Ali", "Al-Hassan"))
    shorter = open_one(store, person("Mohammed", "Hassan"))

    for case in (written, longer, shorter):
        assert "S3.same_person_ended" in codes(store, case.id)


def test_a_member_added_later_and_a_corrected_birth_date_are_caught_and_stay_caught(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])
    household = open_one(store, cases.PersonDraft("Amina", "Yusuf", date(1990, 1, 1), Sex.FEMALE, "IRQ"))
    assert codes(store, household.id).isdisjoint({"S3.same_person_ended"})

    added = cases.add_member(store, household.id, brother("Mohamed", "Hassan", BORN - timedelta(days=1)))
    assert "S3.same_person_ended" not in codes(store, household.id)  # another birth date: someone else

    with store.reading() as session:
        version = session.get(Person, added).version  # type: ignore[union-attr]
    version = cases.update_person(store, added, version, brother("Mohamed", "Hassan", BORN))
    assert "S3.same_person_ended" in codes(store, household.id)
    # Typing the old birth date again does not take the record out of the person's identity.
    cases.update_person(store, added, version, brother("Mohamed", "Hassan", BORN - timedelta(days=1)))
    assert "S3.same_person_ended" in codes(store, household.id)


def brother(given: str, family: str, born: date) -> cases.PersonDraft:
    return replace(person(given, family, born), relationship=Relationship.SIBLING)


def test_involvement_ending_later_reaches_the_cases_already_linked(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    second = open_one(store, person("Muhammad", "Al Hasan"))
    assert "S3.same_person_ended" not in codes(store, second.id)

    end_involvement(store, first.member_ids[0])

    assert "S3.same_person_ended" in codes(store, second.id)
    with store.reading() as session:
        assert session.get(Case, second.id).status is CaseStatus.INTAKE  # type: ignore[union-attr]


# --- false positives --------------------------------------------------------------------------------------

@pytest.mark.parametrize("other", [
    person("Mohammed", "Al-Hassan", born=BORN + timedelta(days=1)),  # another birth date
    person("Mohammed", "Al-Hassan", nationality="SYR"),  # another nationality
    person("Mohammed", "Karimi"),  # another family name
])
def test_the_same_name_with_another_birth_date_or_nationality_is_someone_else(any_store: Store,
                                                                               other: cases.PersonDraft) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])
    grant = open_one(store, person("Ahmad", "Karimi", nationality="AFG"), country="AFG")
    grant_protection(store, grant.member_ids[0])

    opened = open_one(store, other, country=other.nationality)

    assert identity_of(store, opened.member_ids[0]) != identity_of(store, first.member_ids[0])
    assert codes(store, opened.id).isdisjoint({"S3.same_person_ended", "S4.same_person_protected"})
    assert not [m for m in for_draft(store, cases.CaseDraft(ReferralSource.NGO, "IRQ", (other,))) if m.blocks]


# --- re-imported ------------------------------------------------------------------------------------------

def test_a_protected_person_imported_again_is_blocked_even_with_the_override(any_store: Store) -> None:
    store = any_store
    granted = open_one(store, person("Ahmad", "Karimi", nationality="AFG"), country="AFG")
    grant_protection(store, granted.member_ids[0])
    data = csv("K,head,Ahmed,Karimi,30/11/1979,M,AFG,AFG")

    preview = check(store, data)
    (row,) = preview.report.rows
    assert row.status is RowStatus.LIKELY_KNOWN and row.blocks
    why = [i for i in row.issues if i.said.key.startswith("identity.")]
    assert why and why[0].said.key == "identity.matches_protected"
    assert f"Ahmad Karimi of case {granted.reference}, who was found to need international protection " \
           "(UNHCR-2026-0077): the new case will be blocked until a coordinator and a data-protection officer" \
           in why[0].message
    assert preview.report.as_dict()["rows"][0]["blocks"] is True

    overridden = check(store, data, ImportOptions(allow_known=frozenset({2})))
    assert overridden.report.rows[0].status is RowStatus.VALID and overridden.report.rows[0].overridden
    report = apply(store, overridden)

    (reference,) = report.imported
    assert "S4.same_person_protected" in codes(store, reference)
    (entry,) = actions(store, "referrals.import")
    assert entry.after["imported_matching_ended_or_protected"] == [2]


def test_a_re_imported_person_whose_involvement_ended_is_blocked(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])

    preview = check(store, csv("K,head,محمد,الحسن,1979-11-30,M,IRQ,IRQ"), ImportOptions(allow_known=frozenset({2})))
    assert preview.report.rows[0].blocks
    assert any(i.said.key == "identity.matches_ended" for i in preview.report.rows[0].issues)
    (reference,) = apply(store, preview).imported

    assert "S3.same_person_ended" in codes(store, reference)


# --- the two-person decision --------------------------------------------------------------------------------

def test_the_two_person_decision_lifts_the_block_only_when_both_roles_agree_on_two_accounts(any_store: Store) -> None:
    store = any_store
    earlier = open_one(store, cases.PersonDraft("Giorgi", "Beridze", date(1985, 3, 2), Sex.MALE, "GEO"),
                       country="GEO")
    end_involvement(store, earlier.member_ids[0])
    family = ready_family(store)  # the same Giorgi Beridze, with his wife and son
    assert codes(store, family.case_id) == {"S3.same_person_ended"}
    other = earlier.member_ids[0]
    why = "Different father's name and place of birth on the passport; fingerprints do not match"

    # A coordinator alone is not enough.
    signed = decisions.sign(store, family.father, other, IdentityFinding.DIFFERENT_PERSON, why)
    assert signed.decided is None and codes(store, family.case_id) == {"S3.same_person_ended"}
    # The same account cannot sign the other half, even as a data-protection officer.
    with pytest.raises(PermissionDenied) as same:
        decisions.sign(store.as_actor(Actor("coordinator1", Role.DATA_PROTECTION_OFFICER)), family.father, other,
                       IdentityFinding.DIFFERENT_PERSON, why)
    assert same.value.key == "identity.same_signer"
    # Roles that do not sign a half are refused.
    for role in (Role.MONITOR, Role.READ_ONLY):
        with pytest.raises(PermissionDenied):
            decisions.sign(store.as_actor(Actor("someone", role)), family.father, other,
                           IdentityFinding.DIFFERENT_PERSON, why)
    # A reason is required.
    with pytest.raises(ValidationError):
        decisions.sign(store.as_actor(OFFICER), family.father, other, IdentityFinding.DIFFERENT_PERSON, "  ")
    # Two halves that disagree decide nothing.
    officer = store.as_actor(OFFICER)
    disagreeing = decisions.sign(officer, family.father, other, IdentityFinding.NEW_DECISION, "He says he wants to go")
    assert disagreeing.decided is None and codes(store, family.case_id) == {"S3.same_person_ended"}

    agreed = decisions.sign(officer, family.father, other, IdentityFinding.DIFFERENT_PERSON,
                            "Checked the passport copy in both files: another man")

    assert agreed.decided is IdentityFinding.DIFFERENT_PERSON
    assert verdict_for(store, family.case_id).ready
    with store.reading() as session:
        assert session.get(Case, family.case_id).status is CaseStatus.READY  # type: ignore[union-attr]
    signed_entries = actions(store, "identity.sign")
    first, second, third = signed_entries
    assert (first.actor, first.after["role"], first.after["finding"], first.after["decided"]) == (
        "coordinator1", "coordinator", "different_person", None)
    assert (second.actor, second.after["role"], second.after["finding"], second.after["decided"]) == (
        "officer1", "data_protection_officer", "new_decision", None)
    # The officer's half signed again: the same row, before and after, and now the decision stands.
    assert third.entity_id == second.entity_id and third.actor == "officer1"
    assert third.before["finding"] == "new_decision" and third.after["finding"] == "different_person"
    assert third.after["decided"] == "different_person"
    assert all(e.case_id == family.case_id and e.after["reason"] for e in signed_entries)
    with pytest.raises(ValidationError) as decided:
        decisions.sign(store, family.father, other, IdentityFinding.NEW_DECISION, "Changed my mind")
    assert decided.value.key == "identity.decided"


def test_a_new_genuine_decision_lifts_protection_for_that_case_only(any_store: Store) -> None:
    store = any_store
    granted = open_one(store, person("Ahmad", "Karimi", nationality="AFG"), country="AFG")
    grant_protection(store, granted.member_ids[0])
    again = open_one(store, person("Ahmed", "Karimi", nationality="AFG"), country="AFG")
    (new_person,) = again.member_ids
    ceased = "UNHCR letter of 2026-05-20: cessation of refugee status, the person asked to return"
    decisions.sign(store, new_person, granted.member_ids[0], IdentityFinding.NEW_DECISION, ceased)
    decisions.sign(store.as_actor(OFFICER), new_person, granted.member_ids[0], IdentityFinding.NEW_DECISION, ceased)

    assert "S4.same_person_protected" not in codes(store, again.id)
    # A third record of the same person is blocked again until it is decided on its own.
    third = open_one(store, person("Ahmad", "Karimi", nationality="AFG"), country="AFG")
    assert "S4.same_person_protected" in codes(store, third.id)
    # The protected case itself stays final.
    assert "S4.protection_granted" in codes(store, granted.id)


def test_only_a_live_link_can_be_decided(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    other = open_one(store, person("Mohammed", "Al-Hassan", born=BORN + timedelta(days=3)))
    with pytest.raises(ValidationError) as none:
        decisions.sign(store, other.member_ids[0], first.member_ids[0], IdentityFinding.DIFFERENT_PERSON, "x")
    assert none.value.key == "identity.no_link"


def test_retention_removes_the_reasons_that_compare_an_anonymised_case_s_people(any_store: Store) -> None:
    store = any_store
    first = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, first.member_ids[0])
    again = open_one(store, person("Muhammad", "Al Hasan"))
    decisions.sign(store, again.member_ids[0], first.member_ids[0], IdentityFinding.DIFFERENT_PERSON,
                   "Mohammed Al-Hassan had a scar on the left hand; this man has none")

    retention.apply(Store(store.engine, OFFICER, store.location, today=lambda: date(2033, 1, 1)))

    with store.reading() as session:
        (reason,) = session.scalars(select(IdentityDecision.reason))
        assert reason == "[removed by retention on 2033-01-01]"
