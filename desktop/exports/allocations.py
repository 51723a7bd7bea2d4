"""Reintegration allocations as a table: the packages accepted for each returnee, by delivery month, with their
amounts in euros (numbers, not text) and whether and when each was handed over; or an allocation proposed and
not yet accepted, each need with its package or why it is unmet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import label, stored_label
from desktop.places import place_name
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.reintegration.allocations import AllocationView
from planning.storage.models.reintegration import PackageKind

if TYPE_CHECKING:
    from desktop.pages.reintegration_plan import ReviewRow


def columns() -> tuple[Column, ...]:
    return (Column(tr("Delivery month"), CellKind.MONTH), Column(tr("Case"), width=17), Column(tr("Person")),
            Column(tr("Package"), width=30), Column(tr("Kind")), Column(tr("Partner")), Column(tr("Region")),
            Column(tr("In kind (€)"), CellKind.AMOUNT, width=12), Column(tr("Cash (€)"), CellKind.AMOUNT, width=12),
            Column(tr("Status")), Column(tr("Handed over on"), CellKind.DATE))


def cells(a: AllocationView) -> tuple[Cell, ...]:
    return (a.delivery_month, a.reference, a.person, a.package, label(a.kind), a.partner,
            place_name(a.region) or None, a.in_kind, a.cash, label(a.status), a.delivered_on)


def allocations_sheet(rows: Sequence[AllocationView]) -> Sheet:
    return Sheet("allocations", tr("Reintegration allocations"), columns(), [cells(a) for a in rows],
                 right_to_left=right_to_left(), expected=len(rows))


def proposed_columns() -> tuple[Column, ...]:
    return (Column(tr("Case"), width=17), Column(tr("Person")), Column(tr("Need")), Column(tr("Package"), width=30),
            Column(tr("Delivery month"), CellKind.MONTH), Column(tr("Partner")), Column(tr("Region")),
            Column(tr("In kind (€)"), CellKind.AMOUNT, width=12), Column(tr("Cash (€)"), CellKind.AMOUNT, width=12),
            Column(tr("Note"), width=50))


def proposed_cells(row: ReviewRow) -> tuple[Cell, ...]:
    """A planned package (new, or kept as accepted before), or a need left unmet with why."""
    need = stored_label(PackageKind, row.kind)
    p = row.planned
    if p is None:
        return (row.reference, row.person, need, None, None, None, None, None, None, row.note())
    return (row.reference, row.person, need, p.package, p.month, p.partner, place_name(p.region) or None,
            p.in_kind, p.cash, tr("kept", "allocated package") if p.kept else tr("new", "allocated package"))


def proposed_sheet(rows: Sequence[ReviewRow]) -> Sheet:
    """An allocation proposed and not yet accepted, as the review shows it."""
    return Sheet("proposed_allocation", tr("Proposed allocation"), proposed_columns(),
                 [proposed_cells(r) for r in rows], right_to_left=right_to_left(), expected=len(rows))
