"""S7 Monitoring authorisation: the follow-up the case needs must be authorised."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts, PersonFacts
from planning.readiness.reasons import Reason, Stage
from planning.vocabulary import AssuranceKind, MonitoringLevel, VulnerabilityKind


def needs_active(case: CaseFacts, on: date) -> PersonFacts | None:
    """The first member whose risk profile calls for active monitoring there, if any."""
    profiles = case.country.active_monitoring_profiles
    for person in case.members:
        kinds = {v.value for v in person.vulnerable_on(on)}
        if case.unaccompanied_on(person, on):
            kinds.add(VulnerabilityKind.UNACCOMPANIED_MINOR.value)
        if kinds & profiles:
            return person
    return None


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    country = case.country
    authorisations = [
        a for a in country.assurances_of(AssuranceKind.MONITORING_AUTHORISATION)
        if a.valid_on(on) and a.covers_region(case.region)
    ]
    levels = {a.monitoring_level or MonitoringLevel.PASSIVE for a in authorisations}
    profiled = needs_active(case, on)
    needed = MonitoringLevel.ACTIVE if profiled else MonitoringLevel.PASSIVE
    if any(level.covers(needed) for level in levels):
        return
    if not authorisations:
        yield Reason.of("S7.no_authorisation", country=country.named, on=on)
    else:
        assert profiled is not None
        yield Reason.of("S7.active_needed", profiled, person=profiled.name, country=country.named)
