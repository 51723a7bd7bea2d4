"""S3 No force, ever: once force would be needed, involvement ends for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.vocabulary import VoluntarinessKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        # Terminal whatever the date checked: no later record can undo it.
        event = next((e for e in person.events if e.kind is VoluntarinessKind.FORCE_NEEDED), None)
        if event is not None:
            yield Reason.of("S3.force_needed", person, final=True, occurred_on=event.occurred_on,
                            person=person.name)
