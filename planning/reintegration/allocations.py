"""Adjusting, accepting and delivering an allocation.

- `adjust` changes one need of a proposed plan (another package or month, or none) and says what the
  independent validator finds wrong with the result — before anything is written.
- `accept` writes a plan, all of it or nothing: it reads the instance again in the same transaction and
  refuses if budgets, capacities, arrivals or the households' accepted allocations changed since the
  plan was made, or if the validator finds any rule broken. Accepted allocations the plan drops are
  cancelled ("replaced by a newer plan"), kept ones stay, new ones are added; accepted packages of
  households that no longer have an arrival are withdrawn.
- `record_delivery` is the handover: an accepted allocation becomes delivered, with date and notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit, readiness
from planning.audit import snapshot
from planning.errors import ConflictError, HomewardError, NotFoundError, SafeguardError, ValidationError
from planning.lookup import check_version, get
from planning.readiness.loading import load_facts
from planning.reintegration.allocation import validator
from planning.reintegration.allocation.from_database import load
from planning.reintegration.allocation.instance import Instance, Option
from planning.security.permissions import Permission, require
from planning.storage.models import (
    Case,
    PackageAllocation,
    Person,
    ReintegrationPackage,
    ReintegrationPartner,
)
from planning.storage.models.reintegration import AllocationStatus, PackageKind
from planning.storage.store import Store
from planning.validation import optional_text, past_or_today
from planning.vocabulary import BookingStatus


class PlanBroken(HomewardError):
    """The plan breaks a rule; nothing was written. The text names the first three broken rules."""

    def __init__(self, violations: list[validator.Violation]) -> None:
        shown = tuple(v.line() for v in violations[:3])
        if len(violations) > 3:
            super().__init__("allocation.broken_more", violations=shown, more=len(violations) - 3)
        else:
            super().__init__("allocation.broken", violations=shown)
        self.violations = violations


class PlanOutdated(HomewardError):
    """The data changed since the plan was made; nothing was written."""

    def __init__(self) -> None:
        super().__init__("allocation.outdated")


@dataclass(frozen=True)
class Accepted:
    added: int
    kept: int
    cancelled: int


@dataclass(frozen=True)
class AllocationView:
    id: int
    case_id: int
    reference: str
    person: str
    package: str
    kind: PackageKind
    partner: str
    region: str | None
    delivery_month: date
    in_kind: Decimal
    cash: Decimal
    status: AllocationStatus
    delivered_on: date | None
    version: int


def adjust(instance: Instance, plan: Iterable[Option], need_id: int,
           replacement: Option | None) -> tuple[frozenset[Option], list[validator.Violation]]:
    """The plan with need `need_id` met by `replacement` (None: left unmet), and what breaks."""
    if replacement is not None and replacement.need != need_id:
        raise ValidationError("replacement", "allocation.replacement_for_another_need", replacement.need)
    if need_id not in instance.owners():
        raise ValidationError("need", "allocation.need_not_in_plan", need_id)
    adjusted = frozenset({o for o in plan if o.need != need_id} | ({replacement} if replacement else set()))
    return adjusted, validator.check(instance, adjusted)


def _fingerprint(instance: Instance) -> tuple[object, ...]:
    return (instance.start, instance.budgets, instance.capacities, instance.current,
            tuple((h.id, h.arrival_month, h.budget, h.needs, h.spent_in_kind, h.spent_cash)
                  for h in instance.households))


def accept(store: Store, instance: Instance, plan: Iterable[Option]) -> Accepted:
    """Write `plan` for the households of `instance` (see the module docstring)."""
    require(store, Permission.PLAN_REINTEGRATION)
    chosen = frozenset(plan)
    violations = validator.check(instance, chosen)
    if violations:
        raise PlanBroken(violations)
    today = store.today()
    with store.transaction() as session:
        fresh, context = load(session, today, instance.months)
        if _fingerprint(fresh) != _fingerprint(instance):
            raise PlanOutdated()
        owners = instance.owners()
        packages = {p.id: p for p in session.scalars(select(ReintegrationPackage))}
        added = kept = cancelled = 0
        for option, allocation_id in sorted(context.accepted.items(), key=lambda item: item[1]):
            if option in chosen:
                kept += 1
                continue
            row = get(session, PackageAllocation, allocation_id, for_update=True)
            before = snapshot(row)
            row.status = AllocationStatus.CANCELLED
            row.cancelled_reason = "replaced by a newer plan"
            audit.record(session, store.actor, "reintegration.allocation.cancel", row, case_id=row.case_id,
                         before=before)
            cancelled += 1
        for allocation_id in context.orphaned:
            row = get(session, PackageAllocation, allocation_id, for_update=True)
            before = snapshot(row)
            row.status = AllocationStatus.CANCELLED
            row.cancelled_reason = "the household no longer has a planned or recorded arrival"
            audit.record(session, store.actor, "reintegration.allocation.cancel", row, case_id=row.case_id,
                         before=before)
            cancelled += 1
        for option in sorted(chosen - frozenset(context.accepted), key=lambda o: (o.need, o.month)):
            household, person, _ = owners[option.need]
            package = packages[option.package]
            assert household.budget is not None  # the validator refuses a package without a budget
            row = PackageAllocation(
                case_id=household.id, person_id=person.id, need_id=option.need, package_id=package.id,
                budget_id=household.budget, delivery_month=instance.month_start(option.month),
                in_kind=package.in_kind, cash=package.cash, status=AllocationStatus.ACCEPTED,
                accepted_by=store.actor.username)
            session.add(row)
            audit.record(session, store.actor, "reintegration.allocation.accept", row, case_id=household.id)
            added += 1
        return Accepted(added, kept, cancelled)


def record_delivery(store: Store, allocation_id: int, expected_version: int, delivered_on: date,
                    notes: str | None = None) -> int:
    """The handover of an accepted package; returns the allocation's new version."""
    require(store, Permission.PLAN_REINTEGRATION)
    past_or_today("delivered_on", delivered_on, store.today())
    notes = optional_text("notes", notes, max_length=5000, lines=True)
    with store.transaction() as session:
        row = get(session, PackageAllocation, allocation_id, for_update=True)
        check_version(row, expected_version)
        if row.status is not AllocationStatus.ACCEPTED:
            raise ValidationError("allocation", "allocation.not_deliverable", allocation_id, status=row.status)
        _require_arrived(session, row.case_id, delivered_on)
        before = snapshot(row)
        row.status = AllocationStatus.DELIVERED
        row.delivered_on = delivered_on
        row.delivered_by = store.actor.username
        row.handover_notes = notes
        session.flush()
        audit.record(session, store.actor, "reintegration.allocation.deliver", row, case_id=row.case_id,
                     before=before)
        return row.version


def _require_arrived(session: Session, case_id: int, on: date) -> None:
    """A gate: a package is handed over to a household that travelled home, whose involvement has not
    ended (S3) and who was not found to need protection (S4) — not to one that withdrew before leaving."""
    facts = load_facts(session, [case_id]).get(case_id)
    if facts is None:
        raise NotFoundError("case_file", case_id)
    final = tuple(r for r in readiness.check(facts, on).reasons if r.final and r.code != "S1.case_closed")
    if final:
        raise SafeguardError(final[0].safeguard.value, "allocation.involvement_ended", reasons=final,
                             reference=facts.reference, why=final)
    if not any(b.status in (BookingStatus.DEPARTED, BookingStatus.ARRIVED) for b in facts.bookings):
        raise ValidationError("allocation", "allocation.not_arrived", case_id, reference=facts.reference)


def cancel(store: Store, allocation_id: int, expected_version: int, reason: str) -> int:
    """Withdraw an accepted package (the need becomes open again for the next plan)."""
    require(store, Permission.PLAN_REINTEGRATION)
    text = optional_text("reason", reason, max_length=500, lines=True)
    if not text:
        raise ValidationError("reason", "allocation.no_withdrawal_reason")
    with store.transaction() as session:
        row = get(session, PackageAllocation, allocation_id, for_update=True)
        check_version(row, expected_version)
        if row.status is not AllocationStatus.ACCEPTED:
            raise ConflictError("allocation", allocation_id, expected_version, row.version)
        before = snapshot(row)
        row.status = AllocationStatus.CANCELLED
        row.cancelled_reason = text
        session.flush()
        audit.record(session, store.actor, "reintegration.allocation.cancel", row, case_id=row.case_id, before=before)
        return row.version


def list_allocations(store: Store, *, statuses: tuple[AllocationStatus, ...] = (AllocationStatus.ACCEPTED,
                                                                              AllocationStatus.DELIVERED),
                     case_id: int | None = None) -> list[AllocationView]:
    with store.reading() as session:
        query = (select(PackageAllocation, Case.reference, Case.region_of_return, Person.given_names,
                        Person.family_name, ReintegrationPackage, ReintegrationPartner.name)
                 .join(Case, PackageAllocation.case_id == Case.id)
                 .join(Person, PackageAllocation.person_id == Person.id)
                 .join(ReintegrationPackage, PackageAllocation.package_id == ReintegrationPackage.id)
                 .join(ReintegrationPartner, ReintegrationPackage.partner_id == ReintegrationPartner.id)
                 .where(PackageAllocation.status.in_(statuses))
                 .order_by(PackageAllocation.delivery_month, Case.reference, PackageAllocation.id))
        if case_id is not None:
            query = query.where(PackageAllocation.case_id == case_id)
        return [AllocationView(a.id, a.case_id, reference, f"{given} {family}", f"{p.code} {p.name}", p.kind,
                               partner, region, a.delivery_month, a.in_kind, a.cash, a.status, a.delivered_on,
                               a.version)
                for a, reference, region, given, family, p, partner in session.execute(query)]
