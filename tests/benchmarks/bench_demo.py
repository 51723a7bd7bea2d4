"""Generating the demo caseload on an encrypted SQLite file: 2,000, 20,000 and 100,000 cases."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

import planning.storage.triggers  # noqa: F401  (append-only triggers, as the migrations install them)
from planning.demo import generate
from planning.storage.base import Base
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.benchmarks.__main__ import Report

TODAY = date(2026, 6, 1)
SIZES = ((2_000, ""), (20_000, ""), (100_000, "≤ 300 s on 2 cores"))


class _MemoryKeyring(KeyringBackend):
    """The benchmark's keys live in memory only (one instance per run)."""

    priority = 1

    def __init__(self) -> None:  # the base class only reads settings from the environment
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def run(report: Report) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    try:
        with tempfile.TemporaryDirectory() as folder:
            for cases, target in SIZES:
                location = resolve(str(Path(folder) / f"demo-{cases}.db"))
                engine = open_engine(location)
                Base.metadata.create_all(engine)
                store = Store(engine, Actor("bench", Role.COORDINATOR), location, today=lambda: TODAY)
                started = time.perf_counter()
                summary = generate(store, cases, seed=1)
                seconds = time.perf_counter() - started
                engine.dispose()
                report(f"demo generate {cases:,} cases", seconds, "s", target)
                report(f"demo generate {cases:,} cases: rate", cases / seconds, "cases/s")
                report(f"demo generate {cases:,} cases: people", summary.people, "people")
    finally:
        keyring.set_keyring(previous)
