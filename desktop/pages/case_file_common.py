"""Pieces the case-file panels share: what the page offers them, refusable actions, tables and cards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import right_to_left, tr
from planning.case_file import CaseFileView
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

GREEN, AMBER, RED, GREY, BLUE = "#1e7b34", "#a15c00", "#b3261e", "#5f6368", "#1a5fb4"


class Host(Protocol):
    """What a panel needs from the case-file page."""

    store: Store

    @property
    def view(self) -> CaseFileView | None: ...

    def open_dialog(self, dialog: QDialog) -> None: ...

    def notify(self, text: str, colour: str = BLUE) -> None: ...


@dataclass(frozen=True)
class Locks:
    """Why the services would refuse an action on this case now (None: allowed)."""

    will: str | None  # any voluntariness record
    positive: str | None  # a declaration or reconfirmation
    counselling: str | None
    concern: str | None

    @classmethod
    def of(cls, case: CaseFileView) -> Locks:
        if case.status is CaseStatus.INVOLVEMENT_ENDED:
            why = tr("S3 — No force, ever: the organisation's involvement in this case has ended for good. "
                     "Nothing can reopen it.")
            return cls(why, why, why, why)
        if case.status is CaseStatus.PROTECTION_GRANTED:
            why = tr("S4 — A member was found to need protection; the case cannot be planned for return.")
            return cls(None, why, None, None)
        return cls(None, None, None, None)


class ActionButton(QPushButton):
    """A button for an action that may be refused: disabled with the reason as its tooltip.

    `text` and `tip` are shown as given: callers pass them through `tr()`."""

    def __init__(self, text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.tip = tip
        self.setToolTip(tip)

    def allow(self, refused: str | None) -> None:
        self.setEnabled(refused is None)
        self.setToolTip(refused or self.tip)


def table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """A read-only, row-selecting table for a short list (`headers` already translated)."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.setWordWrap(False)
    widget.verticalHeader().setVisible(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object] = ()) -> None:
    """Replace the table's rows, keeping the selection on the same key where there is one."""
    selected = selected_key(widget)
    widget.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if keys:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            widget.setItem(r, c, item)
    if keys and selected in keys:
        select_row(widget, list(keys).index(selected))


def select_row(widget: QTableView, row: int) -> None:
    """Select a whole row and make it current; unlike `QTableView.selectRow`, also right to left (Arabic),
    where Qt looks for the first column past the viewport's edge and selects nothing."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    widget.selectionModel().setCurrentIndex(widget.model().index(row, 0), flags)


def selected_key(widget: QTableWidget) -> object:
    rows = widget.selectionModel().selectedRows() if widget.selectionModel() else []
    if not rows:
        return None
    item = widget.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def start_edge() -> str:
    """The side a line of text starts from: 'left', or 'right' right to left (for coloured edges)."""
    return "right" if right_to_left() else "left"


class Card(QFrame):
    """A bordered box with a coloured edge: a readiness reason, a timeline event."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(f"#card {{ border: 1px solid #d6d9de; border-{start_edge()}: 4px solid {colour}; "
                           "border-radius: 4px; background: palette(base); }")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 6, 10, 8)
        self.body.setSpacing(2)

    def line(self, text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        self.body.addWidget(label)
        return label
