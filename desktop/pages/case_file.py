"""The case file: one household's members, counselling, will, protection and readiness, on one page."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs import case_details
from desktop.dialogs.case_details import CaseDetailsDialog
from desktop.dialogs.members import PersonDialog
from desktop.dialogs.print_preview import PrintPreviewDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.ops import hub, run_op, run_query
from desktop.pages.case_file_common import BLUE, GREY
from desktop.pages.case_file_counselling import CounsellingPanel
from desktop.pages.case_file_header import CaseHeader, Notice
from desktop.pages.case_file_members import MembersPanel
from desktop.pages.case_file_protection import ProtectionPanel
from desktop.pages.case_file_readiness import ReadinessPanel
from desktop.pages.case_file_same_person import SamePersonPanel
from desktop.pages.case_file_timeline import TimelinePanel
from desktop.pages.case_file_undo import ServiceEdit
from desktop.printing import preview
from desktop.service_text import error_text
from planning import case_file, cases
from planning.case_file import CaseFileView
from planning.documents.catalogue import KINDS
from planning.documents.declaration import KIND as DECLARATION
from planning.documents.travel_letter import KIND as TRAVEL_LETTER
from planning.errors import HomewardError
from planning.storage.store import Store

V = TypeVar("V")

#: The documents printed from the case file, named in the interface language (the PDF keeps its own).
DOCUMENT_TITLES = {
    DECLARATION: QT_TR_NOOP("Declaration of voluntary return"),
    TRAVEL_LETTER: QT_TR_NOOP("Travel letter"),
}

STYLE = """
#caseReference { font-size: 17pt; font-weight: 600; }
#sectionHeading { font-size: 12pt; font-weight: 600; padding: 2px 0; }
#memberTitle { font-size: 11pt; font-weight: 600; }
#hint, #dialogIntro { color: #4a4f55; }
QGroupBox { font-weight: 600; }
QGroupBox QTableWidget, QGroupBox QPushButton { font-weight: normal; }
#dangerButton:enabled { color: #b3261e; font-weight: 600; }
"""


class CaseFilePage(QWidget):
    """One case's file; `show_case(id)` loads it in the background and it refreshes on every change to it."""

    loaded = Signal()  # a (re)load finished and the page shows it
    case_opened = Signal(int)  # the user asked to open another case (e.g. the same person's earlier case)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._case_id: int | None = None
        self._view: CaseFileView | None = None
        self.loading = False
        self.dialog: QDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.setStyleSheet(STYLE)

        self.header = CaseHeader(self.undo_stack)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.header.tools.insertWidget(0, self.busy)
        self.notice = Notice()
        self.same_person = SamePersonPanel(self)
        self.members = MembersPanel(self)
        self.timeline = TimelinePanel(self)
        self.counselling = CounsellingPanel(self)
        self.protection = ProtectionPanel(self)
        self.readiness = ReadinessPanel(store.today())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, tr("&Members"))
        self.tabs.addTab(self.timeline, tr("&Voluntariness"))
        self.tabs.addTab(self.counselling, tr("&Counselling"))
        self.tabs.addTab(self.protection, tr("&Protection"))
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.tabs)
        body.addWidget(self.readiness)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([880, 380])
        body.setChildrenCollapsible(False)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.notice)
        content_layout.addWidget(self.same_person)
        content_layout.addWidget(body, 1)
        self.placeholder = QLabel(tr("Open a case from the case list to see its file."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(f"color: {GREY}; font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.stack)

        self.header.edit_details.clicked.connect(self.edit_case_details)
        self.header.print_declaration.triggered.connect(lambda: self.print_document(DECLARATION))
        self.header.print_travel_letter.triggered.connect(lambda: self.print_document(TRAVEL_LETTER))
        self.members.edit_requested.connect(self.edit_particulars)
        self.readiness.date_changed.connect(self.reload)
        self.same_person.case_opened.connect(self.case_opened)
        hub().changed.connect(self._changed)

    # --- what the main window uses -------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def view(self) -> CaseFileView | None:
        return self._view

    def show_case(self, case_id: int) -> None:
        if case_id != self._case_id:
            self._view = None
            self.undo_stack.clear()
            self.notice.dismiss()
            self.placeholder.setText(tr("Loading the case file…"))
            self.stack.setCurrentIndex(0)
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        self.loading = True
        self.busy.show()
        store, on = self.store, self.readiness.on()
        run_query(self, lambda: case_file.load(store, case_id, on=on), self._loaded, kind=f"case-file-{id(self)}",
                  on_error=self._load_failed)

    # --- what the panels use (desktop.pages.case_file_common.Host) ------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def notify(self, text: str, colour: str = BLUE) -> None:
        self.notice.show_text(text, colour)

    def print_document(self, kind: str) -> PrintPreviewDialog | None:
        """Issue the household's declaration or travel letter in a print preview (refusals shown there)."""
        view = self._view
        if view is None:
            return None
        document, store, reference = KINDS[kind], self.store, view.reference
        title = tr(DOCUMENT_TITLES[kind]) if kind in DOCUMENT_TITLES else document.title
        return preview(self, tr("{document} — {reference}").format(document=title, reference=reference),
                       lambda: document.produce(store, reference), f"{kind}-{reference}.pdf")

    # --- undoable edits ---------------------------------------------------------------------------

    def edit_particulars(self, person_id: int) -> None:
        view = self._view
        if view is None:
            return
        dialog = PersonDialog(self.store, view.id, view.member(person_id), self)
        dialog.saved.connect(lambda version: self._push(
            tr("edit {name}").format(name=dialog.member.name),  # after "Undo" in the menu
            lambda draft, v: cases.update_person(self.store, person_id, v, draft),
            dialog.before, dialog.after, version, lambda: self._member_version(person_id)))
        self.open_dialog(dialog)

    def edit_case_details(self) -> None:
        view = self._view
        if view is None:
            return
        dialog = CaseDetailsDialog(self.store, view, self)
        dialog.saved.connect(lambda version: self._push(
            tr("edit case details"), lambda details, v: case_details.update(self.store, view.id, v, details),
            dialog.before, dialog.after, version, self._case_version))
        self.open_dialog(dialog)

    def _push(self, text: str, apply: Callable[[V, int], int], before: V, after: V, version: object,
              current: Callable[[], int]) -> None:
        if before == after:
            return
        assert isinstance(version, int)
        self.undo_stack.push(ServiceEdit(text, apply, before, after, version, current, self._run_edit))

    def _run_edit(self, work: Callable[[], int], done: Callable[[int | None], None]) -> None:
        case_id = self._case_id
        if case_id is None:
            return

        def failed(error: HomewardError) -> None:
            done(None)
            self.undo_stack.clear()
            self.notify(tr("Could not undo/redo: {error}. The undo history was cleared.").format(
                error=error_text(error)), "#b3261e")
            self.reload()

        run_op(self, work, changes=Changes.of_case(case_id, origin=self), on_success=done, on_error=failed)

    def _member_version(self, person_id: int) -> int:
        view = self._view
        return next((m.version for m in view.members if m.id == person_id), 0) if view else 0

    def _case_version(self) -> int:
        return self._view.version if self._view else 0

    # --- loading ------------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if self._case_id is not None and changes.touches_case(self._case_id):
            self.reload()

    def _loaded(self, view: CaseFileView) -> None:
        if view.id != self._case_id:
            return
        self.loading = False
        self.busy.hide()
        self._view = view
        today = self.store.today()
        self.header.show_case(view)
        self.same_person.show_case(view)
        self.members.show_case(view, today)
        self.timeline.show_case(view)
        self.counselling.show_case(view)
        self.protection.show_case(view)
        self.readiness.show_verdict(view.verdict)
        self.stack.setCurrentIndex(1)
        self.loaded.emit()

    def _load_failed(self, error: HomewardError) -> None:
        self.loading = False
        self.busy.hide()
        if self._view is None:
            self.placeholder.setText(tr("The case file could not be opened: {error}")
                                     .format(error=escape(error_text(error))))
        else:
            self.notify(tr("The case file could not be refreshed: {error}").format(error=error_text(error)), "#b3261e")

