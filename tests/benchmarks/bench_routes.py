"""Visit route planning: 60 generated visits over 5 working days, then the independent validator; and the
busiest region of the 100,000-case demo database, from the records to the printed day plan."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from datetime import timedelta

from pypdf import PdfReader

from monitoring import arrival
from monitoring.routes.from_database import RouteRequest, areas, build, plan_routes
from monitoring.routes.generator import generate
from monitoring.routes.printout import route_printout
from monitoring.routes.solver import solve
from monitoring.routes.validator import violations
from planning.demo import generate as generate_demo
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Store
from tests.benchmarks.__main__ import Report
from tests.benchmarks.bench_workspace import CACHE, CASES, KEY, TODAY, timed

TIME_LIMIT_SECONDS = 10.0


def run(report: Report) -> None:
    for monitors in (1, 2):
        instance = generate(seed=7, visits=60, days=5, monitors_per_day=monitors)
        plan = solve(instance, time_limit_seconds=TIME_LIMIT_SECONDS)
        label = f"60 visits / 5 days / {monitors} monitor(s)"
        report(f"{label}: time to first solution", plan.first_solution_seconds, "s", "< 2 s")
        report(f"{label}: total solve time", plan.seconds, "s", f"<= {TIME_LIMIT_SECONDS:g} s limit")
        report(f"{label}: total travel time", plan.total_travel_minutes, "min")
        report(f"{label}: visits scheduled", plan.visits_scheduled, "visits")
        report(f"{label}: visits unvisited", len(plan.unvisited), "visits")
        report(f"{label}: validator violations", len(violations(instance, plan)), "violations", "0")
    run_database(report)


# -- from the database ---------------------------------------------------------------------------

ROUTES_DB = CACHE / f"demo-{CASES}-routes.db"
PERIOD_DAYS = 7


def routes_database() -> Store:
    """The 100,000-case demo with its places and monitoring plans (built once, kept in the cache)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    fresh = not ROUTES_DB.exists()
    location = resolve(f"sqlite+pysqlcipher://:{KEY}@//{ROUTES_DB.resolve()}")
    engine = open_engine(location)
    migrate.ensure_current(engine)
    store = Store(engine, SYSTEM, location, today=lambda: TODAY)
    if fresh:
        generate_demo(store, cases=CASES, seed=1, today=TODAY)
        arrival.ensure_plans(store)
    return store


def run_database(report: Report) -> None:
    store = routes_database()
    try:
        first = TODAY + timedelta(days=1)
        request = RouteRequest("", "", first, first + timedelta(days=PERIOD_DAYS - 1), monitors_per_day=2)
        sizes = []
        for area in areas(store):
            if area.office is not None:
                problem = build(store, replace(request, country=area.country, region=area.region))
                sizes.append((len(problem.households) + len(problem.not_routable), area))
        due, busiest = max(sizes, key=lambda pair: pair[0])
        chosen = replace(request, country=busiest.country, region=busiest.region)
        label = f"demo {CASES:,} cases, busiest region ({busiest.country} {busiest.region}, {PERIOD_DAYS} days)"
        report(f"{label}: due visits", due, "visits")
        report(f"{label}: build the instance from the database (median of 5)",
               timed(lambda: build(store, chosen)) * 1000, "ms", "< 500 ms")
        planned = plan_routes(store, chosen, time_limit_seconds=TIME_LIMIT_SECONDS)
        report(f"{label}: plan with 2 monitors a day, total", planned.plan.seconds, "s",
               f"<= {TIME_LIMIT_SECONDS:g} s limit")
        report(f"{label}: first solution", planned.plan.first_solution_seconds, "s", "< 2 s")
        report(f"{label}: visits scheduled", planned.visits_scheduled, "visits")
        report(f"{label}: visits left out (with reasons)", len(planned.left_out), "visits")
        report(f"{label}: validator violations", len(violations(planned.problem.instance, planned.plan)),
               "violations", "0")
        started = time.perf_counter()
        printed = route_printout(store, planned)
        report(f"{label}: issue the printable day plan", time.perf_counter() - started, "s", "< 2 s")
        report(f"{label}: day plan pages", len(PdfReader(io.BytesIO(printed.pdf)).pages), "pages")
    finally:
        store.engine.dispose()
