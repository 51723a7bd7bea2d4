"""The unit of work: one user action is one transaction, committed whole or not at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planning.errors import ConflictError, HomewardError, StorageError
from planning.storage.engine import explain
from planning.storage.location import Location
from planning.vocabulary import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: every change is audited under this name."""

    username: str
    role: Role


SYSTEM = Actor("system", Role.DATA_PROTECTION_OFFICER)


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

    def as_actor(self, actor: Actor) -> Store:
        return Store(self.engine, actor, self.location, self.today)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed on success and rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise _stale(exc) from None
        except IntegrityError as exc:
            raise HomewardError(
                f"The change conflicts with a stored record ({_constraint(exc)}); nothing was saved",
                code="integrity",
            ) from None
        except DBAPIError as exc:
            raise self._explain(exc) from None
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; closing it rolls back and detaches the rows, still loaded."""
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:
            raise self._explain(exc) from None
        finally:
            session.close()

    def _explain(self, exc: DBAPIError) -> StorageError:
        if self.location is not None:
            return explain(exc, self.location)
        return StorageError(f"The database failed: {type(exc.orig).__name__}", code="storage.failed")


def _stale(exc: StaleDataError) -> ConflictError:
    """Another session committed a change to the row between our read and our write (a real race)."""
    found = re.search(r"on table '(\w+)'", str(exc))
    what = found.group(1).replace("_", " ") if found else "record"
    error = ConflictError(what, "", 0, 0)
    error.message = (f"The {what} was changed by someone else while you were saving; nothing was saved, reload and "
                     "apply your change again")
    return error


def _constraint(exc: IntegrityError) -> str:
    text = str(exc.orig).splitlines()[0] if exc.orig is not None else "integrity"
    return text[:200]
