"""S8 Advisories: a suspension of returns to the country, region or profile blocks planning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for advisory in case.country.advisories:
        if not advisory.suspends_returns or not advisory.in_force_on(on):
            continue
        if advisory.region and (case.region or "").casefold() != advisory.region.casefold():
            continue
        where = f"{case.country.name}" + (f", {advisory.region}" if advisory.region else "")
        until = f" until {advisory.in_force_to}" if advisory.in_force_to else " with no end date"
        if advisory.profile is None:
            yield Reason(
                Safeguard.S8, "S8.suspended",
                f"Returns to {where} are suspended by {advisory.issued_by}{until}: {advisory.summary}",
                "Wait until the advisory is lifted or ends",
            )
            continue
        for person in case.members:
            if advisory.profile in {v.value for v in person.vulnerable_on(on)}:
                yield Reason(
                    Safeguard.S8, "S8.suspended_profile",
                    f"Returns of {advisory.profile.replace('_', ' ')} to {where} are suspended by "
                    f"{advisory.issued_by}{until}: {advisory.summary}",
                    "Wait until the advisory is lifted or ends",
                    person.id, person.name,
                )
