"""The medical-escort places a movement's households need fit the places it has."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    needs = {case.id: case.medical_escorts for case in instance.cases if case.medical_escorts}
    for movement in instance.movements:
        booked = [(needs[case_id], var, variables.count(case_id))
                  for case_id, var in variables.by_movement.get(movement.id, ()) if case_id in needs]
        if sum(need * count for need, _, count in booked) > movement.medical_escort_places:
            model.add(cp_model.LinearExpr.weighted_sum([var for _, var, _ in booked], [need for need, _, _ in booked])
                      <= movement.medical_escort_places)
