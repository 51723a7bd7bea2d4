"""The people booked on a movement fit its seats for returnees."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    people = {case.id: case.people for case in instance.cases}
    for movement in instance.movements:
        booked = variables.by_movement.get(movement.id, ())
        if sum(people[case_id] * variables.count(case_id) for case_id, _ in booked) > movement.seats:
            model.add(cp_model.LinearExpr.weighted_sum([var for _, var in booked],
                                                       [people[case_id] for case_id, _ in booked]) <= movement.seats)
