"""Why a need is left unmet — one deterministic, readable reason per need.

The reason looks at the plan as it is: whether any package could meet the need at all (catalogue,
region, eligibility, lead time, budget), and if so what each option ran into in this plan — the
partner's places that month, the household's ceilings, or what is left of the budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from planning.reintegration.allocation.instance import Household, Instance, Need, Option, Person
from planning.reintegration.allocation.load import Load
from planning.reintegration.allocation.options import candidates, ineligible, months
from planning.reintegration.allocation.result import Unmet


def unmet(instance: Instance, plan: Iterable[Option]) -> tuple[Unmet, ...]:
    chosen = list(plan)
    met = {o.need for o in chosen}
    options = candidates(instance)
    load = Load.of(instance, chosen)
    return tuple(Unmet(need.id, household.id, reason(instance, household, person, need, options.get(need.id, []), load))
                 for household, person, need in sorted(instance.owners().values(), key=lambda t: (t[0].id, t[2].id))
                 if need.id not in met)


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def reason(instance: Instance, household: Household, person: Person, need: Need, options: list[Option],
           load: Load) -> str:
    kind = _label(need.kind)
    if household.budget is None:
        return f"no budget covers its arrival in {instance.month_start(household.arrival_month):%B %Y}"
    if not options:
        return _no_option(instance, household, person, need)
    blocked: Counter[str] = Counter()
    for option in options:
        blocked[load.blocker(household, instance.package(option.package), option.month) or "room"] += 1
    if blocked["room"]:
        return (f"a {kind} package still fits: the search stopped before allocating it "
                "(run again with more time, or adjust by hand)")
    if blocked["ceilings"] == len(options) or (blocked["ceilings"] and not blocked["budget"]
                                               and blocked["ceilings"] >= blocked["capacity"]):
        left = load.ceilings.get(household.id, [0, 0])
        cheapest = min(instance.package(o.package).in_kind for o in options)
        return (f"the household's ceiling has €{max(0, left[0]):,} in kind left, the cheapest eligible {kind} "
                f"package costs €{cheapest:,}")
    if blocked["budget"] >= blocked["capacity"]:
        budget = next(b for b in instance.budgets if b.id == household.budget)
        left = load.budgets[budget.id]
        return f"{budget.name} has €{max(0, left[0]):,} in kind and €{max(0, left[1]):,} in cash left"
    partners = sorted({instance.partners.get(p, f"partner {p}") for p in
                       (instance.package(o.package).partner for o in options)})
    first, last = min(o.month for o in options), max(o.month for o in options)
    period = f"{instance.month_start(first):%b %Y}" + (f"–{instance.month_start(last):%b %Y}" if last > first else "")
    return f"{', '.join(partners)}: no place left in {household.region} in {period}"


def _no_option(instance: Instance, household: Household, person: Person, need: Need) -> str:
    kind = _label(need.kind)
    in_country = [p for p in instance.packages if p.kind == need.kind and p.country == household.country]
    if not in_country:
        return f"the catalogue has no {kind} package for {household.country}"
    here = [p for p in in_country if p.serves(household.country, household.region)]
    if not here:
        return f"no {kind} package is offered in {household.region}"
    reasons = {p.id: ineligible(p, household, person, need) for p in here}
    eligible = [p for p in here if reasons[p.id] is None]
    if not eligible:
        trades = sorted({p.skill for p in here if p.skill})
        if need.skill is not None and trades and all((r or "").startswith("teaches ") for r in reasons.values()):
            return f"no training in {need.skill} is offered in {household.region} (only {', '.join(trades)})"
        distinct = sorted({r for r in reasons.values() if r is not None})
        return "not eligible: " + "; ".join(distinct)
    arrival = instance.month_start(household.arrival_month)
    if all(household.arrival_month + p.lead_max < 0 for p in eligible):
        return f"the lead time of every eligible {kind} package has passed since the arrival in {arrival:%B %Y}"
    if all(not months(instance, household, p) for p in eligible):
        return f"delivery after the arrival in {arrival:%B %Y} falls beyond the planning horizon"
    return f"no eligible {kind} package can be delivered in time"
