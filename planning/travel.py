"""Travel documents and fit-to-travel clearances (S10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planning import audit, status
from planning.audit import snapshot
from planning.errors import ValidationError
from planning.lookup import check_version, get, person_and_case
from planning.security.permissions import Permission, require
from planning.storage.models import FitToTravel, TravelDocument
from planning.storage.store import Store
from planning.validation import country_code, optional_text, past_or_today, period, required_text
from planning.vocabulary import TravelDocumentKind, TravelDocumentStatus


@dataclass(frozen=True)
class DocumentDraft:
    kind: TravelDocumentKind
    number: str
    issuing_country: str
    issued_on: date
    valid_until: date


@dataclass(frozen=True)
class ClearanceDraft:
    assessed_on: date
    assessed_by: str
    fit: bool
    valid_until: date
    conditions: str | None = None


def add_document(store: Store, person_id: int, draft: DocumentDraft) -> int:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    if not isinstance(draft.kind, TravelDocumentKind):
        raise ValidationError("kind", "travel.unknown_document_kind", draft.kind)
    number = required_text("number", draft.number, max_length=40)
    issuing = country_code("issuing_country", draft.issuing_country)
    past_or_today("issued_on", draft.issued_on, today)
    period("issued_on", draft.issued_on, "valid_until", draft.valid_until)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        document = TravelDocument(person_id=person.id, kind=draft.kind, number=number.upper(),
                                  issuing_country=issuing, issued_on=draft.issued_on,
                                  valid_until=draft.valid_until, status=TravelDocumentStatus.VALID)
        session.add(document)
        audit.record(session, store.actor, "document.add", document, case_id=case.id)
        status.refresh(session, [case.id], today)
        return document.id


def set_document_status(
    store: Store, document_id: int, expected_version: int, new_status: TravelDocumentStatus
) -> int:
    """Mark a document cancelled or lost (or valid again after a mistake)."""
    require(store, Permission.EDIT_CASES)
    today = store.today()
    if not isinstance(new_status, TravelDocumentStatus):
        raise ValidationError("status", "travel.unknown_document_status", new_status)
    with store.transaction() as session:
        document = get(session, TravelDocument, document_id)
        check_version(document, expected_version)
        before = snapshot(document)
        document.status = new_status
        session.flush()
        case = person_and_case(session, document.person_id)[1]
        audit.record(session, store.actor, "document.status", document, case_id=case.id, before=before)
        status.refresh(session, [case.id], today)
        return document.version


def add_clearance(store: Store, person_id: int, draft: ClearanceDraft) -> int:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("assessed_on", draft.assessed_on, today)
    period("assessed_on", draft.assessed_on, "valid_until", draft.valid_until)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        clearance = FitToTravel(person_id=person.id, assessed_on=draft.assessed_on,
                                assessed_by=required_text("assessed_by", draft.assessed_by, max_length=200),
                                fit=bool(draft.fit), valid_until=draft.valid_until,
                                conditions=optional_text("conditions", draft.conditions, lines=True))
        session.add(clearance)
        audit.record(session, store.actor, "clearance.add", clearance, case_id=case.id)
        status.refresh(session, [case.id], today)
        return clearance.id
