"""The movements register: flights, charters and ground transport home, with their legs and seats.

Times are timezone-aware datetimes, stored in UTC; a movement's *travel date* (the date readiness
is checked on) is the UTC date of its departure, as everywhere else in planning.

**No overnight transit.** Legs are chained: each leg leaves from where the previous one arrived,
not before it arrived. A connection at a transit point is refused when the wait is longer than
`MAX_CONNECTION` (12 h), or when any part of it falls between 00:00 and 06:00 on the transit
point's clock. The clock is the UTC offset of the arriving leg's `arrival_at` as given (pass
datetimes in the airport's local zone; UTC when nothing else is known).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning import audit, status
from planning.at_risk import reasons_for
from planning.audit import snapshot
from planning.bookings import NOT_YET_GONE
from planning.cases import ensure_country
from planning.errors import SafeguardError, ValidationError
from planning.lookup import check_version, get
from planning.messages import Phrase
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason
from planning.seats import HOLDING, held
from planning.security.permissions import Permission, require
from planning.storage.models import Booking, Case, CountryProfile, Movement, MovementLeg, Person
from planning.storage.models.movements import CheckIn
from planning.storage.store import Store
from planning.validation import country_code, optional_text, required_text
from planning.vocabulary import BookingStatus, MovementKind, MovementStatus

MAX_CONNECTION = timedelta(hours=12)
NIGHT = (time(0, 0), time(6, 0))
MAX_CODE = 40
#: Bookings that hold seats on a movement.
OPEN = (MovementStatus.PLANNED, MovementStatus.CONFIRMED)


@dataclass(frozen=True)
class LegDraft:
    origin: str
    destination: str
    departure_at: datetime
    arrival_at: datetime
    carrier: str | None = None
    transit_visa_required: bool = False
    #: e.g. 'TK 1938', printed on the travel letter beside the carrier.
    flight_number: str | None = None


@dataclass(frozen=True)
class MovementDraft:
    code: str
    kind: MovementKind
    country: str
    origin: str
    destination: str
    departure_at: datetime
    arrival_at: datetime
    capacity: int
    cost_per_seat: Decimal = Decimal(0)
    charter_cost: Decimal | None = None
    medical_escort_places: int = 0
    minor_escort_places: int = 0
    #: Empty: one direct leg from origin to destination.
    legs: tuple[LegDraft, ...] = ()
    notes: str | None = None
    status: MovementStatus = MovementStatus.PLANNED


@dataclass(frozen=True)
class LegView:
    sequence: int
    origin: str
    destination: str
    departure_at: datetime
    arrival_at: datetime
    carrier: str | None
    transit_visa_required: bool
    flight_number: str | None = None


@dataclass(frozen=True)
class MovementView:
    id: int
    version: int
    code: str
    kind: MovementKind
    country: str
    country_name: str
    origin: str
    destination: str
    departure_at: datetime
    arrival_at: datetime
    status: MovementStatus
    capacity: int
    cost_per_seat: Decimal
    charter_cost: Decimal | None
    medical_escort_places: int
    minor_escort_places: int
    booked_seats: int
    booked_medical_escorts: int
    booked_minor_escorts: int
    households: int
    notes: str | None
    legs: tuple[LegView, ...] = ()
    departed_at: datetime | None = None
    arrived_at: datetime | None = None
    #: Open bookings marked at risk (`planning.at_risk`).
    at_risk: int = 0
    cancelled_reason: str | None = None

    @property
    def travel_date(self) -> date:
        return self.departure_at.date()

    @property
    def free_seats(self) -> int:
        return self.capacity - self.booked_seats

    @property
    def free_medical_escorts(self) -> int:
        return self.medical_escort_places - self.booked_medical_escorts

    @property
    def free_minor_escorts(self) -> int:
        return self.minor_escort_places - self.booked_minor_escorts

    @property
    def transit_points(self) -> tuple[str, ...]:
        return tuple(leg.destination for leg in self.legs[:-1])

    @property
    def transit_visa_required(self) -> bool:
        return any(leg.transit_visa_required for leg in self.legs)


@dataclass(frozen=True)
class PassengerView:
    """One booked household on a movement."""

    booking_id: int
    booking_version: int
    case_id: int
    reference: str
    head_name: str
    status: BookingStatus
    locked: bool
    seats: int
    medical_escorts: int
    minor_escorts: int
    members: tuple[tuple[int, str], ...] = field(default_factory=tuple)  # (person id, name)
    #: Why the household may not travel on this booking now, when it is marked at risk (`planning.at_risk`).
    at_risk: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Cancelled:
    version: int
    cancelled_bookings: tuple[int, ...]
    case_ids: tuple[int, ...]


# --- validation ---------------------------------------------------------------------------------


def _aware(name: str, value: datetime | None) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(name, "movement.no_datetime", value)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, "movement.no_time_zone", value)
    return value


def _count(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "value.not_whole_number", value)
    if value < 0:
        raise ValidationError(name, "value.negative", value)
    return value


def _money(name: str, value: Decimal | None, *, optional: bool = False) -> Decimal | None:
    if value is None:
        if optional:
            return None
        raise ValidationError(name, "value.required", value)
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(name, "value.not_amount", value) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError(name, "value.negative", value)
    if amount >= Decimal("1e10"):
        raise ValidationError(name, "value.implausibly_large", value)
    return amount.quantize(Decimal("0.01"))


def overnight(arrived: datetime, leaves: datetime) -> bool:
    """Whether waiting from `arrived` to `leaves` touches 00:00–06:00 on the arrival's own clock."""
    local_arrival = arrived
    local_departure = leaves.astimezone(arrived.tzinfo)
    day = local_arrival.date()
    while day <= local_departure.date():
        night_start = datetime.combine(day, NIGHT[0], local_arrival.tzinfo)
        night_end = datetime.combine(day, NIGHT[1], local_arrival.tzinfo)
        if local_arrival < night_end and local_departure > night_start:
            return True
        day += timedelta(days=1)
    return False


def check_legs(draft: MovementDraft) -> tuple[LegDraft, ...]:
    """The legs, chained and without overnight transit; one direct leg when none are given."""
    if not draft.legs:
        return (LegDraft(draft.origin, draft.destination, draft.departure_at, draft.arrival_at),)
    legs = draft.legs
    for n, leg in enumerate(legs, start=1):
        name = f"legs[{n}]"
        required_text(f"{name}.origin", leg.origin)
        required_text(f"{name}.destination", leg.destination)
        departs = _aware(f"{name}.departure_at", leg.departure_at)
        arrives = _aware(f"{name}.arrival_at", leg.arrival_at)
        if arrives <= departs:
            raise ValidationError(f"{name}.arrival_at", "leg.arrives_before_departure", arrives, arrives=arrives,
                                  departs=departs)
    if legs[0].origin.strip().casefold() != draft.origin.strip().casefold():
        raise ValidationError("legs[1].origin", "leg.first_origin", legs[0].origin, origin=draft.origin)
    if legs[-1].destination.strip().casefold() != draft.destination.strip().casefold():
        raise ValidationError(f"legs[{len(legs)}].destination", "leg.last_destination", legs[-1].destination,
                              destination=draft.destination)
    if legs[0].departure_at != draft.departure_at:
        raise ValidationError("legs[1].departure_at", "leg.first_departure", legs[0].departure_at)
    if legs[-1].arrival_at != draft.arrival_at:
        raise ValidationError(f"legs[{len(legs)}].arrival_at", "leg.last_arrival", legs[-1].arrival_at)
    for n, (before, after) in enumerate(itertools.pairwise(legs), start=2):
        name = f"legs[{n}]"
        if after.origin.strip().casefold() != before.destination.strip().casefold():
            raise ValidationError(f"{name}.origin", "leg.not_chained", after.origin, place=before.destination)
        if after.departure_at < before.arrival_at:
            raise ValidationError(f"{name}.departure_at", "leg.leaves_before_arrival", after.departure_at,
                                  place=before.destination)
        wait = after.departure_at - before.arrival_at
        if wait > MAX_CONNECTION:
            minutes = int(wait.total_seconds() // 60)
            raise ValidationError(f"{name}.departure_at", "leg.connection_too_long", after.departure_at,
                                  place=before.destination,
                                  wait=Phrase.of("duration.hours_minutes", hours=minutes // 60, minutes=minutes % 60),
                                  limit=int(MAX_CONNECTION.total_seconds() // 3600))
        if overnight(before.arrival_at, after.departure_at):
            raise ValidationError(f"{name}.departure_at", "leg.connection_overnight", after.departure_at,
                                  place=before.destination)
    return legs


def validated(draft: MovementDraft) -> dict[str, object]:
    """The column values of a draft, or a `ValidationError` naming the first bad field."""
    code = required_text("code", draft.code, max_length=MAX_CODE).upper()
    if not isinstance(draft.kind, MovementKind):
        raise ValidationError("kind", "movement.unknown_kind", draft.kind)
    if draft.status not in OPEN:
        raise ValidationError("status", "movement.new_not_open", draft.status)
    departs = _aware("departure_at", draft.departure_at)
    arrives = _aware("arrival_at", draft.arrival_at)
    if arrives <= departs:
        raise ValidationError("arrival_at", "movement.arrives_before_departure", arrives, arrives=arrives,
                              departs=departs)
    capacity = _count("capacity", draft.capacity)
    medical = _count("medical_escort_places", draft.medical_escort_places)
    minor = _count("minor_escort_places", draft.minor_escort_places)
    if medical > capacity:
        raise ValidationError("medical_escort_places", "movement.escorts_over_capacity", medical, capacity=capacity)
    if minor > capacity:
        raise ValidationError("minor_escort_places", "movement.escorts_over_capacity", minor, capacity=capacity)
    charter = _money("charter_cost", draft.charter_cost, optional=True)
    if draft.kind is MovementKind.CHARTER and charter is None:
        raise ValidationError("charter_cost", "movement.charter_without_cost")
    values: dict[str, object] = {
        "code": code, "kind": draft.kind,
        "country": country_code("country", draft.country),
        "origin": required_text("origin", draft.origin), "destination": required_text("destination",
                                                                                      draft.destination),
        "departure_at": departs.astimezone(UTC), "arrival_at": arrives.astimezone(UTC),
        "capacity": capacity, "cost_per_seat": _money("cost_per_seat", draft.cost_per_seat),
        "charter_cost": charter, "medical_escort_places": medical, "minor_escort_places": minor,
        "notes": optional_text("notes", draft.notes, lines=True), "status": draft.status,
    }
    values["legs"] = check_legs(draft)
    return values


def _legs(legs: Sequence[LegDraft]) -> list[MovementLeg]:
    return [
        MovementLeg(sequence=n, origin=required_text("origin", leg.origin),
                    destination=required_text("destination", leg.destination),
                    departure_at=leg.departure_at.astimezone(UTC), arrival_at=leg.arrival_at.astimezone(UTC),
                    carrier=optional_text("carrier", leg.carrier, max_length=120),
                    flight_number=optional_text("flight_number", leg.flight_number, max_length=12),
                    transit_visa_required=bool(leg.transit_visa_required))
        for n, leg in enumerate(legs, start=1)
    ]


def code_taken(session: Session, code: str, other_than: int | None = None) -> bool:
    query = select(Movement.id).where(func.upper(Movement.code) == code.upper())
    if other_than is not None:
        query = query.where(Movement.id != other_than)
    return session.scalar(query.limit(1)) is not None


def insert(session: Session, store: Store, values: dict[str, object]) -> Movement:
    """Add a validated movement to the session (shared with the import)."""
    code = str(values["code"])
    if code_taken(session, code):
        raise ValidationError("code", "movement.code_taken", code, code=code)
    country = ensure_country(session, str(values["country"]), store)
    session.flush()
    columns = {k: v for k, v in values.items() if k not in ("country", "legs")}
    movement = Movement(country_id=country.id, **columns)
    movement.legs = _legs(values["legs"])  # type: ignore[arg-type]
    session.add(movement)
    audit.record(session, store.actor, "movement.add", movement)
    return movement


# --- services -----------------------------------------------------------------------------------


def add_movement(store: Store, draft: MovementDraft) -> int:
    """Register a movement; returns its id."""
    require(store, Permission.PLAN_MOVEMENTS)
    values = validated(draft)
    with store.transaction() as session:
        return insert(session, store, values).id


def update_movement(store: Store, movement_id: int, expected_version: int, draft: MovementDraft) -> int:
    """Change a planned or confirmed movement; returns its new version.

    Refused: fewer seats or escort places than its bookings hold; another country while bookings
    hold seats. A new travel date is what the carrier decided and is recorded: check-ins done for the old
    date no longer count (the households are checked in again on the new day), and a household not ready
    on the new date has its booking marked at risk in this transaction (`planning.at_risk`), which every
    later gate refuses until it is resolved.
    """
    require(store, Permission.PLAN_MOVEMENTS)

    today = store.today()
    values = validated(draft)
    with store.transaction() as session:
        movement = get(session, Movement, movement_id, for_update=True)
        check_version(movement, expected_version)
        if movement.status not in OPEN:
            raise ValidationError("status", "movement.not_changeable", movement.status, code=movement.code,
                                  status=movement.status)
        if code_taken(session, str(values["code"]), other_than=movement.id):
            raise ValidationError("code", "movement.code_taken", values["code"], code=str(values["code"]))
        seats, medical, minor = held(session, movement.id)
        for name, wanted, booked in (("capacity", values["capacity"], seats),
                                     ("medical_escort_places", values["medical_escort_places"], medical),
                                     ("minor_escort_places", values["minor_escort_places"], minor)):
            if int(wanted) < booked:  # type: ignore[call-overload]
                raise ValidationError(name, "movement.below_bookings", wanted, booked=booked)
        country = ensure_country(session, str(values["country"]), store)
        session.flush()
        booked_cases = list(session.scalars(select(Booking).where(
            Booking.movement_id == movement.id, Booking.status.in_(NOT_YET_GONE))))
        if booked_cases and country.id != movement.country_id:
            raise ValidationError("country", "movement.country_has_bookings", values["country"])
        new_departure: datetime = values["departure_at"]  # type: ignore[assignment]
        if booked_cases and new_departure.date() != movement.departure_at.date():
            _void_check_ins(session, store, movement, booked_cases)
        before = snapshot(movement)
        columns = {k: v for k, v in values.items() if k not in ("country", "legs")}
        for key, value in columns.items():
            setattr(movement, key, value)
        movement.country_id = country.id
        movement.legs = _legs(values["legs"])  # type: ignore[arg-type]
        session.flush()
        audit.record(session, store.actor, "movement.update", movement, before=before)
        if booked_cases:
            status.refresh(session, [b.case_id for b in booked_cases], today)
        return movement.version


def _void_check_ins(session: Session, store: Store, movement: Movement, bookings: Sequence[Booking]) -> None:
    """The movement leaves on another day: its checked-in households are confirmed again, their ticks gone."""
    for booking in bookings:
        ticks = list(session.scalars(select(CheckIn).where(CheckIn.booking_id == booking.id)))
        if booking.status is not BookingStatus.CHECKED_IN and not ticks:
            continue
        before = snapshot(booking)
        booking.status = BookingStatus.CONFIRMED
        for tick in ticks:
            session.delete(tick)
        session.flush()
        audit.record(session, store.actor, "checkin.void", booking, case_id=booking.case_id,
                     before={**before, "ticked": sorted(t.person_id for t in ticks)},
                     after={**snapshot(booking), "ticked": [], "reason": f"{movement.code} moved to another day"})


def cancel_movement(store: Store, movement_id: int, expected_version: int, reason: str) -> Cancelled:
    """Cancel a movement and every open booking on it; the households are ready to be planned again."""
    require(store, Permission.PLAN_MOVEMENTS)
    today = store.today()
    why = required_text("reason", reason, max_length=2000, lines=True)
    with store.transaction() as session:
        movement = get(session, Movement, movement_id, for_update=True)
        check_version(movement, expected_version)
        if movement.status not in OPEN:
            raise ValidationError("status", "movement.not_cancellable", movement.status, code=movement.code,
                                  status=movement.status)
        if session.scalar(select(func.count()).select_from(Booking).where(
                Booking.movement_id == movement.id, Booking.status == BookingStatus.CHECKED_IN)):
            raise SafeguardError("S2", "movement.checked_in", code=movement.code)
        before = snapshot(movement)
        movement.status = MovementStatus.CANCELLED
        movement.cancelled_reason = why
        session.flush()
        audit.record(session, store.actor, "movement.cancel", movement, before=before)
        cancelled: list[int] = []
        cases: list[int] = []
        for booking in session.scalars(select(Booking).where(
                Booking.movement_id == movement.id, Booking.status.in_(NOT_YET_GONE))):
            booking_before = snapshot(booking)
            booking.status = BookingStatus.CANCELLED
            booking.locked = False
            booking.cancelled_reason = f"movement {movement.code} cancelled: {why}"
            session.flush()
            audit.record(session, store.actor, "booking.cancel", booking, case_id=booking.case_id,
                         before=booking_before)
            cancelled.append(booking.id)
            cases.append(booking.case_id)
        status.refresh(session, cases, today)
        return Cancelled(movement.version, tuple(cancelled), tuple(cases))


# --- read views ---------------------------------------------------------------------------------


def _views(session: Session, movements: Sequence[Movement]) -> list[MovementView]:
    ids = [m.id for m in movements]
    totals: dict[int, tuple[int, int, int, int]] = defaultdict(lambda: (0, 0, 0, 0))
    if ids:
        for movement_id, seats, medical, minor, households in session.execute(
            select(Booking.movement_id, func.sum(Booking.seats), func.sum(Booking.medical_escorts),
                   func.sum(Booking.minor_escorts), func.count(Booking.id))
            .where(Booking.movement_id.in_(ids), Booking.status.in_(HOLDING)).group_by(Booking.movement_id)
        ):
            totals[movement_id] = (int(seats or 0), int(medical or 0), int(minor or 0), int(households))
    risky: dict[int, int] = {}
    if ids:
        risky = {movement_id: int(count) for movement_id, count in session.execute(
            select(Booking.movement_id, func.count(Booking.id))
            .where(Booking.movement_id.in_(ids), Booking.status.in_(NOT_YET_GONE), Booking.at_risk.is_not(None))
            .group_by(Booking.movement_id))}
    legs: dict[int, list[LegView]] = defaultdict(list)
    if ids:
        for leg in session.scalars(select(MovementLeg).where(MovementLeg.movement_id.in_(ids))
                                   .order_by(MovementLeg.movement_id, MovementLeg.sequence)):
            legs[leg.movement_id].append(LegView(leg.sequence, leg.origin, leg.destination, leg.departure_at,
                                                 leg.arrival_at, leg.carrier, leg.transit_visa_required,
                                                 leg.flight_number))
    countries = {c.id: c for c in session.scalars(
        select(CountryProfile).where(CountryProfile.id.in_({m.country_id for m in movements})))}
    result = []
    for m in movements:
        seats, medical, minor, households = totals[m.id]
        country = countries[m.country_id]
        result.append(MovementView(
            id=m.id, version=m.version, code=m.code, kind=m.kind, country=country.code, country_name=country.name,
            origin=m.origin, destination=m.destination, departure_at=m.departure_at, arrival_at=m.arrival_at,
            status=m.status, capacity=m.capacity, cost_per_seat=m.cost_per_seat, charter_cost=m.charter_cost,
            medical_escort_places=m.medical_escort_places, minor_escort_places=m.minor_escort_places,
            booked_seats=seats, booked_medical_escorts=medical, booked_minor_escorts=minor, households=households,
            notes=m.notes, legs=tuple(legs[m.id]), departed_at=m.departed_at, arrived_at=m.arrived_at,
            cancelled_reason=m.cancelled_reason, at_risk=risky.get(m.id, 0),
        ))
    return result


def list_movements(store: Store, start: date | None = None, end: date | None = None, country: str | None = None,
                   *, include_cancelled: bool = False) -> list[MovementView]:
    """Movements departing between `start` and `end` (inclusive, UTC dates), by departure time."""
    query = select(Movement).order_by(Movement.departure_at, Movement.code)
    if start is not None:
        query = query.where(Movement.departure_at >= datetime.combine(start, time(0), UTC))
    if end is not None:
        query = query.where(Movement.departure_at < datetime.combine(end + timedelta(days=1), time(0), UTC))
    if not include_cancelled:
        query = query.where(Movement.status != MovementStatus.CANCELLED)
    with store.reading() as session:
        if country is not None:
            code = country_code("country", country)
            query = query.join(CountryProfile).where(CountryProfile.code == code)
        return _views(session, list(session.scalars(query)))


def movement(store: Store, movement_id: int) -> MovementView:
    with store.reading() as session:
        return _views(session, [get(session, Movement, movement_id)])[0]


def passengers(store: Store, movement_id: int, *, include_cancelled: bool = False) -> list[PassengerView]:
    """The households booked on a movement, with their members."""
    with store.reading() as session:
        get(session, Movement, movement_id)
        query = (select(Booking, Case.reference, Case.head_name).join(Case, Booking.case_id == Case.id)
                 .where(Booking.movement_id == movement_id).order_by(Case.reference, Booking.id))
        if not include_cancelled:
            query = query.where(Booking.status != BookingStatus.CANCELLED)
        rows = list(session.execute(query))
        case_ids = [booking.case_id for booking, _, _ in rows]
        members: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for person in session.scalars(select(Person).where(Person.case_id.in_(case_ids)).order_by(Person.id)):
            members[person.case_id].append((person.id, f"{person.given_names} {person.family_name}"))
        risky = load_facts(session, [b.case_id for b, _, _ in rows if b.at_risk])
        return [
            PassengerView(b.id, b.version, b.case_id, reference, head_name, b.status, b.locked, b.seats,
                          b.medical_escorts, b.minor_escorts, tuple(members[b.case_id]),
                          reasons_for(risky[b.case_id], b.id) if b.case_id in risky else ())
            for b, reference, head_name in rows
        ]


def require_open(movement: Movement, today: date) -> None:
    """A movement that can still take bookings."""
    if movement.status not in OPEN:
        raise ValidationError("movement", "movement.closed", movement.code, code=movement.code,
                              status=movement.status)
    if movement.departure_at.date() < today:
        raise ValidationError("movement", "movement.departed", movement.code, code=movement.code,
                              day=movement.departure_at.date())

