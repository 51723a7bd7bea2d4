"""An independent check of any plan against the instance — shares no code with the model.

Used on every plan the solver and the greedy baseline produce, on plans a coordinator edits, and to
explain why locked bookings cannot all be kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from planning.messages import Count, Message
from planning.scheduling.instance import Instance


@dataclass(frozen=True)
class Violation:
    rule: str  # the rule's name, as in planning.scheduling.rules.RULES
    message: Message  # a `plan_rule.*` key of planning/scheduling/texts.py
    case_ids: tuple[int, ...] = ()
    movement_id: int | None = None

    def __str__(self) -> str:
        return f"{self.rule}: {self.message.english()}"


def check(instance: Instance, plan: Mapping[int, int]) -> list[Violation]:
    """Every broken rule in `plan` ({case id: movement id}); empty when the plan is valid."""
    cases = {c.id: c for c in instance.cases}
    movements = {m.id: m for m in instance.movements}
    violations: list[Violation] = []
    passengers: dict[int, list[int]] = defaultdict(list)
    for case_id, movement_id in sorted(plan.items()):
        case = cases.get(case_id)
        if case is None:
            violations.append(Violation("whole_household", Message.of("plan_rule.unknown_case", case=str(case_id)),
                                        (case_id,)))
            continue
        name = case.label or str(case.id)
        if movement_id not in movements:
            violations.append(Violation("whole_household", Message.of(
                "plan_rule.unknown_movement", case=name, movement=str(movement_id)), (case_id,), movement_id))
            continue
        if movement_id not in case.allowed:
            violations.append(Violation("readiness", Message.of(
                "plan_rule.not_ready", case=name, movement=movements[movement_id].label or str(movement_id)),
                (case_id,), movement_id))
        passengers[movement_id].append(case_id)
    for case in instance.cases:
        if case.locked and plan.get(case.id) != case.current:
            locked_on = movements.get(case.current) if case.current is not None else None
            violations.append(Violation("locked_bookings", Message.of(
                "plan_rule.locked_elsewhere", case=case.label or str(case.id),
                movement=(locked_on.label if locked_on else "") or str(case.current)), (case.id,), case.current))
    for movement_id, booked in sorted(passengers.items()):
        movement = movements[movement_id]
        name = movement.label or str(movement_id)
        for rule, need, capacity, noun in (
            ("seats", sum(cases[c].people for c in booked), movement.seats, "seat"),
            ("medical_escorts", sum(cases[c].medical_escorts for c in booked), movement.medical_escort_places,
             "medical_escort_place"),
            ("minor_escorts", sum(cases[c].minor_escorts for c in booked), movement.minor_escort_places,
             "minor_escort_place"),
        ):
            if need > capacity:
                violations.append(Violation(rule, Message.of(
                    "plan_rule.over_capacity", movement=name, capacity=Count(noun, capacity), need=need),
                    tuple(booked), movement_id))
    return violations


def locked_plan(instance: Instance) -> dict[int, int]:
    """Only the locked bookings, as a plan."""
    return {c.id: c.current for c in instance.cases if c.locked and c.current is not None}
