"""Anyone on a charter means the charter flies (and its fixed cost is paid)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    for movement_id, used in variables.used.items():
        for case_id, var in variables.by_movement.get(movement_id, ()):
            count = variables.count(case_id)
            if count > 1:
                model.add(var <= count * used)
            else:
                model.add_implication(var, used)
