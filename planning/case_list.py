"""The case list: ids filtered and sorted by the database, rows fetched in batches."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, false, func, or_, select
from sqlalchemy.sql import Select

from planning.bookings import NOT_YET_GONE
from planning.storage import name_index
from planning.storage.models import Booking, Case, CountryProfile, Movement, Person, ProtectionReferral
from planning.storage.store import Store
from planning.validation import fold, search_terms
from planning.vocabulary import CaseStatus, ProtectionOutcome


class SortKey(StrEnum):
    REFERENCE = "reference"
    HEAD = "head"
    SIZE = "size"
    COUNTRY = "country"
    STATUS = "status"
    READY = "ready"
    DECIDED = "decided"


_SORT_COLUMNS = {
    SortKey.REFERENCE: (Case.reference,),
    SortKey.HEAD: (Case.head_name, Case.reference),
    SortKey.SIZE: (Case.household_size, Case.reference),
    SortKey.COUNTRY: (CountryProfile.name, Case.region_of_return, Case.reference),
    SortKey.STATUS: (Case.status, Case.reference),
    SortKey.READY: (Case.ready, Case.reference),
    SortKey.DECIDED: (Case.decided_on, Case.reference),
}


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    country: str | None = None
    ready: bool | None = None
    vulnerable: bool | None = None
    #: Only cases with a protection referral awaiting the authority's decision.
    protection_pending: bool = False
    sort: SortKey = SortKey.REFERENCE
    descending: bool = False


@dataclass(frozen=True)
class BookedOn:
    movement_code: str
    departure_at: datetime
    at_risk: bool


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    head_name: str
    household_size: int
    country_code: str
    country_name: str
    region: str | None
    status: CaseStatus
    ready: bool
    vulnerable: bool
    decided_on: date | None
    #: Where a booked household is booked: the movement's code and travel date, and whether it is at risk.
    booking: BookedOn | None = None

    def days_since_decision(self, today: date) -> int | None:
        return (today - self.decided_on).days if self.decided_on else None


def _filtered(query: CaseQuery, dialect: str, *, with_country: bool = False) -> Select[int]:
    stmt = select(Case.id)
    if with_country or query.country or query.sort is SortKey.COUNTRY:
        stmt = stmt.join(CountryProfile, Case.country_id == CountryProfile.id)
    conditions: list[ColumnElement[bool]] = []
    text = query.text.strip()
    if text:
        # Each word found in some member's names, through the name index (`storage.name_index`), never a scan;
        # the references (each has digits) are read only for a text with a digit, so a name reads no reference.
        found = [name_index.cases_matching(search_terms(text), dialect)] if fold(text) else []
        if any(ch.isdigit() for ch in text):
            found.append(Case.reference.contains(text.upper(), autoescape=True))
        conditions.append(or_(*found) if found else false())
    if query.statuses:
        conditions.append(Case.status.in_(sorted(query.statuses)))
    if query.country:
        conditions.append(CountryProfile.code == query.country)
    if query.ready is not None:
        conditions.append(Case.ready.is_(query.ready))
    if query.vulnerable is not None:
        conditions.append(Case.vulnerable.is_(query.vulnerable))
    if query.protection_pending:
        conditions.append(exists().where(
            Person.case_id == Case.id, ProtectionReferral.person_id == Person.id,
            ProtectionReferral.outcome == ProtectionOutcome.PENDING))
    if conditions:
        stmt = stmt.where(*conditions)
    order = [c.desc() if query.descending else c.asc() for c in _SORT_COLUMNS[query.sort]]
    return stmt.order_by(*order)


def find_ids(store: Store, query: CaseQuery) -> list[int]:
    """Every matching case id, in the requested order."""
    with store.reading() as session:
        return list(session.scalars(_filtered(query, store.engine.dialect.name)))


def count(store: Store, query: CaseQuery) -> int:
    """How many cases match."""
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(
            _filtered(query, store.engine.dialect.name).order_by(None).subquery())) or 0


#: Rows fetched from the database at a time while a whole list is read.
STREAM_BATCH = 2000


def each_row(store: Store, query: CaseQuery) -> Iterator[CaseRow]:
    """Every matching row in the requested order, read in one transaction a batch at a time (an export of the
    whole caseload holds one batch in memory, not the list)."""
    stmt = _filtered(query, store.engine.dialect.name, with_country=True).with_only_columns(
        *_ROW_COLUMNS, maintain_column_froms=True)
    with store.reading() as session:
        for r in session.execute(stmt.execution_options(yield_per=STREAM_BATCH)):
            yield CaseRow(r.id, r.reference, r.head_name, r.household_size, r.code, r.name, r.region_of_return,
                          r.status, r.ready, r.vulnerable, r.decided_on)


_ROW_COLUMNS = (Case.id, Case.reference, Case.head_name, Case.household_size, CountryProfile.code,
                CountryProfile.name, Case.region_of_return, Case.status, Case.ready, Case.vulnerable, Case.decided_on)


def rows(store: Store, ids: Sequence[int]) -> list[CaseRow]:
    """The list rows for these ids, in the same order."""
    if not ids:
        return []
    wanted = list(ids)
    with store.reading() as session:
        booked: dict[int, BookedOn] = {}
        for case_id, code, departure_at, risky in session.execute(
            select(Booking.case_id, Movement.code, Movement.departure_at, Booking.at_risk)
            .join(Movement, Booking.movement_id == Movement.id)
            .where(Booking.case_id.in_(wanted), Booking.status.in_(NOT_YET_GONE)).order_by(Booking.id)
        ):
            booked.setdefault(case_id, BookedOn(code, departure_at, risky is not None))
        found = {
            r.id: CaseRow(r.id, r.reference, r.head_name, r.household_size, r.code, r.name,
                          r.region_of_return, r.status, r.ready, r.vulnerable, r.decided_on, booked.get(r.id))
            for r in session.execute(
                select(Case.id, Case.reference, Case.head_name, Case.household_size, CountryProfile.code,
                       CountryProfile.name, Case.region_of_return, Case.status, Case.ready, Case.vulnerable,
                       Case.decided_on)
                .join(CountryProfile, Case.country_id == CountryProfile.id).where(Case.id.in_(wanted))
            )
        }
    return [found[i] for i in ids if i in found]


def countries_in_use(store: Store) -> list[tuple[str, str]]:
    """(code, name) of every country with cases, for the filter."""
    with store.reading() as session:
        return [(c, n) for c, n in session.execute(
            select(CountryProfile.code, CountryProfile.name).where(
                exists().where(Case.country_id == CountryProfile.id)).order_by(CountryProfile.name))]
