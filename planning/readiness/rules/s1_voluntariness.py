"""S1 Voluntariness: a current, informed decision per person; minors on their guardian's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from planning.readiness.facts import CaseFacts, PersonFacts, VoluntarinessRecord
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.vocabulary import BestInterestsOutcome, VoluntarinessKind

#: A decision older than this before the travel date must be reconfirmed first.
DECISION_FRESH_FOR = timedelta(days=180)

NEGATIVE = (VoluntarinessKind.REFUSED, VoluntarinessKind.WITHDRAWN)
POSITIVE = (VoluntarinessKind.DECLARED, VoluntarinessKind.RECONFIRMED)


def latest(events: tuple[VoluntarinessRecord, ...], *kinds: VoluntarinessKind) -> VoluntarinessRecord | None:
    return next((e for e in reversed(events) if e.kind in kinds), None)


def informed(event: VoluntarinessRecord) -> bool:
    return bool(event.counsellor and event.language and event.information_given)


def _reason(code: str, person: PersonFacts, message: str, resolution: str) -> Reason:
    return Reason(Safeguard.S1, f"S1.{code}", message, resolution, person.id, person.name)


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        if case.unaccompanied_on(person, on):
            yield from _unaccompanied_minor(person, on)
        if case.decision_holder(person, on) is not person:
            continue  # an accompanied minor travels on the guardian's decision, checked for the guardian
        yield from _own_decision(person, on, stage)


def _own_decision(person: PersonFacts, on: date, stage: Stage) -> Iterator[Reason]:
    events = person.events_until(on)
    declaration = latest(events, VoluntarinessKind.DECLARED)
    if declaration is None:
        yield _reason("no_declaration", person, f"{person.name} has no recorded decision to return",
                      f"Counsel {person.name} and record their informed declaration")
        return
    negative = latest(events, *NEGATIVE)
    if negative is not None and events.index(negative) > events.index(declaration):
        return  # S2 explains a refusal or withdrawal after the last declaration
    if not informed(declaration):
        yield _reason(
            "uninformed", person,
            f"The declaration of {declaration.occurred_on} by {person.name} does not record the "
            "counsellor, the language and the information given",
            f"Record a new informed declaration for {person.name}",
        )
    last_positive = latest(events, *POSITIVE)
    assert last_positive is not None
    if on - last_positive.occurred_on > DECISION_FRESH_FOR:
        yield _reason(
            "stale", person,
            f"{person.name}'s decision was last expressed on {last_positive.occurred_on}, more than "
            f"{DECISION_FRESH_FOR.days} days before {on}",
            f"Reconfirm {person.name}'s decision within {DECISION_FRESH_FOR.days} days of travel",
        )
    if stage is Stage.DEPARTURE:
        reconfirmed = latest(events, VoluntarinessKind.RECONFIRMED)
        if reconfirmed is None or reconfirmed.occurred_on != on or events.index(reconfirmed) < events.index(
            declaration
        ):
            yield _reason(
                "not_reconfirmed", person,
                f"{person.name} has not reconfirmed the decision on the day of departure ({on})",
                f"Ask {person.name} at check-in and record the reconfirmation",
            )


def _unaccompanied_minor(person: PersonFacts, on: date) -> Iterator[Reason]:
    decided = [b for b in person.best_interests if b.decided_on <= on]
    if not decided:
        yield _reason("no_best_interests", person,
                      f"{person.name} is an unaccompanied minor with no best-interests decision",
                      f"Record a best-interests determination for {person.name}")
        return
    latest_bid = sorted(decided, key=lambda b: b.decided_on)[-1]  # same day: the one recorded last
    if latest_bid.outcome is not BestInterestsOutcome.RETURN_IN_BEST_INTERESTS:
        yield _reason("not_in_best_interests", person,
                      f"The best-interests determination of {latest_bid.decided_on} found return is not "
                      f"in {person.name}'s best interests",
                      "Only a new best-interests determination finding return in the child's interests "
                      "can lift this")
    elif latest_bid.reception_confirmed_on is None or latest_bid.reception_confirmed_on > on:
        yield _reason("reception_unconfirmed", person,
                      f"No reception arrangement is confirmed for {person.name} in the country of return",
                      f"Confirm who receives {person.name} on arrival and record the confirmation")
