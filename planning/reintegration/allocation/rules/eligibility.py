"""Only a package the person is eligible for: kind, region served, age, head of household, vulnerability, skill."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.options import ineligible
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    owners = instance.owners()
    for option, var in variables.x.items():
        household, person, need = owners[option.need]
        if ineligible(instance.package(option.package), household, person, need) is not None:
            model.add(var == 0)
