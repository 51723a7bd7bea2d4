"""Travel documents and fit-to-travel clearances (S10)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, Versioned, enum_column
from planning.vocabulary import TravelDocumentKind, TravelDocumentStatus


class TravelDocument(Versioned, Base):
    __tablename__ = "travel_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[TravelDocumentKind] = mapped_column(enum_column(TravelDocumentKind))
    number: Mapped[str] = mapped_column(String(40))
    issuing_country: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    status: Mapped[TravelDocumentStatus] = mapped_column(enum_column(TravelDocumentStatus))


class FitToTravel(Versioned, Base):
    __tablename__ = "fit_to_travel"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(String(200))
    fit: Mapped[bool] = mapped_column()
    valid_until: Mapped[date] = mapped_column(Date)
    conditions: Mapped[str | None] = mapped_column(Text)
