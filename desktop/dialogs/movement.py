"""Movement dialogs: add or edit a movement with its legs, cancel it, and move or remove a booking on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import CountryBox, EnumBox
from desktop.i18n import tr
from desktop.labels import route, when
from planning import booking_service, messages, movements
from planning.errors import HomewardError, ValidationError
from planning.messages import Message, Phrase, Value
from planning.movements import LegDraft, MovementDraft, MovementView, PassengerView
from planning.storage.store import Store
from planning.vocabulary import MovementKind, MovementStatus

TIME_FORMAT = "yyyy-MM-dd HH:mm"
LEG_FIELDS = ("origin", "destination", "departure_at", "arrival_at", "carrier", "transit_visa_required")
MAX_LEGS = 12
_LEG_FIELD = re.compile(r"legs\[(\d+)\]\.(\w+)")


class DateTimeField(QDateTimeEdit):
    """A date and time in UTC, shown as 2026-07-01 08:30."""

    def __init__(self, value: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(TIME_FORMAT)
        self.set_value(value)

    def set_value(self, value: datetime) -> None:
        utc = value.astimezone(UTC)
        self.setDateTime(QDateTime.fromString(utc.strftime("%Y-%m-%d %H:%M"), TIME_FORMAT))

    def value(self) -> datetime:
        text = self.dateTime().toString(TIME_FORMAT)
        return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def parse_time(text: str, name: str) -> datetime:
    """A leg time typed in the table: ISO date and time, UTC unless an offset is given."""
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        if text.strip():
            raise ValidationError(name, "typed.date_and_time", text, text=text.strip()) from None
        raise ValidationError(name, "typed.no_date_and_time", text) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def leg_columns() -> tuple[str, ...]:
    """The legs table's headers, in the interface language."""
    return (tr("From", "place"), tr("To", "place"), tr("Departs (UTC)"), tr("Arrives (UTC)"), tr("Carrier"),
            tr("Transit visa"))


def typed(moment: datetime | None) -> str:
    """A leg time as it is typed in the legs table (ISO, UTC), whatever the interface locale."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if moment else ""


def money_box(maximum: float = 1e9) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0, maximum)
    box.setPrefix("€ ")
    box.setGroupSeparatorShown(True)
    return box


def count_box(maximum: int = 1000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    return box


class LegsTable(QWidget):
    """The legs of a movement with transit: each leaves from where the previous arrived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = leg_columns()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(tr("Legs"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(tr("Add leg"))
        self.remove_button = QPushButton(tr("Remove leg"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(self.remove_selected)

    def add(self, origin: str = "", destination: str = "", departs: datetime | None = None,
            arrives: datetime | None = None, carrier: str = "", visa: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((origin, destination, typed(departs), typed(arrives), carrier)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        check = QTableWidgetItem(tr("needed", "transit visa"))
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if visa else Qt.CheckState.Unchecked)
        self.table.setItem(row, 5, check)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def legs(self) -> tuple[LegDraft, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name = f"legs[{row + 1}]"
            visa = self.table.item(row, 5)
            found.append(LegDraft(
                self.cell(row, 0), self.cell(row, 1),
                parse_time(self.cell(row, 2), f"{name}.departure_at"),
                parse_time(self.cell(row, 3), f"{name}.arrival_at"),
                self.cell(row, 4) or None,
                visa is not None and visa.checkState() == Qt.CheckState.Checked,
            ))
        return tuple(found)


class MovementDialog(ServiceDialog):
    """Add a movement, or edit one (`existing`): seats, escorts, cost, and legs with transit points."""

    def __init__(self, store: Store, existing: MovementView | None = None, parent: QWidget | None = None,
                 *, default_departure: datetime | None = None) -> None:
        title = tr("Edit movement {code}").format(code=existing.code) if existing else tr("Add movement")
        intro = tr("A way home: a seat quota on a scheduled flight, a charter or ground transport. Times are UTC. "
                   "Leave the legs empty for a direct movement; with transit, each leg leaves from where the "
                   "previous one arrived — <b>no overnight transit</b> (no wait over 12 h, none between 00:00 and "
                   "06:00).")
        super().__init__(title, parent, intro=intro,
                         save_text=tr("Save movement") if existing else tr("Add movement"),
                         changes=Changes(cases=existing is not None, origin=parent))
        self.store = store
        self.existing = existing
        self.setMinimumWidth(760)
        departs = default_departure or datetime.combine(store.today(), datetime.min.time(), UTC).replace(hour=9)
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("e.g. TK-1771 or CH-GEO-07"))
        self.kind: EnumBox[MovementKind] = EnumBox(MovementKind, MovementKind.SCHEDULED_FLIGHT)
        self.country = CountryBox()
        self.country.setCurrentIndex(-1)
        self.country.setEditText("")
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(tr("e.g. Brussels (BRU)"))
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(tr("e.g. Tbilisi (TBS)"))
        self.departure = DateTimeField(departs)
        self.arrival = DateTimeField(departs + timedelta(hours=5))
        self.capacity = count_box()
        self.capacity.setValue(10)
        self.medical = count_box()
        self.minor = count_box()
        self.cost_per_seat = money_box()
        self.charter_cost = money_box()
        self.status: EnumBox[MovementStatus] = EnumBox((MovementStatus.PLANNED, MovementStatus.CONFIRMED),
                                                       MovementStatus.PLANNED)
        self.legs = LegsTable()
        self.legs.add_button.clicked.connect(self.add_leg)
        self.notes = text_box(tr("Optional: transit requirements, contact at the airline, …"), 48)

        self.row(tr("Code"), self.code, "code")
        self.row(tr("Kind"), self.kind, "kind")
        self.row(tr("Country of return"), self.country, "country")
        self.row(tr("From", "place"), self.origin, "origin")
        self.row(tr("To", "place"), self.destination, "destination")
        self.row(tr("Departure (UTC)"), self.departure, "departure_at")
        self.row(tr("Arrival (UTC)"), self.arrival, "arrival_at")
        self.row(tr("Seats for returnees"), self.capacity, "capacity")
        self.row(tr("Medical escort places"), self.medical, "medical_escort_places")
        self.row(tr("Escort places for minors"), self.minor, "minor_escort_places")
        self.row(tr("Cost per seat"), self.cost_per_seat, "cost_per_seat")
        self.row(tr("Charter cost"), self.charter_cost, "charter_cost")
        self.row(tr("Status"), self.status, "status")
        self.row(tr("Legs"), self.legs, "legs",
                 *(f"legs[{n}].{f}" for n in range(1, MAX_LEGS + 1) for f in LEG_FIELDS))
        self.row(tr("Notes"), self.notes, "notes")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if existing is not None:
            self._fill(existing)
        self._kind_changed()

    def _fill(self, view: MovementView) -> None:
        self.code.setText(view.code)
        self.kind.setCurrentIndex(list(MovementKind).index(view.kind))
        self.country.set_code(view.country)
        self.origin.setText(view.origin)
        self.destination.setText(view.destination)
        self.departure.set_value(view.departure_at)
        self.arrival.set_value(view.arrival_at)
        self.capacity.setValue(view.capacity)
        self.medical.setValue(view.medical_escort_places)
        self.minor.setValue(view.minor_escort_places)
        self.cost_per_seat.setValue(float(view.cost_per_seat))
        self.charter_cost.setValue(float(view.charter_cost or 0))
        self.status.setCurrentIndex(1 if view.status is MovementStatus.CONFIRMED else 0)
        self.notes.setPlainText(view.notes or "")
        direct = len(view.legs) == 1 and not view.legs[0].carrier and not view.legs[0].transit_visa_required
        if not direct:
            for leg in view.legs:
                self.legs.add(leg.origin, leg.destination, leg.departure_at, leg.arrival_at, leg.carrier or "",
                              leg.transit_visa_required)

    def _kind_changed(self) -> None:
        self.charter_cost.setEnabled(self.kind.value() is MovementKind.CHARTER)

    def add_leg(self) -> None:
        rows = self.legs.table.rowCount()
        if rows == 0:
            self.legs.add(self.origin.text(), "", self.departure.value(), None)
        else:
            previous = self.legs.cell(rows - 1, 1)
            self.legs.add(previous, self.destination.text(), None, self.arrival.value())

    def draft(self) -> MovementDraft:
        kind = self.kind.value()
        return MovementDraft(
            code=self.code.text(), kind=kind, country=self.country.code(), origin=self.origin.text(),
            destination=self.destination.text(), departure_at=self.departure.value(),
            arrival_at=self.arrival.value(), capacity=self.capacity.value(),
            cost_per_seat=Decimal(str(round(self.cost_per_seat.value(), 2))),
            charter_cost=Decimal(str(round(self.charter_cost.value(), 2))) if kind is MovementKind.CHARTER else None,
            medical_escort_places=self.medical.value(), minor_escort_places=self.minor.value(),
            legs=self.legs.legs(), notes=self.notes.toPlainText() or None, status=self.status.value(),
        )

    def work(self) -> Callable[[], int]:
        draft = self.draft()
        store, existing = self.store, self.existing
        if existing is None:
            return lambda: movements.add_movement(store, draft)
        return lambda: movements.update_movement(store, existing.id, existing.version, draft)

    def _failed(self, error: HomewardError) -> None:
        super()._failed(leg_error(error))


def leg_error(error: HomewardError) -> HomewardError:
    """'legs[2].departure_at: …' reads 'Leg 2, departure: …' under the legs table."""
    if isinstance(error, ValidationError):
        match = _LEG_FIELD.fullmatch(error.field)
        if match:
            name = match.group(2).removesuffix("_at")
            part: Value = Phrase.of(f"leg_field.{name}") if f"leg_field.{name}" in messages.PHRASES \
                else name.replace("_", " ")
            return ValidationError("legs", "leg.problem", error.value, number=int(match.group(1)), part=part,
                                   problem=Message(error.key, error.params))
    return error


class CancelMovementDialog(ServiceDialog):
    """Cancel a movement: every open booking on it is cancelled and the households can be planned again."""

    def __init__(self, store: Store, view: MovementView, parent: QWidget | None = None) -> None:
        households = (tr("<b>{households} holding {seats}</b> are taken off it and can be planned again.").format(
            households=tr("%n household(s)", None, view.households),
            seats=tr("%n seat(s)", None, view.booked_seats))
            if view.households else tr("No household is booked on it."))
        super().__init__(tr("Cancel movement {code}").format(code=view.code), parent,
                         save_text=tr("Cancel movement"),
                         intro=tr("{code} — {route}, departing {when} UTC. {households} The movement stays in the "
                                  "register, marked cancelled.").format(code=view.code, route=route(view),
                                                                        when=when(view.departure_at),
                                                                        households=households))
        self.store = store
        self.view = view
        self.reason = text_box(tr("Why: flight cancelled by the airline, charter not confirmed, …"), 60)
        self.row(tr("Reason"), self.reason, "reason", "status")
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(tr("Keep it"))

    def work(self) -> Callable[[], movements.Cancelled]:
        store, view, reason = self.store, self.view, self.reason.toPlainText()
        return lambda: movements.cancel_movement(store, view.id, view.version, reason)


class MoveBookingDialog(ServiceDialog):
    """Move a household to another open movement to the same country (checked like a new booking)."""

    def __init__(self, store: Store, passenger: PassengerView, current: MovementView,
                 choices: Sequence[MovementView], parent: QWidget | None = None) -> None:
        super().__init__(tr("Move {reference}").format(reference=passenger.reference), parent,
                         save_text=tr("Move booking"),
                         intro=tr("{reference} ({head}, {seats}) is on {movement}. Homeward checks readiness on the "
                                  "new travel date and the seats and escort places free before moving them.").format(
                             reference=passenger.reference, head=passenger.head_name,
                             seats=tr("%n seat(s)", None, passenger.seats), movement=current.code),
                         changes=Changes.of_case(passenger.case_id, origin=parent))
        self.store = store
        self.passenger = passenger
        self.target = QComboBox()
        self.target.setAccessibleName(tr("Move to"))
        for view in choices:
            if view.id != current.id:
                self.target.addItem(" — ".join([view.code, when(view.departure_at),
                                                tr("%n free", "seats", view.free_seats)]), view.id)
        self.row(tr("Move to"), self.target, "movement", "case", "booking")

    def work(self) -> Callable[[], booking_service.BookingResult]:
        target = self.target.currentData()
        if not isinstance(target, int):
            raise ValidationError("movement", "choice.movement")
        store, passenger = self.store, self.passenger
        return lambda: booking_service.move_booking(store, passenger.booking_id, passenger.booking_version, target)


class RemoveBookingDialog(ServiceDialog):
    """Take a household off a movement; the booking is kept, cancelled with the reason."""

    def __init__(self, store: Store, passenger: PassengerView, movement_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Remove {reference} from {movement}").format(reference=passenger.reference,
                                                                         movement=movement_code), parent,
                         save_text=tr("Remove booking"),
                         intro=tr("{reference} ({head}) leaves {movement}; its {seats} are freed. Nothing is "
                                  "deleted: the booking stays on the record as cancelled, with your reason.").format(
                             reference=passenger.reference, head=passenger.head_name, movement=movement_code,
                             seats=tr("%n seat(s)", None, passenger.seats)),
                         changes=Changes.of_case(passenger.case_id, origin=parent))
        self.store = store
        self.passenger = passenger
        self.reason = text_box(tr("Why the household leaves this movement"), 60)
        self.row(tr("Reason"), self.reason, "reason", "booking")

    def work(self) -> Callable[[], booking_service.BookingResult]:
        store, passenger, reason = self.store, self.passenger, self.reason.toPlainText()
        return lambda: booking_service.remove_booking(store, passenger.booking_id, passenger.booking_version,
                                                      reason)
