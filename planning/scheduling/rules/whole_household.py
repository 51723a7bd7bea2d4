"""A household travels whole on one movement, or not at all (its people are never split)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.variables import Variables


def build(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    # One variable per household and movement carries all its people, so "whole" is structural;
    # this rule keeps the household on at most one movement.
    # (A case standing for several identical households puts at most that many on movements.)
    for case in instance.cases:
        options = [var for _, var in variables.by_case.get(case.id, ())]
        count = variables.count(case.id)
        if count > 1:
            model.add(cp_model.LinearExpr.sum(options) <= count)
        elif len(options) > 1:
            model.add_at_most_one(options)
