"""Subject access: everything held on a person as JSON and a verifiable PDF, sealed fields opened, audited."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from monitoring import subject_access
from planning import protection
from planning.audit_chain import verify
from planning.data_protection import consent
from planning.documents.verification import Status
from planning.documents.verification import verify as verify_document
from planning.errors import PermissionDenied, ValidationError
from planning.storage.models import AuditEntry, DocumentIssue, FollowUp, MonitoringPlan, Person
from planning.storage.store import Actor, Store
from planning.vocabulary import LegalBasis, Role
from tests.conftest import TODAY
from tests.scenarios import counsel, declare, open_family
from tests.unit.data_protection.tamper import as_officer

OFFICER = Actor("dpo", Role.DATA_PROTECTION_OFFICER)


def test_the_export_holds_everything_with_sealed_fields_opened(any_store: Store) -> None:
    family = open_family(any_store)
    counsel(any_store, family, TODAY)
    declare(any_store, family.mother, TODAY)
    protection.raise_concern(any_store, family.mother, TODAY, "My brother-in-law threatened me")
    consent.record_basis(any_store, family.mother, LegalBasis.CONSENT, "Reintegration assistance", TODAY)
    consent.share(any_store, family.mother, "Caritas Georgia", "Reintegration assistance", "Agreement 2026-01",
                  TODAY, ["names", "contact"])
    officer = any_store.as_actor(OFFICER)

    exported = subject_access.export(officer, family.mother)

    data = json.loads(exported.json_text)
    assert data["format"] == "homeward-subject-access/1"
    assert data["person"]["given_names"] == "Nino" and data["person"]["date_of_birth"] == "1988-07-09"
    assert data["case"]["reference"] == family.reference
    assert [p["statement"] for p in data["protection"]] == ["My brother-in-law threatened me"]
    assert [v["statement"] for v in data["voluntariness"]] == ["I want to go home"]
    assert len(data["counselling"]) == 1
    assert [t["recipient"] for t in data["transfers"]] == ["Caritas Georgia"]
    assert [c["purpose"] for c in data["consents"]] == ["Reintegration assistance"]
    assert {m["relationship"] for m in data["household"]} == {"head", "child"}
    assert any(e["action"] == "data.share" for e in data["audit_log"])
    assert data["verification_code"] == exported.code
    assert exported.pdf.startswith(b"%PDF")
    with any_store.reading() as session:
        stored = session.scalars(select(DocumentIssue).where(DocumentIssue.kind == "subject-access")).one()
        assert "threatened" not in json.dumps(stored.facts)
        assert stored.facts["records"]["protection"] == 1
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.action == "person.subject_access")).one()
    assert verify(as_officer(any_store)).ok


def test_the_code_matches_until_the_records_change(any_store: Store) -> None:
    family = open_family(any_store)
    officer = any_store.as_actor(OFFICER)
    exported = subject_access.export(officer, family.father)

    assert verify_document(any_store, exported.code).status is Status.MATCH
    consent.record_basis(any_store, family.father, LegalBasis.CONSENT, "Post-arrival monitoring", TODAY)
    checked = verify_document(any_store, exported.code)
    assert checked.status is Status.SUPERSEDED
    assert any("consents" in reason.english() for reason in checked.reasons)


def test_only_the_data_protection_officer_exports(any_store: Store) -> None:
    family = open_family(any_store)
    with pytest.raises(PermissionDenied, match="export a person's data"):
        subject_access.export(any_store, family.father)
    with any_store.reading() as session:
        assert session.scalars(select(DocumentIssue)).all() == []


def test_a_case_reference_finds_the_head_of_household(any_store: Store) -> None:
    family = open_family(any_store)
    with any_store.reading() as session:
        assert subject_access.find_person(session, family.reference.lower()).id == family.father
        assert subject_access.find_person(session, str(family.child)).id == family.child
        with pytest.raises(ValidationError) as bad:
            subject_access.find_person(session, "nobody")
    assert bad.value.field == "person"
    assert subject_access.today_name(subject_access.export(any_store.as_actor(OFFICER), family.child),
                                     date(2026, 6, 1)).endswith(f"{family.child}-2026-06-01")


def test_follow_up_notes_and_attachments_are_exported_opened(any_store: Store, tmp_path: Path) -> None:
    from monitoring.attachments import NewAttachment
    from tests.unit.monitoring.test_attachments import log_with_files

    report = NewAttachment("partner report.pdf", b"%PDF-1.7 partner says the family is well")
    follow_up_id = log_with_files(any_store, report)
    with any_store.reading() as session:
        head = session.scalars(select(Person.id).join(FollowUp, FollowUp.id == follow_up_id)
                               .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
                               .where(Person.case_id == MonitoringPlan.case_id).order_by(Person.id)).first()
    assert head is not None

    exported = subject_access.export(any_store.as_actor(OFFICER), head)

    data = json.loads(exported.json_text)
    [follow_up] = [f for f in data["follow_ups"] if f["id"] == follow_up_id]
    assert follow_up["notes"] and "sealed" not in follow_up["notes"]
    assert [a["filename"] for a in data["attachments"]] == ["partner report.pdf"]
    assert "content" not in data["attachments"][0]
    written = subject_access.write_files(exported, tmp_path, "export")
    [attachment] = [p for p in written if p.parent.name == "export-attachments"]
    assert attachment.name.endswith("partner report.pdf")
    assert attachment.read_bytes() == report.content


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "Rapport d'accès aux données personnelles Données d'identité Dossier Ménage Lien de parenté Prénoms "
           "Date de naissance Géorgie géorgien Caractère volontaire (1) Séances de conseil (1) Aucune donnée détenue "
           "Journal d'audit du dossier Heure (UTC) Enregistrement 9 juillet 1988"),
    ("ar", "تقرير الاطلاع على البيانات الشخصية البيانات الشخصية الملف الأسرة صلة القرابة الأسماء الأولى تاريخ الميلاد "
           "جورجيا الجورجية الطابع الطوعي جلسات الإرشاد لا توجد بيانات محفوظة سجل التدقيق الخاص بالملف يوليو 1988"),
])
def test_the_report_reads_in_the_office_language(store: Store, language: str, words: str) -> None:
    """Headings, field names, vocabulary words, countries and languages in the office's language."""
    from tests.unit.documents.helpers import office
    from tests.unit.documents.pdftext import has_words, text

    office(store, language)
    family = open_family(store)
    counsel(store, family, TODAY)
    declare(store, family.mother, TODAY)
    printed = text(subject_access.export(store.as_actor(OFFICER), family.mother).pdf)
    assert has_words(printed, words)
    english = ("Subject access report", "Particulars", "Household", "Date of birth", "Georgia", "Georgian",
               "Voluntariness", "Counselling sessions", "Nothing held", "Audit log", "Relationship", "Child")
    assert not [word for word in english if word in printed]
