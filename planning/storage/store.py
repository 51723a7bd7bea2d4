"""The unit of work: one user action is one transaction, committed whole or not at all.

`Store.transaction()` opens the unit of work, or joins the one already open on this thread for the
same database: a use case that calls several services (accept a plan and lock its bookings, get or
create a country and add its assurance) wraps them in one `transaction()` and they commit together or
not at all. A joined service runs inside a savepoint, so a caller that catches its error goes on with
everything else intact. `Store.reading()` inside a unit of work reads what it has written so far.

What a unit of work changed is read from the audit entries it wrote (`Changed`): `collect_changes()`
gathers those of every unit committed inside it, so an interface refreshes from what the operation did
rather than from what its caller declared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planning.errors import ConflictError, HomewardError, StorageError
from planning.storage.engine import WRITES, explain
from planning.storage.location import Location
from planning.vocabulary import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: every change is audited under this name."""

    username: str
    role: Role


SYSTEM = Actor("system", Role.DATA_PROTECTION_OFFICER)

#: Where a session keeps the audit entries it has written and not yet chained (`planning.audit`).
PENDING_AUDIT = "homeward.audit_pending"
#: …and those it has chained already (`planning.audit.chain_pending`).
CHAINED_AUDIT = "homeward.audit_chained"
#: Who the unit of work acts for: changes derived inside it (bookings marked at risk) are audited so.
ACTOR = "homeward.actor"


def actor_of(session: Session) -> Actor:
    """The actor of the unit of work this session belongs to (the system outside one)."""
    actor = session.info.get(ACTOR)
    return actor if isinstance(actor, Actor) else SYSTEM


@dataclass
class Changed:
    """What committed units of work changed: the tables, the cases and the actions their audit
    entries name."""

    entities: set[str] = field(default_factory=set)
    case_ids: set[int] = field(default_factory=set)
    actions: set[str] = field(default_factory=set)

    def add(self, entries: list[Any]) -> None:
        for entry in entries:
            self.entities.add(entry.entity)
            self.actions.add(entry.action)
            if entry.case_id is not None:
                self.case_ids.add(entry.case_id)

    def __bool__(self) -> bool:
        return bool(self.entities)


@dataclass
class _Unit:
    engine: Engine
    session: Session
    writing: bool = True


_open: ContextVar[_Unit | None] = ContextVar("homeward_unit_of_work", default=None)
_collectors: ContextVar[tuple[Changed, ...]] = ContextVar("homeward_change_collectors", default=())


@contextmanager
def collect_changes() -> Iterator[Changed]:
    """What every unit of work committed inside the block (on this thread) changed."""
    changed = Changed()
    token = _collectors.set((*_collectors.get(), changed))
    try:
        yield changed
    finally:
        _collectors.reset(token)


class Store:
    """An open database and the person using it."""

    def __init__(
        self,
        engine: Engine,
        actor: Actor,
        location: Location | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.engine = engine
        self.actor = actor
        self.location = location
        self.today = today
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Units of work write: on SQLite they wait for the write lock up front (`WRITES`).
        self._writing = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)

    def as_actor(self, actor: Actor) -> Store:
        return Store(self.engine, actor, self.location, self.today)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The unit of work's session: committed on success and rolled back on any error; inside an
        open unit of work of the same database, that unit's session in a savepoint. On SQLite it
        begins IMMEDIATE: it waits (the busy timeout) for another program's write to finish rather
        than failing when it writes after reading."""
        unit = _open.get()
        if unit is not None and unit.engine is self.engine and unit.writing:
            with self._joined(unit.session) as session:
                yield session
            return
        session = self._writing()
        token = _open.set(_Unit(self.engine, session))
        written: list[Any] = []
        try:
            with self._translated(), session.begin():
                yield session
                written = [*session.info.get(CHAINED_AUDIT, ()), *session.info.get(PENDING_AUDIT, ())]
        finally:
            _open.reset(token)
            session.close()
        for collector in _collectors.get():
            collector.add(written)

    @contextmanager
    def _joined(self, session: Session) -> Iterator[Session]:
        pending: list[Any] = session.info.setdefault(PENDING_AUDIT, [])
        mark = len(pending)
        try:
            with self._translated(), session.begin_nested():
                yield session
        except BaseException:
            del pending[mark:]  # the savepoint's changes are gone, and so are their audit entries
            raise

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Database failures as the known errors people read."""
        try:
            yield
        except StaleDataError as exc:
            raise _stale(exc) from None
        except IntegrityError as exc:
            raise HomewardError("integrity", constraint=_constraint(exc)) from None
        except DBAPIError as exc:
            raise self._explain(exc) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading (a deferred transaction: it never waits for writers); closing it rolls
        back and detaches the rows, still loaded. Inside an open unit of work or reading, that one's
        session: a page's load that calls several reading services reads them in one transaction, and a
        use case reads what it has written so far."""
        unit = _open.get()
        if unit is not None and unit.engine is self.engine:
            with self._translated():
                yield unit.session
            return
        session = self._sessions()
        token = _open.set(_Unit(self.engine, session, writing=False))
        try:
            with self._translated():
                yield session
        finally:
            _open.reset(token)
            session.close()

    def in_transaction(self) -> bool:
        """Whether a unit of work of this database is open on this thread."""
        unit = _open.get()
        return unit is not None and unit.engine is self.engine and unit.writing

    def _explain(self, exc: DBAPIError) -> StorageError:
        if self.location is not None:
            return explain(exc, self.location)
        return StorageError("storage.failed", name=type(exc.orig).__name__)


def _stale(exc: StaleDataError) -> ConflictError:
    """Another session committed a change to the row between our read and our write (a real race)."""
    found = re.search(r"on table '(\w+)'", str(exc))
    return ConflictError(found.group(1) if found else "record", "", 0, 0)


def _constraint(exc: IntegrityError) -> str:
    text = str(exc.orig).splitlines()[0] if exc.orig is not None else "integrity"
    return text[:200]
