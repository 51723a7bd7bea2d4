"""The demo's reintegration packages handed over: allocated, accepted and delivered as a coordinator would have.

The allocation is planned and accepted as of `PLANNED_DAYS` before today (when the recently arrived households
were assessed), with the same planner baseline (`greedy.plan`) and the same acceptance (`allocations.accept`)
the application uses. Each accepted package of a household that travelled home, due in a month that has begun,
is then handed over through `allocations.record_delivery` — its gate refuses a household without an arrival —
on a day after the arrival and in the package's delivery month; about one in `LATE_ONE_IN` is left waiting
(a partner running late), so some households have their packages partly delivered, and packages due in later
months stay accepted. Deterministic for a seed; everything is audited under the demo's coordinators' names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, update

from planning.demo.names import USERS
from planning.demo.reintegration import RECENT_DAYS
from planning.errors import HomewardError
from planning.reintegration import allocations
from planning.reintegration.allocation import greedy
from planning.reintegration.allocation.from_database import build_instance
from planning.storage.base import utcnow
from planning.storage.models import Booking, Movement, PackageAllocation
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Actor, Store
from planning.vocabulary import BookingStatus, Role

#: How long ago the coordinator planned and accepted the packages: when the earliest households assessed arrived.
PLANNED_DAYS = RECENT_DAYS
#: One deliverable package in this many is not handed over yet.
LATE_ONE_IN = 6
#: Days after the arrival before the first handover can happen.
SETTLING_DAYS = 3


@dataclass(frozen=True)
class DemoDeliveries:
    accepted: int
    delivered: int
    waiting: int

    def lines(self) -> list[str]:
        return [f"reintegration: {self.accepted} packages accepted, {self.delivered} delivered, "
                f"{self.waiting} accepted and not yet delivered"]


def seed_deliveries(store: Store, seed: int) -> DemoDeliveries:
    """Plan and accept the packages of the assessed households, then hand over those that are due."""
    rng = random.Random(f"deliveries:{seed}")
    today = store.today()
    coordinator = Actor(rng.choice(USERS), Role.COORDINATOR)
    planned = Store(store.engine, coordinator, store.location, lambda: today - timedelta(days=PLANNED_DAYS))
    instance, _ = build_instance(planned)
    if instance.households:
        started = utcnow()
        allocations.accept(planned, instance, greedy.plan(instance))
        # Accepted as of the planning day, as the reports count it (the service stamps the wall clock).
        with store.transaction() as session:
            session.execute(update(PackageAllocation).where(PackageAllocation.accepted_at >= started)
                            .values(accepted_at=datetime.combine(today - timedelta(days=PLANNED_DAYS), time(11),
                                                                 tzinfo=UTC)))
    delivered = 0
    with store.transaction():  # one unit of work: each handover in a savepoint of its own, one commit
        for allocation_id, version, month, arrived in _deliverable(store, today):
            first = max(month, arrived + timedelta(days=SETTLING_DAYS))
            last = min(today, _month_end(month))
            if first > last or rng.randrange(LATE_ONE_IN) == 0:
                continue
            on = first + timedelta(days=rng.randint(0, (last - first).days))
            handed = Store(store.engine, Actor(rng.choice(USERS), Role.COORDINATOR), store.location, lambda: today)
            try:
                allocations.record_delivery(handed, allocation_id, version, on, rng.choice(NOTES))
            except HomewardError:
                continue  # a gate refused (the household's involvement ended since): left accepted, as it would be
            delivered += 1
    with store.reading() as session:
        accepted = session.scalar(select(func.count()).select_from(PackageAllocation).where(
            PackageAllocation.status == AllocationStatus.ACCEPTED)) or 0
    return DemoDeliveries(accepted + delivered, delivered, accepted)


NOTES = (None, None, "Handed over at the partner's office; receipt signed.",
         "Delivered at home in the presence of the head of household.",
         "First instalment; the partner confirmed enrolment.")


def _month_end(month: date) -> date:
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _deliverable(store: Store, today: date) -> list[tuple[int, int, date, date]]:
    """Accepted packages due in a month that has begun, of households that arrived: id, version, delivery month,
    arrival day."""
    with store.reading() as session:
        arrivals: dict[int, date] = {}
        for case_id, arrived_at, planned_at in session.execute(
                select(Booking.case_id, Movement.arrived_at, Movement.arrival_at)
                .join(Movement, Booking.movement_id == Movement.id)
                .where(Booking.status.in_((BookingStatus.DEPARTED, BookingStatus.ARRIVED)))
                .order_by(Booking.id)):
            arrivals[case_id] = (arrived_at or planned_at).date()
        rows = session.execute(
            select(PackageAllocation.id, PackageAllocation.version, PackageAllocation.case_id,
                   PackageAllocation.delivery_month)
            .where(PackageAllocation.status == AllocationStatus.ACCEPTED, PackageAllocation.delivery_month <= today)
            .order_by(PackageAllocation.delivery_month, PackageAllocation.id))
        return [(i, version, month, arrivals[case_id]) for i, version, case_id, month in rows
                if case_id in arrivals]
