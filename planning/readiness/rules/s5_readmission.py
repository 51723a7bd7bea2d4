"""S5 Readmission assurance covering the person, valid on the travel date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.readiness.rules.coverage import gap
from planning.vocabulary import AssuranceKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        why = gap(case, person, AssuranceKind.READMISSION, on)
        if why:
            yield Reason(
                Safeguard.S5, "S5.no_readmission",
                f"No readmission assurance from {case.country.name} covers {person.name} on {on}: {why}",
                f"Obtain a readmission assurance from {case.country.name} covering {person.name} "
                f"({person.nationality} national) valid on the travel date",
                person.id, person.name,
            )
