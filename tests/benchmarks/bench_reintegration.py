"""Reintegration allocation: 1,000 and 5,000 generated households; time to a plan proven within 1 %,
the gap reached, and the benefit over the first-come-first-served baseline in the same run."""

from __future__ import annotations

from planning.reintegration.allocation import validator
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.generator import generate
from tests.benchmarks.__main__ import Report

WORKERS = 2
TIME_LIMITS = {1_000: 30.0, 5_000: 120.0}


def run(report: Report) -> None:
    for households, limit in TIME_LIMITS.items():
        instance = generate(households, seed=1)
        result = allocate(instance, time_limit=limit, workers=WORKERS, gap=0.01)
        label = f"{households:,} households ({result.terms.needs:,} needs, {len(result.parts)} parts)"
        report(f"{label}: time to proven 1 % gap", result.wall_seconds, "s", f"<= {limit:g} s limit")
        report(f"{label}: gap reached", 100 * result.gap, "%", "<= 1 %")
        report(f"{label}: parts proven within 1 %", sum(p.status == "optimal" for p in result.parts), "parts",
               str(len(result.parts)))
        report(f"{label}: first plan", result.first_plan_seconds, "s")
        report(f"{label}: needs met (solver)", result.terms.needs_met, "needs")
        report(f"{label}: coverage vs greedy", 100 * (result.objective - result.greedy_objective)
               / max(1, result.greedy_objective), "% better", "> 0")
        report(f"{label}: vulnerable needs met", result.terms.vulnerable_needs_met, "needs",
               f"of {result.terms.vulnerable_needs}")
        report(f"{label}: validator violations", len(validator.check(instance, result.plan)), "violations", "0")
