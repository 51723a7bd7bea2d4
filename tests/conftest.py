"""Shared fixtures: offscreen Qt, an in-memory keychain, fresh databases (SQLCipher and PostgreSQL)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import itertools
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

import planning.storage.triggers  # noqa: F401  (installs append-only triggers on create_all)
from planning.storage.base import Base
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.postgres import ENV_URL, server_url

TODAY = date(2026, 6, 1)


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in memory for the length of one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def collect_on_main_thread() -> Iterator[None]:
    """No cyclic GC on worker threads (it could destroy Qt objects there); collect between tests."""
    gc.disable()
    yield
    # Collection was off, so all the test made is still in the youngest generation: collecting that is quick.
    # The whole heap (a third of a second with Qt, ReportLab and OR-Tools loaded) every 50 tests.
    gc.collect(0 if next(_TESTS) % 50 else 2)
    gc.enable()


_TESTS = itertools.count(1)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def user_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Homeward's user data folder (audit checkpoints, the restore log, automatic backups) per test,
    never the real one."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "homeward"


@pytest.fixture
def coordinator() -> Actor:
    return Actor("coordinator1", Role.COORDINATOR)


@pytest.fixture
def sqlite_store(tmp_path: Path, coordinator: Actor) -> Iterator[Store]:
    """A fresh encrypted SQLite database with the schema, acting as a coordinator on TODAY."""
    location = resolve(str(tmp_path / "homeward.db"))
    engine = open_engine(location)
    Base.metadata.create_all(engine)
    yield Store(engine, coordinator, location, today=lambda: TODAY)
    engine.dispose()


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    return sqlite_store


# --- PostgreSQL -------------------------------------------------------------------------------
# One server per session (HOMEWARD_TEST_POSTGRES_URL, else a throwaway cluster) and one database;
# each test gets its own schema in it (selected through search_path), built by create_all with the
# triggers and dropped afterwards (~0.15 s; copying a template database costs ~0.4 s).
# Migration tests get a whole empty database instead. Without PostgreSQL the tests are skipped
# locally, but fail when CI is set.

_numbers = itertools.count(1)


def _postgres_unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


def _url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the server's administrative database, for CREATE/DROP DATABASE."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(server_url())
        except LookupError as exc:
            _postgres_unavailable(str(exc))
        admin = create_engine(
            make_url(url).set(drivername="postgresql+psycopg"),
            isolation_level="AUTOCOMMIT", poolclass=NullPool,
        )
        try:
            with admin.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as exc:
            _postgres_unavailable(f"cannot connect ({ENV_URL} or the local cluster): {exc.orig}")
        yield admin
        admin.dispose()


def _create_database(admin: Engine) -> URL:
    name = f"homeward_test_{os.getpid()}_{next(_numbers)}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    return admin.url.set(database=name)


def _drop_database(admin: Engine, url: URL) -> None:
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)"))


@pytest.fixture(scope="session")
def pg_test_database(pg_server: Engine) -> Iterator[URL]:
    """The database that holds one schema per test."""
    url = _create_database(pg_server)
    yield url
    _drop_database(pg_server, url)


@pytest.fixture
def pg_database(pg_test_database: URL) -> Iterator[URL]:
    """The URL of a fresh schema holding the current tables and triggers, dropped after the test."""
    schema = f"test_{next(_numbers)}"
    admin = create_engine(pg_test_database, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = pg_test_database.update_query_dict({"options": f"-csearch_path={schema}"})
    engine = create_engine(url, poolclass=NullPool)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def pg_empty_url(pg_server: Engine) -> Iterator[str]:
    """The URL (with credentials) of a fresh, empty database, e.g. for migration tests."""
    url = _create_database(pg_server)
    yield _url_text(url)
    _drop_database(pg_server, url)


@pytest.fixture
def pg_store(pg_database: URL, coordinator: Actor) -> Iterator[Store]:
    """A fresh PostgreSQL schema with the tables, acting as a coordinator on TODAY."""
    location = resolve(_url_text(pg_database))
    engine = open_engine(location)
    yield Store(engine, coordinator, location, today=lambda: TODAY)
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The same test on encrypted SQLite and on PostgreSQL."""
    fixture = "sqlite_store" if request.param == "sqlite" else "pg_store"
    store: Store = request.getfixturevalue(fixture)
    return store


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a PostgreSQL fixture directly carry the `postgres` marker."""
    direct = {"pg_server", "pg_test_database", "pg_database", "pg_empty_url", "pg_store"}
    for item in items:
        if direct & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
