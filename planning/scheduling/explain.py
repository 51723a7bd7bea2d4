"""Why a case is left unplaced — one deterministic, readable reason per case.

The reason looks at the plan as it is: which of the movements readiness allows were already full,
and of what (seats, medical-escort places, minor-escort places).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import timedelta

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


def _day(instance: Instance, day: int) -> str:
    return (instance.start + timedelta(days=day)).isoformat()


def reason(instance: Instance, case: CaseDemand, movements: Mapping[int, MovementSupply],
           load: Mapping[int, list[int]]) -> str:
    options = sorted((movements[m] for m in case.allowed if m in movements), key=lambda m: (m.day, m.id))
    if case.current is not None and case.current not in movements:
        prefix = f"its movement {case.current} was cancelled; "
    else:
        prefix = ""
    if not options:
        if case.not_ready_reason:
            return prefix + case.not_ready_reason
        return prefix + "readiness allows no movement in the planning horizon"
    full = {"seats": 0, "medical": 0, "minor": 0}
    for movement in options:
        used = load.get(movement.id, [0, 0, 0])
        if movement.seats - used[0] < case.people:
            full["seats"] += 1
        elif movement.medical_escort_places - used[1] < case.medical_escorts:
            full["medical"] += 1
        elif movement.minor_escort_places - used[2] < case.minor_escorts:
            full["minor"] += 1
    last = _day(instance, options[-1].day)
    count = len(options)
    noun = "movement" if count == 1 else "movements"
    if full["seats"] == count:
        never_fits = all(m.seats < case.people for m in options)
        if never_fits:
            return (prefix + f"household of {case.people} is larger than the seats on every allowed {noun} "
                    f"({count}, until {last})")
        return (prefix + f"no seat for {case.people} left on the {count} allowed {noun} "
                f"before its window closes on {last}")
    if full["medical"] and full["seats"] + full["medical"] == count:
        return prefix + f"medical-escort places are full on the allowed {noun} until {last}"
    if full["minor"] and full["seats"] + full["medical"] + full["minor"] == count:
        return prefix + f"minor-escort places are full on the allowed {noun} until {last}"
    room = count - sum(full.values())
    return prefix + (f"{room} of its {count} allowed {noun} still have room: the search stopped before placing it "
                     "(re-run with more time, or book it by hand)")
