"""Shared fixtures: offscreen Qt, an in-memory keychain, fresh databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from planning.storage.base import Base  # noqa: E402
from planning.storage.engine import open_engine  # noqa: E402
from planning.storage.location import resolve  # noqa: E402
from planning.storage.store import Actor, Store  # noqa: E402
from planning.vocabulary import Role  # noqa: E402

import planning.storage.triggers  # noqa: E402,F401  (installs append-only triggers on create_all)

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
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


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
