"""Recording counselling sessions (para 20): options explained, needs heard, outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planning import audit, status
from planning.errors import ValidationError
from planning.lookup import get
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CounsellingParticipant, CounsellingSession, Person
from planning.storage.store import Store
from planning.validation import language_code, optional_text, past_or_today, required_text
from planning.vocabulary import CaseStatus, CounsellingOutcome, CounsellingTopic


@dataclass(frozen=True)
class SessionDraft:
    held_on: date
    counsellor: str
    language: str
    topics: tuple[CounsellingTopic, ...]
    outcome: CounsellingOutcome
    participant_ids: tuple[int, ...] = ()
    interpreter: str | None = None
    needs: str | None = None
    notes: str | None = None


def record_session(store: Store, case_id: int, draft: SessionDraft) -> int:
    """Record a session with some or all of the household; returns its id."""
    require(store, Permission.COUNSEL)
    today = store.today()
    held_on = past_or_today("held_on", draft.held_on, today)
    counsellor = required_text("counsellor", draft.counsellor)
    language = language_code("language", draft.language)
    if not draft.topics:
        raise ValidationError("topics", "counselling.no_topic")
    for topic in draft.topics:
        if not isinstance(topic, CounsellingTopic):
            raise ValidationError("topics", "counselling.unknown_topic", topic)
    if not isinstance(draft.outcome, CounsellingOutcome):
        raise ValidationError("outcome", "counselling.unknown_outcome", draft.outcome)
    with store.transaction() as session:
        case = get(session, Case, case_id)
        if case.status is CaseStatus.INVOLVEMENT_ENDED:
            raise ValidationError("case", "case.involvement_ended", case.reference, reference=case.reference)
        if held_on < case.opened_on:
            raise ValidationError("held_on", "case.before_opened_on", held_on, day=held_on,
                                  opened_on=case.opened_on)
        member_ids = {p.id for p in case.members}
        participants = draft.participant_ids or tuple(sorted(member_ids))
        strangers = set(participants) - member_ids
        if strangers:
            raise ValidationError("participants", "counselling.not_members", sorted(strangers))
        counselling = CounsellingSession(
            case_id=case.id, held_on=held_on, counsellor=counsellor, language=language,
            interpreter=optional_text("interpreter", draft.interpreter, max_length=120),
            topics=[t.value for t in draft.topics], needs=optional_text("needs", draft.needs, lines=True),
            outcome=draft.outcome, notes=optional_text("notes", draft.notes, lines=True),
        )
        counselling.participants = [CounsellingParticipant(person_id=pid) for pid in participants]
        session.add(counselling)
        audit.record(session, store.actor, "counselling.record", counselling, case_id=case.id)
        status.refresh(session, [case.id], today)
        return counselling.id


def participants(store: Store, session_id: int) -> list[str]:
    with store.reading() as session:
        counselling = get(session, CounsellingSession, session_id)
        ids = [p.person_id for p in counselling.participants]
        return [f"{p.given_names} {p.family_name}" for p in (session.get(Person, i) for i in ids) if p]
