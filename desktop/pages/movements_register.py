"""The movements register: a table of flights, charters and ground transport home, filtered by country and dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import arrow, cost, escorts, label, route, when
from desktop.models.rows import RowsModel
from desktop.places import country_name, place_name
from planning.movements import MovementView
from planning.vocabulary import MovementStatus

Index = QModelIndex | QPersistentModelIndex
VIEW_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS = {
    MovementStatus.PLANNED: "#1a5fb4", MovementStatus.CONFIRMED: "#1e7b34", MovementStatus.DEPARTED: "#5f6368",
    MovementStatus.ARRIVED: "#5f6368", MovementStatus.CANCELLED: "#b3261e",
}


class RegisterModel(RowsModel[MovementView]):
    HEADERS = (QT_TR_NOOP("Code"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Country"), QT_TR_NOOP("Route"),
               QT_TR_NOOP("Departure (UTC)"), QT_TR_NOOP("Booked"), QT_TR_NOOP("Free"), QT_TR_NOOP("Escorts free"),
               QT_TR_NOOP("Cost"), QT_TR_NOOP("Status"))
    TIPS: ClassVar[dict[int, str]] = {
        5: QT_TR_NOOP("Seats held by bookings (proposed, confirmed, checked in, travelled)"),
        6: QT_TR_NOOP("Seats still free for returnees"),
        7: QT_TR_NOOP("Free escort places of each kind / places on the movement"),
        4: QT_TR_NOOP("Departure date and time in UTC; the travel date readiness is checked on")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr(h) for h in self.HEADERS], {c: tr(t) for c, t in self.TIPS.items()}, parent)

    def text(self, row: MovementView, column: int) -> str:
        match column:
            case 0:
                return row.code
            case 1:
                return label(row.kind)
            case 2:
                return country_name(row.country, row.country_name)
            case 3:
                return route(row)
            case 4:
                return when(row.departure_at)
            case 5:
                return tr("{booked} of {capacity}").format(booked=row.booked_seats, capacity=row.capacity)
            case 6:
                return str(row.free_seats)
            case 7:
                return escorts(row)
            case 8:
                return cost(row)
            case _:
                if row.at_risk:
                    return tr("{status} · ⚠ %n at risk", None, row.at_risk).format(status=label(row.status))
                return label(row.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == VIEW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 9:
                return QBrush(QColor("#a15c00" if row.at_risk else STATUS_COLOURS[row.status]))
            if row.status is MovementStatus.CANCELLED:
                return QBrush(QColor("#80868b"))
            if column == 6 and row.free_seats == 0:
                return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == 0:
                font.setBold(True)
            if row.status is MovementStatus.CANCELLED and column != 9:
                font.setStrikeOut(True)
            return font
        return None

    def _tip(self, row: MovementView, column: int) -> str:
        if column == 3:
            legs = [f"{place_name(leg.origin)} {arrow()} {place_name(leg.destination)}: {when(leg.departure_at)} – "
                    f"{when(leg.arrival_at)}"
                    + (f" ({leg.carrier})" if leg.carrier else "")
                    + (" · " + tr("transit visa needed") if leg.transit_visa_required else "") for leg in row.legs]
            return "\n".join(legs)
        if column == 9 and row.cancelled_reason:
            return tr("Cancelled: {reason}").format(reason=row.cancelled_reason)
        if column == 9 and row.at_risk:
            return tr("%n booked household(s) no longer ready for this movement: see its passengers", None,
                      row.at_risk)
        if column == 0 and row.notes:
            return row.notes
        return self.text(row, column)


class RegisterView(QWidget):
    """Filters (country, departure dates, cancelled) above the register table."""

    filters_changed = Signal()
    current_changed = Signal(object)  # the MovementView selected, or None
    activated = Signal(object)  # a MovementView double-clicked

    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegisterModel(self)
        self.country = QComboBox()
        self.country.setAccessibleName(tr("Country"))
        self.country.addItem(tr("All countries"), None)
        self.country.setMinimumContentsLength(18)
        self.start = DateField(start)
        self.start.setAccessibleName(tr("Departing from"))
        self.end = DateField(end)
        self.end.setAccessibleName(tr("Departing until"))
        self.cancelled = QCheckBox(tr("Show cancelled"))
        self.risky = QCheckBox(tr("Only with bookings at risk"))
        self.risky.setToolTip(tr("Movements with a booked household that a change since booking made unready"))
        self.all_rows: tuple[MovementView, ...] = ()
        self.count = QLabel()
        self.count.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Country")))
        bar.addWidget(self.country)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Departing from")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(tr("to", "from … to")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(self.cancelled)
        bar.addWidget(self.risky)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Movements register"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(self.at(current)))
        self.table.doubleClicked.connect(lambda index: self.activated.emit(self.at(index)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        for signal in (self.country.currentIndexChanged, self.start.dateChanged, self.end.dateChanged,
                       self.cancelled.toggled):
            signal.connect(lambda *_: self.filters_changed.emit())
        self.risky.toggled.connect(lambda _on: self.set_rows(self.all_rows))

    def at(self, index: QModelIndex) -> MovementView | None:
        if not index.isValid():
            return None
        found = index.data(VIEW_ROLE)
        return found if isinstance(found, MovementView) else None

    def set_countries(self, countries: Sequence[tuple[str, str]]) -> None:
        """(code, name) of every country, keeping the one chosen."""
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        try:
            self.country.clear()
            self.country.addItem(tr("All countries"), None)
            for code, name in countries:
                self.country.addItem(f"{country_name(code, name)} ({code})", code)
            self.country.setCurrentIndex(max(self.country.findData(chosen), 0))
        finally:
            self.country.blockSignals(False)

    def filters(self) -> tuple[date, date, str | None, bool]:
        code = self.country.currentData()
        return self.start.value(), self.end.value(), code if isinstance(code, str) else None, \
            self.cancelled.isChecked()

    def set_rows(self, rows: Sequence[MovementView]) -> None:
        selected = self.selected()
        self.all_rows = tuple(rows)
        rows = [r for r in rows if r.at_risk] if self.risky.isChecked() else list(rows)
        self.model.set_rows(rows)
        booked = sum(r.booked_seats for r in rows if r.status is not MovementStatus.CANCELLED)
        free = sum(r.free_seats for r in rows if r.status in (MovementStatus.PLANNED, MovementStatus.CONFIRMED))
        self.count.setText(" · ".join([tr("%n movement(s)", None, len(rows)), tr("%n seats booked", None, booked),
                                       tr("%n free", "seats", free)]))
        if selected is not None:
            self.select(selected.id)
        self.current_changed.emit(self.selected())

    def selected(self) -> MovementView | None:
        return self.at(self.table.currentIndex())

    def select(self, movement_id: int) -> bool:
        for row, view in enumerate(self.model.rows):
            if view.id == movement_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False
