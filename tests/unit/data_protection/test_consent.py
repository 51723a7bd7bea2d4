"""Consent and lawful basis per person; sharing refused without one for the purpose; the register."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from planning.audit_chain import verify
from planning.data_protection import consent
from planning.data_protection.consent import NoLawfulBasis
from planning.errors import ConflictError, PermissionDenied, ValidationError
from planning.storage.models import AuditEntry
from planning.storage.store import Actor, Store
from planning.vocabulary import LegalBasis, Role
from tests.scenarios import open_family
from tests.unit.data_protection.tamper import as_officer

SAFEGUARD = "Data-sharing agreement of 2026-01-10; sent by encrypted e-mail"


def test_sharing_without_consent_is_refused_and_nothing_is_registered(any_store: Store) -> None:
    family = open_family(any_store)

    with pytest.raises(NoLawfulBasis, match="Reintegration assistance") as refused:
        consent.share(any_store, family.father, "Caritas Georgia", "Reintegration assistance", SAFEGUARD,
                      date(2026, 5, 20), ["names", "contact"])

    assert refused.value.key == "consent.no_basis" and refused.value.param("purpose") == "Reintegration assistance"
    records = consent.for_case(any_store, family.case_id)
    assert all(not r.transfers for r in records)


def test_consent_for_the_purpose_allows_sharing_and_the_transfer_is_registered_and_audited(any_store: Store) -> None:
    family = open_family(any_store)
    given = consent.record_basis(any_store, family.father, LegalBasis.CONSENT, "Reintegration assistance",
                                 date(2026, 5, 1), note="Signed form in the paper file")

    transfer_id = consent.share(any_store, family.father, "Caritas Georgia", "  reintegration   ASSISTANCE ",
                                SAFEGUARD, date(2026, 5, 20), ["names", "contact", "names"])

    father = next(r for r in consent.for_case(any_store, family.case_id) if r.person_id == family.father)
    assert [c.id for c in father.consents] == [given]
    [transfer] = father.transfers
    assert (transfer.id, transfer.recipient, transfer.fields, transfer.basis) == \
        (transfer_id, "Caritas Georgia", ("names", "contact"), LegalBasis.CONSENT)
    assert transfer.safeguard == SAFEGUARD and transfer.shared_by == "coordinator1"
    with any_store.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.case_id == family.case_id)).all()
    assert "consent.record" in actions and "data.share" in actions
    assert verify(as_officer(any_store)).ok


def test_consent_covers_only_its_purpose_its_person_and_its_period(any_store: Store) -> None:
    family = open_family(any_store)
    given = consent.record_basis(any_store, family.father, LegalBasis.CONSENT, "Post-arrival monitoring",
                                 date(2026, 5, 1))

    with pytest.raises(NoLawfulBasis):
        consent.share(any_store, family.father, "Caritas", "Reintegration assistance", SAFEGUARD,
                      date(2026, 5, 20), ["names"])
    with pytest.raises(NoLawfulBasis):
        consent.share(any_store, family.mother, "Caritas", "Post-arrival monitoring", SAFEGUARD,
                      date(2026, 5, 20), ["names"])
    with pytest.raises(NoLawfulBasis):
        consent.share(any_store, family.father, "Caritas", "Post-arrival monitoring", SAFEGUARD,
                      date(2026, 4, 30), ["names"])

    version = consent.for_case(any_store, family.case_id)[0].consents[0].version
    consent.withdraw(any_store, given, version, date(2026, 5, 25))

    consent.share(any_store, family.father, "Caritas", "Post-arrival monitoring", SAFEGUARD, date(2026, 5, 24),
                  ["names"])
    with pytest.raises(NoLawfulBasis):
        consent.share(any_store, family.father, "Caritas", "Post-arrival monitoring", SAFEGUARD,
                      date(2026, 5, 25), ["names"])


def test_another_lawful_basis_allows_sharing_without_consent(any_store: Store) -> None:
    family = open_family(any_store)
    consent.record_basis(any_store, family.child, LegalBasis.VITAL_INTEREST, "Medical escort", date(2026, 5, 1),
                         note="Insulin-dependent; escort must know the treatment")

    consent.share(any_store, family.child, "MedEscort Ltd", "medical escort", "Contract clause 7", date(2026, 5, 2),
                  ["names", "medical"])

    [transfer] = next(r for r in consent.for_case(any_store, family.case_id) if r.person_id == family.child).transfers
    assert transfer.basis is LegalBasis.VITAL_INTEREST


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"recipient": " "}, "recipient"),
    ({"purpose": ""}, "purpose"),
    ({"safeguard": ""}, "safeguard"),
    ({"fields": []}, "fields"),
    ({"fields": ["names", "passport_scan"]}, "fields"),
    ({"shared_on": date(2026, 7, 1)}, "shared_on"),
])
def test_bad_transfers_name_the_field(any_store: Store, kwargs: dict[str, object], field: str) -> None:
    family = open_family(any_store)
    values: dict[str, object] = {"recipient": "Caritas", "purpose": "Reintegration assistance",
                                 "safeguard": SAFEGUARD, "shared_on": date(2026, 5, 2), "fields": ["names"]}
    values.update(kwargs)

    with pytest.raises(ValidationError) as refused:
        consent.share(any_store, family.father, **values)  # type: ignore[arg-type]

    assert refused.value.field == field


def test_withdrawal_checks_dates_version_and_repeats(any_store: Store) -> None:
    family = open_family(any_store)
    given = consent.record_basis(any_store, family.mother, LegalBasis.CONSENT, "Family tracing", date(2026, 5, 10))

    with pytest.raises(ValidationError, match="before it was given"):
        consent.withdraw(any_store, given, 1, date(2026, 5, 9))
    with pytest.raises(ConflictError):
        consent.withdraw(any_store, given, 7, date(2026, 5, 11))
    consent.withdraw(any_store, given, 1, date(2026, 5, 11))
    with pytest.raises(ValidationError, match="already withdrawn"):
        consent.withdraw(any_store, given, 2, date(2026, 5, 12))


def test_bad_consent_input_names_the_field(any_store: Store) -> None:
    family = open_family(any_store)
    with pytest.raises(ValidationError) as future:
        consent.record_basis(any_store, family.father, LegalBasis.CONSENT, "Monitoring", date(2027, 1, 1))
    assert future.value.field == "given_on"
    with pytest.raises(ValidationError) as basis:
        consent.record_basis(any_store, family.father, "agreed", "Monitoring", date(2026, 1, 1))  # type: ignore[arg-type]
    assert basis.value.field == "basis"


def test_a_read_only_user_cannot_record_or_share(any_store: Store) -> None:
    family = open_family(any_store)
    reader = any_store.as_actor(Actor("viewer", Role.READ_ONLY))

    with pytest.raises(PermissionDenied):
        consent.record_basis(reader, family.father, LegalBasis.CONSENT, "Monitoring", date(2026, 5, 1))
    with pytest.raises(PermissionDenied):
        consent.share(reader, family.father, "Caritas", "Monitoring", SAFEGUARD, date(2026, 5, 1), ["names"])
