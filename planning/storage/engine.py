"""Opening the database: SQLCipher (embedded, encrypted) or PostgreSQL, with errors people can read."""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from planning.errors import StorageError
from planning.security.keys import DatabaseKey, PassphrasePrompt, database_key
from planning.security.server_passwords import with_password
from planning.storage.location import Location
from planning.storage.rekey import finish_interrupted_rekey
from planning.storage.texts import WRONG_KEY

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
#: The execution option a unit of work sets on its connection: on SQLite its transaction then begins
#: IMMEDIATE, taking the write lock first so the busy timeout applies. A deferred transaction that read
#: and then writes while another program writes fails at once (its snapshot is stale), whatever the timeout.
WRITES = "homeward_writes"


def open_engine(location: Location, ask_passphrase: PassphrasePrompt | None = None, *,
                busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine for `location`, checked by a first query; raises `StorageError` if unusable."""
    if location.embedded:
        engine = _sqlcipher_engine(location, ask_passphrase, busy_timeout_ms)
    else:
        engine = create_engine(with_password(location.url), pool_pre_ping=True,
                               connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
    except DBAPIError as exc:
        engine.dispose()
        error = explain(exc, location)
        if (error.key == WRONG_KEY and location.path is not None and not location.explicit_key
                and finish_interrupted_rekey(location.path)):
            return open_engine(location, ask_passphrase, busy_timeout_ms=busy_timeout_ms)
        raise error from None
    log.info("database opened: %s", location.redacted())
    return engine


def _sqlcipher_engine(location: Location, ask: PassphrasePrompt | None, busy_timeout_ms: int) -> Engine:
    assert location.path is not None
    path = location.path.expanduser()
    key = embedded_key(location, ask)
    path.parent.mkdir(parents=True, exist_ok=True)
    url = location.url.set(password=key.pragma_value(), database=str(path))
    # A pool of connections (not one per thread): nested sessions on one thread each get their own.
    engine = create_engine(url, poolclass=QueuePool, pool_size=5, max_overflow=10,
                           connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Driver-level autocommit; SQLAlchemy's BEGIN (below) then makes every transaction explicit.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        # Waiting for another writer is the retry: SQLite tries again until the timeout.
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITES) else "BEGIN")

    return engine


def engine_key(engine: Engine) -> DatabaseKey:
    """The key an open embedded database was opened with (its own key, or its passphrase): what its backups
    are encrypted with by default, with or without a keychain."""
    given = engine.url.password
    if engine.dialect.name != "sqlite" or not given:
        raise ValueError("only an open embedded database has a key")
    raw = re.fullmatch(r"x'([0-9a-fA-F]{64})'", str(given))
    return DatabaseKey(secret=raw.group(1), raw=True) if raw else DatabaseKey(secret=str(given), raw=False)


def embedded_key(location: Location, ask: PassphrasePrompt | None = None) -> DatabaseKey:
    """The key of an embedded database: the one in its URL, else the keychain's (or a passphrase)."""
    assert location.path is not None
    explicit = location.explicit_key
    return DatabaseKey(secret=explicit, raw=False) if explicit else database_key(location.path.expanduser(), ask)


def explain(exc: DBAPIError, location: Location) -> StorageError:
    """A `StorageError` naming what is wrong with the database and what to do."""
    where = location.redacted() if not location.embedded else str(location.path)
    detail = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "file is not a database" in detail or "not an error" in detail:
        return StorageError("storage.wrong_key", where=where)
    if "database is locked" in detail or "busy" in detail:
        return StorageError("storage.locked", where=where)
    if "readonly" in detail or "read-only" in detail:
        return StorageError("storage.read_only", where=where)
    if "disk" in detail and "full" in detail:
        return StorageError("storage.disk_full", where=where)
    if "unable to open" in detail:
        return StorageError("storage.unavailable", where=where)
    if "may write audit entries as" in detail:
        return StorageError("storage.not_your_account", where=where)
    if "permission denied" in detail or "insufficientprivilege" in type(exc.orig).__name__.lower():
        return StorageError("storage.not_permitted", where=where)
    if "malformed" in detail or "corrupt" in detail:
        return StorageError("storage.corrupt", where=where)
    if isinstance(exc, OperationalError) and not location.embedded:
        return StorageError("storage.unreachable", where=where)
    return StorageError("storage.failed_at", where=where, name=type(exc.orig).__name__)
