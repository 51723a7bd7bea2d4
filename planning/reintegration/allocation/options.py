"""Which package may meet which need, and in which months: eligibility and lead time, as plain predicates.

The model's variables are created only for options these allow (`Variables.create(prune=True)`); the
eligibility and lead-time rules then forbid anything else a variable could express. The validator
does not use this module: it checks the same rules again, its own way.
"""

from __future__ import annotations

from planning.messages import Message
from planning.reintegration.allocation.instance import TRAINING, Household, Instance, Need, Option, Package, Person
from planning.vocabulary import VulnerabilityKind


def ineligible(package: Package, household: Household, person: Person, need: Need) -> Message | None:
    """Why `package` cannot meet `need` of `person` (None: it can, lead time apart)."""
    if package.kind != need.kind:
        return Message.of("eligibility.other_kind")
    if not package.serves(household.country, household.region):
        return Message.of("eligibility.not_offered", region=household.region)
    if person.age < package.min_age or (package.max_age is not None and person.age > package.max_age):
        if package.max_age is None:
            return Message.of("eligibility.ages_from", min_age=package.min_age, age=person.age)
        return Message.of("eligibility.ages", min_age=package.min_age, max_age=package.max_age, age=person.age)
    if package.head_only and not person.head:
        return Message.of("eligibility.head_only")
    if package.vulnerabilities and not package.vulnerabilities & person.vulnerabilities:
        kinds = tuple(VulnerabilityKind(v) for v in sorted(package.vulnerabilities))
        if len(kinds) == 1:
            return Message.of("eligibility.vulnerable_only", vulnerability=kinds[0])
        return Message.of("eligibility.vulnerable_any", vulnerabilities=kinds)
    if package.kind == TRAINING and need.skill is not None and package.skill != need.skill:
        return Message.of("eligibility.other_trade", taught=package.skill, wished=need.skill)
    return None


def months(instance: Instance, household: Household, package: Package) -> range:
    """The delivery months the package's lead time allows after the arrival, within the horizon."""
    first = max(0, household.arrival_month + package.lead_min)
    last = min(instance.months - 1, household.arrival_month + package.lead_max)
    return range(first, last + 1)


def candidates(instance: Instance) -> dict[int, list[Option]]:
    """Per need id, every option eligibility and lead time allow, by package id then month."""
    result: dict[int, list[Option]] = {}
    by_kind: dict[str, list[Package]] = {}
    for package in sorted(instance.packages, key=lambda p: p.id):
        by_kind.setdefault(package.kind, []).append(package)
    for household in instance.households:
        people = {p.id: p for p in household.people}
        for need in household.needs:
            found = result.setdefault(need.id, [])
            for package in by_kind.get(need.kind, ()):
                if ineligible(package, household, people[need.person], need) is None:
                    found.extend(Option(need.id, package.id, month) for month in months(instance, household, package))
    return result
