"""Protection claims (S4): raised, referred to the competent authority, decided there — never here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Table, update
from sqlalchemy.orm.attributes import set_committed_value

from planning import audit, status
from planning.audit import snapshot
from planning.bookings import cancel_open_bookings
from planning.errors import SafeguardError, ValidationError
from planning.lookup import check_version, get, person_and_case
from planning.persons import identity
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.storage.models import ProtectionReferral
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today, required_text
from planning.vocabulary import CaseStatus, ProtectionOutcome, ReferralAuthority


def raise_concern(store: Store, person_id: int, raised_on: date, statement: str) -> int:
    """A person fears return or asks for asylum: the case goes on hold and out of every movement."""
    require(store, Permission.REFER_PROTECTION)
    today = store.today()
    raised_on = past_or_today("raised_on", raised_on, today)
    said = required_text("statement", statement, max_length=20_000, lines=True)
    cipher = field_cipher(store)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        if case.status is CaseStatus.INVOLVEMENT_ENDED:
            raise SafeguardError("S3", "case.involvement_ended", reference=case.reference)
        referral = ProtectionReferral(person_id=person.id, raised_on=raised_on, raised_by=store.actor.username,
                                      statement="", outcome=ProtectionOutcome.PENDING)
        session.add(referral)
        session.flush()  # the statement is sealed bound to the referral's row and person, once it has a row
        sealed = cipher.seal(said, sealed_fields.statement(referral.id, person.id)) or ""
        table: Table = ProtectionReferral.__table__  # type: ignore[assignment]
        session.execute(update(table).where(table.c.id == referral.id).values(statement=sealed))
        set_committed_value(referral, "statement", sealed)  # still the version it was written at
        audit.record(session, store.actor, "protection.raise", referral, case_id=case.id)
        cancel_open_bookings(session, store.actor, case.id,
                             f"protection concern raised by {person.given_names} {person.family_name}")
        status.refresh(session, [case.id], today)
        return referral.id


def refer(
    store: Store, referral_id: int, expected_version: int, authority: ReferralAuthority,
    referred_on: date, authority_name: str | None = None,
) -> int:
    """Record to whom the claim was referred (once)."""
    require(store, Permission.REFER_PROTECTION)
    today = store.today()
    referred_on = past_or_today("referred_on", referred_on, today)
    if not isinstance(authority, ReferralAuthority):
        raise ValidationError("authority", "protection.unknown_authority", authority)
    with store.transaction() as session:
        referral = get(session, ProtectionReferral, referral_id)
        check_version(referral, expected_version)
        if referral.authority is not None:
            raise ValidationError("authority", "protection.already_referred", referral.authority,
                                  referred_on=referral.referred_on)
        if referred_on < referral.raised_on:
            raise ValidationError("referred_on", "protection.referred_before_raised", referred_on,
                                  referred_on=referred_on, raised_on=referral.raised_on)
        before = snapshot(referral)
        referral.authority = authority
        referral.authority_name = optional_text("authority_name", authority_name, max_length=200)
        referral.referred_on = referred_on
        session.flush()
        case_id = person_and_case(session, referral.person_id)[1].id
        audit.record(session, store.actor, "protection.refer", referral, case_id=case_id, before=before)
        status.refresh(session, [case_id], today)
        return referral.version


def record_outcome(
    store: Store, referral_id: int, expected_version: int, outcome: ProtectionOutcome,
    outcome_on: date, reference: str,
) -> int:
    """Record the authority's final decision (authority, date, reference); recorded once, never changed."""
    require(store, Permission.REFER_PROTECTION)
    today = store.today()
    outcome_on = past_or_today("outcome_on", outcome_on, today)
    if outcome not in (ProtectionOutcome.NEEDS_PROTECTION, ProtectionOutcome.FINAL_NEGATIVE):
        raise ValidationError("outcome", "protection.not_final", outcome)
    ref = required_text("reference", reference)
    with store.transaction() as session:
        referral = get(session, ProtectionReferral, referral_id)
        check_version(referral, expected_version)
        if referral.authority is None or referral.referred_on is None:
            raise ValidationError("outcome", "protection.not_referred", outcome)
        if referral.outcome is not ProtectionOutcome.PENDING:
            raise ValidationError("outcome", "protection.already_decided", referral.outcome,
                                  outcome_on=referral.outcome_on)
        if outcome_on < referral.referred_on:
            raise ValidationError("outcome_on", "protection.decided_before_referral", outcome_on,
                                  outcome_on=outcome_on, referred_on=referral.referred_on)
        before = snapshot(referral)
        referral.outcome = outcome
        referral.outcome_on = outcome_on
        referral.outcome_reference = ref
        session.flush()
        case = person_and_case(session, referral.person_id)[1]
        audit.record(session, store.actor, "protection.outcome", referral, case_id=case.id, before=before)
        status.refresh(session, [case.id], today)
        if outcome is ProtectionOutcome.NEEDS_PROTECTION:
            # The same person's other cases are blocked from now on (the person registry): their status too.
            status.refresh(session, identity.linked_cases(session, case.id), today)
        return referral.version
