"""S9 Breach escalation: assurances under review block new movements to the country."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.vocabulary import AssuranceStatus


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    under_review = [
        a for a in case.country.assurances
        if a.status is AssuranceStatus.UNDER_REVIEW and a.covers_region(case.region)
    ]
    if under_review:
        kinds = ", ".join(sorted({a.kind.value.replace("_", " ") for a in under_review}))
        yield Reason(
            Safeguard.S9, "S9.under_review",
            f"{case.country.name}'s assurances ({kinds}) are under review after a reported breach",
            f"A coordinator with the review role must record the review decision for {case.country.name}",
        )
