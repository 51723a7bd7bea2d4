"""Visit route planning: 60 generated visits over 5 working days, then the independent validator."""

from __future__ import annotations

from monitoring.routes.generator import generate
from monitoring.routes.solver import solve
from monitoring.routes.validator import violations
from tests.benchmarks.__main__ import Report

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
