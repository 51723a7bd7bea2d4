"""Monitoring on the 100,000-case demo database: plans for every arrived household, then the due list.

Runs on a copy of the cached demo database, so the plans it creates never leak into other benchmarks.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import func, select, update

from monitoring import arrival
from monitoring.compliance import compliance, default_period
from monitoring.compliance_report import issue_report
from monitoring.due import due
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import CountryProfile, FollowUp, MonitoringPlan
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
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
        compliance_report(store, report)
    finally:
        store.engine.dispose()


def log_most_past_follow_ups(store: Store) -> int:
    """A realistic mix for the compliance figures: of the follow-ups due before today, 7 in 10 done with
    contact, 1 in 10 missed, the rest left open (a bulk update on the copy, not the services)."""
    past = FollowUp.due_on < TODAY
    with store.transaction() as session:
        done = session.execute(update(FollowUp).where(past, FollowUp.id % 10 < 7).values(
            status=FollowUpStatus.DONE, done_on=FollowUp.due_on, mode=ContactMode.PHONE, contact_made=True))
        missed = session.execute(update(FollowUp).where(past, FollowUp.id % 10 == 7).values(
            status=FollowUpStatus.MISSED, done_on=FollowUp.due_on, mode=ContactMode.PHONE, contact_made=False))
        return int(done.rowcount or 0) + int(missed.rowcount or 0)  # type: ignore[attr-defined]


def compliance_report(store: Store, report: Report) -> None:
    """The country compliance report: figures for the busiest country, every country in turn, and the PDF."""
    report("compliance: follow-ups marked logged for the figures", log_most_past_follow_ups(store), "rows")
    with store.reading() as session:
        busiest, plans = session.execute(
            select(CountryProfile.code, func.count())
            .join(MonitoringPlan, MonitoringPlan.country_id == CountryProfile.id)
            .group_by(CountryProfile.code).order_by(func.count().desc()).limit(1)).one()
        codes = list(session.scalars(select(CountryProfile.code).order_by(CountryProfile.code)))
    start, end = default_period(TODAY)
    figures = compliance(store, busiest, start, end)
    report(f"compliance {busiest} ({plans} plans), 12 months: follow-ups fell due", figures.totals.due, "rows")
    report(f"compliance {busiest}, 12 months", timed(lambda: compliance(store, busiest, start, end)) * 1000, "ms",
           "≤ 200 ms")
    decade = (TODAY.replace(year=TODAY.year - 9, month=1, day=1), TODAY)
    report(f"compliance {busiest}, 10 years (114 months)",
           timed(lambda: compliance(store, busiest, *decade)) * 1000, "ms", "≤ 500 ms")
    every = timed(lambda: [compliance(store, code, start, end) for code in codes], repeat=3)
    report(f"compliance, every country ({len(codes)}) in turn, 12 months", every * 1000, "ms")
    report(f"compliance PDF {busiest}, 12 months, issued (figures + issue record + render)",
           timed(lambda: issue_report(store, busiest, start, end), repeat=3) * 1000, "ms", "≤ 2000 ms")
