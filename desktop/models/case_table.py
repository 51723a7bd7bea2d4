"""The case list model: ids from the database, rows fetched lazily in batches and cached."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.i18n import tr
from desktop.labels import day, label, number, when
from desktop.places import country_name, place_name
from planning.case_list import CaseRow, SortKey
from planning.status import READINESS_APPLIES
from planning.vocabulary import CaseStatus

BATCH = 200
Index = QModelIndex | QPersistentModelIndex

#: The columns, each named by the sort key a click on its header asks for.
COLUMNS: tuple[SortKey, ...] = (SortKey.REFERENCE, SortKey.HEAD, SortKey.SIZE, SortKey.COUNTRY, SortKey.STATUS,
                                SortKey.READY, SortKey.DECIDED)

STATUS_COLOURS = {
    CaseStatus.READY: "#1b7f3b",
    CaseStatus.BOOKED: "#1b5e9f",
    CaseStatus.WITHDRAWN: "#a15c00",
    CaseStatus.ON_HOLD: "#a15c00",
    CaseStatus.INVOLVEMENT_ENDED: "#b3261e",
    CaseStatus.PROTECTION_GRANTED: "#6a3d9a",
}


#: The mark after the head's name of a household with a vulnerable member (the page shows its legend).
VULNERABLE_MARK = "⚑"
AT_RISK_COLOUR = "#a15c00"


#: Statuses for which "ready to travel" no longer means anything: the household travelled or the case ended.
PAST_TRAVEL = frozenset({CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.MONITORING, CaseStatus.CLOSED,
                         CaseStatus.INVOLVEMENT_ENDED, CaseStatus.PROTECTION_GRANTED})


def readiness_text(row: CaseRow) -> str:
    """Ready or not, while the household has yet to travel; a dash once it travelled or its case ended."""
    if row.status in PAST_TRAVEL:
        return "—"
    return tr("Ready") if row.ready and row.status in READINESS_APPLIES else tr("Not ready")


def status_text(row: CaseRow) -> str:
    """The status in words; for a booked household, the day it travels (at risk or not)."""
    if row.booking is None or row.status is not CaseStatus.BOOKED:
        return label(row.status)
    if row.booking.at_risk:
        return tr("Booked {day}, at risk").format(day=day(row.booking.departure_at.date()))
    return tr("Booked {day}").format(day=day(row.booking.departure_at.date()))


class CaseTableModel(QAbstractTableModel):
    """Holds only the ordered ids; asks `fetch_rows` for batches of rows as the view needs them."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[CaseRow]], today: Callable[[], date]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._today = today
        self._ids: list[int] = []
        self._cache: dict[int, CaseRow] = {}

    # -- contents --------------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def invalidate(self, case_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or some) so they are fetched again when shown."""
        if case_ids is None:
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        wanted = set(case_ids)
        for key in wanted & self._cache.keys():
            del self._cache[key]
        for row, case_id in enumerate(self._ids):
            if case_id in wanted:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def cached_rows(self) -> int:
        return len(self._cache)

    def _row(self, row: int) -> CaseRow | None:
        case_id = self._ids[row]
        found = self._cache.get(case_id)
        if found is None:
            start = max(0, row - BATCH // 4)
            batch = [i for i in self._ids[start:start + BATCH] if i not in self._cache]
            for fetched in self._fetch_rows(batch):
                self._cache[fetched.id] = fetched
            found = self._cache.get(case_id)
        return found

    # -- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return label(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            key = COLUMNS[section]
            if key is SortKey.HEAD:
                return tr("{mark} after a name: the household has a vulnerable member (unaccompanied minor, victim "
                          "of trafficking, medical need, disability, pregnancy, elderly person or single parent)"
                          ).format(mark=VULNERABLE_MARK)
            if key is SortKey.READY:
                return tr("Whether the household may travel today, every safeguard checked; “—” once it has "
                          "travelled or its case has ended")
            if key is SortKey.STATUS:
                return tr("Where the case stands; a booked household shows the day it travels")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (2, 6):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4 and row.booking is not None and row.booking.at_risk:
                return QBrush(QColor(AT_RISK_COLOUR))
            if column == 4 and row.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[row.status]))
            if column == 5:
                return QBrush(QColor("#1b7f3b" if row.ready else "#5f6368"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and row.booking is not None:
                booked = tr("Booked on {movement}, departing {when} UTC").format(
                    movement=row.booking.movement_code, when=when(row.booking.departure_at))
                return booked + ("\n" + tr("At risk: something changed since booking; open the case file to see "
                                            "why") if row.booking.at_risk else "")
            if row.vulnerable:
                return tr("{reference}: {head}, %n person(s), vulnerable member(s)", None, row.household_size).format(
                    reference=row.reference, head=row.head_name)
            return tr("{reference}: {head}, %n person(s)", None, row.household_size).format(
                reference=row.reference, head=row.head_name)
        return self._display(row, column)

    def _display(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return row.head_name + (f"  {VULNERABLE_MARK}" if row.vulnerable else "")
        if column == 2:
            return number(row.household_size)
        if column == 3:
            country = country_name(row.country_code, row.country_name)
            return f"{country} / {place_name(row.region)}" if row.region else country
        if column == 4:
            return status_text(row)
        if column == 5:
            return readiness_text(row)
        days = row.days_since_decision(self._today())
        return "" if days is None else number(days)
