"""The demo hands over accepted reintegration packages through the services: after each household's arrival,
some households partly served, some packages still waiting, every step audited."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from planning.demo import generate
from planning.demo.deliveries import PLANNED_DAYS, seed_deliveries
from planning.reintegration import allocations
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.from_database import build_instance
from planning.storage.models import AuditEntry, Booking, Movement, PackageAllocation
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Store
from planning.vocabulary import BookingStatus
from tests.conftest import TODAY


def test_a_small_demo_delivers_accepted_packages_after_each_arrival(store: Store) -> None:
    generate(store, 400, seed=7, today=TODAY)
    seeded = seed_deliveries(store, 7)
    assert seeded.delivered > 0 and seeded.waiting > 0
    with store.reading() as session:
        rows = list(session.execute(select(PackageAllocation.case_id, PackageAllocation.status,
                                           PackageAllocation.delivered_on, PackageAllocation.delivery_month)))
        accepted_on = {at.date() for at in session.scalars(select(PackageAllocation.accepted_at))}
        arrived: dict[int, date] = {}
        for case_id, arrived_at, planned_at in session.execute(
                select(Booking.case_id, Movement.arrived_at, Movement.arrival_at)
                .join(Movement, Booking.movement_id == Movement.id)
                .where(Booking.status.in_((BookingStatus.DEPARTED, BookingStatus.ARRIVED)))):
            arrived[case_id] = (arrived_at or planned_at).date()
        audited = dict(session.execute(select(AuditEntry.action, func.count()).where(
            AuditEntry.action.like("reintegration.allocation.%")).group_by(AuditEntry.action)).all())
    assert accepted_on == {TODAY - timedelta(days=PLANNED_DAYS)}  # accepted on the planning day, not the run's
    delivered = [(case_id, on, month) for case_id, status, on, month in rows if status is AllocationStatus.DELIVERED]
    assert len(delivered) == seeded.delivered
    for case_id, on, month in delivered:
        assert case_id in arrived and arrived[case_id] < on <= TODAY, (case_id, on)
        assert (on.year, on.month) == (month.year, month.month)
    by_case: dict[int, set[AllocationStatus]] = defaultdict(set)
    for case_id, status, _, _ in rows:
        by_case[case_id].add(status)
    assert any(found == {AllocationStatus.DELIVERED, AllocationStatus.ACCEPTED} for found in by_case.values())
    assert audited["reintegration.allocation.deliver"] == seeded.delivered
    assert audited["reintegration.allocation.accept"] == len(rows)

    again = seed_deliveries(store, 7)  # a second run hands nothing over twice
    with store.reading() as session:
        handed = session.scalar(select(func.count()).select_from(PackageAllocation).where(
            PackageAllocation.status == AllocationStatus.DELIVERED))
        handovers = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "reintegration.allocation.deliver"))
    assert handed == handovers == seeded.delivered + again.delivered


def test_after_the_demo_the_coordinator_plans_and_accepts_as_of_today(store: Store) -> None:
    """Packages left waiting in past months are planned again; delivered ones stay out of the plan."""
    generate(store, 400, seed=7, today=TODAY)
    seeded = seed_deliveries(store, 7)
    instance, _ = build_instance(store)
    accepted = allocations.accept(store, instance, allocate(instance, time_limit=5).plan)
    assert accepted.added + accepted.kept > 0
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(PackageAllocation).where(
            PackageAllocation.status == AllocationStatus.DELIVERED)) == seeded.delivered
