"""S9 Breach escalation: assurances under review block new movements to the country, and so does a
reported breach awaiting its review decision, whatever the assurances' statuses say (a status edited
by hand, or fresh assurances added, cannot lift it: only the review decision closes the incident)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.vocabulary import AssuranceKind, AssuranceStatus

#: The assurances a reported breach puts under review.
REVIEWED = (AssuranceKind.READMISSION, AssuranceKind.NO_PUNISHMENT)


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    under_review = {
        a.kind for a in case.country.assurances
        if a.status is AssuranceStatus.UNDER_REVIEW and a.covers_region(case.region)
    }
    if case.country.open_breaches:
        under_review.update(REVIEWED)
    if under_review:
        kinds = tuple(sorted(under_review, key=lambda k: k.value.replace("_", " ")))
        yield Reason.of("S9.under_review", country=case.country.named, kinds=kinds)
