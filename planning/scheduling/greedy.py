"""The baseline coordinators use today: first come, first served, no look-ahead.

Households in order of their decision (then id); each is put on the earliest movement its readiness
allows that still has room for the whole household (seats and escort places). Locked bookings are
placed first, where they are (and, when re-planning, the bookings `kept`).
"""

from __future__ import annotations

from collections.abc import Mapping

from planning.scheduling.instance import Instance


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
