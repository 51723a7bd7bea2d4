"""Voluntariness events (S1–S3): recorded, never changed; current will is derived from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit, status
from planning.bookings import cancel_open_bookings
from planning.errors import SafeguardError, ValidationError
from planning.lookup import person_and_case
from planning.persons import identity
from planning.readiness.rules.s1_voluntariness import NEGATIVE, POSITIVE
from planning.security.permissions import Permission, require
from planning.storage.models import Movement, Person, VoluntarinessEvent
from planning.storage.store import Store
from planning.validation import language_code, optional_text, past_or_today, required_text
from planning.vocabulary import CaseStatus, CounsellingTopic, VoluntarinessKind

#: What must have been explained before a decision counts as informed.
REQUIRED_INFORMATION = frozenset({CounsellingTopic.RIGHT_TO_CHANGE_MIND})


@dataclass(frozen=True)
class Expression:
    """One expression of a person's will, as the counsellor or check-in agent records it."""

    kind: VoluntarinessKind
    occurred_on: date
    counsellor: str | None = None
    language: str | None = None
    interpreter: str | None = None
    information_given: tuple[CounsellingTopic, ...] = ()
    statement: str | None = None
    movement_id: int | None = None
    #: Required for FORCE_NEEDED: the user confirmed that this ends the case for good.
    confirmed: bool = False


@dataclass(frozen=True)
class Recorded:
    event_id: int
    case_status: CaseStatus
    cancelled_bookings: tuple[int, ...]


def record(store: Store, person_id: int, expression: Expression) -> Recorded:
    """Append a voluntariness event; refusal, withdrawal and force-needed act on the whole household."""
    require(store, Permission.RECORD_VOLUNTARINESS)
    today = store.today()
    kind = expression.kind
    if not isinstance(kind, VoluntarinessKind):
        raise ValidationError("kind", "voluntariness.unknown_kind", kind)
    occurred_on = past_or_today("occurred_on", expression.occurred_on, today)
    values = _validated(expression)
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        if case.status is CaseStatus.INVOLVEMENT_ENDED or _force_recorded(session, case.id):
            raise SafeguardError("S3", "case.involvement_ended_for_good", reference=case.reference)
        if case.status is CaseStatus.PROTECTION_GRANTED and kind in POSITIVE:
            raise SafeguardError("S4", "case.needs_protection", reference=case.reference)
        if occurred_on < person.case.opened_on:
            raise ValidationError("occurred_on", "case.before_opened", occurred_on, day=occurred_on)
        if kind is VoluntarinessKind.RECONFIRMED:
            _require_current_declaration(session, person)
        if kind is VoluntarinessKind.FORCE_NEEDED and not expression.confirmed:
            raise ValidationError("confirmed", "voluntariness.force_unconfirmed")
        if expression.movement_id is not None and session.get(Movement, expression.movement_id) is None:
            raise ValidationError("movement", "voluntariness.no_such_movement", expression.movement_id)
        event = VoluntarinessEvent(person_id=person.id, kind=kind, occurred_on=occurred_on,
                                   recorded_by=store.actor.username, movement_id=expression.movement_id,
                                   **values)
        session.add(event)
        audit.record(session, store.actor, f"voluntariness.{kind.value}", event, case_id=case.id)
        cancelled: list[int] = []
        if kind in NEGATIVE or kind is VoluntarinessKind.FORCE_NEEDED:
            why = f"{person.given_names} {person.family_name}: {kind.value.replace('_', ' ')} on {occurred_on}"
            cancelled = cancel_open_bookings(session, store.actor, case.id, why)
        derived = status.refresh(session, [case.id], today)[case.id]
        if kind is VoluntarinessKind.FORCE_NEEDED:
            # The same person's other cases are blocked from now on (the person registry): their status too.
            status.refresh(session, identity.linked_cases(session, case.id), today)
        return Recorded(event.id, derived.status, tuple(cancelled))


def history(store: Store, person_id: int) -> list[VoluntarinessEvent]:
    """The person's events in the order they were expressed."""
    with store.reading() as session:
        return list(session.scalars(
            select(VoluntarinessEvent).where(VoluntarinessEvent.person_id == person_id)
            .order_by(VoluntarinessEvent.occurred_on, VoluntarinessEvent.id)
        ))


def _validated(expression: Expression) -> dict[str, object]:
    kind = expression.kind
    counsellor = optional_text("counsellor", expression.counsellor, max_length=120)
    language = language_code("language", expression.language) if expression.language else None
    topics = expression.information_given
    for topic in topics:
        if not isinstance(topic, CounsellingTopic):
            raise ValidationError("information_given", "voluntariness.unknown_topic", topic)
    if kind is VoluntarinessKind.DECLARED:
        counsellor = required_text("counsellor", expression.counsellor)
        if language is None:
            raise ValidationError("language", "voluntariness.no_language")
        missing = REQUIRED_INFORMATION - set(topics)
        if missing:
            raise ValidationError("information_given", "voluntariness.change_of_mind_untold",
                                  sorted(m.value for m in missing))
    if kind is VoluntarinessKind.FORCE_NEEDED:
        required_text("statement", expression.statement, max_length=5000, lines=True)
    return {
        "counsellor": counsellor, "language": language,
        "interpreter": optional_text("interpreter", expression.interpreter, max_length=120),
        "information_given": [t.value for t in topics],
        "statement": optional_text("statement", expression.statement, lines=True),
    }


def _force_recorded(session: Session, case_id: int) -> bool:
    return session.scalar(
        select(VoluntarinessEvent.id).join(Person).where(
            Person.case_id == case_id, VoluntarinessEvent.kind == VoluntarinessKind.FORCE_NEEDED
        ).limit(1)
    ) is not None


def _require_current_declaration(session: Session, person: Person) -> None:
    kinds = list(session.scalars(
        select(VoluntarinessEvent.kind).where(VoluntarinessEvent.person_id == person.id)
        .order_by(VoluntarinessEvent.occurred_on, VoluntarinessEvent.id)
    ))
    declared = [i for i, k in enumerate(kinds) if k is VoluntarinessKind.DECLARED]
    negative = [i for i, k in enumerate(kinds) if k in NEGATIVE]
    if not declared or (negative and negative[-1] > declared[-1]):
        raise ValidationError("kind", "voluntariness.nothing_to_reconfirm", VoluntarinessKind.RECONFIRMED,
                              person=person.display_name)
