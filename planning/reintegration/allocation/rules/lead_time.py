"""Delivery in a month within the package's lead time after the household's arrival (and not in the past)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.options import months
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    owners = instance.owners()
    for option, var in variables.x.items():
        household = owners[option.need][0]
        if option.month not in months(instance, household, instance.package(option.package)):
            model.add(var == 0)
