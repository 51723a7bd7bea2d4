"""The baseline coordinators use today: first come, first served, no look-ahead, no eye on skills in demand.

Households in order of arrival (then id); within a household the urgent needs first, vulnerable
people first among equals; each need gets the first package of the catalogue (by id) that the person
is eligible for, in the earliest month its lead time allows where the partner still has a place and
the household's ceilings and its budget still have room.
"""

from __future__ import annotations

from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.load import Load
from planning.reintegration.allocation.options import candidates


def plan(instance: Instance) -> frozenset[Option]:
    options = candidates(instance)
    load = Load.of(instance)
    chosen: list[Option] = []
    for household in sorted(instance.households, key=lambda h: (h.arrival_month, h.id)):
        people = {p.id: p for p in household.people}
        for need in sorted(household.needs, key=lambda n: (n.priority, not people[n.person].vulnerable, n.id)):
            for option in sorted(options.get(need.id, ()), key=lambda o: (o.month, o.package)):
                package = instance.package(option.package)
                if load.blocker(household, package, option.month) is None:
                    load.take(household, package, option.month)
                    chosen.append(option)
                    break
    return frozenset(chosen)
