"""Monitoring on the 100,000-case demo database: plans for every arrived household, then the due list.

Runs on a copy of the cached demo database, so the plans it creates never leak into other benchmarks.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import func, select

from monitoring import arrival
from monitoring.due import due
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import FollowUp, MonitoringPlan
from planning.storage.store import SYSTEM, Store
from tests.benchmarks.__main__ import Report
from tests.benchmarks.bench_workspace import CACHE, CASES, KEY, TODAY, ensure_database


def copy_of_demo() -> Store:
    cached = ensure_database()
    source = cached.location.path if cached.location is not None else None
    cached.engine.dispose()
    assert source is not None
    target = (CACHE / f"demo-{CASES}-monitoring.db").resolve()
    shutil.copyfile(source, target)
    location = resolve(f"sqlite+pysqlcipher://:{KEY}@//{target}")
    return Store(open_engine(location), SYSTEM, location, today=lambda: TODAY)


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(report: Report) -> None:
    store = copy_of_demo()
    try:
        lacking = len(arrival.lacking_plans(store))
        started = time.perf_counter()
        created = arrival.ensure_plans(store)
        seconds = time.perf_counter() - started
        report("arrived households lacking a plan", lacking, "cases")
        report("ensure_plans: plans created", created, "plans")
        report("ensure_plans: total time", seconds, "s")
        report("ensure_plans: per plan", seconds / max(created, 1) * 1000, "ms")
        with store.reading() as session:
            report("follow-ups scheduled", session.scalar(select(func.count()).select_from(FollowUp)) or 0, "rows")
            report("plans in the database", session.scalar(select(func.count()).select_from(MonitoringPlan)) or 0,
                   "plans")
        report("ensure_plans again (nothing to do)", timed(lambda: arrival.ensure_plans(store), repeat=3), "s")
        later = TODAY + timedelta(days=200)
        everyone = due(store, on=later)
        report("due list, everyone, 200 days on: rows", len(everyone), "rows")
        report("due list, everyone, 200 days on", timed(lambda: due(store, on=later)) * 1000, "ms", "≤ 200 ms")
        country = everyone[0].country if everyone else "GEO"
        report(f"due list, country {country}", timed(lambda: due(store, on=later, country=country)) * 1000, "ms",
               "≤ 200 ms")
        region = next((r.region for r in everyone if r.region), None)
        report("due list, country + region",
               timed(lambda: due(store, on=later, country=country, region=region)) * 1000, "ms", "≤ 200 ms")
        report("due list, this week (today)", timed(lambda: due(store)) * 1000, "ms", "≤ 200 ms")
    finally:
        store.engine.dispose()
