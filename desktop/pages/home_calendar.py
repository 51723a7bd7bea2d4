"""Home's calendar of movements: a month at a time, by country, each day's movements with their seats."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.labels import day, long_month
from desktop.labels import when as when_text
from desktop.ops import run_query
from desktop.places import country_name
from planning.storage.store import Store
from planning.week import Trip, movements_between

ANY = ""
ROOM = QColor("#dcefe1")
FULL = QColor("#fde2c4")


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


class MovementsCalendar(QWidget):
    """Days with a departure are marked (green: seats left, amber: full); the chosen day's movements are
    listed with households, people and free seats, and open in the Movements page."""

    movement_opened = Signal(int, object)  # movement id, departure day
    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.trips: list[Trip] = []
        self.marked: list[QDate] = []
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        today = store.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.country = QComboBox()
        self.country.addItem(tr("All countries"), ANY)
        self.status = QLabel()
        self.day_title = QLabel()
        self.day_title.setObjectName("sectionTitle")
        self.day_list = QListWidget()
        self.day_list.setToolTip(tr("Double-click a movement to open it"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Country")))
        top.addWidget(self.country, 1)
        top.addWidget(self.status)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.calendar, 1)
        right = QVBoxLayout()
        right.addWidget(self.day_title)
        right.addWidget(self.day_list, 1)
        legend = QLabel(tr("Green: seats left · amber: full"))
        legend.setStyleSheet("color: palette(placeholder-text);")
        right.addWidget(legend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.selectionChanged.connect(self._show_day)
        self.country.currentIndexChanged.connect(self._paint)
        self.day_list.itemActivated.connect(self._open)

    def refresh(self) -> None:
        first, last = month_bounds(self.calendar.yearShown(), self.calendar.monthShown())
        self.status.setText(tr("Loading…"))
        store = self.store
        run_query(self, lambda: movements_between(store, first, last), self._loaded, kind=f"home-calendar-{id(self)}")

    def _loaded(self, trips: tuple[Trip, ...]) -> None:
        self.trips = list(trips)
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(tr("All countries"), ANY)
        for code, name in sorted({(t.country_code, country_name(t.country_code, t.country_name))
                                  for t in trips}, key=lambda c: c[1]):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(self.country.findData(chosen), 0))
        self.country.blockSignals(False)
        shown = QDate(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        self.status.setText(tr("%n movement(s) in {month}", None, len(trips)).format(
            month=long_month(date(shown.year(), shown.month(), 1))))
        self._paint()
        self.loaded.emit()

    def visible_trips(self) -> list[Trip]:
        code = self.country.currentData()
        return [t for t in self.trips if not code or t.country_code == code]

    def _paint(self) -> None:
        for marked in self.marked:
            self.calendar.setDateTextFormat(marked, QTextCharFormat())
        self.marked = []
        by_day: dict[date, list[Trip]] = {}
        for trip in self.visible_trips():
            by_day.setdefault(trip.departure_at.date(), []).append(trip)
        for when, trips in by_day.items():
            form = QTextCharFormat()
            form.setFontWeight(QFont.Weight.Bold)
            form.setBackground(QBrush(ROOM if any(t.free_seats for t in trips) else FULL))
            form.setToolTip(", ".join(t.code for t in trips))
            qday = QDate(when.year, when.month, when.day)
            self.calendar.setDateTextFormat(qday, form)
            self.marked.append(qday)
        self._show_day()

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        when = date(chosen.year(), chosen.month(), chosen.day())
        self.day_title.setText(tr("Departures on {day}").format(day=day(when)))
        self.day_list.clear()
        trips = [t for t in self.visible_trips() if t.departure_at.date() == when]
        for trip in trips:
            free = tr("full") if trip.free_seats == 0 else tr("%n seat(s) free", None, trip.free_seats)
            text = " · ".join((when_text(trip.departure_at), trip.code,
                               country_name(trip.country_code, trip.country_name),
                               tr("%n household(s)", None, trip.households), tr("%Ln person(s)", None, trip.people),
                               free))
            item = QListWidgetItem(text)
            item.setData(256, trip.movement_id)
            self.day_list.addItem(item)
        if not trips:
            self.day_list.addItem(tr("No departure on this day."))

    def _open(self, item: QListWidgetItem) -> None:
        movement_id = item.data(256)
        if isinstance(movement_id, int):
            chosen = self.calendar.selectedDate()
            self.movement_opened.emit(movement_id, date(chosen.year(), chosen.month(), chosen.day()))
