"""What the route planner shows: the day plans (a tree: day and monitor, then the stops) and the visits left out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from monitoring.routes.from_database import LeftOut, PlannedRoutes, RouteDay, clock

DAY_COLUMNS = ("Time", "Case", "Household", "Address", "Drive", "Visit", "Due")
LEFT_COLUMNS = ("Case", "Household", "Due", "Why, and what to do")
FIXABLE_COLOUR = QColor("#0b57d0")
MUTED_COLOUR = QColor("#5f6368")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def day_title(day: RouteDay) -> str:
    visits = f"{len(day.stops)} visit{'s' if len(day.stops) != 1 else ''}"
    return (f"{day.day:%A %d %B} — {day.monitor}:  leave {clock(day.leave_office)}, back "
            f"{clock(day.back_at_office)} · {visits} · {duration(day.travel_minutes)} on the road")


class DayPlanTree(QTreeWidget):
    """One bold row per day and monitor, its stops beneath; double-clicking a stop emits `place_requested(case)`."""

    place_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(DAY_COLUMNS))
        self.setHeaderLabels(list(DAY_COLUMNS))
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
                due = f"{h.due_on:%d %b}" + (f" ({h.overdue_days} d overdue)" if h.overdue_days else "")
                address = h.address or ""
                if h.directions:
                    address += f" — {h.directions}"
                child = QTreeWidgetItem([f"{clock(stop.arrival)}–{clock(stop.departure)}", h.reference, h.head_name,
                                         address, f"{stop.travel_minutes} min",
                                         f"{stop.departure - stop.arrival} min", due])
                child.setData(0, Qt.ItemDataRole.UserRole, h.case_id)
                child.setToolTip(3, address)
                for column in (4, 5):
                    child.setTextAlignment(column, RIGHT)
                top.addChild(child)
            back = QTreeWidgetItem([clock(day.back_at_office), "", "", f"Back at {planned.problem.office.name}",
                                    f"{day.travel_minutes - sum(s.travel_minutes for s in day.stops)} min"])
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
        super().__init__(0, len(LEFT_COLUMNS), parent)
        self.rows: tuple[LeftOut, ...] = ()
        self.setHorizontalHeaderLabels(list(LEFT_COLUMNS))
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
            values = (item.reference, item.head_name, f"{item.due_on:%d %b %Y}", item.reason)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.fixable_by_place and column == 3:
                    cell.setForeground(FIXABLE_COLOUR)
                    cell.setToolTip("Double-click to record where the household lives")
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
