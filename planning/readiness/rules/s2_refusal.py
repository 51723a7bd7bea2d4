"""S2 Refusal stops everything: any refusal or withdrawal holds the whole household."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.rules.s1_voluntariness import NEGATIVE, latest
from planning.vocabulary import VoluntarinessKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        events = person.events_until(on)
        negative = latest(events, *NEGATIVE)
        if negative is None:
            continue
        after = events[events.index(negative) + 1:]
        counselled = [d for d in case.counselling_dates if negative.occurred_on <= d <= on]
        if counselled and any(
            e.kind is VoluntarinessKind.DECLARED and e.occurred_on >= min(counselled) for e in after
        ):
            continue
        code = "S2.refused" if negative.kind is VoluntarinessKind.REFUSED else "S2.withdrawn"
        yield Reason.of(code, person, person=person.name, occurred_on=negative.occurred_on)
