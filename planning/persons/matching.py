"""Whether two records describe the same person: names in any spelling, date of birth and nationality.

The rule of the referral import's "likely known" check and of the person registry alike: the same date of
birth and nationality, and every word of one name (as written, or in Latin script) meeting a word of the
other — either way round — letter for letter after folding, by its consonant skeleton (Mohammed ~ Muhammad)
or, for a word in Arabic script, by its transliteration (محمد ~ Mohammed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.storage.models import Case, Person
from planning.validation import fold, name_forms
from planning.vocabulary import CaseStatus

CHUNK = 500


class Particulars(NamedTuple):
    """What a record says about who the person is."""

    given_names: str
    family_name: str
    given_names_latin: str | None
    family_name_latin: str | None
    date_of_birth: date
    nationality: str | None


@dataclass(frozen=True)
class Known:
    """A person already in the database whom a record may describe."""

    reference: str
    name: str
    date_of_birth: date
    nationality: str
    person_id: int = 0
    case_id: int = 0
    identity_id: int | None = None
    case_status: CaseStatus = CaseStatus.INTAKE


def spellings(p: Particulars) -> list[str]:
    """The record's name as written and, when it has one, in Latin script."""
    found = [f"{p.given_names} {p.family_name}"]
    if p.given_names_latin or p.family_name_latin:
        found.append(f"{p.given_names_latin or p.given_names} {p.family_name_latin or p.family_name}")
    return found


def stored_forms(search_name: str) -> frozenset[str]:
    """Every form the words of a stored name (`Person.search_name`) can be met by."""
    return frozenset().union(*(name_forms(w) for w in search_name.split() if not w.startswith("~")))


def names_match(forms: frozenset[str], name: str) -> bool:
    """Whether every word of `name` meets one of a stored name's `forms`."""
    words = list(dict.fromkeys(fold(name).split()))
    return bool(words) and all(name_forms(w) & forms for w in words)


def same_person(search_name: str, nationality: str, wanted: Particulars) -> bool:
    """Whether a stored name and nationality (the date of birth already equal) describe `wanted`: every word of
    one name meets a word of the other, whichever has more (a middle name added or left out is no disguise)."""
    if wanted.nationality and nationality != wanted.nationality:
        return False
    forms = stored_forms(search_name)
    if any(names_match(forms, name) for name in spellings(wanted)):
        return True
    written = frozenset().union(*(name_forms(w) for name in spellings(wanted) for w in fold(name).split()))
    stored = [w for w in search_name.split() if not w.startswith("~")]
    return bool(stored) and all(name_forms(w) & written for w in stored)


def matching_people(session: Session, wanted: Sequence[Particulars], *, outside: Iterable[int] = ()
                    ) -> list[list[Known]]:
    """For each record: every stored person it likely describes, by case reference (cases in `outside` left out)."""
    skip = set(outside)
    days = sorted({w.date_of_birth for w in wanted})
    candidates: dict[date, list[tuple[str, Known]]] = {}
    for start in range(0, len(days), CHUNK):
        for person, reference, status in session.execute(
            select(Person, Case.reference, Case.status).join(Case, Person.case_id == Case.id)
            .where(Person.date_of_birth.in_(days[start:start + CHUNK])).order_by(Case.reference, Person.id)
        ):
            if person.case_id in skip:
                continue
            candidates.setdefault(person.date_of_birth, []).append((person.search_name, Known(
                reference, person.display_name, person.date_of_birth, person.nationality, person.id,
                person.case_id, person.identity_id, status)))
    return [[known for search_name, known in candidates.get(w.date_of_birth, [])
             if same_person(search_name, known.nationality, w)] for w in wanted]


def likely_matches(session: Session, rows: Iterable[tuple[str, str, str | None, str | None, date, str | None]]
                   ) -> list[Known | None]:
    """For each (given, family, given latin, family latin, birth date, nationality): the first likely match."""
    found = matching_people(session, [Particulars(*row) for row in rows])
    return [matches[0] if matches else None for matches in found]
