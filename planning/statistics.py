"""Returns for donors' reports: the people who travelled in a period, counted by month, country, sex, age group and
vulnerability (as AVRR reporting disaggregates them), with totals and small counts suppressed for sharing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select

from planning.errors import ValidationError
from planning.storage.models import Booking, CountryProfile, Movement, Person, Vulnerability
from planning.storage.store import Store
from planning.validation import period
from planning.vocabulary import BookingStatus, Sex, VulnerabilityKind

#: Counts below this are shown as "<5" in a table meant for sharing (statistical disclosure control).
SMALLEST_SHOWN = 5
TRAVELLED = (BookingStatus.DEPARTED, BookingStatus.ARRIVED)


class CountBy(StrEnum):
    MONTH = "month"
    COUNTRY = "country"
    SEX = "sex"
    AGE_GROUP = "age_group"
    VULNERABILITY = "vulnerability"


class AgeGroup(StrEnum):
    """Age on the day of departure."""

    UNDER_5 = "0-4"
    CHILD = "5-11"
    ADOLESCENT = "12-17"
    YOUNG_ADULT = "18-24"
    ADULT = "25-59"
    OLDER = "60+"


class NoVulnerability(StrEnum):
    """The vulnerability column's value for a person with none recorded on the day of departure."""

    NONE = "none"


Key = date | str | Sex | AgeGroup | VulnerabilityKind | NoVulnerability


def age_group(born: date, on: date) -> AgeGroup:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for limit, group in ((5, AgeGroup.UNDER_5), (12, AgeGroup.CHILD), (18, AgeGroup.ADOLESCENT),
                         (25, AgeGroup.YOUNG_ADULT), (60, AgeGroup.ADULT)):
        if age < limit:
            return group
    return AgeGroup.OLDER


@dataclass(frozen=True)
class Returnee:
    """One person who travelled, as the report counts them."""

    person_id: int
    departed_on: date
    country_code: str
    country_name: str
    sex: Sex
    age_group: AgeGroup
    vulnerabilities: tuple[VulnerabilityKind, ...]

    def keys(self, dimension: CountBy) -> tuple[Key, ...]:
        """The row (or column) this person counts in; under each of their vulnerabilities, or under none."""
        if dimension is CountBy.MONTH:
            return (self.departed_on.replace(day=1),)
        if dimension is CountBy.COUNTRY:
            return (self.country_code,)
        if dimension is CountBy.SEX:
            return (self.sex,)
        if dimension is CountBy.AGE_GROUP:
            return (self.age_group,)
        return self.vulnerabilities or (NoVulnerability.NONE,)


def returnees(store: Store, start: date, end: date) -> list[Returnee]:
    """Everyone whose household departed between `start` and `end` (inclusive), on the day it departed."""
    period("period_start", start, "period_end", end)
    with store.reading() as session:
        rows = list(session.execute(
            select(Person.id, Person.sex, Person.date_of_birth, func.coalesce(Movement.departed_at,
                                                                              Movement.departure_at),
                   CountryProfile.code, CountryProfile.name)
            .join(Booking, Booking.case_id == Person.case_id)
            .join(Movement, Movement.id == Booking.movement_id)
            .join(CountryProfile, CountryProfile.id == Movement.country_id)
            .where(Booking.status.in_(TRAVELLED))
            .order_by(Person.id)))
        travelled = [(pid, sex, born, moment.date(), code, name) for pid, sex, born, moment, code, name in rows
                     if start <= moment.date() <= end]
        kinds: dict[int, list[tuple[VulnerabilityKind, date, date | None]]] = defaultdict(list)
        ids = [pid for pid, *_ in travelled]
        for start_at in range(0, len(ids), 900):
            for pid, kind, noted, ended in session.execute(
                select(Vulnerability.person_id, Vulnerability.kind, Vulnerability.noted_on, Vulnerability.ended_on)
                .where(Vulnerability.person_id.in_(ids[start_at:start_at + 900]))
            ):
                kinds[pid].append((kind, noted, ended))
    return [Returnee(pid, day, code, name, sex, age_group(born, day),
                     tuple(sorted({kind for kind, noted, ended in kinds.get(pid, ())
                                   if noted <= day and (ended is None or ended >= day)})))
            for pid, sex, born, day, code, name in travelled]


@dataclass(frozen=True)
class Tabulation:
    """People counted by one dimension down and, optionally, another across; totals count each person once."""

    rows: tuple[Key, ...]
    columns: tuple[Key, ...]
    cells: dict[tuple[Key, Key | None], int]
    row_totals: dict[Key, int]
    column_totals: dict[Key, int]
    total: int

    def cell(self, row: Key, column: Key | None = None) -> int:
        return self.cells.get((row, column), 0)


def tabulate(people: Sequence[Returnee], down: CountBy, across: CountBy | None = None) -> Tabulation:
    asked: tuple[object, ...] = (down, across)  # as a caller may pass them: a word from a command line
    unknown = [way for way in asked if way is not None and not isinstance(way, CountBy)]
    if unknown:
        raise ValidationError("dimension", "statistics.unknown_dimension", unknown[0], given=str(unknown[0]))
    cells: dict[tuple[Key, Key | None], set[int]] = defaultdict(set)
    row_people: dict[Key, set[int]] = defaultdict(set)
    column_people: dict[Key, set[int]] = defaultdict(set)
    for person in people:
        for row in person.keys(down):
            row_people[row].add(person.person_id)
            for column in person.keys(across) if across is not None else (None,):
                cells[(row, column)].add(person.person_id)
                if column is not None:
                    column_people[column].add(person.person_id)
    return Tabulation(tuple(sorted(row_people, key=order)), tuple(sorted(column_people, key=order)),
                      {key: len(ids) for key, ids in cells.items()}, {k: len(v) for k, v in row_people.items()},
                      {k: len(v) for k, v in column_people.items()}, len({p.person_id for p in people}))


def shown(count: int, suppress: bool) -> str:
    """A count as a table for sharing writes it: '<5' for 1 to 4 people when suppressing, else the number."""
    return f"<{SMALLEST_SHOWN}" if suppress and 0 < count < SMALLEST_SHOWN else str(count)


def order(key: Key) -> tuple[int, str]:
    """Months in time order, vocabulary in its declared order (none last), countries by code."""
    if isinstance(key, date):
        return (0, key.isoformat())
    if isinstance(key, NoVulnerability):
        return (2, "")
    if isinstance(key, StrEnum):
        return (1, f"{list(type(key)).index(key):03d}")
    return (1, key)
