"""Places for visit routes: recording where a returned household lives now, and managing field offices.

A household's address is sensitive (it says where a returnee can be found): the audit log records that
it changed, never its value. Coordinates are both given or both absent; without them the household
cannot be routed and route planning lists it, naming what to fix.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import Snapshot, snapshot
from planning.errors import ValidationError
from planning.lookup import case_by_reference, changes, check_version, country_by_code, get
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CountryProfile, FieldOffice, HouseholdPlace
from planning.storage.store import Store
from planning.validation import country_code, optional_text, required_text

MAX_ADDRESS = 500
MAX_DIRECTIONS = 500
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Where the weekend is Saturday-Sunday; offices elsewhere record their own working days.
MONDAY_TO_FRIDAY = (1, 2, 3, 4, 5)
SENSITIVE = ("address", "directions", "latitude", "longitude")


@dataclass(frozen=True)
class PlaceDraft:
    address: str | None
    latitude: float | None
    longitude: float | None
    directions: str | None = None


@dataclass(frozen=True)
class HouseholdPlaceView:
    """A household and where it lives; `version` 0: nothing recorded yet."""

    case_id: int
    reference: str
    head_name: str
    country: str
    region: str | None
    address: str | None
    directions: str | None
    latitude: float | None
    longitude: float | None
    recorded_on: date | None
    recorded_by: str | None
    version: int

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class FieldOfficeDraft:
    country: str
    name: str
    latitude: float
    longitude: float
    opens_at: time = time(8, 0)
    closes_at: time = time(16, 0)
    working_days: tuple[int, ...] = MONDAY_TO_FRIDAY
    region: str | None = None
    address: str | None = None
    active: bool = True


@dataclass(frozen=True)
class FieldOfficeView:
    id: int
    version: int
    country: str
    region: str | None
    name: str
    address: str | None
    latitude: float
    longitude: float
    opens_at: time
    closes_at: time
    working_days: tuple[int, ...]
    active: bool

    def works_on(self, day: date) -> bool:
        return day.isoweekday() in self.working_days

    @property
    def hours(self) -> str:
        return f"{self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "country": self.country, "region": self.region, "name": self.name,
                "address": self.address, "latitude": self.latitude, "longitude": self.longitude,
                "opens_at": f"{self.opens_at:%H:%M}", "closes_at": f"{self.closes_at:%H:%M}",
                "working_days": list(self.working_days), "active": self.active}


def coordinate(field: str, value: Any, limit: int) -> float:
    """A latitude (limit 90) or longitude (limit 180) in decimal degrees."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field, "place.not_degrees", value)
    if not -limit <= value <= limit:
        raise ValidationError(field, "place.degrees_range", value, limit=limit)
    return round(float(value), 6)


def coordinates(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
    """Both or neither; (0, 0) is refused as the usual sign of a missing value, not a house in the Atlantic."""
    if latitude is None and longitude is None:
        return None, None
    if latitude is None:
        raise ValidationError("latitude", "place.latitude_missing")
    if longitude is None:
        raise ValidationError("longitude", "place.longitude_missing")
    lat, lon = coordinate("latitude", latitude, 90), coordinate("longitude", longitude, 180)
    if lat == 0 and lon == 0:
        raise ValidationError("latitude", "place.zero", (lat, lon))
    return lat, lon


#: Two decimal numbers separated by a comma, a semicolon or spaces, as map applications copy them.
_PAIR = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*[,; ]\s*([+-]?\d+(?:\.\d+)?)\s*$")


def parse_coordinates(text: str) -> tuple[float | None, float | None]:
    """'41.7151, 44.8271' -> (41.7151, 44.8271); empty -> (None, None)."""
    if not text.strip():
        return None, None
    match = _PAIR.match(text.replace("\u00a0", " "))
    if match is None:
        raise ValidationError("latitude", "place.coordinates_form", text)
    return float(match.group(1)), float(match.group(2))


def _hidden(values: Snapshot) -> Snapshot:
    return {k: ("<recorded>" if v is not None else None) if k in SENSITIVE else v for k, v in values.items()}


def case_id_of(store: Store, reference: str) -> int:
    """The case with this reference (`NotFoundError` when there is none)."""
    with store.reading() as session:
        return case_by_reference(session, reference).id


def place_of(store: Store, case_id: int) -> HouseholdPlaceView:
    """Where the household lives (an empty view, version 0, when nothing is recorded)."""
    with store.reading() as session:
        case = get(session, Case, case_id)
        code = session.scalar(select(CountryProfile.code).where(CountryProfile.id == case.country_id)) or ""
        place = session.scalar(select(HouseholdPlace).where(HouseholdPlace.case_id == case_id))
        if place is None:
            return HouseholdPlaceView(case.id, case.reference, case.head_name, code, case.region_of_return,
                                      None, None, None, None, None, None, 0)
        return HouseholdPlaceView(case.id, case.reference, case.head_name, code, case.region_of_return,
                                  place.address, place.directions, place.latitude, place.longitude,
                                  place.recorded_on, place.recorded_by, place.version)


def set_place(store: Store, case_id: int, draft: PlaceDraft, expected_version: int | None = None) -> int:
    """Record where the household lives now; returns the place's version. `expected_version` 0: none yet."""
    require(store, Permission.EDIT_PLACES)
    address = optional_text("address", draft.address, max_length=MAX_ADDRESS, lines=True)
    directions = optional_text("directions", draft.directions, max_length=MAX_DIRECTIONS)
    lat, lon = coordinates(draft.latitude, draft.longitude)
    if address is None and lat is None:
        raise ValidationError("address", "place.nothing_given")
    today = store.today()
    values: dict[str, object] = {"address": address, "directions": directions, "latitude": lat, "longitude": lon}
    with store.transaction() as session:
        get(session, Case, case_id)
        place = session.scalar(select(HouseholdPlace).where(HouseholdPlace.case_id == case_id).with_for_update())
        if place is None:
            if expected_version:
                raise ValidationError("place", "place.removed", expected_version)
            place = HouseholdPlace(case_id=case_id, recorded_on=today, recorded_by=store.actor.username, **values)
            session.add(place)
            session.flush()
            audit.record(session, store.actor, "household_place.set", place, case_id=case_id,
                         after=_hidden(snapshot(place)))
            return place.version
        check_version(place, expected_version or None)
        before = snapshot(place)
        if changes(place, values):
            place.recorded_on, place.recorded_by = today, store.actor.username
            session.flush()
            audit.record(session, store.actor, "household_place.set", place, case_id=case_id,
                         before=_hidden(before), after=_hidden(snapshot(place)))
        return place.version


# -- field offices -------------------------------------------------------------------------------

def working_days(value: Iterable[int]) -> tuple[int, ...]:
    days = tuple(sorted(set(value)))
    if not days:
        raise ValidationError("working_days", "office.no_working_day", list(value))
    for day in days:
        if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 7:
            raise ValidationError("working_days", "office.day_number", day)
    return days


def _office_values(draft: FieldOfficeDraft) -> dict[str, Any]:
    lat, lon = coordinates(draft.latitude, draft.longitude)
    if lat is None or lon is None:
        raise ValidationError("latitude", "office.no_coordinates")
    if not isinstance(draft.opens_at, time) or not isinstance(draft.closes_at, time):
        raise ValidationError("opens_at", "office.hours_not_times", (draft.opens_at, draft.closes_at))
    if draft.closes_at <= draft.opens_at:
        raise ValidationError("closes_at", "office.closes_before_opening", draft.closes_at,
                              opens_at=draft.opens_at)
    return {
        "name": required_text("name", draft.name), "region": optional_text("region", draft.region, max_length=120),
        "address": optional_text("address", draft.address, max_length=300), "latitude": lat, "longitude": lon,
        "opens_at": draft.opens_at.replace(second=0, microsecond=0),
        "closes_at": draft.closes_at.replace(second=0, microsecond=0),
        "working_days": list(working_days(draft.working_days)), "active": bool(draft.active),
    }


def _plain_times(values: Snapshot) -> Snapshot:
    return {k: f"{v:%H:%M}" if isinstance(v, time) else v for k, v in values.items()}


def save_field_office(store: Store, draft: FieldOfficeDraft, office_id: int | None = None,
                      expected_version: int | None = None) -> int:
    """Add a field office (office_id None) or change one; returns its id."""
    require(store, Permission.EDIT_PLACES)
    code = country_code("country", draft.country)
    values = _office_values(draft)
    with store.transaction() as session:
        country = country_by_code(session, code)
        clash = session.scalar(select(FieldOffice.id).where(FieldOffice.country_id == country.id,
                                                            FieldOffice.name == values["name"]))
        if clash is not None and clash != office_id:
            raise ValidationError("name", "office.name_taken", values["name"], country=code, name=values["name"])
        if office_id is None:
            office = FieldOffice(country_id=country.id, **values)
            session.add(office)
            session.flush()
            audit.record(session, store.actor, "field_office.add", office, after=_plain_times(snapshot(office)))
            return office.id
        office = get(session, FieldOffice, office_id, for_update=True)
        check_version(office, expected_version)
        before = _plain_times(snapshot(office))
        values["country_id"] = country.id
        if changes(office, values):
            session.flush()
            audit.record(session, store.actor, "field_office.update", office, before=before,
                         after=_plain_times(snapshot(office)))
        return office.id


def _office_view(office: FieldOffice, code: str) -> FieldOfficeView:
    return FieldOfficeView(office.id, office.version, code, office.region, office.name, office.address,
                           office.latitude, office.longitude, office.opens_at, office.closes_at,
                           tuple(office.working_days), office.active)


def field_offices(store: Store, country: str | None = None, *, active_only: bool = False) -> list[FieldOfficeView]:
    """Field offices, by country then name."""
    code = country_code("country", country) if country is not None else None
    with store.reading() as session:
        return offices_in(session, code, active_only=active_only)


def offices_in(session: Session, code: str | None, *, active_only: bool = False) -> list[FieldOfficeView]:
    """`field_offices` in the caller's session (country code already checked)."""
    query = (select(FieldOffice, CountryProfile.code).join(CountryProfile, CountryProfile.id == FieldOffice.country_id)
             .order_by(CountryProfile.code, FieldOffice.name))
    if code is not None:
        query = query.where(CountryProfile.code == code)
    if active_only:
        query = query.where(FieldOffice.active.is_(True))
    return [_office_view(office, cc) for office, cc in session.execute(query)]


def office_for(offices: Iterable[FieldOfficeView], region: str) -> FieldOfficeView | None:
    """The active office serving a region: the region's own, else a country-wide one (first by name)."""
    active = [o for o in offices if o.active]
    own = [o for o in active if o.region is not None and o.region.casefold() == region.casefold()]
    candidates = own or [o for o in active if o.region is None]
    return candidates[0] if candidates else None
