"""A locked booking stays: the case travels on exactly its current movement."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    for case in instance.cases:
        if case.locked and case.current is not None:
            for movement_id, var in variables.by_case.get(case.id, ()):
                model.add(var == (1 if movement_id == case.current else 0))
