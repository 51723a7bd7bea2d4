"""S10 Travel readiness: documents, fitness to travel and escorts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts, PersonFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.texts import Phrase
from planning.vocabulary import NEEDS_FIT_TO_TRAVEL, EscortNeed


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        yield from _document(person, on)
        if NEEDS_FIT_TO_TRAVEL & person.vulnerable_on(on):
            yield from _clearance(person, on)
    yield from _escorts(case, on)


def _document(person: PersonFacts, on: date) -> Iterator[Reason]:
    if any(d.valid_on(on) for d in person.documents):
        return
    expired = [d for d in person.documents if d.valid_until < on]
    why = (Phrase.of("document_expired", document=max(expired, key=lambda d: d.valid_until).kind,
                     valid_until=max(d.valid_until for d in expired)) if expired else Phrase.of("no_document"))
    yield Reason.of("S10.no_document", person, person=person.name, on=on, why=why)


def _clearance(person: PersonFacts, on: date) -> Iterator[Reason]:
    assessed = [c for c in person.clearances if c.assessed_on <= on]
    # The latest assessment wins; on the same day, the one recorded last.
    latest = sorted(assessed, key=lambda c: c.assessed_on)[-1] if assessed else None
    if latest is not None and latest.fit and on <= latest.valid_until:
        return
    if latest is not None and not latest.fit:
        why = Phrase.of("unfit", assessed_on=latest.assessed_on)
    elif latest is not None:
        why = Phrase.of("clearance_expired", valid_until=latest.valid_until)
    else:
        why = Phrase.of("no_clearance")
    yield Reason.of("S10.no_clearance", person, person=person.name, on=on, why=why)


def _escorts(case: CaseFacts, on: date) -> Iterator[Reason]:
    booking = case.booking_on(on)
    if booking is None:
        return  # the planner allocates seats and escort places; checked here once a booking exists
    if booking.seats is not None and booking.seats < len(case.members):
        yield Reason.of("S10.seats_short", reference=case.reference, needed=len(case.members), booked=booking.seats)
    medical = sum(1 for m in case.members if m.escort_need is EscortNeed.MEDICAL)
    minor = sum(1 for m in case.members
                if m.escort_need is EscortNeed.MINOR or case.unaccompanied_on(m, on))
    if booking.medical_escorts < medical:
        yield Reason.of("S10.medical_escort", needed=medical, booked=booking.medical_escorts)
    if booking.minor_escorts < minor:
        yield Reason.of("S10.minor_escort", needed=minor, booked=booking.minor_escorts)
