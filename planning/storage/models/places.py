"""Places for visit routes: where a returned household lives now, and the field offices monitors start from."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, Versioned


class HouseholdPlace(Versioned, Base):
    """Where a household lives after its return. Coordinates are optional (both or neither): a household
    without them cannot be routed and is listed as such, never silently left out."""

    __tablename__ = "household_place"
    __table_args__ = (
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_together"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), unique=True)
    #: Sensitive (where a returnee can be found): kept out of the audit log's values.
    address: Mapped[str | None] = mapped_column(Text)
    #: How to find the house (landmarks, who to ask), printed on the day plan.
    directions: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    recorded_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(80))


class FieldOffice(Versioned, Base):
    """Where monitors of a country (or of one region of it) start and end their day, and their working hours."""

    __tablename__ = "field_office"
    __table_args__ = (UniqueConstraint("country_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country_profile.id"), index=True)
    #: None: the office serves the whole country.
    region: Mapped[str | None] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    opens_at: Mapped[time] = mapped_column(Time)
    closes_at: Mapped[time] = mapped_column(Time)
    #: ISO weekdays (1 = Monday) the office works, e.g. [7, 1, 2, 3, 4] where the weekend is Friday-Saturday.
    working_days: Mapped[list[int]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(default=True)


class PlaceName(Versioned, Base):
    """A place's name in another language, as the office writes it there: a city, region, field office or
    movement stop, named as it is stored elsewhere ('Tbilisi' → 'Tbilissi', 'تبليسي')."""

    __tablename__ = "place_name"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The name as the records hold it (a case's region of return, a movement's origin…).
    name: Mapped[str] = mapped_column(String(200))
    #: An interface language other than English ('fr', 'ar').
    language: Mapped[str] = mapped_column(String(8))
    translation: Mapped[str] = mapped_column(String(200))
