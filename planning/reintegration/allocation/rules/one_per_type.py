"""A person receives at most one package of each kind (one need per kind, met once, in one month)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.reintegration.allocation.instance import Instance
from planning.reintegration.allocation.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    for options in variables.by_need.values():
        if len(options) > 1:
            model.add_at_most_one(var for _, var in options)
