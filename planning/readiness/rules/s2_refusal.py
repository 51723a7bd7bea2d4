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
        # Counselling after the refusal: a later day, or the same day written down after it (a session
        # earlier that day is the one the person refused or withdrew after).
        counselled = [m for m in case.counselling_moments() if m.day <= on and m.not_before(negative.moment)]
        if counselled and any(
            e.kind is VoluntarinessKind.DECLARED and e.moment.not_before(counselled[0]) for e in after
        ):
            continue
        code = "S2.refused" if negative.kind is VoluntarinessKind.REFUSED else "S2.withdrawn"
        yield Reason.of(code, person, person=person.name, occurred_on=negative.occurred_on)
