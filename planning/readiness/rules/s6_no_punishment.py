"""S6 No-punishment guarantee, where the country punishes irregular exit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.rules.coverage import gap
from planning.vocabulary import AssuranceKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    if not case.country.irregular_exit_punished:
        return
    for person in case.members:
        if person.exit_irregular is False:
            continue  # a recorded regular exit needs no guarantee; unknown counts as irregular
        why = gap(case, person, AssuranceKind.NO_PUNISHMENT, on)
        if why:
            yield Reason.of("S6.no_guarantee", person, country=case.country.named, person=person.name, on=on,
                            why=why)
