"""The households booked on the selected movement, with lock, move and remove through the booking service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import escorts, label, route, when
from desktop.pages.case_file_common import heading, hint, select_row, selected_key, table
from desktop.readiness_words import line, resolution
from planning.booking_service import MOVABLE
from planning.movements import MovementView, PassengerView
from planning.vocabulary import BookingStatus, MovementStatus

LINK = "#1a5fb4"
COLUMNS = (QT_TR_NOOP("Case"), QT_TR_NOOP("Household"), QT_TR_NOOP("Seats"), QT_TR_NOOP("Escorts"),
           QT_TR_NOOP("Booking"), QT_TR_NOOP("Locked"), QT_TR_NOOP("At risk"))
RISK = "#a15c00"
CHOOSE_MOVEMENT = QT_TR_NOOP("Choose a movement")


def escort_text(passenger: PassengerView) -> str:
    parts = []
    if passenger.medical_escorts:
        parts.append(tr("medical {count}").format(count=passenger.medical_escorts))
    if passenger.minor_escorts:
        parts.append(tr("minors {count}").format(count=passenger.minor_escorts))
    return " · ".join(parts)


def risk_text(passenger: PassengerView) -> str:
    """Every reason the booking is at risk, with what resolves it."""
    return "\n".join(f"{line(r)}\n  → {resolution(r)}" for r in passenger.at_risk)


class BookingsPanel(QWidget):
    """Passengers of one movement; actions ask the page, which runs the booking service."""

    case_opened = Signal(int)
    lock_requested = Signal(object, bool)  # PassengerView, locked
    move_requested = Signal(object)  # PassengerView
    remove_requested = Signal(object)  # PassengerView
    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.movement: MovementView | None = None
        self.rows: tuple[PassengerView, ...] = ()
        self.title = heading(tr("Passengers"))
        self.facts = hint(tr("Choose a movement in the register to see who is booked on it."))
        self.table = table([tr(c) for c in COLUMNS], stretch=1)
        self.table.setAccessibleName(tr("Passengers"))
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open_row(row))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(tr("Open case file"))
        self.lock_button = QPushButton(tr("Lock"))
        self.lock_button.setToolTip(tr("A locked booking stays where it is when the planner runs again"))
        self.move_button = QPushButton(tr("Move…"))
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.setObjectName("dangerButton")
        self.checkin_button = QPushButton(tr("Check in…"))
        self.checkin_button.setToolTip(tr("The departure check-in sheet (on the departure day)"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.lock_button.clicked.connect(self._toggle_lock)
        self.move_button.clicked.connect(lambda: self._emit(self.move_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.checkin_button.clicked.connect(self.checkin_requested)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.lock_button, self.move_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.checkin_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_movement(None, ())

    def set_movement(self, movement: MovementView | None, passengers: Sequence[PassengerView],
                     *, checkin_refused: str | None = CHOOSE_MOVEMENT) -> None:
        keep = selected_key(self.table)
        self.movement = movement
        self.rows = tuple(passengers)
        if movement is None:
            self.title.setText(tr("Passengers"))
            self.facts.setText(tr("Choose a movement in the register to see who is booked on it."))
        else:
            self.title.setText(tr("Passengers of {code}").format(code=movement.code))
            people = sum(p.seats for p in passengers if p.status is not BookingStatus.CANCELLED)
            risky = sum(1 for p in passengers if p.at_risk)
            self.facts.setText(" · ".join([
                *([f"<b style='color:{RISK}'>" + tr("⚠ %n booking(s) at risk", None, risky) + "</b>"] if risky else []),
                route(movement),
                tr("departs {when} UTC").format(when=when(movement.departure_at)),
                label(movement.status),
                tr("<b>{households}, {people}</b>").format(households=tr("%n household(s)", None, len(self.rows)),
                                                          people=tr("%n people", None, people)),
                tr("{free} of {capacity} seats free").format(free=movement.free_seats, capacity=movement.capacity),
                tr("escorts free: {escorts}").format(escorts=escorts(movement))]))
        self.table.setRowCount(len(self.rows))
        for r, passenger in enumerate(self.rows):
            names = [name for _, name in passenger.members] or [passenger.head_name]
            risk = risk_text(passenger)
            cells = (passenger.reference, ", ".join(names), str(passenger.seats),
                     escort_text(passenger), label(passenger.status), tr("Locked") if passenger.locked else "",
                     ("⚠ " + line(passenger.at_risk[0])) if passenger.at_risk else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(risk if c == 6 and risk else text if c else tr("Double-click to open the case file"))
                if passenger.at_risk and c:
                    item.setForeground(QBrush(QColor(RISK)))
                item.setData(Qt.ItemDataRole.UserRole, passenger.booking_id)
                if c == 0:
                    item.setForeground(QBrush(QColor(LINK)))
                    font = QFont()
                    font.setUnderline(True)
                    item.setFont(font)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        ids = [p.booking_id for p in self.rows]
        if keep in ids:
            select_row(self.table, ids.index(keep))
        if movement is None or checkin_refused is CHOOSE_MOVEMENT:
            checkin_refused = tr(CHOOSE_MOVEMENT)
        self.checkin_button.setEnabled(movement is not None and checkin_refused is None)
        self.checkin_button.setToolTip(checkin_refused or tr("Open the departure check-in sheet"))
        self._update_buttons()

    def selected(self) -> PassengerView | None:
        key = selected_key(self.table)
        return next((p for p in self.rows if p.booking_id == key), None)

    def _update_buttons(self) -> None:
        passenger = self.selected()
        movement_open = self.movement is not None and self.movement.status in (MovementStatus.PLANNED,
                                                                              MovementStatus.CONFIRMED)
        movable = passenger is not None and movement_open and passenger.status in MOVABLE
        self.open_button.setEnabled(passenger is not None)
        self.lock_button.setEnabled(movable)
        self.lock_button.setText(tr("Unlock") if passenger is not None and passenger.locked else tr("Lock"))
        self.move_button.setEnabled(movable)
        self.remove_button.setEnabled(passenger is not None and movement_open
                                      and passenger.status is not BookingStatus.CANCELLED)

    def _emit(self, signal: SignalInstance) -> None:
        passenger = self.selected()
        if passenger is not None:
            signal.emit(passenger)

    def _toggle_lock(self) -> None:
        passenger = self.selected()
        if passenger is not None:
            self.lock_requested.emit(passenger, not passenger.locked)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.case_opened.emit(self.rows[row].case_id)

