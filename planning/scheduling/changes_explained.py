"""Why a re-plan moves an existing booking: one reason per move, for the coordinator to judge it.

Read from the plan as it is, like the reasons for households left unplaced (`planning.scheduling.explain`):
its movement is gone or no longer allowed; it now leaves earlier, or as early for less; or its seats went
to other households — the ones now on its former movement that were not there before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from planning.scheduling.instance import Instance
from planning.scheduling.result import Move, MoveReason


def moves(instance: Instance, plan: Mapping[int, int]) -> tuple[Move, ...]:
    movements = {m.id: m for m in instance.movements}
    arriving: dict[int, list[int]] = defaultdict(list)
    for case in instance.cases:
        target = plan.get(case.id)
        if target is not None and target != case.current:
            arriving[target].append(case.id)
    found = []
    for case in sorted(instance.cases, key=lambda c: c.id):
        before, after = case.current, plan.get(case.id)
        if before is None or before == after:
            continue
        others = tuple(sorted(arriving.get(before, ())))
        if before not in movements:
            reason = MoveReason.CANCELLED
        elif before not in case.allowed:
            reason = MoveReason.NOT_READY
        elif after is None:
            reason = MoveReason.LEFT_OUT
        elif movements[after].day < movements[before].day:
            reason = MoveReason.EARLIER
        elif movements[after].day == movements[before].day and (
                movements[after].cost_per_seat < movements[before].cost_per_seat):
            reason = MoveReason.CHEAPER
        else:
            reason = MoveReason.MAKES_ROOM
        keep = reason in (MoveReason.LEFT_OUT, MoveReason.MAKES_ROOM, MoveReason.EARLIER, MoveReason.CHEAPER)
        found.append(Move(case.id, before, after, case.confirmed, reason, others if keep else ()))
    return tuple(found)
