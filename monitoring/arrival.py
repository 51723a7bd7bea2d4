"""The arrival hook: a household recorded as arrived gets its monitoring plan.

Planning may not import monitoring, so the desktop and the command line call `after_arrival` right
after `planning.checkin.record_arrival`; it is idempotent, and `ensure_plans` catches up on every
arrived case still lacking a plan (e.g. after an import, or a crash between the two calls).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from monitoring.plans import MonitorPool, PlanSummary, create_plans_in
from monitoring.schedule import load_schedules
from planning.lookup import get
from planning.security.permissions import Permission, require
from planning.status import TERMINAL
from planning.storage.models import Booking, Case, MonitoringPlan, Movement
from planning.storage.store import Store
from planning.validation import optional_text
from planning.vocabulary import BookingStatus

BATCH = 500


def after_arrival(store: Store, movement_id: int, *, monitor: str | None = None) -> list[PlanSummary]:
    """Plans for the households that arrived on this movement and have none yet (one transaction)."""
    require(store, Permission.MANAGE_MONITORING)
    today = store.today()
    monitor = optional_text("monitor", monitor)
    with store.transaction() as session:
        get(session, Movement, movement_id)
        case_ids = list(session.scalars(select(Booking.case_id).where(
            Booking.movement_id == movement_id, Booking.status == BookingStatus.ARRIVED).order_by(Booking.case_id)))
        return create_plans_in(session, store.actor, case_ids, today, monitor=monitor)


def lacking_plans(store: Store) -> list[int]:
    """Open cases with an arrived booking and no monitoring plan."""
    with store.reading() as session:
        return list(session.scalars(
            select(Booking.case_id).distinct()
            .join(Case, Case.id == Booking.case_id)
            .outerjoin(MonitoringPlan, MonitoringPlan.case_id == Booking.case_id)
            .where(Booking.status == BookingStatus.ARRIVED, MonitoringPlan.id.is_(None),
                   Case.status.not_in(TERMINAL))
            .order_by(Booking.case_id)
        ))


def ensure_plans(store: Store, progress: Callable[[int, int], None] | None = None) -> int:
    """Create the missing plans in batches (each batch one transaction); returns how many were created."""
    require(store, Permission.MANAGE_MONITORING)
    today = store.today()
    missing = lacking_plans(store)
    created = 0
    with store.reading() as session:
        schedules = load_schedules(session)
        pool = MonitorPool(session)
    for start in range(0, len(missing), BATCH):
        with store.transaction() as session:
            created += len(create_plans_in(session, store.actor, missing[start:start + BATCH], today,
                                           schedules=schedules, pool=pool))
        if progress is not None:
            progress(min(start + BATCH, len(missing)), len(missing))
    return created
