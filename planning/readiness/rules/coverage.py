"""Whether a country's assurances of one kind cover a person on a date (S5, S6)."""

from __future__ import annotations

from datetime import date

from planning.readiness.facts import AssuranceRecord, CaseFacts, PersonFacts
from planning.readiness.texts import Phrase
from planning.vocabulary import AssuranceKind, AssuranceStatus


def covering(case: CaseFacts, person: PersonFacts, kind: AssuranceKind) -> tuple[AssuranceRecord, ...]:
    country = case.country
    return tuple(a for a in country.assurances_of(kind) if a.covers(person, country.code, case.region))


def gap(case: CaseFacts, person: PersonFacts, kind: AssuranceKind, on: date) -> Phrase | None:
    """Why no valid assurance covers the person on `on`; None when one does, or when one is under review
    (S9 reports it)."""
    candidates = covering(case, person, kind)
    if any(a.valid_on(on) for a in candidates):
        return None
    if any(a.status is AssuranceStatus.UNDER_REVIEW and a.in_period(on) for a in candidates):
        return None  # S9 reports it
    in_force = [a for a in candidates if a.status is AssuranceStatus.IN_FORCE]
    later = [a for a in in_force if a.valid_from > on]
    if later:
        first = min(later, key=lambda a: a.valid_from)
        return Phrase.of("assurance_later", reference=first.reference, valid_from=first.valid_from)
    ended = [a for a in candidates if a.valid_to is not None and a.valid_to < on]
    if ended:
        last = max(ended, key=lambda a: a.valid_to or on)
        return Phrase.of("assurance_expired", reference=last.reference, valid_to=last.valid_to)
    pending = [a for a in candidates if a.status is AssuranceStatus.REQUESTED]
    if pending:
        return Phrase.of("assurance_requested", reference=pending[0].reference)
    return Phrase.of("no_assurance")
