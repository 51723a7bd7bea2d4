"""The allocation's input read from the database: households with a planned or recorded arrival and needs.

- Households: cases with a needs assessment and an active booking (proposed, confirmed, checked in,
  departed or arrived) on a movement that is not cancelled. The arrival date is the movement's
  recorded arrival, else its planned arrival — so when a movement changes, the next run delivers in
  the new months. A case without a booking, or without a region of return, is left out and reported.
- People: age at arrival, head of household, vulnerabilities current on the arrival date.
- Needs: the assessed needs not yet met by a delivered package.
- Budget: the funding line for the case's country (else one for every country) whose period covers
  the arrival date; what delivered packages and the accepted allocations of households outside this
  run used is taken off it, and off the partners' places in that month and region.
- Current: the households' accepted (undelivered) allocations, re-planned and kept where possible.
  Accepted packages of a household that no longer has an arrival (its movement was cancelled, or it
  withdrew) hold nothing; accepting the next plan withdraws them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.at_risk import reasons_for
from planning.bookings import NOT_YET_GONE
from planning.messages import Message
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason
from planning.reintegration.allocation.instance import (
    Budget,
    Capacity,
    Demand,
    Household,
    Instance,
    Need,
    Option,
    Package,
    Person,
    month_index,
    month_start,
)
from planning.storage.models import (
    AssessedNeed,
    Booking,
    Case,
    CountryProfile,
    Movement,
    NeedsAssessment,
    PackageAllocation,
    PartnerCapacity,
    ReintegrationBudget,
    ReintegrationPackage,
    ReintegrationPartner,
    SkillDemand,
)
from planning.storage.models import Person as PersonRow
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, MovementStatus, Relationship

ACTIVE_BOOKINGS = (BookingStatus.PROPOSED, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, BookingStatus.DEPARTED,
                   BookingStatus.ARRIVED)
MONTHS = 12


@dataclass(frozen=True)
class Excluded:
    case_id: int
    reference: str
    reason: Message  # an `allocation_input.*` key of planning/reintegration/texts.py


@dataclass(frozen=True)
class Context:
    """What the instance leaves out but the screens and the acceptance need (names, amounts, ids)."""

    references: dict[int, str]  # case id → reference
    arrivals: dict[int, date]  # case id → arrival date
    people: dict[int, str]  # person id → name
    need_person: dict[int, int]  # need id → person id
    budget_names: dict[int, str]
    package_names: dict[int, str]
    excluded: tuple[Excluded, ...] = ()
    accepted: dict[Option, int] = field(default_factory=dict)  # current option → allocation id
    #: Accepted packages of households that no longer have an arrival: withdrawn when a plan is accepted.
    orphaned: tuple[int, ...] = ()


def _whole(value: object) -> int:
    return round(float(value or 0))  # type: ignore[arg-type]


def build_instance(store: Store, months: int = MONTHS) -> tuple[Instance, Context]:
    """The instance for `months` months from the current month, and what it left out."""
    with store.reading() as session:
        return load(session, store.today(), months)


def load(session: Session, today: date, months: int = MONTHS) -> tuple[Instance, Context]:
    start = today.replace(day=1)
    end = month_start(start, months)
    excluded: list[Excluded] = []
    assessed = list(session.execute(
        select(Case.id, Case.reference, Case.country_id, Case.region_of_return, NeedsAssessment.id)
        .join(NeedsAssessment, NeedsAssessment.case_id == Case.id).order_by(Case.id)))
    case_ids = [row[0] for row in assessed]
    arrival: dict[int, date] = {}
    leaving: dict[int, int] = {}  # case id → its booking not yet departed
    for chunk in range(0, len(case_ids), 500):
        for case_id, booking_id, booking_status, arrived_at, planned_at in session.execute(
                select(Booking.case_id, Booking.id, Booking.status, Movement.arrived_at, Movement.arrival_at)
                .join(Movement, Booking.movement_id == Movement.id)
                .where(Booking.case_id.in_(case_ids[chunk:chunk + 500]), Booking.status.in_(ACTIVE_BOOKINGS),
                       Movement.status != MovementStatus.CANCELLED).order_by(Booking.id)):
            arrival[case_id] = (arrived_at or planned_at).date()  # the latest booking wins
            if booking_status in NOT_YET_GONE:
                leaving[case_id] = booking_id
            else:
                leaving.pop(case_id, None)
    # A household that has not left yet is planned for only while it may travel on its booking (a gate).
    not_ready: dict[int, tuple[Reason, ...]] = {}
    ids = sorted(leaving)
    for chunk in range(0, len(ids), 500):
        for case_id, facts in load_facts(session, ids[chunk:chunk + 500]).items():
            reasons = reasons_for(facts, leaving[case_id])
            if reasons:
                not_ready[case_id] = reasons
    countries: dict[int, str] = {i: c for i, c in session.execute(select(CountryProfile.id, CountryProfile.code))}
    budgets_rows = list(session.scalars(select(ReintegrationBudget).order_by(ReintegrationBudget.id)))
    households_rows: list[tuple[int, str, int, str, int]] = []
    references = {row[0]: row[1] for row in assessed}
    for case_id, reference, country_id, region, assessment_id in assessed:
        if case_id not in arrival:
            excluded.append(Excluded(case_id, reference, Message.of("allocation_input.no_arrival")))
        elif case_id in not_ready:
            excluded.append(Excluded(case_id, reference, Message.of("allocation_input.not_ready",
                                                                     reasons=not_ready[case_id])))
        elif not region:
            excluded.append(Excluded(case_id, reference, Message.of("allocation_input.no_region")))
        else:
            households_rows.append((case_id, reference, country_id, region, assessment_id))
    in_run = {row[0] for row in households_rows}
    members: dict[int, list[PersonRow]] = defaultdict(list)
    needs: dict[int, list[AssessedNeed]] = defaultdict(list)
    allocations: list[tuple[PackageAllocation, str | None]] = []
    ids = sorted(in_run)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for person in session.scalars(select(PersonRow).where(PersonRow.case_id.in_(part)).order_by(PersonRow.id)):
            members[person.case_id].append(person)
        for need, case_id in session.execute(
                select(AssessedNeed, NeedsAssessment.case_id)
                .join(NeedsAssessment, AssessedNeed.assessment_id == NeedsAssessment.id)
                .where(NeedsAssessment.case_id.in_(part)).order_by(AssessedNeed.id)):
            needs[case_id].append(need)
    allocations = list(session.execute(
        select(PackageAllocation, Case.region_of_return).join(Case, PackageAllocation.case_id == Case.id)
        .where(PackageAllocation.status != AllocationStatus.CANCELLED)))
    packages_rows = list(session.execute(
        select(ReintegrationPackage, ReintegrationPartner.country_id)
        .join(ReintegrationPartner, ReintegrationPackage.partner_id == ReintegrationPartner.id)
        .order_by(ReintegrationPackage.id)))
    partners: dict[int, str] = {
        i: n for i, n in session.execute(select(ReintegrationPartner.id, ReintegrationPartner.name))}
    capacity_rows = list(session.scalars(select(PartnerCapacity).where(PartnerCapacity.month >= start,
                                                                       PartnerCapacity.month < end)))
    demand_rows = list(session.scalars(select(SkillDemand)))

    # what is used outside this run: delivered packages, and accepted ones of households not re-planned
    budget_used: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    place_used: Counter[tuple[int, str, int]] = Counter()
    spent: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    met: set[int] = set()
    met_kind: set[tuple[int, str]] = set()
    package_by_id = {p.id: p for p, _ in packages_rows}
    current: dict[Option, int] = {}
    pending: dict[int, tuple[PackageAllocation, str | None]] = {}  # accepted, re-planned if its need is open
    orphaned: list[int] = []
    for allocation, region in allocations:
        delivered = allocation.status is AllocationStatus.DELIVERED
        package = package_by_id.get(allocation.package_id)
        if not delivered and allocation.case_id not in arrival:
            orphaned.append(allocation.id)  # the household's movement was cancelled or it withdrew
            continue
        outside = allocation.case_id not in in_run or allocation.need_id is None  # not re-planned: it holds
        if delivered or outside:
            budget_used[allocation.budget_id][0] += _whole(allocation.in_kind)
            budget_used[allocation.budget_id][1] += _whole(allocation.cash)
            if package is not None and region:
                place_used[package.partner_id, region, month_index(start, allocation.delivery_month)] += 1
        if delivered:
            spent[allocation.case_id][0] += _whole(allocation.in_kind)
            spent[allocation.case_id][1] += _whole(allocation.cash)
            if allocation.need_id is not None:
                met.add(allocation.need_id)
            if package is not None:
                met_kind.add((allocation.person_id, package.kind.value))
        elif not outside and allocation.need_id is not None:
            current[Option(allocation.need_id, allocation.package_id,
                           month_index(start, allocation.delivery_month))] = allocation.id
            pending[allocation.id] = (allocation, region)

    households: list[Household] = []
    people_names: dict[int, str] = {}
    need_person: dict[int, int] = {}
    for case_id, reference, country_id, region, _ in households_rows:
        arrived = arrival[case_id]
        people = []
        for person in members[case_id]:
            people_names[person.id] = person.display_name
            age = arrived.year - person.date_of_birth.year - (
                (arrived.month, arrived.day) < (person.date_of_birth.month, person.date_of_birth.day))
            current_vulnerabilities = frozenset(
                v.kind.value for v in person.vulnerabilities
                if v.noted_on <= arrived and (v.ended_on is None or v.ended_on >= arrived))
            people.append(Person(person.id, age, person.relationship_to_head is Relationship.HEAD,
                                 current_vulnerabilities))
        open_needs = []
        for need in needs[case_id]:
            need_person[need.id] = need.person_id
            if need.id in met or (need.person_id, need.kind.value) in met_kind:
                continue
            open_needs.append(Need(need.id, need.person_id, need.kind.value, need.priority, need.skill))
        if not people or not open_needs:
            why = ("allocation_input.no_members" if not people else "allocation_input.needs_met" if needs[case_id]
                   else "allocation_input.no_needs")
            excluded.append(Excluded(case_id, reference, Message.of(why)))
            continue
        households.append(Household(
            case_id, countries[country_id], region, month_index(start, arrived), tuple(people), tuple(open_needs),
            _budget_for(budgets_rows, country_id, arrived), spent[case_id][0], spent[case_id][1], reference))
    kept_needs = {n.id for h in households for n in h.needs}
    for option, allocation_id in current.items():
        if option.need in kept_needs:
            continue
        allocation, region = pending[allocation_id]  # its need is met or gone: it holds what it uses
        budget_used[allocation.budget_id][0] += _whole(allocation.in_kind)
        budget_used[allocation.budget_id][1] += _whole(allocation.cash)
        package = package_by_id.get(allocation.package_id)
        if package is not None and region:
            place_used[package.partner_id, region, month_index(start, allocation.delivery_month)] += 1
    budgets = tuple(Budget(
        b.id, in_kind=max(0, _whole(b.in_kind_total) - budget_used[b.id][0]),
        cash=max(0, _whole(b.cash_total) - budget_used[b.id][1]),
        in_kind_per_adult=_whole(b.in_kind_per_adult), in_kind_per_dependant=_whole(b.in_kind_per_dependant),
        cash_per_adult=_whole(b.cash_per_adult), cash_per_dependant=_whole(b.cash_per_dependant),
        label=b.funding_line) for b in budgets_rows)
    packages = []
    for package, country_id in packages_rows:
        if not package.active:
            continue
        packages.append(Package(
            package.id, package.kind.value, package.partner_id, countries[country_id], _whole(package.in_kind),
            _whole(package.cash), frozenset(package.regions), package.min_age, package.max_age, package.head_only,
            frozenset(package.vulnerabilities), package.skill, package.lead_min_months, package.lead_max_months,
            f"{package.code} {package.name}"))
    capacities = tuple(Capacity(c.partner_id, c.region, month_index(start, c.month),
                                max(0, c.places - place_used[c.partner_id, c.region, month_index(start, c.month)]))
                       for c in capacity_rows)
    demand = tuple(Demand(countries[d.country_id], d.region, d.skill, d.demand_index) for d in demand_rows)
    instance = Instance(start, months, tuple(households), tuple(packages), budgets, capacities, demand, partners,
                        frozenset(o for o in current if o.need in kept_needs)).validated()
    context = Context(references, dict(arrival), people_names, need_person,
                      {b.id: b.funding_line for b in budgets_rows},
                      {p.id: p.label for p in packages}, tuple(excluded),
                      {o: a for o, a in current.items() if o.need in kept_needs}, tuple(sorted(orphaned)))
    return instance, context


def _budget_for(budgets: list[ReintegrationBudget], country_id: int, arrived: date) -> int | None:
    """The country's own funding line first, then one for every country; the earliest period, then the id."""
    covering = [b for b in budgets if b.period_start <= arrived <= b.period_end
                and (b.country_id == country_id or b.country_id is None)]
    covering.sort(key=lambda b: (b.country_id is None, b.period_start, b.id))
    return covering[0].id if covering else None



