"""Which package may meet which need, and in which months: eligibility and lead time, as plain predicates.

The model's variables are created only for options these allow (`Variables.create(prune=True)`); the
eligibility and lead-time rules then forbid anything else a variable could express. The validator
does not use this module: it checks the same rules again, its own way.
"""

from __future__ import annotations

from planning.reintegration.allocation.instance import TRAINING, Household, Instance, Need, Option, Package, Person


def ineligible(package: Package, household: Household, person: Person, need: Need) -> str | None:
    """Why `package` cannot meet `need` of `person` (None: it can, lead time apart)."""
    if package.kind != need.kind:
        return "another kind of package"
    if not package.serves(household.country, household.region):
        return f"not offered in {household.region}"
    if person.age < package.min_age or (package.max_age is not None and person.age > package.max_age):
        upper = f"–{package.max_age}" if package.max_age is not None else "+"
        return f"for ages {package.min_age}{upper} (the person is {person.age})"
    if package.head_only and not person.head:
        return "only for the head of household"
    if package.vulnerabilities and not package.vulnerabilities & person.vulnerabilities:
        return "for " + " or ".join(sorted(v.replace("_", " ") for v in package.vulnerabilities)) + " only"
    if package.kind == TRAINING and need.skill is not None and package.skill != need.skill:
        return f"teaches {package.skill}, not {need.skill}"
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
