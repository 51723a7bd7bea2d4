"""Fetching rows for the services: not-found and version-conflict errors in one place."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.audit import snapshot
from planning.errors import ConflictError, NotFoundError
from planning.storage.base import Base
from planning.storage.models import Case, CountryProfile, Person

Row = TypeVar("Row", bound=Base)

def get(session: Session, model: type[Row], key: int, *, for_update: bool = False) -> Row:
    row = session.get(model, key, with_for_update=for_update or None)
    if row is None:
        raise NotFoundError(model.__tablename__, key)
    return row


def check_version(row: Base, expected: int | None) -> None:
    """Refuse to change a row that someone else changed since `expected` was read."""
    if expected is None:
        return
    found: int = row.version  # type: ignore[attr-defined]
    if found != expected:
        raise ConflictError(row.__tablename__, getattr(row, "id", "?"), expected, found, snapshot(row))


def case_by_reference(session: Session, reference: str) -> Case:
    case = session.scalar(select(Case).where(Case.reference == reference.strip().upper()))
    if case is None:
        raise NotFoundError("case_file", reference)
    return case


def person_and_case(session: Session, person_id: int) -> tuple[Person, Case]:
    person = get(session, Person, person_id)
    return person, person.case


def country_by_code(session: Session, code: str) -> CountryProfile:
    country = session.scalar(select(CountryProfile).where(CountryProfile.code == code))
    if country is None:
        raise NotFoundError("country_profile", code)
    return country


def changes(row: Base, values: dict[str, Any]) -> bool:
    """Apply `values` to `row`; whether anything changed."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed
