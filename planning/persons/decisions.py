"""The two-person decision about a record that matches someone whose involvement ended (S3) or who was granted
protection (S4) in another case: a coordinator and a data-protection officer, two accounts, each sign a half
with the same finding and their reasons; until both have, the record's case stays blocked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit, status
from planning.audit import snapshot
from planning.errors import PermissionDenied, ValidationError
from planning.lookup import person_and_case
from planning.persons.history import SIGNERS, Earlier, earlier
from planning.security.permissions import Permission, require
from planning.storage.models import IdentityDecision, Person
from planning.storage.store import Store
from planning.validation import required_text
from planning.vocabulary import IdentityFinding, Role

MAX_REASON = 4000


@dataclass(frozen=True)
class Signed:
    """What signing a half left: the link as it now stands (`decided` once both halves agree)."""

    case_id: int
    link: Earlier

    @property
    def decided(self) -> IdentityFinding | None:
        return self.link.decided


def sign(store: Store, person_id: int, other_person_id: int, finding: IdentityFinding, reason: str) -> Signed:
    """Sign the signed-in user's half (a coordinator's or a data-protection officer's) of the decision about
    `person_id` and the matching `other_person_id`; a half not yet matched by the other may be signed again."""
    require(store, Permission.DECIDE_IDENTITY)
    actor = store.actor
    if not isinstance(finding, IdentityFinding):
        raise ValidationError("finding", "identity.unknown_finding", finding)
    why = required_text("reason", reason, max_length=MAX_REASON)
    if actor.role not in SIGNERS:
        raise PermissionDenied("identity.role", user=actor.username)
    today = store.today()
    with store.transaction() as session:
        person, case = person_and_case(session, person_id)
        link = _link(session, person, other_person_id)
        if link.decided is not None:
            coordinator, officer = (link.half(role) for role in SIGNERS)
            raise ValidationError("decision", "identity.decided", other_person_id, person=link.person_name,
                                  other=link.other_name, reference=link.other_reference,
                                  coordinator=coordinator.signed_by if coordinator else "",
                                  officer=officer.signed_by if officer else "")
        counterpart = link.half(next(role for role in SIGNERS if role is not actor.role))
        if counterpart is not None and counterpart.signed_by == actor.username:
            raise PermissionDenied("identity.same_signer", user=actor.username)
        half = session.scalar(select(IdentityDecision).where(
            IdentityDecision.person_id == person_id, IdentityDecision.other_person_id == other_person_id,
            IdentityDecision.role == actor.role))
        before = snapshot(half) if half is not None else None
        if half is None:
            half = IdentityDecision(person_id=person_id, other_person_id=other_person_id, role=actor.role)
            session.add(half)
        half.finding, half.reason, half.signed_by, half.signed_on = finding, why, actor.username, today
        session.flush()
        signed = _link(session, person, other_person_id)
        audit.record(session, actor, "identity.sign", half, case_id=case.id, before=before, after={
            **snapshot(half), "other_case": link.other_reference,
            "decided": signed.decided.value if signed.decided else None})
        status.refresh(session, [case.id], today)
        return Signed(case.id, signed)


def _link(session: Session, person: Person, other_person_id: int) -> Earlier:
    found = next((e for e in earlier(session, [person]).get(person.id, ()) if e.other_person_id == other_person_id),
                 None)
    if found is None:
        raise ValidationError("other_person", "identity.no_link", other_person_id, person=person.display_name)
    return found


def may_sign(role: Role) -> bool:
    """Whether a user of this role signs one of the halves."""
    return role in SIGNERS
