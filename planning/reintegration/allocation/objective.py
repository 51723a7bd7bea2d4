"""The allocation's objective: need coverage weighted by priority, vulnerability and skills in demand.

Everything is *maximised*, in points:

1. **coverage** — a met need scores `PRIORITY_POINTS[priority]` (10 urgent, 6 important, 3 useful),
   twice for a vulnerable person, times a match factor: 100 for most packages; for vocational
   training 50 + the demand index (0–100) of the package's skill in the household's region of return,
   so training in a sought-after trade counts up to three times one nobody hires for.
2. **delay** — `DELAY_PER_MONTH` points off per month a delivery comes after the earliest month its
   lead time allows. The smallest need is worth 150 points and a lead time spans at most a year, so a
   need is never left unmet to deliver others sooner; among equal coverage, sooner wins.
3. **kept** — `KEEP_POINTS` per option of the accepted allocation kept as it was (re-planning), so a
   new run moves accepted deliveries only for a reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planning.reintegration.allocation.instance import TRAINING, Instance, Option
from planning.reintegration.allocation.options import months

if TYPE_CHECKING:  # OR-Tools loads when the first allocation runs, not with the window
    from ortools.sat.python import cp_model

    from planning.reintegration.allocation.variables import Variables

PRIORITY_POINTS = {1: 10, 2: 6, 3: 3}
NEUTRAL_MATCH = 100
DELAY_PER_MONTH = 5
KEEP_POINTS = 3


def benefit(instance: Instance, option: Option) -> int:
    """The coverage points of meeting the option's need with its package (delay apart)."""
    household, person, need = instance.owners()[option.need]
    package = instance.package(option.package)
    match = NEUTRAL_MATCH
    if package.kind == TRAINING and package.skill is not None:
        match = 50 + instance.demand_index(household.country, household.region, package.skill)
    return PRIORITY_POINTS[need.priority] * (2 if person.vulnerable else 1) * match


def delay(instance: Instance, option: Option) -> int:
    """Months after the earliest delivery the package's lead time allows."""
    household = instance.owners()[option.need][0]
    allowed = months(instance, household, instance.package(option.package))
    return max(0, option.month - (allowed.start if allowed else option.month))


def value(instance: Instance, option: Option) -> int:
    """What one option adds to the objective."""
    kept = KEEP_POINTS if option in instance.current else 0
    return benefit(instance, option) - DELAY_PER_MONTH * delay(instance, option) + kept


@dataclass(frozen=True)
class Terms:
    """The allocation's objective, term by term; `total` is what the solver maximises."""

    needs: int
    needs_met: int
    vulnerable_needs: int
    vulnerable_needs_met: int
    coverage: int  # points
    delay_months: int
    kept: int  # options of the accepted allocation kept
    in_kind: int  # € allocated
    cash: int
    total: int

    def named(self) -> dict[str, int]:
        return {"coverage": self.coverage, "delay": -DELAY_PER_MONTH * self.delay_months,
                "kept": KEEP_POINTS * self.kept}


def evaluate(instance: Instance, plan: Iterable[Option]) -> Terms:
    """The objective terms of any allocation (the solver's, greedy's, a coordinator's), from the plan alone."""
    owners = instance.owners()
    vulnerable_needs = sum(1 for _, person, _ in owners.values() if person.vulnerable)
    chosen = list(plan)
    coverage = sum(benefit(instance, o) for o in chosen)
    late = sum(delay(instance, o) for o in chosen)
    kept = sum(1 for o in chosen if o in instance.current)
    met = {o.need for o in chosen}
    return Terms(
        needs=len(owners), needs_met=len(met), vulnerable_needs=vulnerable_needs,
        vulnerable_needs_met=sum(1 for n in met if owners[n][1].vulnerable),
        coverage=coverage, delay_months=late, kept=kept,
        in_kind=sum(instance.package(o.package).in_kind for o in chosen),
        cash=sum(instance.package(o.package).cash for o in chosen),
        total=coverage - DELAY_PER_MONTH * late + KEEP_POINTS * kept)


def upper_bound(instance: Instance, options: Iterable[Option]) -> int:
    """A cheap valid bound: every need met by its best option, as if nothing were scarce."""
    best: dict[int, int] = {}
    for option in options:
        best[option.need] = max(best.get(option.need, 0), value(instance, option))
    return sum(best.values())


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    model.maximize(sum(value(instance, option) * var for option, var in variables.x.items()))
