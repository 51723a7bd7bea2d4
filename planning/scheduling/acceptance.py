"""Accepting a plan: the solver's assignments written back as bookings, all of them or none.

Nothing from the solver is trusted: every placement is checked again at write time, in the same
transaction, by the same functions a coordinator's manual booking goes through
(`planning.booking_service`): readiness on the movement's travel date, the household whole, seats
and escort places. The first failure refuses the whole plan, naming the case.

For each household of the instance: a new placement becomes a CONFIRMED booking; a different
movement moves its booking (audited before/after); no placement cancels its booking ("left out of
the accepted plan"); the same movement keeps it (a proposed booking is confirmed).
Readiness is checked for every booking the plan keeps, moves, locks or adds, on its movement's
travel date (a household kept on its booking is not trusted either: an advisory or a revoked
assurance since the plan was made refuses it); seats and escort places are checked on the plan's
final state (every movement that receives a household), so swaps and chains of moves are judged as
a whole. The coordinator's locks and unlocks are written in the same transaction: all or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from planning import audit, status
from planning.audit import snapshot
from planning.booking_service import MOVABLE, cancel, place, require_ready, require_room, resize, shift
from planning.bookings import NOT_YET_GONE
from planning.errors import ConflictError, HomewardError, ValidationError
from planning.movements import require_open
from planning.readiness.loading import load_facts
from planning.scheduling.instance import Instance
from planning.seats import Needs
from planning.security.permissions import Permission, require
from planning.storage.models import Booking, Movement
from planning.storage.store import Store
from planning.vocabulary import BookingStatus


@dataclass(frozen=True)
class AcceptedPlan:
    booked: tuple[int, ...]  # case ids newly booked
    moved: tuple[int, ...]
    removed: tuple[int, ...]
    kept: tuple[int, ...]
    booking_ids: dict[int, int]  # case id → its booking after acceptance
    locked: tuple[int, ...] = ()  # case ids whose booking was locked by this acceptance
    unlocked: tuple[int, ...] = ()  # …and unlocked


class PlanRefused(HomewardError):
    """One placement of the plan fails a check; nothing of the plan was written. `cause` is the check's own
    error (its key says which check)."""

    def __init__(self, case_id: int, reference: str, cause: HomewardError) -> None:
        super().__init__("plan.refused", reference=reference, cause=cause)
        self.case_id = case_id
        self.reference = reference
        self.cause = cause


def accept_plan(store: Store, instance: Instance, assignments: Mapping[int, int],
                expected: Mapping[int, int | None] | None = None, *,
                locks: Collection[int] = (), unlocks: Collection[int] = ()) -> AcceptedPlan:
    """Write the plan, lock the bookings of the cases in `locks` and unlock those in `unlocks`, in one
    transaction. `expected` maps case id → the movement it was booked on when the plan was made (default:
    the instance's `current`). A household whose booking changed since is a conflict. An unlocked
    booking may be moved or removed by the same plan."""
    require(store, Permission.PLAN_MOVEMENTS)
    today = store.today()
    cases = {c.id: c for c in instance.cases}
    movement_ids = {m.id for m in instance.movements}
    for case_id, movement_id in assignments.items():
        if case_id not in cases:
            raise ValidationError("assignments", "plan.case_not_in_instance", case_id, case=str(case_id))
        if movement_id not in movement_ids:
            raise ValidationError("assignments", "plan.movement_not_in_instance", movement_id,
                                  movement=str(movement_id))
    locking, unlocking = set(locks), set(unlocks)
    for case_id in sorted(locking | unlocking):
        if case_id not in cases:
            raise ValidationError("locks", "plan.case_not_in_instance", case_id, case=str(case_id))
    for case_id in sorted(locking & unlocking):
        raise ValidationError("locks", "plan.lock_and_unlock", case_id, case=cases[case_id].label or str(case_id))
    for case_id in sorted(locking):
        if case_id not in assignments:
            raise ValidationError("locks", "plan.lock_not_placed", case_id, case=cases[case_id].label or str(case_id))
    was = dict(expected) if expected is not None else {c.id: c.current for c in instance.cases}
    booked: list[int] = []
    moved: list[int] = []
    removed: list[int] = []
    kept: list[int] = []
    locked_now: list[int] = []
    unlocked_now: list[int] = []
    result: dict[int, int] = {}
    with store.transaction() as session:
        open_by_case: dict[int, Booking] = {}
        ids = sorted(cases)
        for chunk in range(0, len(ids), 500):
            for row in session.scalars(select(Booking).where(
                    Booking.case_id.in_(ids[chunk:chunk + 500]), Booking.status.in_(NOT_YET_GONE))):
                open_by_case[row.case_id] = row
        facts = load_facts(session, ids)
        movements = {m.id: m for m in session.scalars(
            select(Movement).where(Movement.id.in_(movement_ids)).with_for_update())}
        # Cancellations and moves off a movement first, so seats they free count for the others.
        order = sorted(ids, key=lambda cid: (assignments.get(cid) is not None, cid))
        arriving: dict[int, list[int]] = {}
        for case_id in order:
            demand = cases[case_id]
            target = assignments.get(case_id)
            booking = open_by_case.get(case_id)
            reference = demand.label or str(case_id)
            try:
                current = booking.movement_id if booking is not None else None
                if current != was.get(case_id):
                    raise ConflictError("booking_of_case", reference, 0, 0)
                if booking is not None and booking.status not in MOVABLE:
                    raise ValidationError("booking", "plan.booking_not_movable", booking.status,
                                          status=booking.status)
                if booking is not None and booking.locked and target != current and case_id not in unlocking:
                    raise ValidationError("booking", "plan.booking_locked")
                if target is None:
                    if booking is not None:
                        cancel(session, store, booking, "left out of the accepted plan")
                        removed.append(case_id)
                        if case_id in unlocking:
                            unlocked_now.append(case_id)
                    continue
                movement = movements[target]
                require_open(movement, today)
                if booking is None:
                    created = place(session, store, case_id, movement, locked=False, facts=facts.get(case_id),
                                    action="booking.plan", check_room=False)
                    result[case_id] = created.id
                    booked.append(case_id)
                    arriving.setdefault(target, []).append(case_id)
                elif target != current:
                    shift(session, store, booking, movement, facts=facts.get(case_id), check_room=False)
                    result[case_id] = booking.id
                    moved.append(case_id)
                    arriving.setdefault(target, []).append(case_id)
                else:
                    # Kept where it is, but checked like any placement: things may have changed since.
                    need = require_ready(session, case_id, movement.id, movement.departure_at.date(),
                                         facts=facts.get(case_id))
                    if resize(session, store, booking, need):
                        arriving.setdefault(target, []).append(case_id)
                    if booking.status is BookingStatus.PROPOSED:
                        booking.status = BookingStatus.CONFIRMED
                    result[case_id] = booking.id
                    kept.append(case_id)
                if case_id in locking or case_id in unlocking:
                    placed = booking if booking is not None else session.get(Booking, result[case_id])
                    assert placed is not None
                    if placed.locked is not (case_id in locking):
                        before = snapshot(placed)
                        placed.locked = case_id in locking
                        session.flush()
                        audit.record(session, store.actor, "booking.lock" if placed.locked else "booking.unlock",
                                     placed, case_id=case_id, before=before)
                        (locked_now if placed.locked else unlocked_now).append(case_id)
            except ConflictError:
                raise HomewardError("plan.booking_changed", reference=reference) from None
            except HomewardError as exc:
                raise PlanRefused(case_id, reference, exc) from None
        session.flush()
        for movement_id, newcomers in sorted(arriving.items()):
            last = newcomers[-1]
            reference = cases[last].label or str(last)
            try:
                require_room(session, movements[movement_id], Needs(0, 0, 0), reference)
            except HomewardError as exc:
                names = tuple(cases[c].label or str(c) for c in newcomers)
                raise PlanRefused(last, reference, HomewardError(
                    "plan.over_capacity", movement=movements[movement_id].code, households=names,
                    problem=exc)) from None
        status.refresh(session, ids, today)
    return AcceptedPlan(tuple(booked), tuple(moved), tuple(removed), tuple(kept), result, tuple(locked_now),
                        tuple(unlocked_now))
