"""Why a case is left unplaced — one deterministic reason per case, a keyed `Message` (`texts.py`).

The reason looks at the plan as it is: which of the movements readiness allows were already full,
and of what (seats, medical-escort places, minor-escort places).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta

from planning.messages import Count, Message
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply
from planning.scheduling.result import Unplaced


def unplaced(instance: Instance, plan: Mapping[int, int]) -> tuple[Unplaced, ...]:
    movements = {m.id: m for m in instance.movements}
    load: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    cases = {c.id: c for c in instance.cases}
    for case_id, movement_id in plan.items():
        used = load[movement_id]
        case = cases[case_id]
        used[0] += case.people
        used[1] += case.medical_escorts
        used[2] += case.minor_escorts
    return tuple(Unplaced(case.id, reason(instance, case, movements, load))
                 for case in sorted(instance.cases, key=lambda c: c.id) if case.id not in plan)


def _day(instance: Instance, day: int) -> date:
    return instance.start + timedelta(days=day)


def reason(instance: Instance, case: CaseDemand, movements: Mapping[int, MovementSupply],
           load: Mapping[int, list[int]]) -> Message:
    why = _why(instance, case, movements, load)
    if case.current is not None and case.current not in movements:
        return Message.of("unplaced.movement_cancelled", movement=str(case.current), reason=why)
    return why


def _why(instance: Instance, case: CaseDemand, movements: Mapping[int, MovementSupply],
         load: Mapping[int, list[int]]) -> Message:
    options = [movements[m] for m in case.allowed if m in movements]  # the order does not matter, the last day does
    if not options:
        return case.not_ready_reason or Message.of("unplaced.no_movement_allowed")
    full = {"seats": 0, "medical": 0, "minor": 0}
    for movement in options:
        used = load.get(movement.id, [0, 0, 0])
        if movement.seats - used[0] < case.people:
            full["seats"] += 1
        elif movement.medical_escort_places - used[1] < case.medical_escorts:
            full["medical"] += 1
        elif movement.minor_escort_places - used[2] < case.minor_escorts:
            full["minor"] += 1
    last = _day(instance, max(m.day for m in options))
    count = len(options)
    allowed = Count("allowed_movement", count)
    if full["seats"] == count:
        if all(m.seats < case.people for m in options):
            return Message.of("unplaced.too_large", people=case.people, movements=Count("movement", count), last=last)
        return Message.of("unplaced.no_seat_left", people=case.people, movements=allowed, last=last)
    if full["medical"] and full["seats"] + full["medical"] == count:
        return Message.of("unplaced.medical_escorts_full", movements=allowed, last=last)
    if full["minor"] and full["seats"] + full["medical"] + full["minor"] == count:
        return Message.of("unplaced.minor_escorts_full", movements=allowed, last=last)
    return Message.of("unplaced.search_stopped", room=count - sum(full.values()), movements=allowed)
