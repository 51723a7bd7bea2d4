"""Administration › Place names…: the office's names for cities, regions, field offices and movement stops in
French and Arabic; a place without one reads as the records hold it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import places
from desktop.changes import Changes
from desktop.forms import Banner
from desktop.i18n import LANGUAGES, tr
from desktop.ops import run_op, run_query
from desktop.service_text import error_text
from planning import place_names
from planning.errors import HomewardError
from planning.place_names import PlaceNameView
from planning.security.permissions import Permission, may
from planning.storage.store import Store

NAME = 0
#: The columns after the name: one per language a place can be named in.
COLUMNS = {language: NAME + 1 + i for i, language in enumerate(place_names.LANGUAGES)}
UNUSED = Qt.GlobalColor.gray


class PlaceNamesDialog(QDialog):
    """Every place the records name, editable per language; Save writes the changed cells in one go."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[PlaceNameView] = []
        self.setWindowTitle(tr("Place names"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("How cities, regions, field offices and movement stops read in French and Arabic. A "
                          "place left empty reads as the records hold it; countries are named by the language "
                          "itself."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a place"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.table = QTableWidget(0, 1 + len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("As recorded"), *(LANGUAGES[code] for code in COLUMNS)])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not may(store.actor.role, Permission.EDIT_PLACES):
            self.banner.show_message(tr("You may read the names of places; only a coordinator, a monitor or the "
                                        "data-protection officer may change them."))
            self.save_button.setEnabled(False)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refresh()

    def refresh(self) -> None:
        store = self.store
        run_query(self, lambda: place_names.names(store), self._show, kind="place-names", on_error=self._failed)

    def _show(self, rows: list[PlaceNameView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if not row.in_use:
                name.setForeground(UNUSED)
                name.setToolTip(tr("No record names this place any more"))
            self.table.setItem(r, NAME, name)
            for language, column in COLUMNS.items():
                self.table.setItem(r, column, QTableWidgetItem(row.translation(language) or ""))
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(self.table.columnCount())]
            shown = not wanted or any(cell is not None and wanted in cell.text().casefold() for cell in cells)
            self.table.setRowHidden(r, not shown)

    def changed(self) -> list[tuple[str, str, str | None]]:
        """(name, language, translation or None) of every cell that differs from what is stored."""
        found = []
        for r, row in enumerate(self.rows):
            for language, column in COLUMNS.items():
                cell = self.table.item(r, column)
                typed = cell.text().strip() if cell is not None else ""
                if typed != (row.translation(language) or ""):
                    found.append((row.name, language, typed or None))
        return found

    def save(self) -> None:
        changed, store = self.changed(), self.store
        if not changed:
            self.accept()
            return
        self.banner.clear_message()
        self.save_button.setEnabled(False)
        run_op(self, lambda: place_names.save(store, changed), changes=Changes.of_countries(origin=self),
               on_success=self._saved, on_error=self._failed, on_done=lambda: self.save_button.setEnabled(True))

    def _saved(self, translations: dict[str, dict[str, str]]) -> None:
        places.install(translations)
        self.accept()

    def _failed(self, error: HomewardError) -> None:
        self.banner.show_message(error_text(error))
