"""Reading what documents print: households, travel documents, languages, times (plain values for the facts)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.documents.texts import ENGLISH, format_date, printed_as
from planning.labels import named
from planning.storage.models import Case, CounsellingSession, Person, TravelDocument
from planning.vocabulary import TravelDocumentKind, TravelDocumentStatus


def case_or_none(session: Session, reference: str) -> Case | None:
    return session.scalar(select(Case).where(Case.reference == reference.strip().upper()))


def household(session: Session, case_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.case_id == case_id).order_by(Person.id)))


def documents_on(session: Session, person_ids: Sequence[int], day: date) -> dict[int, TravelDocument]:
    """Each person's travel document valid on `day` (the one valid longest), where they have one."""
    found: dict[int, TravelDocument] = {}
    if not person_ids:
        return found
    rows = session.scalars(select(TravelDocument).where(
        TravelDocument.person_id.in_(person_ids), TravelDocument.status == TravelDocumentStatus.VALID,
        TravelDocument.issued_on <= day, TravelDocument.valid_until >= day,
    ).order_by(TravelDocument.valid_until, TravelDocument.id))
    for document in rows:
        found[document.person_id] = document
    return found


def document_fact(document: TravelDocument | None) -> dict[str, object] | None:
    if document is None:
        return None
    return {"kind": document.kind.value, "number": document.number, "issuing_country": document.issuing_country,
            "valid_until": document.valid_until}


def document_label(fact: dict[str, object] | None, language: str = "en") -> str:
    """'Passport GE0000001 (GEO), valid until 25 February 2029'."""
    if not fact:
        return "none valid on the travel date"
    kind = named(TravelDocumentKind, fact["kind"], sentence=False)
    until = format_date(date.fromisoformat(str(fact["valid_until"])), language)
    return f"{kind} {fact['number']} ({fact['issuing_country']}), valid until {until}"


def latin_name(person: Person) -> str | None:
    """The name in Latin letters where it is recorded apart and reads otherwise than the name as written
    (so 'Arif Sarkar' is not printed twice)."""
    if person.given_names_latin or person.family_name_latin:
        latin = " ".join(f"{person.given_names_latin or ''} {person.family_name_latin or ''}".split())
        return None if latin.casefold() == " ".join(person_name(person).split()).casefold() else latin
    return None


def person_name(person: Person) -> str:
    return f"{person.given_names} {person.family_name}"


def returnee_language(people: Iterable[Person], sessions: Iterable[CounsellingSession] = ()) -> str:
    """The household's language for bilingual documents.

    The first of: the head's preferred language, the other members' preferred languages, the
    languages they speak, counselling's language, that has printed texts (itself or through an
    alias: Dari in Farsi); where none has, the first of them (printed in English, marked) or English.
    """
    members = sorted(people, key=lambda p: (p.relationship_to_head.value != "head", p.id))
    candidates = [p.preferred_language for p in members if p.preferred_language]
    candidates += [str(language) for p in members for language in (p.languages or ())]
    candidates += [s.language for s in sessions]
    return next((c for c in candidates if printed_as(c)), candidates[0] if candidates else ENGLISH)


def signer_language(person: Person, declared_in: str | None = None) -> str | None:
    """The language a person reads their own declaration in: the first of their preferred language, the languages
    they speak and the language they declared in that has printed texts; else the first of them (None: none
    recorded)."""
    candidates = [c for c in (person.preferred_language, *(str(x) for x in person.languages or ()), declared_in)
                  if c]
    return next((c for c in candidates if printed_as(c)), candidates[0] if candidates else None)


def clock(moment: datetime) -> str:
    """'09:00 UTC': times are stored in UTC and printed so, since airports' time zones are not recorded."""
    return f"{moment:%H:%M} UTC"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
