"""Bookings at risk: a booked or checked-in household that a change since booking made unready.

`review` runs inside `status.refresh`, the one place every change to what the readiness check reads
ends in (an advisory, a review, an assurance revoked, a document lost, a member added, a vulnerability
recorded, the case closed, the movement's date moved…), so the change and the mark are one
transaction. Each open booking is checked on its movement's travel date — at the planning stage, or
at the departure stage once checked in (every member ticked) — and the codes of the reasons are kept
on the booking (`at_risk`, `at_risk_since`), audited when they appear, change or go. A household that
grew keeps its seats only if the movement has room: the booking follows the household when it can
(audited), and the shortfall is a reason otherwise.

The mark is for people (the Movements page, the case file, the check-in sheet, Home, `homeward
movements at-risk`); every gate asks the readiness check itself at its own moment, so a mark that is
late or early can never let anyone through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from planning import audit, readiness
from planning.bookings import NOT_YET_GONE
from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.seats import held, needs
from planning.storage.base import utcnow
from planning.storage.models import Booking, Case, CountryProfile, Movement
from planning.storage.store import Actor, Store
from planning.vocabulary import BookingStatus


def stage_of(status: BookingStatus) -> Stage:
    """A checked-in household is judged as it would depart; any other booking as planned."""
    return Stage.DEPARTURE if status is BookingStatus.CHECKED_IN else Stage.PLANNING


def reasons_for(facts: CaseFacts, booking_id: int) -> tuple[Reason, ...]:
    """Why the household may not travel on this booking now (empty: it may)."""
    booking = next((b for b in facts.bookings if b.id == booking_id), None)
    if booking is None or booking.status not in NOT_YET_GONE:
        return ()
    return readiness.check(facts, booking.departure_on, stage_of(booking.status)).reasons


def review(session: Session, actor: Actor, facts: dict[int, CaseFacts]) -> dict[int, CaseFacts]:
    """Mark (or clear) the open bookings of these cases; resize those whose household changed when the
    movement has room. Returns the facts, updated where a booking was resized."""
    open_ids = [b.id for case in facts.values() for b in case.bookings if b.status in NOT_YET_GONE]
    if not open_ids:
        return facts
    rows = {b.id: b for b in session.scalars(select(Booking).where(Booking.id.in_(open_ids)))}
    updated = dict(facts)
    for case_id, case in facts.items():
        for record in case.bookings:
            row = rows.get(record.id)
            if row is None:
                continue
            if _follow_household(session, actor, row, case, record.departure_on):
                case = replace(case, bookings=tuple(
                    replace(b, seats=row.seats, medical_escorts=row.medical_escorts, minor_escorts=row.minor_escorts)
                    if b.id == row.id else b for b in case.bookings))
                updated[case_id] = case
            codes = ",".join(dict.fromkeys(r.code for r in reasons_for(case, row.id))) or None
            if codes != row.at_risk:
                _mark(session, actor, row, codes)
    return updated


def _follow_household(session: Session, actor: Actor, row: Booking, case: CaseFacts, day: date) -> bool:
    """Give the booking the seats and escort places the household needs now, if the movement has room."""
    need = needs(case, day)
    if (row.seats, row.medical_escorts, row.minor_escorts) == (need.seats, need.medical_escorts,
                                                               need.minor_escorts):
        return False
    movement = session.get(Movement, row.movement_id)
    if movement is None:
        return False
    seats, medical, minor = held(session, movement.id)
    if (seats - row.seats + need.seats > movement.capacity
            or medical - row.medical_escorts + need.medical_escorts > movement.medical_escort_places
            or minor - row.minor_escorts + need.minor_escorts > movement.minor_escort_places):
        return False  # no room: the shortfall stays a reason (S10)
    before = {"seats": row.seats, "medical_escorts": row.medical_escorts, "minor_escorts": row.minor_escorts}
    row.seats, row.medical_escorts, row.minor_escorts = need.seats, need.medical_escorts, need.minor_escorts
    session.flush()
    audit.record(session, actor, "booking.resize", ("booking", row.id), case_id=row.case_id, before=before,
                 after={"seats": row.seats, "medical_escorts": row.medical_escorts,
                        "minor_escorts": row.minor_escorts})
    return True


def _mark(session: Session, actor: Actor, row: Booking, codes: str | None) -> None:
    """Keep the codes on the booking without touching its version (derived, not edited by anyone)."""
    before = {"at_risk": row.at_risk}
    since = row.at_risk_since if row.at_risk and codes else (utcnow() if codes else None)
    table: Table = Booking.__table__  # type: ignore[assignment]
    session.execute(table.update().where(table.c.id == row.id).values(at_risk=codes, at_risk_since=since))
    session.expire(row, ["at_risk", "at_risk_since"])
    audit.record(session, actor, "booking.at_risk" if codes else "booking.at_risk_cleared", ("booking", row.id),
                 case_id=row.case_id, before=before, after={"at_risk": codes})


@dataclass(frozen=True)
class AtRisk:
    """A booking at risk and why, as the readiness check says now."""

    booking_id: int
    booking_status: BookingStatus
    case_id: int
    reference: str
    movement_id: int
    movement_code: str
    country: str
    departure_at: datetime
    since: datetime | None
    reasons: tuple[Reason, ...]

    def as_dict(self) -> dict[str, object]:
        return {"booking": self.booking_id, "status": self.booking_status.value, "case": self.reference,
                "movement": self.movement_code, "country": self.country,
                "departure": self.departure_at.isoformat(),
                "since": self.since.isoformat() if self.since else None,
                "reasons": [r.as_dict() for r in self.reasons]}


def at_risk(store: Store, *, movement_id: int | None = None, movement_code: str | None = None,
            case_ids: Sequence[int] | None = None) -> list[AtRisk]:
    """The open bookings marked at risk (of one movement, by id or code, or of these cases), soonest
    departure first."""
    from planning.readiness.loading import load_facts

    with store.reading() as session:
        query = (select(Booking, Case.reference, Movement.code, Movement.departure_at, CountryProfile.code)
                 .join(Case, Booking.case_id == Case.id).join(Movement, Booking.movement_id == Movement.id)
                 .join(CountryProfile, CountryProfile.id == Movement.country_id)
                 .where(Booking.status.in_(NOT_YET_GONE), Booking.at_risk.is_not(None))
                 .order_by(Movement.departure_at, Case.reference))
        if movement_id is not None:
            query = query.where(Booking.movement_id == movement_id)
        if movement_code is not None:
            query = query.where(Movement.code == movement_code.strip().upper())
        if case_ids is not None:
            query = query.where(Booking.case_id.in_(list(case_ids)))
        rows = list(session.execute(query))
        facts = load_facts(session, sorted({b.case_id for b, *_ in rows}))
        return [AtRisk(b.id, b.status, b.case_id, reference, b.movement_id, code, country, departure_at,
                       b.at_risk_since, reasons_for(facts[b.case_id], b.id) if b.case_id in facts else ())
                for b, reference, code, departure_at, country in rows]
