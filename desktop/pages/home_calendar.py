"""Home's calendar of movements, by the month or by the week, by country, each day's movements with their seats."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtGui import QBrush, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.labels import day, long_month
from desktop.ops import run_query
from desktop.pages.home_calendar_week import INK, MOVEMENT, WeekView, colour, summary, week_of
from desktop.places import country_name
from planning.storage.store import Store
from planning.week import Trip, movements_between

ANY = ""
#: Which view the calendar shows, kept between sessions.
VIEW_SETTING = "home/calendar_view"


class View(StrEnum):
    MONTH = "month"
    WEEK = "week"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def month_step(when: date, months: int) -> date:
    """The same day `months` later (or earlier), the month's last day where that month is shorter."""
    year, index = divmod(when.year * 12 + when.month - 1 + months, 12)
    last = month_bounds(year, index + 1)[1]
    return date(year, index + 1, min(when.day, last.day))


def saved_view() -> View:
    raw = QSettings().value(VIEW_SETTING, View.MONTH.value)
    try:
        return View(str(raw))
    except ValueError:
        return View.MONTH


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def as_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MovementsCalendar(QWidget):
    """A Month/Week switch with previous, today and next. By the month, days with a departure are marked
    (green: seats left, amber: full, red: a booking on it at risk) and the chosen day's movements are listed;
    by the week, each day is a column of its movements. Either opens a movement in the Movements page."""

    movement_opened = Signal(int, object)  # movement id, departure day
    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.trips: list[Trip] = []
        self.marked: list[QDate] = []
        self.shown: tuple[date, date] | None = None
        self.anchor = store.today()
        self.view = saved_view()

        self.month_button = QToolButton()
        self.month_button.setText(tr("Month", "calendar view"))
        self.week_button = QToolButton()
        self.week_button.setText(tr("Week", "calendar view"))
        self.views = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.views.addButton(button)
        self.previous = QToolButton()
        self.previous.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.today_button = QToolButton()
        self.today_button.setText(tr("Today"))
        self.next = QToolButton()
        self.next.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.country = QComboBox()
        self.country.addItem(tr("All countries"), ANY)
        self.status = QLabel()
        top = QHBoxLayout()
        for widget in (self.month_button, self.week_button):
            top.addWidget(widget)
        top.addSpacing(12)
        for widget in (self.previous, self.today_button, self.next):
            top.addWidget(widget)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(QLabel(tr("Country")))
        top.addWidget(self.country)
        top.addWidget(self.status)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(as_qdate(self.anchor))
        self.day_title = QLabel()
        self.day_title.setObjectName("sectionTitle")
        self.day_list = QListWidget()
        self.day_list.setToolTip(tr("Double-click a movement to open it"))
        month_page = QWidget()
        month = QHBoxLayout(month_page)
        month.setContentsMargins(0, 0, 0, 0)
        day_panel = QVBoxLayout()
        day_panel.addWidget(self.day_title)
        day_panel.addWidget(self.day_list, 1)
        month.addWidget(self.calendar, 3)
        month.addLayout(day_panel, 2)
        self.week = WeekView()
        self.pages = QStackedWidget()
        self.pages.addWidget(month_page)
        self.pages.addWidget(self.week)

        legend = QLabel(tr("Green: seats left · amber: full · red: a booking on it at risk"))
        legend.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(legend)

        (self.week_button if self.view is View.WEEK else self.month_button).setChecked(True)
        self.pages.setCurrentIndex(1 if self.view is View.WEEK else 0)
        self._label_navigation()
        self.month_button.clicked.connect(lambda: self.show_view(View.MONTH))
        self.week_button.clicked.connect(lambda: self.show_view(View.WEEK))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go(self.store.today()))
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.country.currentIndexChanged.connect(self._paint)
        self.day_list.itemActivated.connect(self._open)
        self.week.movement_opened.connect(self.movement_opened)

    # -- what is shown -------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The days the current view covers."""
        if self.view is View.WEEK:
            return week_of(self.anchor)
        return month_bounds(self.anchor.year, self.anchor.month)

    def show_view(self, view: View) -> None:
        """Switch between the month and the week (kept for the next start), around the same day."""
        self.view = view
        QSettings().setValue(VIEW_SETTING, view.value)
        (self.week_button if view is View.WEEK else self.month_button).setChecked(True)
        self.pages.setCurrentIndex(1 if view is View.WEEK else 0)
        self._label_navigation()
        self.refresh()

    def step(self, direction: int) -> None:
        """One week or one month back (-1) or on (1)."""
        if self.view is View.WEEK:
            self.go(self.anchor + timedelta(weeks=direction))
        else:
            self.go(month_step(self.anchor, direction))

    def go(self, when: date) -> None:
        """Show the week or month of `when`, with `when` chosen."""
        self.anchor = when
        self.calendar.blockSignals(True)
        self.calendar.setCurrentPage(when.year, when.month)
        self.calendar.setSelectedDate(as_qdate(when))
        self.calendar.blockSignals(False)
        if self.period() != self.shown:
            self.refresh()
        else:
            self._show_title()
            self._show_day()

    def refresh(self) -> None:
        first, last = self.period()
        self._show_title()
        self.status.setText(tr("Loading…"))
        store = self.store
        run_query(self, lambda: (first, last, movements_between(store, first, last)), self._loaded,
                  kind=f"home-calendar-{id(self)}")

    def _loaded(self, result: tuple[date, date, tuple[Trip, ...]]) -> None:
        first, last, trips = result
        if (first, last) != self.period():
            return  # the view moved on while this was read; its own read follows
        self.shown = (first, last)
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
        if self.view is View.WEEK:
            self.status.setText(tr("%n movement(s) this week", None, len(trips)))
        else:
            self.status.setText(tr("%n movement(s) in {month}", None, len(trips)).format(
                month=long_month(first)))
        self._paint()
        self.loaded.emit()

    def visible_trips(self) -> list[Trip]:
        code = self.country.currentData()
        return [t for t in self.trips if not code or t.country_code == code]

    def _label_navigation(self) -> None:
        weekly = self.view is View.WEEK
        self.previous.setToolTip(tr("Previous week") if weekly else tr("Previous month"))
        self.next.setToolTip(tr("Next week") if weekly else tr("Next month"))
        self.today_button.setToolTip(tr("Back to this week") if weekly else tr("Back to this month"))

    def _show_title(self) -> None:
        first, last = self.period()
        self.title.setText(tr("{first} to {last}").format(first=day(first), last=day(last))
                           if self.view is View.WEEK else long_month(first))

    def _paint(self) -> None:
        visible = self.visible_trips()
        for marked in self.marked:
            self.calendar.setDateTextFormat(marked, QTextCharFormat())
        self.marked = []
        by_day: dict[date, list[Trip]] = {}
        for trip in visible:
            by_day.setdefault(trip.departure_at.date(), []).append(trip)
        for when, trips in by_day.items():
            form = QTextCharFormat()
            form.setFontWeight(QFont.Weight.Bold)
            form.setBackground(QBrush(colour(trips)))
            form.setToolTip(", ".join(t.code for t in trips))
            qday = as_qdate(when)
            self.calendar.setDateTextFormat(qday, form)
            self.marked.append(qday)
        self._show_day()
        if self.view is View.WEEK:
            self.week.show_week(week_of(self.anchor)[0], visible, self.store.today())

    # -- the month view ------------------------------------------------------------------------------
    def _page_changed(self, year: int, month: int) -> None:
        """The calendar's own paging (Page Up, Page Down): follow it, keeping the day of the month."""
        if (year, month) != (self.anchor.year, self.anchor.month):
            self.go(month_step(self.anchor, (year * 12 + month) - (self.anchor.year * 12 + self.anchor.month)))

    def _day_chosen(self) -> None:
        chosen = as_date(self.calendar.selectedDate())
        if chosen != self.anchor:
            self.go(chosen)

    def _show_day(self) -> None:
        when = as_date(self.calendar.selectedDate())
        self.day_title.setText(tr("Departures on {day}").format(day=day(when)))
        self.day_list.clear()
        trips = [t for t in self.visible_trips() if t.departure_at.date() == when]
        for trip in trips:
            item = QListWidgetItem(summary(trip))
            item.setData(MOVEMENT, trip.movement_id)
            if trip.bookings_at_risk:
                item.setBackground(QBrush(colour((trip,))))
                item.setForeground(QBrush(INK))
            self.day_list.addItem(item)
        if not trips:
            self.day_list.addItem(tr("No departure on this day."))

    def _open(self, item: QListWidgetItem) -> None:
        movement_id = item.data(MOVEMENT)
        if isinstance(movement_id, int):
            self.movement_opened.emit(movement_id, as_date(self.calendar.selectedDate()))
