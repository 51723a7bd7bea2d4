"""S8 Advisories: a suspension of returns to the country, region or profile blocks planning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.messages import Place
from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.texts import Phrase, Value
from planning.vocabulary import VulnerabilityKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for advisory in case.country.advisories:
        if not advisory.suspends_returns or not advisory.in_force_on(on):
            continue
        if advisory.region and (case.region or "").casefold() != advisory.region.casefold():
            continue
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
            if advisory.profile in {v.value for v in person.vulnerable_on(on)}:
                yield Reason.of("S8.suspended_profile", person, profile=profile, where=where,
                                issued_by=advisory.issued_by, until=until, summary=advisory.summary)
