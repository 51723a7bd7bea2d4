"""The allocation as people read it: one row per package (case, person, package, month, partner, amounts),
one per need left unmet with its reason, and each partner's load by month — for the page and the CLI."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from planning.messages import Message
from planning.reintegration.allocation.from_database import Context
from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.result import AllocationResult


@dataclass(frozen=True)
class PlannedPackage:
    option: Option
    case_id: int
    reference: str
    person: str
    kind: str
    package: str
    partner: str
    region: str
    month: date
    in_kind: int
    cash: int
    kept: bool  # already accepted as it is

    def as_dict(self) -> dict[str, Any]:
        return {"case": self.reference, "person": self.person, "kind": self.kind, "package": self.package,
                "partner": self.partner, "region": self.region, "delivery_month": self.month.strftime("%Y-%m"),
                "in_kind_eur": self.in_kind, "cash_eur": self.cash, "already_accepted": self.kept}


@dataclass(frozen=True)
class UnmetNeed:
    case_id: int
    reference: str
    person: str
    kind: str
    reason: Message

    def as_dict(self) -> dict[str, Any]:
        """For JSON: the reason as its key, its values and its English text."""
        return {"case": self.reference, "person": self.person, "kind": self.kind, "reason": self.reason.plain()}


@dataclass(frozen=True)
class PartnerLoad:
    partner: str
    region: str
    month: date
    planned: int
    places: int


def planned(instance: Instance, context: Context, plan: frozenset[Option]) -> list[PlannedPackage]:
    owners = instance.owners()
    rows = []
    for option in plan:
        household, person, need = owners[option.need]
        package = instance.package(option.package)
        rows.append(PlannedPackage(
            option, household.id, household.label, context.people.get(person.id, str(person.id)), need.kind,
            package.name, instance.partners.get(package.partner, str(package.partner)), household.region,
            instance.month_start(option.month), package.in_kind, package.cash, option in instance.current))
    return sorted(rows, key=lambda r: (r.reference, r.person, r.month, r.kind))


def unmet(instance: Instance, context: Context, result: AllocationResult) -> list[UnmetNeed]:
    owners = instance.owners()
    return [UnmetNeed(u.household_id, owners[u.need_id][0].label,
                      context.people.get(owners[u.need_id][1].id, "?"), owners[u.need_id][2].kind, u.reason)
            for u in result.unmet]


def partner_loads(instance: Instance, plan: frozenset[Option]) -> list[PartnerLoad]:
    """Per partner, region and month with places or deliveries: planned deliveries against places."""
    owners = instance.owners()
    load = Counter((instance.package(o.package).partner, owners[o.need][0].region, o.month) for o in plan)
    places = instance.places()
    keys = sorted(set(load) | {k for k, v in places.items() if v > 0},
                  key=lambda k: (instance.partners.get(k[0], ""), k[1], k[2]))
    return [PartnerLoad(instance.partners.get(p, str(p)), region, instance.month_start(month), load.get((p, region,
                                                                                                       month), 0),
                        places.get((p, region, month), 0)) for p, region, month in keys]


def summary(instance: Instance, result: AllocationResult) -> dict[str, Any]:
    terms = result.terms
    return {
        "status": result.status.value, "households": len(instance.households), "needs": terms.needs,
        "needs_met": terms.needs_met, "vulnerable_needs": terms.vulnerable_needs,
        "vulnerable_needs_met": terms.vulnerable_needs_met, "in_kind_eur": terms.in_kind, "cash_eur": terms.cash,
        "objective": result.objective, "bound": result.bound, "gap": round(result.gap, 5),
        "greedy_objective": result.greedy_objective, "seconds": round(result.wall_seconds, 2),
    }
