"""The planner's hard rules, one module each; every module has `build(instance, model, variables)`."""

from __future__ import annotations

from collections.abc import Callable

from ortools.sat.python import cp_model

from planning.scheduling.instance import Instance
from planning.scheduling.rules import (
    charter_used,
    locked_bookings,
    medical_escorts,
    minor_escorts,
    seats,
    whole_household,
)
from planning.scheduling.variables import Variables

Rule = Callable[[Instance, cp_model.CpModel, Variables], None]

#: Every hard rule by its name (the name the validator and the infeasibility errors use).
RULES: dict[str, Rule] = {
    "whole_household": whole_household.build,
    "seats": seats.build,
    "medical_escorts": medical_escorts.build,
    "minor_escorts": minor_escorts.build,
    "locked_bookings": locked_bookings.build,
    "charter_used": charter_used.build,
}


def build_all(instance: Instance, model: cp_model.CpModel, variables: Variables) -> None:
    for build in RULES.values():
        build(instance, model, variables)
