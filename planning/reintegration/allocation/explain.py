"""Why a need is left unmet — one deterministic reason per need, a keyed `Message` (`reintegration/texts.py`).

The reason looks at the plan as it is: whether any package could meet the need at all (catalogue,
region, eligibility, lead time, budget), and if so what each option ran into in this plan — the
partner's places that month, the household's ceilings, or what is left of the budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from planning.messages import Message, Money, Month, Phrase, Value
from planning.reintegration.allocation.instance import Household, Instance, Need, Option, Person
from planning.reintegration.allocation.load import Load
from planning.reintegration.allocation.options import candidates, ineligible, months
from planning.reintegration.allocation.result import Unmet
from planning.reintegration.texts import OTHER_TRADE
from planning.storage.models.reintegration import PackageKind


def unmet(instance: Instance, plan: Iterable[Option]) -> tuple[Unmet, ...]:
    chosen = list(plan)
    met = {o.need for o in chosen}
    options = candidates(instance)
    load = Load.of(instance, chosen)
    return tuple(Unmet(need.id, household.id, reason(instance, household, person, need, options.get(need.id, []), load))
                 for household, person, need in sorted(instance.owners().values(), key=lambda t: (t[0].id, t[2].id))
                 if need.id not in met)


def _partner(instance: Instance, partner: int) -> Value:
    return instance.partners.get(partner) or Phrase.of("allocation.partner_number", number=str(partner))


def reason(instance: Instance, household: Household, person: Person, need: Need, options: list[Option],
           load: Load) -> Message:
    kind = PackageKind(need.kind)
    if household.budget is None:
        return Message.of("unmet.no_budget", month=Month(instance.month_start(household.arrival_month)))
    if not options:
        return _no_option(instance, household, person, need)
    blocked: Counter[str] = Counter()
    for option in options:
        blocked[load.blocker(household, instance.package(option.package), option.month) or "room"] += 1
    if blocked["room"]:
        return Message.of("unmet.search_stopped", kind=kind)
    if blocked["ceilings"] == len(options) or (blocked["ceilings"] and not blocked["budget"]
                                               and blocked["ceilings"] >= blocked["capacity"]):
        left = load.ceilings.get(household.id, [0, 0])
        cheapest = min(instance.package(o.package).in_kind for o in options)
        return Message.of("unmet.ceiling", left=Money(max(0, left[0])), kind=kind, cheapest=Money(cheapest))
    if blocked["budget"] >= blocked["capacity"]:
        budget = next(b for b in instance.budgets if b.id == household.budget)
        left = load.budgets[budget.id]
        return Message.of("unmet.budget", budget=budget.name, in_kind=Money(max(0, left[0])),
                          cash=Money(max(0, left[1])))
    partner_ids = sorted({instance.package(o.package).partner for o in options},
                         key=lambda p: (instance.partners.get(p, ""), p))
    partners = tuple(_partner(instance, p) for p in partner_ids)
    first, last = min(o.month for o in options), max(o.month for o in options)
    if last > first:
        return Message.of("unmet.no_place_between", partners=partners, region=household.region,
                          first=Month(instance.month_start(first)), last=Month(instance.month_start(last)))
    return Message.of("unmet.no_place", partners=partners, region=household.region,
                      month=Month(instance.month_start(first)))


def _no_option(instance: Instance, household: Household, person: Person, need: Need) -> Message:
    kind = PackageKind(need.kind)
    in_country = [p for p in instance.packages if p.kind == need.kind and p.country == household.country]
    if not in_country:
        return Message.of("unmet.no_package_for_country", kind=kind, country=household.country)
    here = [p for p in in_country if p.serves(household.country, household.region)]
    if not here:
        return Message.of("unmet.not_offered", kind=kind, region=household.region)
    reasons = {p.id: ineligible(p, household, person, need) for p in here}
    eligible = [p for p in here if reasons[p.id] is None]
    if not eligible:
        trades = tuple(sorted({p.skill for p in here if p.skill}))
        if need.skill is not None and trades and all(r is not None and r.key == OTHER_TRADE
                                                     for r in reasons.values()):
            return Message.of("unmet.no_training", skill=need.skill, region=household.region, trades=trades)
        distinct = tuple(sorted({r for r in reasons.values() if r is not None}, key=lambda r: r.english()))
        return Message.of("unmet.not_eligible", reasons=distinct)
    arrival = Month(instance.month_start(household.arrival_month))
    if all(household.arrival_month + p.lead_max < 0 for p in eligible):
        return Message.of("unmet.lead_time_passed", kind=kind, arrival=arrival)
    if all(not months(instance, household, p) for p in eligible):
        return Message.of("unmet.beyond_horizon", arrival=arrival)
    return Message.of("unmet.not_in_time", kind=kind)
