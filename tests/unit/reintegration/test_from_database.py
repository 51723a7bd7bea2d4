"""The allocation from the database: only households with an arrival; accepting; delivery; arrival changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from planning import booking_service, movements
from planning.errors import ValidationError
from planning.reintegration import allocations, budgets
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.from_database import build_instance
from planning.reintegration.allocation.instance import Option
from planning.reintegration.needs import NeedDraft, assessment, save_assessment
from planning.storage.models.reintegration import AllocationStatus, PackageKind
from planning.storage.store import Store
from planning.vocabulary import BookingStatus
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import family_ready
from tests.unit.planning.test_movements import flight
from tests.unit.reintegration.catalogue import assess, set_up


def booked_family(store: Store, days: int = 40) -> tuple[int, int]:
    family = family_ready(store)
    assess(store, family)
    movement_id = movements.add_movement(store, flight("TK-7", on=TODAY + timedelta(days=days)))
    booking_service.book(store, family.case_id, movement_id)
    return family.case_id, movement_id


def arrived(store: Store, case_id: int) -> None:
    """The household travelled home (as check-in, departure and arrival would record it)."""
    from sqlalchemy import select

    from planning.storage.models import Booking

    with store.transaction() as session:
        for booking in session.scalars(select(Booking).where(Booking.case_id == case_id)):
            booking.status = BookingStatus.ARRIVED


def test_only_households_with_an_arrival_are_allocated(any_store: Store) -> None:
    ids = set_up(any_store)
    waiting = family_ready(any_store, region="Tbilisi")
    assess(any_store, waiting)
    case_id, _ = booked_family(any_store)
    instance, context = build_instance(any_store)
    assert [h.id for h in instance.households] == [case_id]
    assert [(e.case_id, e.reason.english()) for e in context.excluded] == [
        (waiting.case_id, "no planned or recorded arrival")]
    household = instance.households[0]
    assert household.arrival_month == 1  # the flight lands on 11 July 2026; the horizon starts in June
    assert household.budget == ids["budget"]
    result = allocate(instance, time_limit=5, workers=2)
    packages = {o.package for o in result.plan}
    assert packages == {ids["housing"], ids["school"], ids["ict"]}  # ICT is in demand in Tbilisi
    assert assessment(any_store, case_id).needs[1].skills_held == ("sewing",)


def test_accept_then_deliver_then_the_next_run_counts_it(any_store: Store) -> None:
    ids = set_up(any_store)
    case_id, _ = booked_family(any_store)
    instance, _ = build_instance(any_store)
    result = allocate(instance, time_limit=5, workers=2)
    accepted = allocations.accept(any_store, instance, result.plan)
    assert (accepted.added, accepted.kept, accepted.cancelled) == (3, 0, 0)
    view = next(b for b in budgets.list_budgets(any_store) if b.id == ids["budget"])
    assert view.in_kind_committed == 1200 + 400 + 900
    rows = allocations.list_allocations(any_store, case_id=case_id)
    house = next(r for r in rows if r.kind.value == "housing")
    with pytest.raises(ValidationError, match="delivered_on"):
        allocations.record_delivery(any_store, house.id, house.version, TODAY + timedelta(days=3))
    with pytest.raises(ValidationError, match="has not arrived"):  # a gate: handed over after arrival only
        allocations.record_delivery(any_store, house.id, house.version, TODAY, "keys handed over")
    arrived(any_store, case_id)
    allocations.record_delivery(any_store, house.id, house.version, TODAY, "keys handed over")
    again, _ = build_instance(any_store)
    assert len(again.households[0].needs) == 2  # housing is met
    assert again.households[0].spent_in_kind == 1200
    assert {o.package for o in again.current} == {ids["school"], ids["ict"]}
    rerun = allocate(again, time_limit=5, workers=2)
    assert rerun.plan == again.current  # nothing changed: the accepted allocation stays
    assert allocations.accept(any_store, again, rerun.plan) == allocations.Accepted(0, 2, 0)


def test_a_new_arrival_date_moves_the_delivery_month(any_store: Store) -> None:
    ids = set_up(any_store)
    case_id, movement_id = booked_family(any_store)
    instance, _ = build_instance(any_store)
    result = allocate(instance, time_limit=5, workers=2)
    allocations.accept(any_store, instance, result.plan)
    months = {instance.package(o.package).kind: o.month for o in result.plan}
    assert months["housing"] == 1  # July, the arrival month
    view = movements.movement(any_store, movement_id)
    later = flight("TK-7", on=TODAY + timedelta(days=130))  # lands on 9 October 2026
    movements.update_movement(any_store, movement_id, view.version, later)
    with pytest.raises(allocations.PlanOutdated):
        allocations.accept(any_store, instance, result.plan)  # the old plan is refused now
    moved, _ = build_instance(any_store)
    assert moved.households[0].arrival_month == 4
    replanned = allocate(moved, time_limit=5, workers=2)
    assert {moved.package(o.package).kind: o.month for o in replanned.plan}["housing"] == 4
    outcome = allocations.accept(any_store, moved, replanned.plan)
    assert outcome.cancelled == 3 and outcome.added == 3
    rows = allocations.list_allocations(any_store, case_id=case_id)
    assert {r.delivery_month.month for r in rows if r.package.startswith("HOUSE")} == {10}
    assert ids["housing"]


def test_a_broken_plan_is_refused_whole(any_store: Store) -> None:
    ids = set_up(any_store)
    booked_family(any_store)
    instance, _ = build_instance(any_store)
    need = next(n for _, n in instance.households_needs() if n.kind == "housing")
    adjusted, violations = allocations.adjust(instance, frozenset(), need.id, Option(need.id, ids["housing"], 0))
    assert [v.rule for v in violations] == ["lead_time"]  # June is before the arrival in July
    with pytest.raises(allocations.PlanBroken, match="lead time") as broken:
        allocations.accept(any_store, instance, adjusted)
    assert broken.value.key == "allocation.broken" and broken.value.param("violations") == (violations[0].line(),)
    assert allocations.list_allocations(any_store, statuses=tuple(AllocationStatus)) == []
    fine, violations = allocations.adjust(instance, adjusted, need.id, replace(Option(need.id, ids["housing"], 1)))
    assert violations == []
    assert allocations.accept(any_store, instance, fine).added == 1


def test_a_need_taken_out_withdraws_its_package_and_budgets_stay_true(any_store: Store) -> None:
    ids = set_up(any_store, in_kind_total=3000)
    case_id, _ = booked_family(any_store)
    instance, _ = build_instance(any_store)
    allocations.accept(any_store, instance, allocate(instance, time_limit=5, workers=2).plan)
    view = assessment(any_store, case_id)
    kept = [NeedDraft(n.person_id, n.kind, n.priority, n.skill, n.skills_held) for n in view.needs
            if n.kind is not PackageKind.HOUSING]
    save_assessment(any_store, case_id, TODAY, kept, expected_version=view.version)
    rows = allocations.list_allocations(any_store, statuses=tuple(AllocationStatus))
    assert {r.kind: r.status for r in rows}[PackageKind.HOUSING] is AllocationStatus.CANCELLED
    again, _ = build_instance(any_store)
    assert again.budgets[0].in_kind == 3000  # the two kept packages are re-planned, so nothing is held
    assert len(again.current) == 2
    # another household arriving later finds the budget used by the first one's accepted packages
    other = family_ready(any_store)
    assess(any_store, other)
    movement_id = movements.add_movement(any_store, flight("TK-8", on=TODAY + timedelta(days=70)))
    booking_service.book(any_store, other.case_id, movement_id)
    both, _ = build_instance(any_store)
    assert both.budgets[0].in_kind == 3000 and len(both.households) == 2
    result = allocate(both, time_limit=5, workers=2)
    assert sum(both.package(o.package).in_kind for o in result.plan) <= 3000
    assert ids["budget"] == both.budgets[0].id


def test_a_cancelled_movement_frees_the_budget_and_the_next_plan_withdraws_the_packages(any_store: Store) -> None:
    set_up(any_store, in_kind_total=3000)
    case_id, movement_id = booked_family(any_store)
    instance, _ = build_instance(any_store)
    allocations.accept(any_store, instance, allocate(instance, time_limit=5, workers=2).plan)
    view = movements.movement(any_store, movement_id)
    movements.cancel_movement(any_store, movement_id, view.version, "airline strike")
    again, context = build_instance(any_store)
    assert again.households == () and again.budgets[0].in_kind == 3000
    assert len(context.orphaned) == 3
    assert [e.reason.key for e in context.excluded] == ["allocation_input.no_arrival"]
    outcome = allocations.accept(any_store, again, allocate(again, time_limit=5, workers=2).plan)
    assert outcome == allocations.Accepted(0, 0, 3)
    assert {r.status for r in allocations.list_allocations(any_store, statuses=tuple(AllocationStatus),
                                                           case_id=case_id)} == {AllocationStatus.CANCELLED}
