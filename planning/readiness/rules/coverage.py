"""Whether a country's assurances of one kind cover a person on a date (S5, S6)."""

from __future__ import annotations

from datetime import date

from planning.readiness.facts import AssuranceRecord, CaseFacts, PersonFacts
from planning.vocabulary import AssuranceKind, AssuranceStatus


def covering(case: CaseFacts, person: PersonFacts, kind: AssuranceKind) -> tuple[AssuranceRecord, ...]:
    country = case.country
    return tuple(a for a in country.assurances_of(kind) if a.covers(person, country.code, case.region))


def gap(case: CaseFacts, person: PersonFacts, kind: AssuranceKind, on: date) -> str | None:
    """None when a valid assurance covers the person on `on`; else why not, or '' if under review."""
    candidates = covering(case, person, kind)
    if any(a.valid_on(on) for a in candidates):
        return None
    if any(a.status is AssuranceStatus.UNDER_REVIEW and a.in_period(on) for a in candidates):
        return ""  # S9 reports it
    in_force = [a for a in candidates if a.status is AssuranceStatus.IN_FORCE]
    later = [a for a in in_force if a.valid_from > on]
    if later:
        first = min(later, key=lambda a: a.valid_from)
        return f"the assurance {first.reference} only takes effect on {first.valid_from}"
    ended = [a for a in candidates if a.valid_to is not None and a.valid_to < on]
    if ended:
        last = max(ended, key=lambda a: a.valid_to or on)
        return f"the assurance {last.reference} expired on {last.valid_to}"
    pending = [a for a in candidates if a.status is AssuranceStatus.REQUESTED]
    if pending:
        return f"the assurance {pending[0].reference} has been requested but not given"
    return "none is recorded"
