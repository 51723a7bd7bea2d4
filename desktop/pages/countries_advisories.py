"""A country's advisories (S8): who said what about returns there, where, for whom and for how long."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.advisory import AdvisoryDialog, EndAdvisoryDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from desktop.models.rows import RowsModel
from desktop.pages.countries_timeline import escape
from desktop.places import place_name
from planning.country_view import AdvisoryView
from planning.storage.store import Store

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Column = tuple[str, Callable[[AdvisoryView], str], Callable[[AdvisoryView], Any]]


def yes_no(value: bool) -> str:
    return tr("Yes") if value else tr("No")


#: (header, display text, sort key) of each column; headers untranslated until shown.
COLUMNS: tuple[Column, ...] = (
    (QT_TR_NOOP("In force today"), lambda a: yes_no(a.in_force_today), lambda a: int(not a.in_force_today)),
    (QT_TR_NOOP("Issued by"), lambda a: a.issued_by, lambda a: a.issued_by.casefold()),
    (QT_TR_NOOP("Reference"), lambda a: a.reference or "", lambda a: a.reference or ""),
    (QT_TR_NOOP("Suspends returns"), lambda a: yes_no(a.suspends_returns), lambda a: int(not a.suspends_returns)),
    (QT_TR_NOOP("Region"), lambda a: place_name(a.region) or tr("Whole country"),
     lambda a: place_name(a.region)),
    (QT_TR_NOOP("Profile"), lambda a: label(a.profile) if a.profile else tr("Everyone"), lambda a: a.profile or ""),
    (QT_TR_NOOP("From"), lambda a: day(a.in_force_from), lambda a: a.in_force_from.isoformat()),
    (QT_TR_NOOP("To"), lambda a: day(a.in_force_to), lambda a: a.in_force_to.isoformat() if a.in_force_to else "9999"),
    (QT_TR_NOOP("Summary"), lambda a: a.summary.replace("\n", " "), lambda a: a.summary.casefold()),
)
SUSPENDING = QColor(179, 38, 30, 40)


def details_text(a: AdvisoryView) -> str:
    who = escape(a.issued_by) + (f" ({escape(a.reference)})" if a.reference else "")
    until = tr("until {date}").format(date=day(a.in_force_to)) if a.in_force_to else tr("with no end date")
    effect = tr("suspends returns") if a.suspends_returns else tr("does not suspend returns")
    return tr("<b>{issuer}</b>, in force from {date} {until}; {effect}.").format(
        issuer=who, date=day(a.in_force_from), until=until, effect=effect) + f"<br>{escape(a.summary)}"


class AdvisoryTableModel(RowsModel[AdvisoryView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr(header) for header, *_ in COLUMNS], parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        _header, text, key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(a)
        if role == SORT_ROLE:
            return key(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.summary
        if role == Qt.ItemDataRole.BackgroundRole and a.in_force_today and a.suspends_returns:
            return SUSPENDING
        if role == Qt.ItemDataRole.ForegroundRole and not a.in_force_today:
            return QColor("#80858c")
        return None


class AdvisoryPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.code: str | None = None
        self.country_name = ""
        self.today = store.today()
        self.dialog: AdvisoryDialog | EndAdvisoryDialog | None = None
        self.add_button = QPushButton(tr("Add a&dvisory…"))
        self.end_button = QPushButton(tr("&End advisory…"))
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end)
        self.message = QLabel()
        self.message.setObjectName("hint")
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        actions.addWidget(self.message)

        self.model = AdvisoryTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Advisories"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # the summary, elided
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.empty = QLabel(tr("No advisories recorded for this country."))
        self.empty.setObjectName("hint")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        self._selection_changed()

    def set_loading(self) -> None:
        """Another country is being read: no rows, and no "none recorded" before it is known."""
        self.model.set_rows([])
        self.empty.hide()
        self._selection_changed()

    def set_country(self, code: str, name: str, advisories: Sequence[AdvisoryView], today: date) -> None:
        self.code, self.country_name, self.today = code, name, today
        self.model.set_rows(advisories)
        self.empty.setVisible(not advisories)
        self._selection_changed()

    def selected(self) -> AdvisoryView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def select(self, advisory_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()].id == advisory_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        a = self.selected()
        ended = a is not None and a.in_force_to is not None and a.in_force_to < self.today
        self.end_button.setEnabled(a is not None and not ended)
        self.details.setText(details_text(a) if a is not None else
                             tr("Select an advisory to read it whole.") if self.model.rows else "")
        self.add_button.setEnabled(self.code is not None)

    def add(self) -> None:
        if self.code is None:
            return
        dialog = AdvisoryDialog(self.store, self.code, self.country_name, self.today, self)
        dialog.accepted.connect(lambda: self.message.setText(tr("Advisory added")))
        self.dialog = dialog
        dialog.open()

    def end(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = EndAdvisoryDialog(self.store, a, self.today, self)
        dialog.accepted.connect(
            lambda: self.message.setText(tr("Advisory of {issuer} ended").format(issuer=a.issued_by)))
        self.dialog = dialog
        dialog.open()
