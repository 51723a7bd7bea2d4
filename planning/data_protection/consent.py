"""Consent and other lawful bases per person and purpose; sharing with a partner, registered.

A transfer is refused unless, on the day of sharing, the person has a basis for that purpose:
consent not withdrawn, or another basis recorded for it (vital interest, legal obligation, public
interest, legitimate interest). Purposes match case-insensitively. Every record, withdrawal and
transfer is audited; the register of transfers per person is shown in the case file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import snapshot
from planning.errors import HomewardError, ValidationError
from planning.lookup import check_version, get
from planning.security.permissions import Permission, require
from planning.storage.models import Case, ConsentRecord, DataTransfer, Person
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today, required_text
from planning.vocabulary import LegalBasis

#: Purposes offered in the app; others may be typed.
PURPOSES = ("reintegration assistance", "post-arrival monitoring", "medical escort", "travel arrangements",
            "family tracing", "referral to protection services")

#: What may be shared, by name (the transfer records which).
SHAREABLE = {
    "names": "Names",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "nationality": "Nationality",
    "contact": "Phone and e-mail",
    "languages": "Languages",
    "region_of_return": "Region of return",
    "household": "Household composition",
    "vulnerabilities": "Vulnerabilities",
    "reintegration_needs": "Reintegration needs",
    "medical": "Medical needs for travel",
}


class NoLawfulBasis(HomewardError):
    """A transfer refused: no consent or other basis covers the purpose on that day."""

    def __init__(self, person: str, to: str, purpose: str, day: date) -> None:
        super().__init__("consent.no_basis", person=person, to=to, purpose=purpose, day=day)


@dataclass(frozen=True)
class ConsentView:
    id: int
    version: int
    person_id: int
    basis: LegalBasis
    purpose: str
    given_on: date
    withdrawn_on: date | None
    note: str | None
    recorded_by: str

    def covers(self, purpose: str, on: date) -> bool:
        return (_key(self.purpose) == _key(purpose) and self.given_on <= on
                and (self.withdrawn_on is None or self.withdrawn_on > on))


@dataclass(frozen=True)
class TransferView:
    id: int
    person_id: int
    recipient: str
    purpose: str
    safeguard: str
    shared_on: date
    fields: tuple[str, ...]
    basis: LegalBasis | None
    shared_by: str


@dataclass(frozen=True)
class PersonRecords:
    """A member's bases and transfers, for the case file."""

    person_id: int
    name: str
    consents: tuple[ConsentView, ...]
    transfers: tuple[TransferView, ...]


def _key(purpose: str) -> str:
    return " ".join(purpose.casefold().split())


def _person(session: Session, person_id: int) -> tuple[Person, Case]:
    person = get(session, Person, person_id)
    case = get(session, Case, person.case_id)
    if case.anonymised_on is not None:
        raise ValidationError("person", "consent.anonymised", person_id, reference=case.reference,
                              day=case.anonymised_on)
    return person, case


def record_basis(
    store: Store, person_id: int, basis: LegalBasis, purpose: str, given_on: date, note: str | None = None,
) -> int:
    """Record consent (or another lawful basis) for a purpose; returns its id."""
    require(store, Permission.EDIT_CASES)
    if not isinstance(basis, LegalBasis):
        raise ValidationError("basis", "consent.unknown_basis", basis)
    what = required_text("purpose", purpose, max_length=120)
    past_or_today("given_on", given_on, store.today())
    text = optional_text("note", note, max_length=2000, lines=True)
    with store.transaction() as session:
        person, case = _person(session, person_id)
        if given_on < person.date_of_birth:
            raise ValidationError("given_on", "consent.before_birth", given_on, day=given_on)
        record = ConsentRecord(person_id=person.id, basis=basis, purpose=what, given_on=given_on, note=text,
                               recorded_by=store.actor.username)
        session.add(record)
        audit.record(session, store.actor, "consent.record", record, case_id=case.id)
        return record.id


def withdraw(store: Store, consent_id: int, expected_version: int, withdrawn_on: date) -> None:
    """The person withdraws consent (or the other basis lapses) from `withdrawn_on`."""
    require(store, Permission.EDIT_CASES)
    past_or_today("withdrawn_on", withdrawn_on, store.today())
    with store.transaction() as session:
        record = get(session, ConsentRecord, consent_id)
        check_version(record, expected_version)
        _, case = _person(session, record.person_id)
        if record.withdrawn_on is not None:
            raise ValidationError("consent", "consent.already_withdrawn", consent_id, day=record.withdrawn_on)
        if withdrawn_on < record.given_on:
            raise ValidationError("withdrawn_on", "consent.withdrawn_before_given", withdrawn_on, day=withdrawn_on,
                                  given=record.given_on)
        before = snapshot(record)
        record.withdrawn_on = withdrawn_on
        session.flush()
        audit.record(session, store.actor, "consent.withdraw", record, case_id=case.id, before=before)


def share(
    store: Store, person_id: int, recipient: str, purpose: str, safeguard: str, shared_on: date,
    fields: Sequence[str],
) -> int:
    """Register data given to `recipient`; refused (NoLawfulBasis) without a basis for the purpose."""
    require(store, Permission.EDIT_CASES)
    to = required_text("recipient", recipient, max_length=200)
    what = required_text("purpose", purpose, max_length=120)
    how = required_text("safeguard", safeguard, max_length=2000, lines=True)
    past_or_today("shared_on", shared_on, store.today())
    chosen = list(dict.fromkeys(fields))
    if not chosen:
        raise ValidationError("fields", "consent.no_fields", fields)
    unknown = [f for f in chosen if f not in SHAREABLE]
    if unknown:
        raise ValidationError("fields", "consent.unknown_fields", unknown, unknown=tuple(unknown),
                              known=tuple(SHAREABLE))
    with store.transaction() as session:
        person, case = _person(session, person_id)
        basis = next((c for c in _consents(session, person.id) if c.covers(what, shared_on)), None)
        if basis is None:
            raise NoLawfulBasis(f"{person.given_names} {person.family_name}", to, what, shared_on)
        transfer = DataTransfer(person_id=person.id, recipient=to, purpose=what, safeguard=how, shared_on=shared_on,
                                fields=chosen, consent_id=basis.id, shared_by=store.actor.username)
        session.add(transfer)
        audit.record(session, store.actor, "data.share", transfer, case_id=case.id)
        return transfer.id


def _consents(session: Session, person_id: int) -> list[ConsentView]:
    rows = session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == person_id)
                           .order_by(ConsentRecord.given_on, ConsentRecord.id))
    return [_consent_view(r) for r in rows]


def _consent_view(r: ConsentRecord) -> ConsentView:
    return ConsentView(r.id, r.version, r.person_id, r.basis, r.purpose, r.given_on, r.withdrawn_on, r.note,
                       r.recorded_by)


def _transfers(session: Session, person_id: int) -> list[TransferView]:
    rows = session.execute(
        select(DataTransfer, ConsentRecord.basis).outerjoin(ConsentRecord, ConsentRecord.id == DataTransfer.consent_id)
        .where(DataTransfer.person_id == person_id).order_by(DataTransfer.shared_on, DataTransfer.id)
    ).all()
    return [TransferView(t.id, t.person_id, t.recipient, t.purpose, t.safeguard, t.shared_on, tuple(t.fields),
                         basis, t.shared_by) for t, basis in rows]


def for_case(store: Store, case_id: int) -> list[PersonRecords]:
    """Every member's bases and transfers, members in case order."""
    with store.reading() as session:
        case = get(session, Case, case_id)
        return [PersonRecords(p.id, p.display_name, tuple(_consents(session, p.id)), tuple(_transfers(session, p.id)))
                for p in case.members]


def for_person(session: Session, person_id: int) -> tuple[list[ConsentView], list[TransferView]]:
    return _consents(session, person_id), _transfers(session, person_id)
