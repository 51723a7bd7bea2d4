"""The needs assessment recorded during counselling: per person, the kinds of package needed, how urgently,
the trade wished for, the skills held; and the household's wishes. Saving replaces the case's needs; the
wishes never enter the audit log (only their length does)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from planning import audit
from planning.audit import snapshot
from planning.errors import ValidationError
from planning.lookup import check_version, get
from planning.security.permissions import Permission, require
from planning.storage.models import AssessedNeed, Case, NeedsAssessment, PackageAllocation, Person
from planning.storage.models.reintegration import AllocationStatus, PackageKind
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today

MAX_SKILLS = 10


@dataclass(frozen=True)
class NeedDraft:
    person_id: int
    kind: PackageKind
    priority: int = 2  # 1 urgent, 2 important, 3 useful
    skill: str | None = None  # the trade wished for (vocational training)
    skills_held: tuple[str, ...] = ()


@dataclass(frozen=True)
class NeedView:
    id: int
    person_id: int
    person: str
    kind: PackageKind
    priority: int
    skill: str | None
    skills_held: tuple[str, ...]


@dataclass(frozen=True)
class AssessmentView:
    case_id: int
    assessed_on: date | None
    assessed_by: str | None
    wishes: str | None
    needs: tuple[NeedView, ...]
    version: int | None  # None: never assessed


def _checked(need: NeedDraft, members: set[int], index: int) -> dict[str, object]:
    where = f"needs[{index}]"
    if need.person_id not in members:
        raise ValidationError(f"{where}.person", "reintegration.not_a_member", need.person_id)
    if not isinstance(need.kind, PackageKind):
        raise ValidationError(f"{where}.kind", "reintegration.unknown_kind", need.kind)
    if isinstance(need.priority, bool) or need.priority not in (1, 2, 3):
        raise ValidationError(f"{where}.priority", "reintegration.priority", need.priority)
    skill = optional_text(f"{where}.skill", need.skill, max_length=80)
    if skill is not None and need.kind is not PackageKind.VOCATIONAL_TRAINING:
        raise ValidationError(f"{where}.skill", "reintegration.trade_without_training", need.skill)
    held = sorted({s.strip().lower() for s in need.skills_held if s.strip()})
    if len(held) > MAX_SKILLS or any(len(s) > 80 for s in held):
        raise ValidationError(f"{where}.skills_held", "reintegration.too_many_skills", held, most=MAX_SKILLS,
                              length=80)
    return {"person_id": need.person_id, "kind": need.kind, "priority": need.priority,
            "skill": skill.lower() if skill else None, "skills_held": held}


def save_assessment(store: Store, case_id: int, assessed_on: date, needs: list[NeedDraft], wishes: str | None = None,
                    expected_version: int | None = None) -> int:
    """Record (or replace) the case's needs assessment; returns its version."""
    require(store, Permission.PLAN_REINTEGRATION)
    today = store.today()
    past_or_today("assessed_on", assessed_on, today)
    wishes = optional_text("wishes", wishes, max_length=5000, lines=True)
    with store.transaction() as session:
        case = get(session, Case, case_id)
        members = set(session.scalars(select(Person.id).where(Person.case_id == case.id)))
        rows = [_checked(need, members, index) for index, need in enumerate(needs)]
        pairs = [(r["person_id"], r["kind"]) for r in rows]
        if len(pairs) != len(set(pairs)):
            raise ValidationError("needs", "reintegration.need_twice")
        assessment = session.scalar(select(NeedsAssessment).where(NeedsAssessment.case_id == case_id)
                                    .with_for_update())
        if assessment is None:
            if expected_version is not None:
                raise ValidationError("assessment", "reintegration.assessment_removed", case_id)
            assessment = NeedsAssessment(case_id=case_id, assessed_on=assessed_on, assessed_by=store.actor.username,
                                         wishes=wishes)
            session.add(assessment)
            session.flush()
            before = None
        else:
            check_version(assessment, expected_version)
            before = snapshot(assessment)
            before["wishes"] = _redacted(before.get("wishes"))
            before["needs"] = [snapshot(n) for n in session.scalars(
                select(AssessedNeed).where(AssessedNeed.assessment_id == assessment.id))]
            assessment.assessed_on = assessed_on
            assessment.assessed_by = store.actor.username
            assessment.wishes = wishes
            flag_modified(assessment, "assessed_by")  # a new version even when only the needs changed
        existing: dict[tuple[object, object], AssessedNeed] = {(n.person_id, n.kind): n for n in session.scalars(
            select(AssessedNeed).where(AssessedNeed.assessment_id == assessment.id))}
        wanted = {(r["person_id"], r["kind"]): r for r in rows}
        for key, old in existing.items():
            if key not in wanted:
                _withdraw_allocations(session, store, old.id)
                session.delete(old)
        for key, values in wanted.items():
            found = existing.get(key)  # kept rows keep their id, so allocations stay linked to them
            if found is None:
                session.add(AssessedNeed(assessment_id=assessment.id, **values))
            else:
                for name, value in values.items():
                    setattr(found, name, value)
        session.flush()
        after = snapshot(assessment)
        after["wishes"] = _redacted(after.get("wishes"))
        after["needs"] = [snapshot(n) for n in session.scalars(
            select(AssessedNeed).where(AssessedNeed.assessment_id == assessment.id))]
        audit.record(session, store.actor, "reintegration.needs.save", assessment, case_id=case_id, before=before,
                     after=after)
        return assessment.version


def _redacted(wishes: object) -> str | None:
    """The household's wishes are personal: the audit log records that they were written, not what they say."""
    return None if not wishes else f"<{len(str(wishes))} characters>"


def _withdraw_allocations(session: Session, store: Store, need_id: int) -> None:
    """A need taken out of the assessment: its accepted (undelivered) packages are withdrawn with it."""
    for allocation in session.scalars(select(PackageAllocation).where(
            PackageAllocation.need_id == need_id, PackageAllocation.status == AllocationStatus.ACCEPTED)):
        before = snapshot(allocation)
        allocation.status = AllocationStatus.CANCELLED
        allocation.cancelled_reason = "the need was taken out of the needs assessment"
        session.flush()
        audit.record(session, store.actor, "reintegration.allocation.cancel", allocation, case_id=allocation.case_id,
                     before=before)


def assessment(store: Store, case_id: int) -> AssessmentView:
    with store.reading() as session:
        found = session.scalar(select(NeedsAssessment).where(NeedsAssessment.case_id == case_id))
        if found is None:
            get(session, Case, case_id)
            return AssessmentView(case_id, None, None, None, (), None)
        names = {p.id: p.display_name for p in session.scalars(select(Person).where(Person.case_id == case_id))}
        needs = tuple(NeedView(n.id, n.person_id, names.get(n.person_id, "?"), n.kind, n.priority, n.skill,
                               tuple(n.skills_held))
                      for n in session.scalars(select(AssessedNeed).where(AssessedNeed.assessment_id == found.id)
                                               .order_by(AssessedNeed.person_id, AssessedNeed.priority,
                                                         AssessedNeed.kind)))
        return AssessmentView(case_id, found.assessed_on, found.assessed_by, found.wishes, needs, found.version)
