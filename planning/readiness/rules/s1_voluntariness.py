"""S1 Voluntariness: a current, informed decision per person; minors on their guardian's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from planning.readiness.facts import CaseFacts, PersonFacts, VoluntarinessRecord
from planning.readiness.reasons import Reason, Stage
from planning.vocabulary import BestInterestsOutcome, VoluntarinessKind

#: A decision older than this before the travel date must be reconfirmed first.
DECISION_FRESH_FOR = timedelta(days=180)

NEGATIVE = (VoluntarinessKind.REFUSED, VoluntarinessKind.WITHDRAWN)
POSITIVE = (VoluntarinessKind.DECLARED, VoluntarinessKind.RECONFIRMED)


def latest(events: tuple[VoluntarinessRecord, ...], *kinds: VoluntarinessKind) -> VoluntarinessRecord | None:
    return next((e for e in reversed(events) if e.kind in kinds), None)


def informed(event: VoluntarinessRecord) -> bool:
    return bool(event.counsellor and event.language and event.information_given)


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    if case.closed_on is not None:
        # A closed case carries no decision anyone may act on: whatever was declared, it is not moved.
        yield Reason.of("S1.case_closed", final=True, reference=case.reference, closed_on=case.closed_on)
    booking = case.booking_on(on)
    for person in case.members:
        if stage is Stage.DEPARTURE and booking is not None and booking.ticked is not None \
                and person.id not in booking.ticked:
            # Checked in, but this member was never ticked present (added to the household since).
            yield Reason.of("S1.not_checked_in", person, person=person.name, on=on)
        if case.unaccompanied_on(person, on):
            yield from _unaccompanied_minor(person, on)
        if case.decision_holder(person, on) is not person:
            continue  # an accompanied minor travels on the guardian's decision, checked for the guardian
        yield from _own_decision(person, on, stage)


def _own_decision(person: PersonFacts, on: date, stage: Stage) -> Iterator[Reason]:
    events = person.events_until(on)
    declaration = latest(events, VoluntarinessKind.DECLARED)
    if declaration is None:
        yield Reason.of("S1.no_declaration", person, person=person.name)
        return
    negative = latest(events, *NEGATIVE)
    if negative is not None and events.index(negative) > events.index(declaration):
        return  # S2 explains a refusal or withdrawal after the last declaration
    if not informed(declaration):
        yield Reason.of("S1.uninformed", person, declared_on=declaration.occurred_on, person=person.name)
    last_positive = latest(events, *POSITIVE)
    assert last_positive is not None
    if on - last_positive.occurred_on > DECISION_FRESH_FOR:
        yield Reason.of("S1.stale", person, person=person.name, expressed_on=last_positive.occurred_on,
                        days=DECISION_FRESH_FOR.days, on=on)
    if stage is Stage.DEPARTURE:
        reconfirmed = latest(events, VoluntarinessKind.RECONFIRMED)
        if reconfirmed is None or reconfirmed.occurred_on != on or events.index(reconfirmed) < events.index(
            declaration
        ):
            yield Reason.of("S1.not_reconfirmed", person, person=person.name, on=on)


def _unaccompanied_minor(person: PersonFacts, on: date) -> Iterator[Reason]:
    decided = [b for b in person.best_interests if b.decided_on <= on]
    if not decided:
        yield Reason.of("S1.no_best_interests", person, person=person.name)
        return
    latest_bid = sorted(decided, key=lambda b: b.decided_on)[-1]  # same day: the one recorded last
    if latest_bid.outcome is not BestInterestsOutcome.RETURN_IN_BEST_INTERESTS:
        yield Reason.of("S1.not_in_best_interests", person, decided_on=latest_bid.decided_on, person=person.name)
    elif latest_bid.reception_confirmed_on is None or latest_bid.reception_confirmed_on > on:
        yield Reason.of("S1.reception_unconfirmed", person, person=person.name)
