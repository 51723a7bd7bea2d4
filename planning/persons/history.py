"""The same person's records in other cases whose outcome holds for good — involvement ended (S3), protection
granted (S4) — and where the two-person decision about each stands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning.readiness.facts import SamePersonRecord
from planning.storage.models import Case, IdentityDecision, Person, ProtectionReferral, VoluntarinessEvent
from planning.vocabulary import CaseStatus, IdentityFinding, ProtectionOutcome, Role, VoluntarinessKind

CHUNK = 500
#: The two halves of a decision, in the order they are shown.
SIGNERS = (Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER)


@dataclass(frozen=True)
class Half:
    """One signed half of a decision."""

    role: Role
    finding: IdentityFinding
    reason: str
    signed_by: str
    signed_on: date


@dataclass(frozen=True)
class Earlier:
    """A record of the same person in another case whose involvement ended or who was granted protection there,
    seen from a record (`person_id`) of the case at hand."""

    person_id: int
    person_name: str
    other_person_id: int
    other_name: str
    other_case_id: int
    other_reference: str
    other_status: CaseStatus
    ended_on: date | None
    protected: bool
    protection_reference: str | None
    halves: tuple[Half, ...] = ()

    @property
    def decided(self) -> IdentityFinding | None:
        """The finding, once a coordinator and a data-protection officer (two accounts) signed the same one."""
        signed = {h.role: h for h in self.halves}
        coordinator, officer = (signed.get(role) for role in SIGNERS)
        if coordinator is None or officer is None:
            return None
        if coordinator.finding is not officer.finding or coordinator.signed_by == officer.signed_by:
            return None
        return coordinator.finding

    def half(self, role: Role) -> Half | None:
        return next((h for h in self.halves if h.role is role), None)

    def record(self) -> SamePersonRecord:
        """What the readiness check reads."""
        return SamePersonRecord(self.other_person_id, self.other_name, self.other_reference, self.ended_on,
                                self.protected, self.protection_reference, self.decided)


def earlier(session: Session, people: Sequence[Person]) -> dict[int, tuple[Earlier, ...]]:
    """For each of `people` (by id): the records of the same person in other cases that ended for good."""
    result: dict[int, tuple[Earlier, ...]] = {}
    for start in range(0, len(people), CHUNK):
        result.update(_chunk(session, people[start:start + CHUNK]))
    return result


@dataclass(frozen=True)
class Final:
    """A record whose outcome holds for good: its case's involvement ended, or the person was granted protection."""

    person_id: int
    identity_id: int | None
    name: str
    case_id: int
    reference: str
    status: CaseStatus
    ended_on: date | None
    protected: bool
    protection_reference: str | None


def finals(session: Session, identities: Iterable[int] = (), people: Iterable[int] = ()) -> list[Final]:
    """The records, among those of `identities` and the `people` named, whose outcome holds for good."""
    wanted_identities, wanted_people = set(identities), set(people)
    if not wanted_identities and not wanted_people:
        return []
    rows = list(session.execute(
        select(Person.id, Person.identity_id, Person.case_id, Person.given_names, Person.family_name,
               Case.reference, Case.status)
        .join(Case, Person.case_id == Case.id)
        .where(Person.identity_id.in_(wanted_identities) | Person.id.in_(wanted_people))
        .order_by(Case.reference, Person.id)))
    case_ids = {row.case_id for row in rows}
    ended: dict[int, date] = {case_id: day for case_id, day in session.execute(
        select(Person.case_id, func.min(VoluntarinessEvent.occurred_on))
        .join(Person, VoluntarinessEvent.person_id == Person.id)
        .where(Person.case_id.in_(case_ids), VoluntarinessEvent.kind == VoluntarinessKind.FORCE_NEEDED)
        .group_by(Person.case_id))}
    protected: dict[int, str | None] = {}
    for person_id, reference in session.execute(
        select(ProtectionReferral.person_id, ProtectionReferral.outcome_reference)
        .where(ProtectionReferral.person_id.in_([row.id for row in rows]),
               ProtectionReferral.outcome == ProtectionOutcome.NEEDS_PROTECTION).order_by(ProtectionReferral.id)
    ):
        protected.setdefault(person_id, reference)
    return [Final(row.id, row.identity_id, f"{row.given_names} {row.family_name}", row.case_id, row.reference,
                  row.status, ended.get(row.case_id), row.id in protected, protected.get(row.id))
            for row in rows if row.case_id in ended or row.id in protected]


def _chunk(session: Session, people: Sequence[Person]) -> dict[int, tuple[Earlier, ...]]:
    identities = {p.identity_id for p in people if p.identity_id is not None}
    if not identities:
        return {}
    shared: set[int] = {key for key in session.scalars(
        select(Person.identity_id).where(Person.identity_id.in_(identities))
        .group_by(Person.identity_id).having(func.count(func.distinct(Person.case_id)) > 1)) if key is not None}
    final = finals(session, identities=shared) if shared else []
    if not final:
        return {}
    halves: dict[tuple[int, int], list[Half]] = defaultdict(list)
    for d in session.scalars(select(IdentityDecision).where(
            IdentityDecision.person_id.in_([p.id for p in people])).order_by(IdentityDecision.id)):
        halves[(d.person_id, d.other_person_id)].append(
            Half(d.role, d.finding, d.reason, d.signed_by, d.signed_on))
    result: dict[int, tuple[Earlier, ...]] = {}
    for p in people:
        found = tuple(
            Earlier(p.id, p.display_name, f.person_id, f.name, f.case_id, f.reference, f.status, f.ended_on,
                    f.protected, f.protection_reference, tuple(halves[(p.id, f.person_id)]))
            for f in final if f.identity_id == p.identity_id and f.case_id != p.case_id)
        if found:
            result[p.id] = found
    return result


def records(session: Session, people: Sequence[Person]) -> dict[int, tuple[SamePersonRecord, ...]]:
    """What the readiness check reads about each of `people`: `earlier`, without the halves' details."""
    return {person_id: tuple(e.record() for e in found) for person_id, found in earlier(session, people).items()}


def of_case(session: Session, case_id: int) -> tuple[Earlier, ...]:
    """Every member's earlier records, for the case file."""
    people = list(session.scalars(select(Person).where(Person.case_id == case_id).order_by(Person.id)))
    found = earlier(session, people)
    return tuple(e for p in people for e in found.get(p.id, ()))
