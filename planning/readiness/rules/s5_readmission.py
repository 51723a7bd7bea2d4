"""S5 Readmission assurance covering the person, valid on the travel date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.rules.coverage import gap
from planning.vocabulary import AssuranceKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        why = gap(case, person, AssuranceKind.READMISSION, on)
        if why:
            yield Reason.of("S5.no_readmission", person, country=case.country.named, person=person.name, on=on,
                            why=why, nationality=person.nationality)
