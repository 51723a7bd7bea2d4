"""The calendar's week view: a column per day, each movement leaving that day as a coloured entry that opens it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.i18n import current_locale, tr
from desktop.labels import clock, day, number
from desktop.labels import when as when_text
from desktop.places import country_name
from planning.week import Trip

ROOM = QColor("#dcefe1")
FULL = QColor("#fde2c4")
AT_RISK = QColor("#f6c6c6")
INK = QColor("#1b1b1b")
MOVEMENT = Qt.ItemDataRole.UserRole
RTL_MARK = "\u200f"


def colour(trips: Iterable[Trip]) -> QColor:
    """Red when a booking on any of them is at risk, else green while one has seats left, else amber."""
    listed = list(trips)
    if any(t.bookings_at_risk for t in listed):
        return AT_RISK
    return ROOM if any(t.free_seats for t in listed) else FULL


def week_of(when: date) -> tuple[date, date]:
    """The Monday that starts the week of `when`, and its Sunday (as Home's "this week")."""
    monday = when - timedelta(days=when.weekday())
    return monday, monday + timedelta(days=6)


def summary(trip: Trip) -> str:
    """One line that says everything about a departure (the month view's list, the week view's tooltip)."""
    free = tr("full") if trip.free_seats == 0 else tr("%n seat(s) free", None, trip.free_seats)
    parts = [when_text(trip.departure_at), trip.code, country_name(trip.country_code, trip.country_name),
             tr("%n household(s)", None, trip.households), tr("%Ln person(s)", None, trip.people), free]
    if trip.bookings_at_risk:
        parts.append(tr("%n booking(s) at risk", None, trip.bookings_at_risk))
    return " · ".join(parts)


def local_departure(trip: Trip) -> str:
    """The departure time on the clock of the place it leaves from, with its date where that is not the travel
    date the movement is filed under (its UTC date); marked UTC where that clock is not known."""
    leaves = trip.leaves_at
    shown = clock(leaves.local.time())
    if leaves.local.date() != trip.departure_at.date():
        shown = f"{day(leaves.local.date())} {shown}"
    return shown if leaves.known else tr("{time} UTC").format(time=shown)


def entry(trip: Trip) -> str:
    """A movement in its day's column: the time and departure point, the country and code, people / seats."""
    return "\n".join((
        f"{local_departure(trip)} · {trip.origin}",
        f"{country_name(trip.country_code, trip.country_name)} · {trip.code}",
        tr("{people} booked / {seats} seats").format(people=number(trip.people), seats=number(trip.capacity))))


def day_heading(when: date) -> str:
    """'Mon 7 Dec' style: the weekday's short name and the date, in the interface locale."""
    locale = current_locale()
    name = locale.dayName(when.isoweekday()) if locale is not None else when.strftime("%A")
    return f"{name}\n{day(when)}"


class Card(QFrame):
    """A movement in its day's column, coloured by its seats and risk; a click (or Enter) opens it."""

    clicked = Signal()

    def __init__(self, trip: Trip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trip = trip
        self.setObjectName("movementCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(summary(trip))
        self.setStyleSheet(f"#movementCard {{ background: {colour((trip,)).name()}; border-radius: 4px; }}"
                           f"#movementCard:focus {{ border: 1px solid palette(highlight); }}"
                           f"QLabel {{ color: {INK.name()}; }}")
        text = entry(trip)
        if self.isRightToLeft():  # each line reads right to left, even one that starts with a Latin place name
            text = "\n".join(RTL_MARK + line for line in text.split("\n"))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class WeekView(QWidget):
    """Seven columns, Monday first (mirrored right to left); a click on a movement opens it."""

    movement_opened = Signal(int, object)  # movement id, departure day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = date.min
        self.headings: list[QLabel] = []
        self.columns: list[QVBoxLayout] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        for i in range(7):
            heading = QLabel()
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inside = QWidget()
            inside.setObjectName("weekDay")
            column = QVBoxLayout(inside)
            column.setContentsMargins(3, 3, 3, 3)
            column.setSpacing(3)
            column.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMinimumWidth(60)
            scroll.setWidget(inside)
            grid.addWidget(heading, 0, i)
            grid.addWidget(scroll, 1, i)
            grid.setColumnStretch(i, 1)
            self.headings.append(heading)
            self.columns.append(column)
        grid.setRowStretch(1, 1)

    def cards(self, index: int) -> list[Card]:
        """The movements shown in the day's column (0: Monday), in time order."""
        column = self.columns[index]
        items = (column.itemAt(i) for i in range(column.count()))
        return [card for item in items if item is not None and isinstance(card := item.widget(), Card)]

    def show_week(self, monday: date, trips: Sequence[Trip], today: date) -> None:
        self.monday = monday
        by_day: dict[date, list[Trip]] = {}
        for trip in trips:
            by_day.setdefault(trip.departure_at.date(), []).append(trip)
        for i, (heading, column) in enumerate(zip(self.headings, self.columns, strict=True)):
            when = monday + timedelta(days=i)
            heading.setText(day_heading(when))
            font = QFont(heading.font())
            font.setBold(when == today)
            heading.setFont(font)
            for old in self.cards(i):
                column.removeWidget(old)
                old.deleteLater()
            for n, trip in enumerate(sorted(by_day.get(when, ()), key=lambda t: (t.departure_at, t.code))):
                card = Card(trip)
                card.clicked.connect(lambda t=trip, d=when: self.movement_opened.emit(t.movement_id, d))
                column.insertWidget(n, card)
