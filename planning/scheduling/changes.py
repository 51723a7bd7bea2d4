"""Changes between two plannings, as new instances: bookings taken over, a withdrawal, a cancelled
movement, new cases. Re-planning is then `plan(changed, hint=previous)` (see `solver.replan`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from planning.scheduling.instance import CaseDemand, Instance


def with_bookings(instance: Instance, plan: Mapping[int, int], locked: Iterable[int] = ()) -> Instance:
    """The instance with `plan` as everyone's current booking (`locked` case ids must stay)."""
    keep = set(locked)
    return replace(instance, cases=tuple(
        replace(case, current=plan.get(case.id), locked=case.id in keep and case.id in plan)
        for case in instance.cases))


def withdraw(instance: Instance, case_id: int) -> Instance:
    """A household withdrew (S2): it leaves every movement; its seats are free again."""
    return replace(instance, cases=tuple(case for case in instance.cases if case.id != case_id))


def cancel_movement(instance: Instance, movement_id: int) -> Instance:
    """A movement is cancelled: its passengers lose their booking (and any lock on it)."""
    def rebook(case: CaseDemand) -> CaseDemand:
        if case.current == movement_id:
            case = replace(case, current=None, locked=False)
        return replace(case, allowed=case.allowed - {movement_id})

    return replace(instance, cases=tuple(rebook(case) for case in instance.cases),
                   movements=tuple(m for m in instance.movements if m.id != movement_id))


def add_cases(instance: Instance, cases: Iterable[CaseDemand]) -> Instance:
    return replace(instance, cases=instance.cases + tuple(cases))
