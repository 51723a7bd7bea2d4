"""Batch printing in the background: a folder of PDFs, with progress, cancel, and every refusal named."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import number
from desktop.ops import show_crash, writer_pool
from desktop.service_text import error_text
from desktop.tasks import Task, TaskState
from planning.documents.batches import BatchItem, BatchOutcome, check_folder, declarations_of, run_item
from planning.errors import HomewardError
from planning.storage.store import Store

REFUSED = QColor("#b3261e")


class BatchPrintDialog(QDialog):
    """`items` is called on the worker to list the batch; `finished_batch()` is emitted at the end."""

    finished_batch = Signal()

    def __init__(self, store: Store, title: str, items: Callable[[], list[BatchItem]], folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.items = items
        self.setWindowTitle(tr("Print — {title}").format(title=title))
        self.outcomes: list[BatchOutcome] = []
        self._lock = threading.Lock()
        self.task: Task | None = None
        self.total = 0
        intro = QLabel(tr("<b>{title}</b>: each document is issued and recorded with its verification code, then "
                          "written to the folder as a PDF. Households that may not travel are skipped, with the "
                          "reason.").format(title=title[:1].upper() + title[1:]))
        intro.setWordWrap(True)
        self.banner = Banner()
        self.folder = QLineEdit(str(folder or Path.home()))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(QLabel(tr("Folder")))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setFormat(tr("%v of %m"))
        self.progress.setValue(0)
        self.status = QLabel(tr("Not started."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Household"), tr("Result"), tr("Verification code / reason")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 90)
        self.start_button = QPushButton(tr("Print"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel printing"))
        self.cancel_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def batch_source(self) -> Callable[[], list[BatchItem]]:
        """What to print, read from the form on the GUI thread; listed on the worker."""
        return self.items

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for the PDFs"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        self.banner.clear_message()
        self.outcomes = []
        self.table.setRowCount(0)
        folder, store, items = Path(self.folder.text().strip()), self.store, self.batch_source()

        def work(state: TaskState) -> int:
            check_folder(folder)
            batch = items()
            self.total = len(batch)
            state.progress(0, len(batch))
            for done, item in enumerate(batch, start=1):
                outcome = run_item(store, item, folder)
                with self._lock:
                    self.outcomes.append(outcome)
                state.progress(done, len(batch))
            return len(batch)

        self.task = Task(work, parent=self)
        self.task.progressed.connect(self._progressed)
        self.task.failed_known.connect(self._failed)
        self.task.crashed.connect(lambda details: show_crash(self, details))
        self.task.finished.connect(self._finished)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Listing the documents…"))
        self.task.start(writer_pool())

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling after the document being printed…"))
            # A cancelled task reports nothing more: the documents done so far are shown now.
            self._finished(cancelled=True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self._show_outcomes()
        self.status.setText(tr("Printing {done} of {total}…").format(done=number(done), total=number(total))
                            if done < total else tr("%n of %n done.", None, total))

    def _show_outcomes(self) -> None:
        with self._lock:
            outcomes = list(self.outcomes)
        for row in range(self.table.rowCount(), len(outcomes)):
            outcome = outcomes[row]
            self.table.insertRow(row)
            cells = (outcome.subject, tr("printed", "batch result") if outcome.path else tr("skipped", "batch result"),
                     (outcome.code or "") if outcome.path
                     else (error_text(outcome.refused) if outcome.refused is not None else ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(outcome.path) if outcome.path else text)
                if not outcome.path:
                    item.setForeground(REFUSED)
                self.table.setItem(row, column, item)

    def _failed(self, error: HomewardError) -> None:
        self.banner.show_message(error_text(error))

    def _finished(self, cancelled: bool = False) -> None:
        if self.task is None:  # already reported (a cancel reports at once; the worker's end comes later)
            return
        self._show_outcomes()
        printed = sum(1 for o in self.outcomes if o.path)
        skipped = len(self.outcomes) - printed
        if cancelled:
            text = tr("Cancelled: %n printed before the cancel (complete and recorded), {skipped} skipped; the rest "
                      "were not issued.", None, printed).format(skipped=number(skipped))
        elif self.banner.isVisible():
            text = tr("Not printed.")
        elif not self.outcomes:
            text = tr("Nothing to print: no household in this batch.")
        elif skipped:
            text = tr("Done: %n printed into {folder}, {skipped} skipped (see the reasons below).", None,
                      printed).format(folder=self.folder.text(), skipped=number(skipped))
        else:
            text = tr("Done: %n printed into {folder}, none skipped.", None, printed).format(folder=self.folder.text())
        self.status.setText(text)
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None
        self.finished_batch.emit()


class DeclarationsBatchDialog(BatchPrintDialog):
    """Every declaration of voluntary return recorded on the chosen day."""

    def __init__(self, store: Store, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, tr("declarations of voluntary return of a day"), lambda: [], folder, parent)
        self.day = DateField(store.today())
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Declarations recorded on")))
        row.addWidget(self.day)
        row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(2, row)

    def batch_source(self) -> Callable[[], list[BatchItem]]:
        store, day = self.store, self.day.value()
        return lambda: declarations_of(store, day)
