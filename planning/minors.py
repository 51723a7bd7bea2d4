"""Unaccompanied minors (S1): the best-interests determination and the reception arrangement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planning import audit, status
from planning.audit import snapshot
from planning.errors import ValidationError
from planning.lookup import check_version, get, person_and_case
from planning.security.permissions import Permission, require
from planning.storage.models import BestInterestsDetermination
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today, required_text
from planning.vocabulary import BestInterestsOutcome


@dataclass(frozen=True)
class DeterminationDraft:
    decided_on: date
    decided_by: str
    outcome: BestInterestsOutcome
    reception_arrangement: str | None = None


def record_determination(store: Store, person_id: int, draft: DeterminationDraft) -> int:
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("decided_on", draft.decided_on, today)
    if not isinstance(draft.outcome, BestInterestsOutcome):
        raise ValidationError("outcome", "minors.unknown_outcome", draft.outcome)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        determination = BestInterestsDetermination(
            person_id=person.id, decided_on=draft.decided_on,
            decided_by=required_text("decided_by", draft.decided_by, max_length=200),
            outcome=draft.outcome,
            reception_arrangement=optional_text("reception_arrangement", draft.reception_arrangement, lines=True),
        )
        session.add(determination)
        audit.record(session, store.actor, "best_interests.record", determination, case_id=case.id)
        status.refresh(session, [case.id], today)
        return determination.id


def confirm_reception(store: Store, determination_id: int, expected_version: int, confirmed_on: date,
                      arrangement: str) -> int:
    """Record that the reception arrangement in the country of return is confirmed."""
    require(store, Permission.EDIT_CASES)
    today = store.today()
    past_or_today("confirmed_on", confirmed_on, today)
    text = required_text("reception_arrangement", arrangement, max_length=5000, lines=True)
    with store.transaction() as session:
        determination = get(session, BestInterestsDetermination, determination_id)
        check_version(determination, expected_version)
        if confirmed_on < determination.decided_on:
            raise ValidationError("confirmed_on", "minors.confirmed_before_decided", confirmed_on,
                                  confirmed_on=confirmed_on, decided_on=determination.decided_on)
        before = snapshot(determination)
        determination.reception_arrangement = text
        determination.reception_confirmed_on = confirmed_on
        session.flush()
        case = person_and_case(session, determination.person_id)[1]
        audit.record(session, store.actor, "best_interests.reception", determination, case_id=case.id,
                     before=before)
        status.refresh(session, [case.id], today)
        return determination.version
