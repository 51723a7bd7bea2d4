"""S3 No force, ever: once force would be needed, involvement ends for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.vocabulary import VoluntarinessKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        # Terminal whatever the date checked: no later record can undo it.
        event = next((e for e in person.events if e.kind is VoluntarinessKind.FORCE_NEEDED), None)
        if event is not None:
            yield Reason(
                Safeguard.S3, "S3.force_needed",
                f"On {event.occurred_on} it was recorded that physical force would be needed to move "
                f"{person.name}; the organisation's involvement has ended",
                "None: the case can never be scheduled again",
                person.id, person.name, final=True,
            )
