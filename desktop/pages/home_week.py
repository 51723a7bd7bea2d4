"""Home's week: departures and arrivals, follow-ups by monitor, bookings at risk, expiries before travel, referrals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum, auto

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.labels import day, label, number, when
from desktop.places import country_name
from desktop.readiness_words import message
from monitoring.due import MonitorLoad
from planning.at_risk import AtRisk
from planning.week import Expiring, Trip, WaitingReferral


class Opens(Enum):
    """What a row opens."""

    CASE = auto()
    MOVEMENT = auto()
    FOLLOW_UPS = auto()


#: What a row opens: a case, a movement (and the day it departs), or the follow-ups due.
Target = tuple[Opens, int | None, date | None]
ATTENTION = "#a15c00"
LATE = "#b3261e"


class WeekTable(QGroupBox):
    """A titled table whose rows each open a record (double-click or Enter); an empty table says so."""

    opened = Signal(object)  # Target

    def __init__(self, title: str, headers: Sequence[str], empty: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.empty_text = empty
        self.targets: list[Target] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setToolTip(tr("Double-click a row, or press Enter, to open it"))
        self.table.activated.connect(self._activated)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(240)
        self.note = QLabel(tr("Loading…"))
        self.note.setObjectName("weekNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def loading(self) -> None:
        self.note.setText(tr("Loading…"))
        self.note.show()

    def fill(self, rows: Sequence[tuple[Sequence[str], Target, str | None]], shown_of: int | None = None) -> None:
        """Rows of (cells, what the row opens, the colour of its text or None)."""
        self.targets = [target for _, target, _ in rows]
        self.table.setRowCount(len(rows))
        for r, (cells, _, colour) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(r, c, item)
        if not rows:
            self.note.setText(self.empty_text)
            self.note.show()
        elif shown_of is not None and shown_of > len(rows):
            self.note.setText(tr("The first {shown} of {total}").format(shown=number(len(rows)),
                                                                         total=number(shown_of)))
            self.note.show()
        else:
            self.note.hide()
        self.table.setVisible(bool(rows))

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.targets):
            self.opened.emit(self.targets[index.row()])


def trip_rows(trips: Sequence[Trip], arriving: bool) -> list[tuple[Sequence[str], Target, str | None]]:
    rows: list[tuple[Sequence[str], Target, str | None]] = []
    for trip in trips:
        moment = trip.arrival_at if arriving else trip.departure_at
        free = tr("full") if trip.free_seats == 0 else number(trip.free_seats)
        cells = (when(moment), trip.code, country_name(trip.country_code, trip.country_name),
                 number(trip.households), number(trip.people), free if not arriving else number(trip.capacity),
                 label(trip.status))
        rows.append((cells, (Opens.MOVEMENT, trip.movement_id, trip.departure_at.date()), None))
    return rows


def monitor_rows(loads: Sequence[MonitorLoad], today: date) -> list[tuple[Sequence[str], Target, str | None]]:
    return [((load.monitor or tr("unassigned"), number(load.due_today), number(load.overdue),
              day(load.oldest_due_on) if load.oldest_due_on else "—",
              tr("%n day(s)", None, (today - load.oldest_due_on).days) if load.oldest_due_on else ""),
             (Opens.FOLLOW_UPS, None, None), LATE if load.overdue else None)
            for load in loads]


def risk_rows(risky: Sequence[AtRisk]) -> list[tuple[Sequence[str], Target, str | None]]:
    rows: list[tuple[Sequence[str], Target, str | None]] = []
    for item in risky:
        why = message(item.reasons[0]) if item.reasons else tr("no reason recorded")
        more = len(item.reasons) - 1
        if more > 0:
            why += " " + tr("(and %n more)", None, more)
        rows.append(((item.reference, item.movement_code, when(item.departure_at), why),
                     (Opens.CASE, item.case_id, None), ATTENTION))
    return rows


def expiry_rows(expiring: Sequence[Expiring]) -> list[tuple[Sequence[str], Target, str | None]]:
    return [((item.reference, label(item.what), item.subject, day(item.valid_until), item.movement_code,
              day(item.departure_at.date())), (Opens.CASE, item.case_id, None), ATTENTION)
            for item in expiring]


def referral_rows(waiting: Sequence[WaitingReferral], today: date) -> list[tuple[Sequence[str], Target, str | None]]:
    return [((item.reference, item.head_name, day(item.raised_on),
              day(item.referred_on) if item.referred_on else tr("not yet referred"),
              tr("%n day(s)", None, item.waiting_days(today))), (Opens.CASE, item.case_id, None), None)
            for item in waiting]


def sections() -> dict[str, WeekTable]:
    """The week's tables, by name, each with its headers and what it says when there is nothing."""
    made: dict[str, tuple[str, tuple[str, ...], str]] = {
        "departures": (tr("Departures this week and next"),
                       (tr("Departs"), tr("Movement"), tr("Country"), tr("Households"), tr("People"),
                        tr("Free seats"), tr("Status")), tr("No departure this week or the next.")),
        "arrivals": (tr("Arrivals this week and next"),
                     (tr("Arrives"), tr("Movement"), tr("Country"), tr("Households"), tr("People"),
                      tr("Seats"), tr("Status")), tr("No arrival this week or the next.")),
        "follow_ups": (tr("Follow-ups due today and overdue, by monitor"),
                       (tr("Monitor"), tr("Due today"), tr("Overdue"), tr("Oldest due"), tr("Waiting")),
                       tr("No follow-up due today or overdue.")),
        "at_risk": (tr("Bookings at risk"), (tr("Case"), tr("Movement"), tr("Departs"), tr("Why")),
                    tr("No booking at risk.")),
        "expiring": (tr("Expiring before the travel date"),
                     (tr("Case"), tr("What"), tr("Whose"), tr("Ends"), tr("Movement"), tr("Travels")),
                     tr("Nothing a booked household needs ends before it travels.")),
        "referrals": (tr("Protection referrals waiting for an outcome"),
                      (tr("Case"), tr("Head of household"), tr("Raised"), tr("Referred"), tr("Waiting")),
                      tr("No protection referral is waiting.")),
    }
    return {name: WeekTable(title, headers, empty) for name, (title, headers, empty) in made.items()}


def connect(tables: dict[str, WeekTable], opened: Callable[[object], None]) -> None:
    for table in tables.values():
        table.opened.connect(opened)

