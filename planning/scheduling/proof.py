"""What a plan proves, and why it moves bookings, in the words a coordinator reads.

"All people who can travel are placed (proven); waiting and cost within 0.8 % of optimal (proven)": the
first phase is proven when no plan could place more (weighted) people, the second is the distance of the
waiting and cost (€) to the least any plan placing as many people could have. Both are keyed lines
(`planning/scheduling/texts.py`), for `homeward plan` and the Movements page alike.
"""

from __future__ import annotations

from decimal import ROUND_UP, Decimal

from planning.messages import Count, Message, Phrase
from planning.scheduling.instance import Instance
from planning.scheduling.result import Move, MoveReason, PlanResult


def summary(result: PlanResult) -> Message:
    if result.terms.unplaced_people == 0:
        placement = Phrase.of("plan_proof.everyone_placed")
    elif result.placement_proven:
        placement = Phrase.of("plan_proof.all_placed")
    else:
        placement = Phrase.of("plan_proof.placed_open", placed=Count("person", result.terms.placed_people),
                              more=result.placement_gap)
    if result.bound <= 0 < result.objective:
        cost = Phrase.of("plan_proof.cost_open")
    elif result.gap <= 0:
        cost = Phrase.of("plan_proof.cost_optimal")
    else:
        cost = Phrase.of("plan_proof.cost_within", percent=percent(result.gap))
    return Message.of("plan_proof.summary", placement=placement, cost=cost)


def percent(gap: float) -> Decimal:
    """The gap in percent, rounded up to a tenth (never shown smaller than it is)."""
    return (Decimal(repr(gap)) * 100).quantize(Decimal("0.1"), rounding=ROUND_UP)


def move_line(instance: Instance, move: Move) -> Message:
    """One move of an existing booking and its reason."""
    movements = {m.id: m for m in instance.movements}
    cases = {c.id: c for c in instance.cases}

    def name(movement_id: int) -> str:
        movement = movements.get(movement_id)
        return movement.label or str(movement_id) if movement is not None else str(movement_id)

    case = cases[move.case_id].label or str(move.case_id)
    households = tuple(cases[c].label or str(c) for c in move.for_cases)
    before = name(move.before)
    after = name(move.after) if move.after is not None else ""
    if move.reason is MoveReason.CANCELLED:
        if move.after is None:
            return Message.of("plan_move.cancelled_left_out", case=case, before=before)
        return Message.of("plan_move.cancelled", case=case, before=before, after=after)
    if move.reason is MoveReason.NOT_READY:
        if move.after is None:
            return Message.of("plan_move.not_ready_left_out", case=case, before=before)
        return Message.of("plan_move.not_ready", case=case, before=before, after=after)
    if move.reason is MoveReason.LEFT_OUT:
        return Message.of("plan_move.left_out", case=case, before=before, households=households)
    if move.reason is MoveReason.EARLIER:
        assert move.after is not None
        days = movements[move.before].day - movements[move.after].day
        return Message.of("plan_move.earlier", case=case, before=before, after=after, days=Count("day", days))
    if move.reason is MoveReason.CHEAPER:
        return Message.of("plan_move.cheaper", case=case, before=before, after=after)
    return Message.of("plan_move.makes_room", case=case, before=before, after=after, households=households)
