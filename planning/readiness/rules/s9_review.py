"""S9 Breach escalation: assurances under review block new movements to the country."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.vocabulary import AssuranceStatus


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    under_review = [
        a for a in case.country.assurances
        if a.status is AssuranceStatus.UNDER_REVIEW and a.covers_region(case.region)
    ]
    if under_review:
        kinds = tuple(sorted({a.kind for a in under_review}, key=lambda k: k.value.replace("_", " ")))
        yield Reason.of("S9.under_review", country=case.country.named, kinds=kinds)
