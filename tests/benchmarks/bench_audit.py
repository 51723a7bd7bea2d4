"""1,000 audited writes with the hash chain and with a plain (unchained) audit insert, in the same run.

Each write is one transaction: a country profile's note changed and its audit entry, interleaved in
rounds of 100 so that load from elsewhere hits both alike. "Chained" goes
through `planning.audit.record` (locks the chain head, hashes the payload and the entry); "plain"
inserts the same entry without touching the head or hashing, as the log was written before the
chain. On encrypted SQLite, and on PostgreSQL when a server is available (a throwaway cluster
otherwise). Then `verify` over the chain.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable, Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

import planning.storage.triggers  # noqa: F401  (append-only triggers and the chain head, as migrated)
from planning import audit
from planning.audit_chain import verify
from planning.storage.base import Base, utcnow
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import AuditEntry, CountryProfile
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.benchmarks.__main__ import Report
from tests.benchmarks.bench_workspace import CACHE, KEY, TODAY
from tests.postgres import server_url

WRITES = 1_000
ROUND = 100
ACTOR = Actor("bench", Role.COORDINATOR)


def _sqlite() -> Store:
    folder = (CACHE / "audit").resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    location = resolve(f"sqlite+pysqlcipher://:{KEY}@//{folder / 'audit.db'}")
    engine = open_engine(location)
    Base.metadata.create_all(engine)
    return Store(engine, ACTOR, location, today=lambda: TODAY)


@contextlib.contextmanager
def _postgres() -> Iterator[Store | None]:
    try:
        with server_url() as url:
            admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1)
                                  if url.startswith("postgresql://") else url,
                                  isolation_level="AUTOCOMMIT", poolclass=NullPool)
            with admin.connect() as conn:
                conn.execute(text("DROP DATABASE IF EXISTS homeward_bench_audit"))
                conn.execute(text("CREATE DATABASE homeward_bench_audit"))
            location = resolve(admin.url.set(database="homeward_bench_audit").render_as_string(hide_password=False))
            engine = open_engine(location)
            Base.metadata.create_all(engine)
            try:
                yield Store(engine, ACTOR, location, today=lambda: TODAY)
            finally:
                engine.dispose()
                with admin.connect() as conn:
                    conn.execute(text("DROP DATABASE IF EXISTS homeward_bench_audit WITH (FORCE)"))
                admin.dispose()
    except LookupError:
        yield None


def _plain(session: Session, country: CountryProfile, n: int) -> None:
    session.add(AuditEntry(at=utcnow(), actor=ACTOR.username, action="country.update", entity="country_profile",
                           entity_id=country.id, before={"notes": str(n)}, after={"notes": str(n + 1)},
                           seq=-n - 1, digest="", prev_hash="", hash=""))


def _chained(session: Session, country: CountryProfile, n: int) -> None:
    audit.record(session, ACTOR, "country.update", country, before={"notes": str(n)}, after={"notes": str(n + 1)})


def _country(store: Store, code: str) -> int:
    with store.transaction() as session:
        country = CountryProfile(code=code, name=f"Testland {code}")
        session.add(country)
        session.flush()
        return country.id


def _writes(store: Store, country_id: int, first: int,
            write: Callable[[Session, CountryProfile, int], None]) -> float:
    started = time.perf_counter()
    for n in range(first, first + ROUND):
        with store.transaction() as session:
            country = session.get_one(CountryProfile, country_id)
            country.notes = f"note {n}"
            session.flush()
            write(session, country, n)
    return time.perf_counter() - started


def _measure(report: Report, backend: str, store: Store) -> None:
    plain_id, chained_id = _country(store, "PLN"), _country(store, "CHN")
    plain = chained = 0.0
    for first in range(0, WRITES, ROUND):  # interleaved, so that load from elsewhere hits both alike
        plain += _writes(store, plain_id, first, _plain)
        chained += _writes(store, chained_id, first, _chained)
    report(f"{backend}: {WRITES:,} audited writes, plain audit insert", plain, "s")
    report(f"{backend}: {WRITES:,} audited writes, hash-chained", chained, "s")
    report(f"{backend}: chain overhead per write", (chained - plain) / WRITES * 1000, "ms", "<= 1")
    started = time.perf_counter()
    result = verify(store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER)))
    if not result.ok:
        raise AssertionError(f"the chain does not verify: {result.broken}")
    report(f"{backend}: verify the chain ({WRITES:,} entries; the plain rows are outside it)",
           time.perf_counter() - started, "s")


def run(report: Report) -> None:
    store = _sqlite()
    try:
        _measure(report, "SQLCipher", store)
    finally:
        store.engine.dispose()
    with _postgres() as pg:
        if pg is not None:
            _measure(report, "PostgreSQL", pg)
