"""What an allocation uses: partner places, households' ceilings, budgets — for greedy and the explanations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from planning.reintegration.allocation.instance import Household, Instance, Option, Package


@dataclass
class Load:
    instance: Instance
    places: dict[tuple[int, str, int], int] = field(default_factory=dict)  # left
    ceilings: dict[int, list[int]] = field(default_factory=dict)  # household → [in kind, cash] left
    budgets: dict[int, list[int]] = field(default_factory=dict)  # budget → [in kind, cash] left

    @classmethod
    def of(cls, instance: Instance, plan: Iterable[Option] = ()) -> Load:
        load = cls(instance, instance.places())
        budgets = {b.id: b for b in instance.budgets}
        load.budgets = {b.id: [b.in_kind, b.cash] for b in instance.budgets}
        for household in instance.households:
            if household.budget is not None:
                in_kind, cash = budgets[household.budget].ceilings(household)
                load.ceilings[household.id] = [in_kind - household.spent_in_kind, cash - household.spent_cash]
        owners = instance.owners()
        for option in plan:
            load.take(owners[option.need][0], instance.package(option.package), option.month)
        return load

    def blocker(self, household: Household, package: Package, month: int) -> str | None:
        """What stops one more such delivery: 'capacity', 'ceilings', 'budget' or None (it fits)."""
        if self.places.get((package.partner, household.region, month), 0) < 1:
            return "capacity"
        ceiling = self.ceilings.get(household.id)
        if ceiling is not None and (ceiling[0] < package.in_kind or ceiling[1] < package.cash):
            return "ceilings"
        if household.budget is None:
            return "budget"
        left = self.budgets[household.budget]
        if left[0] < package.in_kind or left[1] < package.cash:
            return "budget"
        return None

    def take(self, household: Household, package: Package, month: int) -> None:
        key = (package.partner, household.region, month)
        self.places[key] = self.places.get(key, 0) - 1
        if household.id in self.ceilings:
            self.ceilings[household.id][0] -= package.in_kind
            self.ceilings[household.id][1] -= package.cash
        if household.budget is not None:
            self.budgets[household.budget][0] -= package.in_kind
            self.budgets[household.budget][1] -= package.cash


def partner_load(instance: Instance, plan: Iterable[Option]) -> Counter[tuple[int, str, int]]:
    """Deliveries per (partner, region, month)."""
    owners = instance.owners()
    return Counter((instance.package(o.package).partner, owners[o.need][0].region, o.month) for o in plan)
