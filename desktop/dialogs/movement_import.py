"""Import a flight schedule (CSV or XLSX): a checked preview with each row's problems, then all valid rows
in one transaction — or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.exports.import_report import schedule_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import arrow, number, when
from desktop.ops import run_op, run_query
from desktop.places import place_name
from desktop.service_text import error_text
from desktop.words import message as keyed
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.movement_import import COLUMNS as FILE_COLUMNS
from planning.movement_import import REQUIRED, ImportPreview, ImportResult, ImportRow, apply_import, preview_import
from planning.storage.store import Store

COLUMNS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Code"), QT_TR_NOOP("Country"), QT_TR_NOOP("Route"),
           QT_TR_NOOP("Departure (UTC)"), QT_TR_NOOP("Seats"), QT_TR_NOOP("Status"))
OK, BAD = "#1e7b34", "#b3261e"


def row_cells(row: ImportRow) -> tuple[str, ...]:
    draft = row.draft
    if draft is None:
        problems = "; ".join(keyed(i.in_column()) for i in row.issues)
        return (str(row.line), row.code, "", "", "", "", problems)
    stops = [draft.origin, *(leg.destination for leg in draft.legs[:-1]), draft.destination]
    route = f" {arrow()} ".join(place_name(stop) for stop in stops)
    return (str(row.line), row.code, draft.country, route, when(draft.departure_at),
            str(draft.capacity), tr("Ready to import"))


class MovementImportDialog(QDialog):
    previewed = Signal(object)  # ImportPreview
    imported = Signal(object)  # ImportResult

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.busy = False
        self.setWindowTitle(tr("Import flight schedule"))
        self.setModal(True)
        self.resize(1000, 560)
        intro = QLabel(tr(
            "Choose a schedule as CSV (UTF-8) or Excel (.xlsx), one movement per row. Required columns: "
            "<b>{required}</b>; optional: {optional}. Times are UTC unless they carry an offset. Nothing is saved "
            "until you import; then all the rows you import are saved together, or none.").format(
            required=", ".join(REQUIRED), optional=", ".join(c for c in FILE_COLUMNS if c not in REQUIRED)))
        intro.setWordWrap(True)
        self.banner = Banner()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(tr("No file chosen"))
        self.browse_button = QPushButton(tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(tr("File")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("Rows of the schedule"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.import_all_button = QPushButton(tr("Import all"))
        self.import_valid_button = QPushButton(tr("Import only the valid rows"))
        self.close_button = QPushButton(tr("Cancel"))
        self.import_all_button.clicked.connect(lambda: self.start_import(skip_invalid=False))
        self.import_valid_button.clicked.connect(lambda: self.start_import(skip_invalid=True))
        self.close_button.clicked.connect(self.reject)
        self.export = ExportButton(store, ExportedList.IMPORT_REPORT, self._export_request,
                                   text=tr("Export report…"))
        self.export.setToolTip(tr("Save this report, row by row, as an Excel workbook or a CSV file"))
        file_row.addWidget(self.export)
        # The summary on a line of its own: beside the buttons, a long summary left them too little room.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_valid_button)
        buttons.addWidget(self.import_all_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update_buttons()

    def browse(self) -> None:
        dialog = QFileDialog(self, tr("Choose a flight schedule"), "", tr("Schedules (*.csv *.xlsx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.load_file(Path(name)))
        dialog.open()

    def load_file(self, path: Path) -> None:
        """Read and check the file in the background; the preview replaces the table."""
        self.path.setText(str(path))
        self.preview = None
        self.banner.clear_message()
        self.summary.setText(tr("Checking the file…"))
        self.busy = True
        self._update_buttons()
        store = self.store
        run_query(self, lambda: preview_import(store, path), self._previewed, kind=f"movement-import-{id(self)}",
                  on_error=self._failed)

    def _previewed(self, preview: ImportPreview) -> None:
        self.busy = False
        self.preview = preview
        if preview.file_issues:
            self.banner.show_message(tr("The file cannot be imported:") + "\n"
                                     + "\n".join(f"• {keyed(i.located())}" for i in preview.file_issues))
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, text in enumerate(row_cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 6:
                    item.setForeground(QBrush(QColor(OK if row.valid else BAD)))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        valid, total = len(preview.valid_rows), len(preview.rows)
        warnings = "".join("<br><i>{}</i>".format(tr("Note: {note}").format(note=keyed(w))) for w in preview.warnings)
        if preview.ok:
            text = tr("<b>All %n movement(s) can be imported.</b>", None, total)
        elif preview.file_issues:
            text = tr("<b>Nothing can be imported from this file.</b>")
        else:
            text = tr("<b>{valid} can be imported</b>; {invalid} (in red). Fix the file and choose it again, or "
                      "import only the valid rows.").format(
                valid=tr("{valid} of %n movement(s)", None, total).format(valid=number(valid)),
                invalid=tr("%n row(s) have problems", None, total - valid))
        self.summary.setText(text + warnings)
        self._update_buttons()
        self.previewed.emit(preview)

    def _failed(self, error: HomewardError) -> None:
        self.busy = False
        self.summary.clear()
        self.banner.show_message(error_text(error))
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = preview is not None and not self.busy and self.import_result is None
        valid = len(preview.valid_rows) if preview is not None else 0
        self.import_all_button.setEnabled(ready and preview is not None and preview.ok)
        self.import_all_button.setText(tr("Import all %n", None, valid) if preview is not None and preview.ok
                                       else tr("Import all"))
        partial = ready and preview is not None and not preview.ok and not preview.file_issues and valid > 0
        self.import_valid_button.setEnabled(partial)
        self.import_valid_button.setText(tr("Import only the %n valid row(s)", None, valid) if partial
                                         else tr("Import only the valid rows"))
        self.browse_button.setEnabled(not self.busy)
        self.export.setEnabled(preview is not None and not self.busy)

    def _export_request(self) -> ExportRequest | None:
        """The check of the file shown, row by row."""
        preview = self.preview
        if preview is None:
            return None
        name = Path(self.path.text()).name
        sheet = schedule_sheet(name, preview)
        return ExportRequest(lambda: [sheet], f"{Path(name).stem}-checked", {"file": name})

    def start_import(self, *, skip_invalid: bool) -> None:
        preview = self.preview
        if preview is None or self.busy:
            return
        self.busy = True
        self._update_buttons()
        store = self.store
        run_op(self, lambda: apply_import(store, preview, skip_invalid=skip_invalid),
               changes=Changes(origin=self), on_success=self._imported, on_error=self._failed,
               on_done=self._import_done)

    def _import_done(self) -> None:
        self.busy = False
        self._update_buttons()

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        imported = tr("<b>%n movement(s) imported</b>", None, len(result.movement_ids))
        if result.skipped_lines:
            imported = tr("{imported}; {skipped}").format(
                imported=imported, skipped=tr("%n row(s) with problems were left out", None, len(result.skipped_lines)))
        self.summary.setText(imported + ".")
        self.close_button.setText(tr("Close"))
        self.imported.emit(result)
        self.accept()
