"""S10 Travel readiness: documents, fitness to travel and escorts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts, PersonFacts
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.vocabulary import NEEDS_FIT_TO_TRAVEL, EscortNeed


def _reason(code: str, person: PersonFacts | None, message: str, resolution: str) -> Reason:
    return Reason(Safeguard.S10, f"S10.{code}", message, resolution,
                  person.id if person else None, person.name if person else None)


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
    why = (f"the {max(expired, key=lambda d: d.valid_until).kind.value.replace('_', ' ')} expires "
           f"on {max(d.valid_until for d in expired)}") if expired else "none is recorded"
    yield _reason("no_document", person,
                  f"{person.name} holds no travel document valid on {on}: {why}",
                  f"Record a valid passport or emergency travel document for {person.name}")


def _clearance(person: PersonFacts, on: date) -> Iterator[Reason]:
    assessed = [c for c in person.clearances if c.assessed_on <= on]
    # The latest assessment wins; on the same day, the one recorded last.
    latest = sorted(assessed, key=lambda c: c.assessed_on)[-1] if assessed else None
    if latest is not None and latest.fit and on <= latest.valid_until:
        return
    if latest is not None and not latest.fit:
        why = f"assessed unfit to travel on {latest.assessed_on}"
    elif latest is not None:
        why = f"the clearance ran out on {latest.valid_until}"
    else:
        why = "no clearance is recorded"
    yield _reason("no_clearance", person,
                  f"{person.name} has medical needs and no fit-to-travel clearance valid on {on}: {why}",
                  f"Record a fit-to-travel clearance for {person.name} valid on the travel date")


def _escorts(case: CaseFacts, on: date) -> Iterator[Reason]:
    booking = next((b for b in case.bookings if b.status.active and b.departure_on == on), None)
    if booking is None:
        return  # the planner allocates escort places; checked here once a booking exists
    medical = sum(1 for m in case.members if m.escort_need is EscortNeed.MEDICAL)
    minor = sum(1 for m in case.members
                if m.escort_need is EscortNeed.MINOR or case.unaccompanied_on(m, on))
    if booking.medical_escorts < medical:
        yield _reason("medical_escort", None,
                      f"{medical} member(s) need a medical escort; the booking holds {booking.medical_escorts}",
                      "Reserve medical escort places on the movement")
    if booking.minor_escorts < minor:
        yield _reason("minor_escort", None,
                      f"{minor} minor(s) need an escort; the booking holds {booking.minor_escorts}",
                      "Reserve escort places for minors on the movement")
