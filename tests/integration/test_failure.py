"""Failure: killed mid-write, locked, read-only, full, unreachable — clear messages, nothing half-written."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

from planning.errors import StorageError
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Actor, Store
from tests.conftest import TODAY
from tests.unit.planning.test_case_list import open_single

KEY = "kill-test-key"
KILLS = int(os.environ.get("HOMEWARD_KILL_TESTS", "12"))
ROOT = Path(__file__).resolve().parents[2]


def url_for(path: Path) -> str:
    return f"sqlite+pysqlcipher://:{KEY}@//{path}"


def start_writer(path: Path, mode: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-m", "tests.integration.kill_writer", url_for(path), mode],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def check_whole(path: Path, *, audited: bool = True) -> dict[str, int]:
    """Integrity, and every household whole: its people (and its audit entries) all there, or none."""
    engine = open_engine(resolve(url_for(path)))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            broken = conn.execute(text(
                "SELECT c.reference FROM case_file c LEFT JOIN person p ON p.case_id = c.id "
                "GROUP BY c.id HAVING count(p.id) != c.household_size")).fetchall()
            assert broken == []
            orphans = conn.execute(text(
                "SELECT count(*) FROM case_file c WHERE (SELECT count(*) FROM audit_entry a "
                "WHERE a.case_id = c.id AND a.action = 'case.open') != 1")).scalar()
            cases = conn.execute(text("SELECT count(*) FROM case_file")).scalar() or 0
            people = conn.execute(text("SELECT count(*) FROM person")).scalar() or 0
            person_audits = conn.execute(text(
                "SELECT count(*) FROM audit_entry WHERE action = 'person.add'")).scalar()
        if audited:  # the services audit every case and person; the demo generator audits each run
            assert orphans == 0 and person_audits == people
        return {"cases": cases, "people": people}
    finally:
        engine.dispose()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "killed.db"
    engine = open_engine(resolve(url_for(path)))
    migrate.upgrade(engine)
    engine.dispose()
    return path


def test_killing_the_writer_mid_transaction_leaves_every_household_whole(database: Path) -> None:
    rng = random.Random(7)
    totals = []
    for _ in range(KILLS):
        writer = start_writer(database, "cases")
        time.sleep(rng.uniform(0.05, 0.6))
        writer.send_signal(signal.SIGKILL)
        writer.communicate()
        totals.append(check_whole(database)["cases"])
    assert totals[-1] > 0 and totals == sorted(totals)  # work accumulates; nothing is lost


def test_killing_a_bulk_demo_load_leaves_whole_chunks(database: Path) -> None:
    rng = random.Random(11)
    for _ in range(max(2, KILLS // 4)):
        writer = start_writer(database, "demo")
        time.sleep(rng.uniform(0.5, 2.5))
        writer.send_signal(signal.SIGKILL)
        writer.communicate()
        counts = check_whole(database, audited=False)
        assert counts["cases"] % 2000 == 0  # the generator commits 2,000 households at a time


def test_a_locked_database_is_named_and_nothing_is_lost(tmp_path: Path, coordinator: Actor) -> None:
    location = resolve(url_for(tmp_path / "locked.db"))
    holder = open_engine(location)
    migrate.upgrade(holder)
    waiting = open_engine(location, busy_timeout_ms=200)
    store = Store(waiting, coordinator, location, today=lambda: TODAY)
    with holder.connect() as conn:
        conn.exec_driver_sql("COMMIT")  # leave SQLAlchemy's implicit BEGIN, take the write lock
        conn.exec_driver_sql("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError) as locked:
            open_single(store, "Waits", "Patiently")
        conn.exec_driver_sql("ROLLBACK")
    assert locked.value.key == "storage.locked" and "locked by another program" in locked.value.message
    open_single(store, "Waits", "Patiently")  # once the lock is gone the same action succeeds
    holder.dispose()
    waiting.dispose()


def test_a_full_disk_is_named_and_the_transaction_rolls_back(tmp_path: Path, coordinator: Actor) -> None:
    location = resolve(url_for(tmp_path / "full.db"))
    engine = open_engine(location)
    migrate.upgrade(engine)
    open_single(Store(engine, coordinator, location, today=lambda: TODAY), "Before", "Full")
    engine.dispose()
    engine = open_engine(location)

    @event.listens_for(engine, "connect")
    def _small(dbapi_conn: object, _record: object) -> None:
        # No room to grow: SQLite reports SQLITE_FULL exactly as when the disk is full.
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    engine.dispose()
    store = Store(engine, coordinator, location, today=lambda: TODAY)
    with pytest.raises(StorageError) as full:
        for i in range(200):
            open_single(store, f"Name{i}" * 20, "Family" * 20)
    assert full.value.key == "storage.disk_full" and "full" in full.value.message
    engine.dispose()
    assert check_whole(tmp_path / "full.db")["cases"] >= 1


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr to make a file immutable")
def test_a_read_only_database_is_named(tmp_path: Path, coordinator: Actor) -> None:
    path = tmp_path / "ro.db"
    location = resolve(url_for(path))
    engine = open_engine(location)
    migrate.upgrade(engine)
    engine.dispose()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem cannot make a file immutable")
    try:
        with pytest.raises(StorageError) as read_only:
            engine = open_engine(location)
            store = Store(engine, coordinator, location, today=lambda: TODAY)
            open_single(store, "Cannot", "Write")
        assert read_only.value.key in {"storage.read_only", "storage.unavailable"}
        assert "read-only" in read_only.value.message or "cannot be opened" in read_only.value.message
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_an_unreachable_server_is_named() -> None:
    with pytest.raises(StorageError) as unreachable:
        open_engine(resolve("postgresql://homeward:secret-pw@127.0.0.1:9/homeward"))
    assert unreachable.value.key == "storage.unreachable"
    assert "secret-pw" not in unreachable.value.message


@pytest.mark.postgres
def test_a_restarted_server_is_reconnected_transparently(coordinator: Actor) -> None:
    from tests.postgres import start_cluster

    try:
        cluster = start_cluster()
    except LookupError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    try:
        location = resolve(cluster.url)
        engine = open_engine(location)
        migrate.upgrade(engine)
        store = Store(engine, coordinator, location, today=lambda: TODAY)
        open_single(store, "Before", "Restart")
        cluster._run("pg_ctl", "-D", str(cluster.data_dir), "-l", str(cluster.data_dir / "server.log"),
                     "-m", "fast", "-w", "restart")  # the log file, so the server does not hold our pipe
        open_single(store, "After", "Restart")  # the pool notices the dead connection and reconnects
        cluster._run("pg_ctl", "-D", str(cluster.data_dir), "-m", "fast", "-w", "stop")
        with pytest.raises(StorageError) as down:
            open_single(store, "While", "Down")
        assert down.value.key in {"storage.unreachable", "storage.failed"}
        engine.dispose()
    finally:
        cluster.stop()


def test_writers_in_several_processes_wait_their_turn_and_none_is_lost(database: Path) -> None:
    """Four programs open households on one file at the same moment: each write waits for the one
    before it (the busy timeout), so every household is committed once and no program is refused."""
    writers = [subprocess.Popen(
        [sys.executable, "-m", "tests.integration.concurrent_writer", url_for(database), str(n), "25"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(4)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    reports = []
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    locked = [family for report in reports for family in report["locked"]]
    committed = [family for report in reports for family in report["committed"]]
    assert locked == []
    assert len(committed) == 100
    engine = open_engine(resolve(url_for(database)))
    try:
        with engine.connect() as conn:
            stored = [row[0] for row in conn.execute(text("SELECT DISTINCT family_name FROM person"))]
    finally:
        engine.dispose()
    assert sorted(stored) == sorted(committed)
    check_whole(database)
