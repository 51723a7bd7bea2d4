"""Export… on a page: the file chosen in a dialog, the list written in the background with progress and a
cancel button, the result said in a line (how many rows, where).

The page says what to export when the button is clicked (`ExportRequest`: its filters as they are then,
and a function that builds the sheets); the sheets are built and their rows read on the worker, so a list
of 100,000 cases never holds the window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.i18n import tr
from desktop.labels import label, left_to_right
from desktop.ops import show_crash, show_known_error
from desktop.tasks import Task
from planning.exports.files import Exported, ExportedList, ExportFormat, FilterValue, export_list, may_export
from planning.exports.table import Sheet
from planning.storage.store import Store

FOLDER_SETTING = "exports/folder"


@dataclass(frozen=True)
class ExportRequest:
    """What a page exports when asked: the sheets (built on the worker), its filters for the audit log, and
    the file name offered (without a suffix)."""

    sheets: Callable[[], Sequence[Sheet]]
    name: str
    filters: Mapping[str, FilterValue] = field(default_factory=dict)


def file_filters() -> dict[ExportFormat, str]:
    return {ExportFormat.XLSX: tr("Excel workbook") + " (*.xlsx)",
            ExportFormat.CSV: tr("CSV, comma-separated") + " (*.csv)"}


def export_folder() -> Path:
    """Where the last export went, else the user's documents folder."""
    saved = QSettings().value(FOLDER_SETTING, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_path(parent: QWidget, name: str) -> Path | None:
    """The file to write, chosen in the save dialog (the suffix follows the type chosen when none is typed)."""
    filters = file_filters()
    chosen, selected = QFileDialog.getSaveFileName(parent, tr("Export"), str(export_folder() / f"{name}.xlsx"),
                                                   ";;".join(filters.values()), filters[ExportFormat.XLSX])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        kind = next((k for k, text in filters.items() if text == selected), ExportFormat.XLSX)
        path = path.with_name(f"{path.name}.{kind.value}")
    QSettings().setValue(FOLDER_SETTING, str(path.parent))
    return path


def said(exported: Exported) -> str:
    """'Exported 1,234 rows to cases.xlsx (in /home/…)' in the interface language."""
    files = ", ".join(p.name for p in exported.files)
    return tr("%Ln row(s) exported to {files}, in {folder}", None, exported.total).format(
        files=left_to_right(files), folder=left_to_right(str(exported.files[0].parent)))


class ExportRun:
    """One export in progress: its task and progress dialog, and afterwards the message saying it is done."""

    def __init__(self, parent: QWidget, store: Store, what: ExportedList, request: ExportRequest, path: Path,
                 on_done: Callable[[Exported], object] | None = None) -> None:
        self.path = path
        self.result: Exported | None = None
        self.message: QMessageBox | None = None
        self.progress = QProgressDialog(tr("Exporting {list}…").format(list=label(what)), tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = Task(lambda state: export_list(store, what, request.sheets(), path, filters=request.filters,
                                                   progress=state.progress), kind=f"export-{what.value}", parent=parent)
        self.task.progressed.connect(self._progressed)
        self.progress.canceled.connect(self.task.cancel)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed_known.connect(lambda error: show_known_error(parent, error))
        self.task.crashed.connect(lambda details: show_crash(parent, details))
        self.task.finished.connect(self.progress.close)
        self._parent = parent
        self._on_done = on_done
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _succeeded(self, exported: Exported) -> None:
        self.result = exported
        self.progress.close()
        self.message = QMessageBox(QMessageBox.Icon.Information, tr("Export"), said(exported),
                                   QMessageBox.StandardButton.Ok, self._parent)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        if self._on_done is not None:
            self._on_done(exported)


class ExportButton(QPushButton):
    """"Export…": asks the page what to export, then where; shown only to a role that may export the list."""

    def __init__(self, store: Store, what: ExportedList, request: Callable[[], ExportRequest | None],
                 parent: QWidget | None = None, *, text: str | None = None) -> None:
        super().__init__(text or tr("Export…"), parent)
        self.store = store
        self.what = what
        self.request = request
        self.run: ExportRun | None = None
        #: Chooses the file (the save dialog; tests put a path here).
        self.choose: Callable[[QWidget, str], Path | None] = ask_path
        self.setToolTip(tr("Save this list as an Excel workbook or a CSV file"))
        self.setVisible(may_export(store.actor.role, what))
        self.clicked.connect(self.export)

    def export(self) -> ExportRun | None:
        request = self.request()
        if request is None:
            return None
        path = self.choose(self.window(), request.name)
        if path is None:
            return None
        self.run = ExportRun(self.window(), self.store, self.what, request, path)
        return self.run
