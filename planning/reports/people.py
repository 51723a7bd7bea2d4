"""Where a person falls on the day of an event: the month, the country, their sex, age group and the
vulnerabilities recorded for them that day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.statistics import CountBy, Key, NoVulnerability, age_group
from planning.storage.models import Person, Vulnerability
from planning.vocabulary import Sex, VulnerabilityKind

#: How many ids one IN (...) list carries (SQLite's bound-parameter limit is far above; PostgreSQL's too).
BATCH = 900
Keys = tuple[tuple[CountBy, tuple[Key, ...]], ...]
_RANK = {kind: rank for rank, kind in enumerate(VulnerabilityKind)}


@dataclass(frozen=True)
class Someone:
    id: int
    case_id: int
    sex: Sex
    born: date
    #: Every vulnerability recorded, with when it was noted and ended.
    vulnerabilities: tuple[tuple[VulnerabilityKind, date, date | None], ...]

    def on(self, day: date, country: str) -> Keys:
        """The person's keys on `day`, for an event in `country`."""
        kinds = tuple(sorted({kind for kind, noted, ended in self.vulnerabilities
                              if noted <= day and (ended is None or ended >= day)},
                             key=_RANK.__getitem__))
        return ((CountBy.MONTH, (day.replace(day=1),)), (CountBy.COUNTRY, (country,)), (CountBy.SEX, (self.sex,)),
                (CountBy.AGE_GROUP, (age_group(self.born, day),)),
                (CountBy.VULNERABILITY, kinds or (NoVulnerability.NONE,)))


def load(session: Session, ids: Sequence[int]) -> dict[int, Someone]:
    """These people with their vulnerabilities (read in batches)."""
    unique = sorted(set(ids))
    found: dict[int, tuple[int, Sex, date]] = {}
    kinds: dict[int, list[tuple[VulnerabilityKind, date, date | None]]] = defaultdict(list)
    for start in range(0, len(unique), BATCH):
        chunk = unique[start:start + BATCH]
        for pid, case_id, sex, born in session.execute(
                select(Person.id, Person.case_id, Person.sex, Person.date_of_birth).where(Person.id.in_(chunk))):
            found[pid] = (case_id, sex, born)
        for pid, kind, noted, ended in session.execute(
                select(Vulnerability.person_id, Vulnerability.kind, Vulnerability.noted_on, Vulnerability.ended_on)
                .where(Vulnerability.person_id.in_(chunk))):
            kinds[pid].append((kind, noted, ended))
    return {pid: Someone(pid, case_id, sex, born, tuple(kinds.get(pid, ())))
            for pid, (case_id, sex, born) in found.items()}
