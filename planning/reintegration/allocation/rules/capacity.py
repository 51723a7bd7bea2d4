"""A partner delivers no more packages in a region and month than its capacity there (none without a row)."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    owners = instance.owners()
    places = instance.places()
    load: dict[tuple[int, str, int], list[cp_model.IntVar]] = defaultdict(list)
    for option, var in variables.x.items():
        partner = instance.package(option.package).partner
        load[partner, owners[option.need][0].region, option.month].append(var)
    for key, used in load.items():
        available = places.get(key, 0)
        if len(used) > available:
            model.add(sum(used) <= available)
