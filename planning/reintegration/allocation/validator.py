"""An independent check of any allocation against the instance — shares no code with the model.

Used on every plan the solver and the greedy baseline produce, on plans a coordinator adjusts, and
again when a plan is accepted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from planning.reintegration.allocation.instance import Instance, Option


@dataclass(frozen=True)
class Violation:
    rule: str  # the rule's name, as in planning.reintegration.allocation.rules.RULES
    message: str
    need_ids: tuple[int, ...] = ()

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


def check(instance: Instance, plan: Iterable[Option]) -> list[Violation]:
    """Every broken rule in `plan`; empty when the allocation is valid."""
    packages = {p.id: p for p in instance.packages}
    budgets = {b.id: b for b in instance.budgets}
    owner = {}
    for household in instance.households:
        people = {p.id: p for p in household.people}
        for need in household.needs:
            owner[need.id] = (household, people[need.person], need)
    violations: list[Violation] = []
    per_person_kind: dict[tuple[int, str], list[int]] = defaultdict(list)
    load: Counter[tuple[int, str, int]] = Counter()
    given: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    paid: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for option in sorted(plan, key=lambda o: (o.need, o.package, o.month)):
        found = owner.get(option.need)
        package = packages.get(option.package)
        if found is None or package is None:
            violations.append(Violation("eligibility", f"need {option.need} or package {option.package} is not in "
                                        "the instance", (option.need,)))
            continue
        household, person, need = found
        who = f"{household.label or household.id}, person {person.id}"
        name = package.label or str(package.id)
        per_person_kind[person.id, package.kind].append(option.need)
        problems = []
        if package.kind != need.kind:
            problems.append(f"is a {package.kind} package for a {need.kind} need")
        if package.country != household.country or (package.regions and household.region not in package.regions):
            problems.append(f"is not offered in {household.region} ({household.country})")
        if person.age < package.min_age or (package.max_age is not None and person.age > package.max_age):
            problems.append(f"does not admit age {person.age}")
        if package.head_only and not person.head:
            problems.append("is for the head of household only")
        if package.vulnerabilities and package.vulnerabilities.isdisjoint(person.vulnerabilities):
            problems.append("needs a vulnerability the person does not have")
        if need.skill is not None and package.skill is not None and package.skill != need.skill:
            problems.append(f"teaches {package.skill}, the person wished for {need.skill}")
        for problem in problems:
            violations.append(Violation("eligibility", f"{name} for {who} {problem}", (option.need,)))
        earliest = max(0, household.arrival_month + package.lead_min)
        latest = min(instance.months - 1, household.arrival_month + package.lead_max)
        if not earliest <= option.month <= latest:
            violations.append(Violation("lead_time", f"{name} for {who} delivered in month {option.month}, outside "
                                        f"months {earliest}–{latest} its lead time allows", (option.need,)))
        load[package.partner, household.region, option.month] += 1
        given[household.id][0] += package.in_kind
        given[household.id][1] += package.cash
        if household.budget is None:
            violations.append(Violation("budget", f"{who}: no budget pays for {name}", (option.need,)))
        else:
            paid[household.budget][0] += package.in_kind
            paid[household.budget][1] += package.cash
    for (person_id, kind), needs in sorted(per_person_kind.items()):
        if len(needs) > 1:
            violations.append(Violation("one_per_type", f"person {person_id} receives {len(needs)} {kind} packages",
                                        tuple(needs)))
    places = {(c.partner, c.region, c.month): c.places for c in instance.capacities}
    for (partner, region, month), count in sorted(load.items()):
        if count > places.get((partner, region, month), 0):
            partner_name = instance.partners.get(partner, f"partner {partner}")
            violations.append(Violation("capacity", f"{partner_name} delivers {count} packages in {region} in month "
                                        f"{month} but can deliver {places.get((partner, region, month), 0)}"))
    for household in instance.households:
        if household.id not in given or household.budget is None:
            continue
        budget = budgets[household.budget]
        adults = sum(1 for p in household.people if p.age >= 18)
        dependants = len(household.people) - adults
        in_kind_ceiling = adults * budget.in_kind_per_adult + dependants * budget.in_kind_per_dependant
        cash_ceiling = adults * budget.cash_per_adult + dependants * budget.cash_per_dependant
        in_kind, cash = given[household.id]
        for what, amount, ceiling, spent in (("in kind", in_kind, in_kind_ceiling, household.spent_in_kind),
                                             ("in cash", cash, cash_ceiling, household.spent_cash)):
            if amount + spent > ceiling:
                who = household.label or str(household.id)
                violations.append(Violation("ceilings", f"{who} receives €{amount + spent:,} {what}, above its "
                                            f"ceiling of €{ceiling:,}"))
    for budget_id, (in_kind, cash) in sorted(paid.items()):
        budget = budgets[budget_id]
        for what, amount, left in (("in kind", in_kind, budget.in_kind), ("in cash", cash, budget.cash)):
            if amount > left:
                violations.append(Violation("budget", f"{budget.label or budget_id} pays €{amount:,} {what} but has "
                                            f"€{left:,} left"))
    return violations
