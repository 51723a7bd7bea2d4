"""S8 Advisories: a suspension of returns to the country, region or profile blocks planning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.messages import Place
from planning.readiness.facts import CaseFacts, PersonFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.texts import Phrase, Value
from planning.vocabulary import VulnerabilityKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for advisory in case.country.advisories:
        if not advisory.suspends_returns or not advisory.in_force_on(on):
            continue
        if advisory.region and case.region is not None and case.region.casefold() != advisory.region.casefold():
            continue  # a region of return not recorded is taken to be the suspended one (conservative)
        where: Value = (Phrase.of("country_region", country=case.country.named, region=Place(advisory.region))
                        if advisory.region else case.country.named)
        until = (Phrase.of("until", date=advisory.in_force_to) if advisory.in_force_to
                 else Phrase.of("no_end_date"))
        if advisory.profile is None:
            yield Reason.of("S8.suspended", where=where, issued_by=advisory.issued_by, until=until,
                            summary=advisory.summary)
            continue
        known = {k.value: k for k in VulnerabilityKind}
        profile: Value = known.get(advisory.profile) or advisory.profile.replace("_", " ")
        for person in case.members:
            if advisory.profile in _profiles(case, person, on):
                yield Reason.of("S8.suspended_profile", person, profile=profile, where=where,
                                issued_by=advisory.issued_by, until=until, summary=advisory.summary)


def _profiles(case: CaseFacts, person: PersonFacts, on: date) -> set[str]:
    """The person's profiles on that day: those recorded, and an unaccompanied minor's as the household
    makes them one (a 16-year-old travelling alone is one whether or not it was recorded)."""
    found = {v.value for v in person.vulnerable_on(on)}
    if case.unaccompanied_on(person, on):
        found.add(VulnerabilityKind.UNACCOMPANIED_MINOR.value)
    return found
