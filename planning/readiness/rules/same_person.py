"""S3 and S4 for the person, not the record: the same person's involvement ended, or they were granted
protection, in another case — until a coordinator and a data-protection officer both decide otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.texts import Phrase

#: The codes this rule emits: they block the case, but it is not itself the case that ended (`planning.status`).
CODES = frozenset({"S3.same_person_ended", "S4.same_person_protected"})


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        # Whatever the date checked: the other case's outcome holds for good, like S3 and S4 themselves.
        for other in person.same_person:
            if other.decided is not None:
                continue
            if other.ended_on is not None:
                yield Reason.of("S3.same_person_ended", person, person=person.name, other=other.name,
                                reference=other.case_reference, ended_on=other.ended_on)
            if other.protected:
                yield Reason.of("S4.same_person_protected", person, person=person.name, other=other.name,
                                reference=other.case_reference,
                                protection=other.protection_reference or Phrase.of("decision_recorded"))
