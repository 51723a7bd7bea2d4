"""An independent check of any allocation against the instance — shares no code with the model.

Used on every plan the solver and the greedy baseline produce, on plans a coordinator adjusts, and
again when a plan is accepted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from planning.messages import Count, Message, Money, Month, Phrase
from planning.reintegration.allocation.instance import Instance, Option, month_start
from planning.storage.models.reintegration import PackageKind


@dataclass(frozen=True)
class Violation:
    rule: str  # the rule's name, as in planning.reintegration.allocation.rules.RULES
    message: Message  # an `allocation_rule.*` key of planning/reintegration/texts.py
    need_ids: tuple[int, ...] = ()

    def line(self) -> Message:
        """'rule: what is wrong', as a list of broken rules writes it."""
        return Message.of("allocation_rule.broken", rule=Phrase.of(f"allocation_rule.{self.rule}"),
                          problem=self.message)

    def __str__(self) -> str:
        return self.line().english()


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
            violations.append(Violation("eligibility", Message.of(
                "allocation_rule.unknown", need=str(option.need), package=str(option.package)), (option.need,)))
            continue
        household, person, need = found
        who = {"household": household.label or str(household.id), "person": str(person.id)}
        name = package.label or str(package.id)
        per_person_kind[person.id, package.kind].append(option.need)
        problems = []
        if package.kind != need.kind:
            problems.append(Phrase.of("allocation_rule.other_kind", package_kind=PackageKind(package.kind),
                                      need_kind=PackageKind(need.kind)))
        if package.country != household.country or (package.regions and household.region not in package.regions):
            problems.append(Phrase.of("allocation_rule.not_offered", region=household.region,
                                      country=household.country))
        if person.age < package.min_age or (package.max_age is not None and person.age > package.max_age):
            problems.append(Phrase.of("allocation_rule.age", age=person.age))
        if package.head_only and not person.head:
            problems.append(Phrase.of("allocation_rule.head_only"))
        if package.vulnerabilities and package.vulnerabilities.isdisjoint(person.vulnerabilities):
            problems.append(Phrase.of("allocation_rule.vulnerability"))
        if need.skill is not None and package.skill is not None and package.skill != need.skill:
            problems.append(Phrase.of("allocation_rule.other_trade", taught=package.skill, wished=need.skill))
        for problem in problems:
            violations.append(Violation("eligibility", Message.of("allocation_rule.ineligible", package=name, **who,
                                                                  problem=problem), (option.need,)))
        earliest = max(0, household.arrival_month + package.lead_min)
        latest = min(instance.months - 1, household.arrival_month + package.lead_max)
        if not earliest <= option.month <= latest:
            violations.append(Violation("lead_time", Message.of(
                "allocation_rule.late", package=name, **who, month=_month(instance, option.month),
                earliest=_month(instance, earliest), latest=_month(instance, latest)), (option.need,)))
        load[package.partner, household.region, option.month] += 1
        given[household.id][0] += package.in_kind
        given[household.id][1] += package.cash
        if household.budget is None:
            violations.append(Violation("budget", Message.of("allocation_rule.no_budget", **who, package=name),
                                        (option.need,)))
        else:
            paid[household.budget][0] += package.in_kind
            paid[household.budget][1] += package.cash
    for (person_id, kind), needs in sorted(per_person_kind.items()):
        if len(needs) > 1:
            violations.append(Violation("one_per_type", Message.of(
                "allocation_rule.one_per_kind", person=str(person_id), count=len(needs), kind=PackageKind(kind)),
                tuple(needs)))
    places = {(c.partner, c.region, c.month): c.places for c in instance.capacities}
    for (partner, region, month), count in sorted(load.items()):
        if count > places.get((partner, region, month), 0):
            partner_name = instance.partners.get(partner) or Phrase.of("allocation.partner_number",
                                                                       number=str(partner))
            violations.append(Violation("capacity", Message.of(
                "allocation_rule.over_capacity", partner=partner_name, packages=Count("package", count),
                region=region, month=_month(instance, month), places=places.get((partner, region, month), 0))))
    for household in instance.households:
        if household.id not in given or household.budget is None:
            continue
        budget = budgets[household.budget]
        adults = sum(1 for p in household.people if p.age >= 18)
        dependants = len(household.people) - adults
        in_kind_ceiling = adults * budget.in_kind_per_adult + dependants * budget.in_kind_per_dependant
        cash_ceiling = adults * budget.cash_per_adult + dependants * budget.cash_per_dependant
        in_kind, cash = given[household.id]
        for key, amount, ceiling, spent in (("allocation_rule.above_ceiling_in_kind", in_kind, in_kind_ceiling,
                                             household.spent_in_kind),
                                            ("allocation_rule.above_ceiling_cash", cash, cash_ceiling,
                                             household.spent_cash)):
            if amount + spent > ceiling:
                violations.append(Violation("ceilings", Message.of(
                    key, household=household.label or str(household.id), amount=Money(amount + spent),
                    ceiling=Money(ceiling))))
    for budget_id, (in_kind, cash) in sorted(paid.items()):
        budget = budgets[budget_id]
        for key, amount, left in (("allocation_rule.over_budget_in_kind", in_kind, budget.in_kind),
                                  ("allocation_rule.over_budget_cash", cash, budget.cash)):
            if amount > left:
                violations.append(Violation("budget", Message.of(
                    key, budget=budget.label or str(budget_id), amount=Money(amount), left=Money(left))))
    return violations


def _month(instance: Instance, month: int) -> Month:
    return Month(month_start(instance.start, month))
