"""Reintegration allocations as a table: the packages accepted for each returnee, by delivery month, with their
amounts in euros (numbers, not text) and whether and when each was handed over."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.exports.columns import right_to_left
from desktop.i18n import tr
from desktop.labels import label
from desktop.places import place_name
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.reintegration.allocations import AllocationView


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
