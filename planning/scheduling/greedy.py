"""The baseline coordinators use today: first come, first served, no look-ahead.

Households in order of their decision (then id); each is put on the earliest movement its readiness
allows that still has room for the whole household (seats and escort places). Locked bookings are
placed first, where they are (and, when re-planning, the bookings `kept`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from planning.scheduling.instance import Instance

if TYPE_CHECKING:
    from planning.scheduling.pairs import Ints, Pairs


def plan(instance: Instance, kept: Mapping[int, int] | None = None) -> dict[int, int]:
    """The first-come-first-served plan; `kept` (case id → movement id, a valid partial plan) is placed first."""
    movements = {m.id: m for m in instance.movements}
    seats = {m.id: m.seats for m in instance.movements}
    medical = {m.id: m.medical_escort_places for m in instance.movements}
    minor = {m.id: m.minor_escort_places for m in instance.movements}
    result: dict[int, int] = {}

    def book(case_id: int, movement_id: int, people: int, medical_need: int, minor_need: int) -> None:
        result[case_id] = movement_id
        seats[movement_id] -= people
        medical[movement_id] -= medical_need
        minor[movement_id] -= minor_need

    for case in instance.cases:
        if case.locked and case.current is not None:
            book(case.id, case.current, case.people, case.medical_escorts, case.minor_escorts)
        elif kept is not None and case.id in kept:
            book(case.id, kept[case.id], case.people, case.medical_escorts, case.minor_escorts)
    for case in sorted(instance.cases, key=lambda c: (c.decided_day, c.id)):
        if case.id in result:
            continue
        for movement_id in sorted((m for m in case.allowed if m in movements),
                                  key=lambda m: (movements[m].day, m)):
            if (seats[movement_id] >= case.people and medical[movement_id] >= case.medical_escorts
                    and minor[movement_id] >= case.minor_escorts):
                book(case.id, movement_id, case.people, case.medical_escorts, case.minor_escorts)
                break
    return result


def plan_on(pairs: Pairs, kept: Ints | None = None) -> Ints:
    """The same plan on the candidate arrays (per case, a movement index or -1): what the solver starts from,
    without sorting a million options again. `kept` (per case, -1 or a movement index) is placed first."""
    seats = pairs.seats.copy()
    medical = pairs.medical_places.copy()
    minor = pairs.minor_places.copy()
    count = pairs.people.shape[0]
    assigned = np.full(count, -1, np.int64)
    people, needs_medical, needs_minor = pairs.people.tolist(), pairs.medical.tolist(), pairs.minor.tolist()
    start, movement = pairs.start.tolist(), pairs.movement.tolist()

    def book(case: int, target: int) -> None:
        assigned[case] = target
        seats[target] -= people[case]
        medical[target] -= needs_medical[case]
        minor[target] -= needs_minor[case]

    for case in np.nonzero(pairs.locked >= 0)[0].tolist():
        book(case, movement[int(pairs.locked[case])])
    if kept is not None:
        for case in np.nonzero((kept >= 0) & (pairs.locked < 0))[0].tolist():
            book(case, int(kept[case]))
    seats_left, medical_left, minor_left = seats.tolist(), medical.tolist(), minor.tolist()
    decided = np.fromiter((c.decided_day for c in pairs.instance.cases), np.int64, count)
    for case in np.lexsort((np.arange(count), decided)).tolist():
        if assigned[case] >= 0:
            continue
        size, medical_need, minor_need = people[case], needs_medical[case], needs_minor[case]
        for target in movement[start[case]:start[case + 1]]:
            if (seats_left[target] >= size and medical_left[target] >= medical_need
                    and minor_left[target] >= minor_need):
                assigned[case] = target
                seats_left[target] -= size
                medical_left[target] -= medical_need
                minor_left[target] -= minor_need
                break
    return assigned
