"""A plan the planner proposed, as the coordinator has edited it, as two tables: who goes on which movement
(with the waiting, the change to an existing booking, the lock) and who is left out, and why."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.exports.columns import right_to_left, yes_no
from desktop.i18n import tr
from desktop.labels import day
from desktop.places import country_name
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.scheduling.instance import CaseDemand

if TYPE_CHECKING:
    from desktop.pages.movements_result import PlanResultView


def placed_columns() -> tuple[Column, ...]:
    return (Column(tr("Movement")), Column(tr("Departure (UTC)"), CellKind.DATETIME), Column(tr("Country")),
            Column(tr("Case"), width=17), Column(tr("Head of household")), Column(tr("People"), CellKind.INTEGER),
            Column(tr("Vulnerable people"), CellKind.INTEGER), Column(tr("Days waiting"), CellKind.INTEGER),
            Column(tr("Change"), width=40), Column(tr("Locked"), width=8))


def left_out_columns() -> tuple[Column, ...]:
    return (Column(tr("Case"), width=17), Column(tr("Head of household")), Column(tr("People"), CellKind.INTEGER),
            Column(tr("Vulnerable people"), CellKind.INTEGER), Column(tr("Why not placed"), width=60))


def plan_sheets(view: PlanResultView) -> list[Sheet]:
    """The plan shown, read now (on the window's thread): the rows are plain values the worker writes."""
    run = view.run
    assert run is not None
    instance = run.instance
    cases = {c.id: c for c in instance.cases}
    on: dict[int, list[CaseDemand]] = defaultdict(list)
    for case_id, movement_id in view.assignments.items():
        on[movement_id].append(cases[case_id])
    placed: list[tuple[Cell, ...]] = []
    for movement in sorted(instance.movements, key=lambda m: (m.day, m.label)):
        shown = run.movements.get(movement.id)
        departs: Cell = shown.departure_at if shown else \
            datetime.combine(instance.start + timedelta(days=movement.day), datetime.min.time())
        country = country_name(shown.country, shown.country_name) if shown else country_name(movement.country)
        for case in sorted(on.get(movement.id, []), key=lambda c: c.label):
            placed.append((movement.label or str(movement.id), departs, country, case.label or str(case.id),
                           head(view, case), case.people, case.vulnerable_people, movement.day - case.decided_day,
                           view.change_text(case, movement), yes_no(case.id in view.locked)))
    left_out = [(case.label or str(case.id), head(view, case), case.people, case.vulnerable_people,
                 view.why_not_placed(case)) for case in view.left_out()]
    period = tr("Departures {start} to {end}").format(start=day(run.start), end=day(run.end))
    rtl = right_to_left()
    return [Sheet("placed", tr("Placed"), placed_columns(), placed, right_to_left=rtl, expected=len(placed),
                  notes=(period,)),
            Sheet("not_placed", tr("Not placed"), left_out_columns(), left_out, right_to_left=rtl,
                  expected=len(left_out), notes=(period,))]


def head(view: PlanResultView, case: CaseDemand) -> str | None:
    row = view.run.cases.get(case.id) if view.run else None
    return row.head_name if row else None
