"""The planner's input read from the database: ready households, movements, what is already held.

- Movements: planned or confirmed, departing (UTC date) between `start` and `end` and not before
  today; their capacity minus what bookings *outside* the instance hold (checked-in, departed, or
  households not re-planned), never below zero.
- Households: status READY, and BOOKED ones whose open booking is proposed or confirmed on a movement
  in the horizon (re-planned: `current`, `locked`). Checked-in households stay where they are and
  only hold their seats.
- `allowed`: the movements to the household's country whose travel date is one of its ready days
  (`planning.readiness.windows`, one check per stretch of days where nothing changes). A locked
  booking whose date no longer passes readiness is handed to the planner unlocked, and reported.
- Stable re-plans: a confirmed booking with its travel letter issued, or departing within `protect_days`
  (14) days, is locked for the planner with the reason (`CaseDemand.protected`) unless the coordinator frees
  it; other confirmed bookings may move, at a higher price than proposed ones (`Weights.moved_confirmed`).
"""

from __future__ import annotations

import time as clock
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.booking_service import MOVABLE
from planning.bookings import NOT_YET_GONE
from planning.errors import ValidationError
from planning.messages import Count, Message
from planning.movements import OPEN
from planning.readiness import windows
from planning.readiness.facts import CaseFacts
from planning.readiness.loading import load_facts
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply
from planning.seats import HOLDING, needs
from planning.storage.models import Booking, Case, CountryProfile, DocumentIssue, Movement
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus

#: The document kind of a travel letter (`planning.documents.travel_letter.KIND`).
TRAVEL_LETTER = "travel-letter"


@dataclass(frozen=True)
class Excluded:
    case_id: int
    reference: str
    reason: Message


@dataclass(frozen=True)
class BuildReport:
    start: date
    end: date
    cases: int
    people: int
    movements: int
    seats: int
    not_ready: int  # households with no allowed movement at all
    excluded: tuple[Excluded, ...] = ()
    warnings: tuple[Message, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)  # load, windows, total


def _whole_euros(value: Decimal | None) -> int:
    return round(float(value or 0))


#: Confirmed bookings departing within this many days stay where they are unless the coordinator frees them.
PROTECT_DAYS = 14


def build_instance(store: Store, start: date, end: date, *, protect_days: int = PROTECT_DAYS,
                   freed: Collection[int] = ()) -> tuple[Instance, BuildReport]:
    """The instance for the horizon [start, end] (inclusive), and what was left out and why.

    A confirmed booking whose travel letter was issued, or that departs within `protect_days` days of today,
    is kept where it is (the case is `locked`, with the reason in `protected`) unless its case is in `freed`.
    """
    if end < start:
        raise ValidationError("end", "plan_input.end_before_start", end, end=end, start=start)
    began = clock.perf_counter()
    today = store.today()
    first_day = max(start, today)
    lower = datetime.combine(first_day, time(0), UTC)
    upper = datetime.combine(end + timedelta(days=1), time(0), UTC)
    warnings: list[Message] = []
    excluded: list[Excluded] = []
    with store.reading() as session:
        movement_rows = list(session.execute(
            select(Movement, CountryProfile.code).join(CountryProfile, Movement.country_id == CountryProfile.id)
            .where(Movement.status.in_(OPEN), Movement.departure_at >= lower, Movement.departure_at < upper)
            .order_by(Movement.departure_at, Movement.id)
        ))
        in_horizon = {m.id for m, _ in movement_rows}
        candidates = list(session.execute(
            select(Case.id, Case.reference, Case.status, Case.decided_on)
            .where(Case.status.in_((CaseStatus.READY, CaseStatus.BOOKED))).order_by(Case.id)
        ))
        open_bookings: dict[int, list[Booking]] = defaultdict(list)
        booked_ids = [cid for cid, _, st, _ in candidates if st is CaseStatus.BOOKED]
        for chunk in range(0, len(booked_ids), 500):
            for booking in session.scalars(select(Booking).where(
                    Booking.case_id.in_(booked_ids[chunk:chunk + 500]), Booking.status.in_(NOT_YET_GONE))):
                open_bookings[booking.case_id].append(booking)
        planned: list[tuple[int, str, date | None, Booking | None]] = []
        for case_id, reference, _status, decided_on in candidates:
            current = open_bookings.get(case_id, [])
            if not current:
                planned.append((case_id, reference, decided_on, None))
            elif len(current) > 1:
                excluded.append(Excluded(case_id, reference, Message.of("plan_input.several_open_bookings")))
            elif current[0].status not in MOVABLE:
                excluded.append(Excluded(case_id, reference, Message.of("plan_input.keeps_its_seats",
                                                                        status=current[0].status)))
            elif current[0].movement_id not in in_horizon:
                excluded.append(Excluded(case_id, reference, Message.of("plan_input.outside_horizon")))
            else:
                planned.append((case_id, reference, decided_on, current[0]))
        planned_ids = {case_id for case_id, *_ in planned}
        held: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        if in_horizon:
            for movement_id, case_id, seats, medical, minor in session.execute(
                select(Booking.movement_id, Booking.case_id, Booking.seats, Booking.medical_escorts,
                       Booking.minor_escorts)
                .where(Booking.movement_id.in_(in_horizon), Booking.status.in_(HOLDING))
            ):
                if case_id in planned_ids:
                    continue
                totals = held[movement_id]
                totals[0] += seats
                totals[1] += medical
                totals[2] += minor
        facts = load_facts(session, [case_id for case_id, *_ in planned])
        letters = _letters(session, [(reference, booking) for _, reference, _, booking in planned
                                     if booking is not None and booking.status is BookingStatus.CONFIRMED])
    loaded = clock.perf_counter()

    movements: list[MovementSupply] = []
    by_country: dict[str, list[MovementSupply]] = defaultdict(list)
    day_of: dict[int, date] = {}
    for movement, code in movement_rows:
        seats, medical, minor = held[movement.id]
        remaining = movement.capacity - seats
        if remaining < 0:
            warnings.append(Message.of("plan_input.overbooked", movement=movement.code,
                                       seats=Count("seat", -remaining)))
        supply = MovementSupply(
            id=movement.id, country=code, day=(movement.departure_at.date() - start).days,
            seats=max(0, remaining), cost_per_seat=_whole_euros(movement.cost_per_seat),
            fixed_cost=_whole_euros(movement.charter_cost) if held[movement.id][0] == 0 else 0,
            medical_escort_places=max(0, movement.medical_escort_places - medical),
            minor_escort_places=max(0, movement.minor_escort_places - minor), label=movement.code,
        )
        movements.append(supply)
        by_country[code].append(supply)
        day_of[movement.id] = movement.departure_at.date()

    demands: list[CaseDemand] = []
    not_ready = 0
    for case_id, reference, decided_on, current_booking in planned:
        case = facts.get(case_id)
        if case is None or not case.members:
            excluded.append(Excluded(case_id, reference, Message.of("plan_input.no_members")))
            continue
        supplies = by_country.get(case.country.code, [])
        demand = _demand(case, start, first_day, end, decided_on, current_booking, supplies, day_of, warnings)
        if current_booking is not None and current_booking.status is BookingStatus.CONFIRMED:
            demand = _protect(demand, letters.get(case_id), day_of.get(current_booking.movement_id), today,
                              protect_days, freed, warnings)
        if not demand.allowed:
            not_ready += 1
        demands.append(demand)
    finished = clock.perf_counter()
    instance = Instance(start, (end - start).days + 1, tuple(demands), tuple(movements)).validated()
    report = BuildReport(
        start=start, end=end, cases=len(demands), people=sum(d.people for d in demands),
        movements=len(movements), seats=sum(m.seats for m in movements), not_ready=not_ready,
        excluded=tuple(excluded), warnings=tuple(warnings),
        seconds={"load": loaded - began, "windows": finished - loaded, "total": clock.perf_counter() - began},
    )
    return instance, report


def _demand(case: CaseFacts, start: date, first_day: date, end: date, decided_on: date | None,
            booking: Booking | None, supplies: list[MovementSupply], day_of: dict[int, date],
            warnings: list[Message]) -> CaseDemand:
    # Escorts are the planner's to allocate: judge readiness without the case's current booking.
    free = replace(case, bookings=tuple(b for b in case.bookings if b.status not in NOT_YET_GONE))
    candidate_days = sorted({day_of[s.id] for s in supplies})
    ready = windows.ready_days(free, candidate_days)
    allowed = frozenset(s.id for s in supplies if day_of[s.id] in ready)
    reference_day = min(ready) if ready else first_day
    need = needs(case, reference_day)
    vulnerable = sum(1 for m in case.members if m.vulnerable_on(reference_day) or case.unaccompanied_on(m,
                                                                                                     reference_day))
    reason = None
    if not allowed:
        if not supplies:
            reason = Message.of("unplaced.no_movement_to_country", country=case.country.named, start=first_day,
                                end=end)
        else:
            blocking = windows.first_blocking(free, candidate_days)
            reason = (Message.of("unplaced.not_ready", reason=blocking) if blocking
                      else Message.of("unplaced.not_ready_unexplained"))
    current = booking.movement_id if booking is not None else None
    locked = bool(booking is not None and booking.locked)
    if locked and current not in allowed:
        warnings.append(Message.of("plan_input.lock_released", reference=case.reference))
        locked = False
    return CaseDemand(
        id=case.id, country=case.country.code, people=need.seats, vulnerable_people=vulnerable,
        medical_escorts=need.medical_escorts, minor_escorts=need.minor_escorts,
        decided_day=(decided_on - start).days if decided_on is not None else 0,
        allowed=allowed, current=current, locked=locked, label=case.reference, not_ready_reason=reason,
        confirmed=booking is not None and booking.status is BookingStatus.CONFIRMED,
    )


def _letters(session: Session, booked: list[tuple[str, Booking | None]]) -> dict[int, date]:
    """Per case id, the day a travel letter was issued for its current journey (its booking's movement)."""
    wanted = {reference: booking for reference, booking in booked if booking is not None}
    found: dict[int, date] = {}
    references = sorted(wanted)
    for chunk in range(0, len(references), 500):
        for subject, facts, issued_on in session.execute(
                select(DocumentIssue.subject, DocumentIssue.facts, DocumentIssue.issued_on)
                .where(DocumentIssue.kind == TRAVEL_LETTER, DocumentIssue.subject.in_(references[chunk:chunk + 500]))):
            booking = wanted[subject]
            movement = (facts or {}).get("movement") or {}
            if movement.get("code") == booking.movement.code:
                found[booking.case_id] = max(issued_on, found.get(booking.case_id, issued_on))
    return found


def _protect(demand: CaseDemand, letter: date | None, departs: date | None, today: date, protect_days: int,
             freed: Collection[int], warnings: list[Message]) -> CaseDemand:
    """A confirmed booking with its travel letter issued, or departing soon, stays (unless freed)."""
    if demand.id in freed or demand.current is None or demand.locked:
        return demand
    if letter is not None:
        why = Message.of("plan_protected.letter_issued", issued=letter)
    elif departs is not None and (departs - today).days <= protect_days:
        why = Message.of("plan_protected.departs_soon", departs=departs, days=Count("day", protect_days))
    else:
        return demand
    if demand.current not in demand.allowed:
        warnings.append(Message.of("plan_input.protection_released", reference=demand.label))
        return demand
    return replace(demand, locked=True, protected=why)
