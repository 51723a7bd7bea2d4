"""Why a match with someone already known matters, said before a record is written: at intake (the new-case
dialog) and in the referral import's report. A match with someone whose involvement ended (S3) or who was
granted protection (S4) — directly, or through the records of the same person — blocks the new case."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planning.cases import CaseDraft
from planning.errors import ValidationError
from planning.messages import Message
from planning.persons.history import finals
from planning.persons.matching import Known, Particulars, matching_people
from planning.readiness.texts import Phrase
from planning.storage.store import Store
from planning.validation import country_code


@dataclass(frozen=True)
class Match:
    """What a record about to be written matches: the people it describes and why that matters."""

    known: tuple[Known, ...]
    notes: tuple[Message, ...]
    #: Whether the new case will be blocked (S3 or S4 of the same person elsewhere).
    blocks: bool

    @property
    def first(self) -> Known | None:
        return self.known[0] if self.known else None


def explain(session: Session, wanted: Sequence[Particulars], *, outside: Iterable[int] = ()) -> list[Match]:
    """For each record: whom it matches and why it matters."""
    found = matching_people(session, wanted, outside=outside)
    final = finals(session, identities={k.identity_id for ks in found for k in ks if k.identity_id is not None},
                   people={k.person_id for ks in found for k in ks})
    result = []
    for w, matches in zip(wanted, found, strict=True):
        person = f"{w.given_names} {w.family_name}"
        identities = {k.identity_id for k in matches if k.identity_id is not None}
        people = {k.person_id for k in matches}
        notes = []
        for f in final:
            if f.person_id not in people and f.identity_id not in identities:
                continue
            if f.ended_on is not None:
                notes.append(Message.of("identity.matches_ended", person=person, other=f.name, reference=f.reference,
                                        ended_on=f.ended_on))
            if f.protected:
                notes.append(Message.of("identity.matches_protected", person=person, other=f.name,
                                        reference=f.reference,
                                        protection=f.protection_reference or Phrase.of("decision_recorded")))
        blocks = bool(notes)
        if not notes and matches:
            first = matches[0]
            notes.append(Message.of("identity.matches_known", person=person, other=first.name,
                                    reference=first.reference, status=first.case_status))
        result.append(Match(tuple(matches), tuple(notes), blocks))
    return result


def for_draft(store: Store, draft: CaseDraft) -> list[Match]:
    """What each member of a household about to be opened matches (nothing is written); a member whose date of
    birth is not known yet matches nobody."""
    wanted = [Particulars(m.given_names.strip(), m.family_name.strip(), (m.given_names_latin or "").strip() or None,
                          (m.family_name_latin or "").strip() or None, m.date_of_birth, _code(m.nationality))
              for m in draft.members if m.date_of_birth is not None]
    with store.reading() as session:
        return explain(session, wanted)


def _code(nationality: str) -> str | None:
    try:
        return country_code("nationality", nationality)
    except ValidationError:
        return None
