"""What the route planner shows: the day plans (a tree: day and monitor, then the stops) and the visits left out."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop import words
from desktop.i18n import current_locale, tr
from desktop.labels import day as short_day
from desktop.labels import number
from desktop.places import place_name
from monitoring.routes.from_database import LeftOut, PlannedRoutes, RouteDay, clock

DAY_COLUMN_COUNT = 7
LEFT_COLUMN_COUNT = 4
FIXABLE_COLOUR = QColor("#0b57d0")
MUTED_COLOUR = QColor("#5f6368")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def day_columns() -> list[str]:
    """The day plan's headers in the interface language ("Due" is a date here, not a status)."""
    return [tr("Time"), tr("Case"), tr("Household"), tr("Address"), tr("Drive"), tr("Visit"), tr("Due", "date")]


def left_columns() -> list[str]:
    return [tr("Case"), tr("Household"), tr("Due", "date"), tr("Why, and what to do")]


def minutes(count: int) -> str:
    return tr("{minutes} min").format(minutes=number(count))


def duration(total: int) -> str:
    hours, rest = divmod(total, 60)
    if hours:
        return tr("{hours} h {minutes} min").format(hours=number(hours), minutes=f"{rest:02d}")
    return minutes(rest)


def long_day(value: RouteDay) -> str:
    """'Monday 1 June' in the interface locale."""
    locale = current_locale() or QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(value.day.year, value.day.month, value.day.day), "dddd d MMMM")


def day_title(day: RouteDay) -> str:
    return (tr("{date} — {monitor}:  leave {leave}, back {back} · %n visit(s) · {duration} on the road", None,
               len(day.stops))
            .format(date=long_day(day), monitor=day.monitor, leave=clock(day.leave_office),
                    back=clock(day.back_at_office), duration=duration(day.travel_minutes)))


class DayPlanTree(QTreeWidget):
    """One bold row per day and monitor, its stops beneath; double-clicking a stop emits `place_requested(case)`."""

    place_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(DAY_COLUMN_COUNT)
        self.setHeaderLabels(day_columns())
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        for column, width in enumerate((100, 120, 190, 300, 60, 60, 130)):
            self.setColumnWidth(column, width)
        self.itemDoubleClicked.connect(self._double_clicked)

    def show_days(self, planned: PlannedRoutes) -> None:
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for day in planned.days:
            top = QTreeWidgetItem([day_title(day)])
            top.setFont(0, bold)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for stop in day.stops:
                h = stop.household
                due = (tr("{date} ({days} d overdue)").format(date=short_day(h.due_on), days=number(h.overdue_days))
                       if h.overdue_days else short_day(h.due_on))
                address = h.address or ""
                if h.directions:
                    address += f" — {h.directions}"
                child = QTreeWidgetItem([f"{clock(stop.arrival)}–{clock(stop.departure)}", h.reference, h.head_name,
                                         address, minutes(stop.travel_minutes),
                                         minutes(stop.departure - stop.arrival), due])
                child.setData(0, Qt.ItemDataRole.UserRole, h.case_id)
                child.setToolTip(3, address)
                for column in (4, 5):
                    child.setTextAlignment(column, RIGHT)
                top.addChild(child)
            back = QTreeWidgetItem([clock(day.back_at_office), "", "",
                                    tr("Back at {office}").format(office=place_name(planned.problem.office.name)),
                                    minutes(day.travel_minutes - sum(s.travel_minutes for s in day.stops))])
            back.setTextAlignment(4, RIGHT)
            for column in (0, 3, 4):
                back.setForeground(column, MUTED_COLOUR)
            top.addChild(back)
        self.expandAll()

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(case_id, int):
            self.place_requested.emit(case_id)


class LeftOutTable(QTableWidget):
    """The due visits not on any route, with the reason; double-clicking a row emits `place_requested(case)`."""

    place_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, LEFT_COLUMN_COUNT, parent)
        self.rows: tuple[LeftOut, ...] = ()
        self.setHorizontalHeaderLabels(left_columns())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 190, 100)):
            self.setColumnWidth(column, width)
        self.cellDoubleClicked.connect(lambda row, _column: self._request(row))

    def show_left_out(self, rows: tuple[LeftOut, ...]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (item.reference, item.head_name, short_day(item.due_on), words.message(item.reason))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.fixable_by_place and column == 3:
                    cell.setForeground(FIXABLE_COLOUR)
                    cell.setToolTip(tr("Double-click to record where the household lives"))
                self.setItem(row, column, cell)
        self.resizeRowsToContents()

    def selected(self) -> LeftOut | None:
        rows = self.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def request_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.place_requested.emit(selected.case_id)

    def _request(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.place_requested.emit(self.rows[row].case_id)
