"""Import referrals: choose a file, map its columns, preview every row's status, import the valid households."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.wording import words
from desktop.forms import Banner
from desktop.ops import run_op, run_query
from planning.errors import HomewardError
from planning.referral_import import (
    DateOrder,
    Field,
    ImportOptions,
    Issue,
    Mapping,
    Preview,
    Report,
    RowStatus,
    Severity,
    apply,
    check,
)
from planning.referral_import.mapping import LABELS, REQUIRED
from planning.storage.store import Store
from planning.vocabulary import ReferralSource

FILE, MAPPING, PREVIEW, DONE = range(4)
STEPS = ("1  Choose the file", "2  Match the columns", "3  Check the rows", "4  Imported")
STATUS_WORDS = {
    RowStatus.VALID: "Ready to import", RowStatus.INVALID: "Has errors",
    RowStatus.LIKELY_KNOWN: "Likely already known", RowStatus.HELD: "Held with household",
}
STATUS_COLOURS = {
    RowStatus.VALID: "#1e6b34", RowStatus.INVALID: "#b3261e", RowStatus.LIKELY_KNOWN: "#8a5a00",
    RowStatus.HELD: "#5f6368",
}
FIELD_NAMES = frozenset(f.value for f in Field)
PREVIEW_COLUMNS = ("Line", "Household", "Name", "Born", "Nationality", "Status", "What to fix")
STEP_STYLE = "QLabel { padding: 4px 10px; border-radius: 10px; color: #5f6368; }"
CURRENT_STEP_STYLE = "QLabel { padding: 4px 10px; border-radius: 10px; background: #1a5fb4; color: white; }"


def described(issue: Issue) -> str:
    """An issue for people: the field in words ('Date of birth: …')."""
    label = LABELS.get(Field(issue.field)) if issue.field in FIELD_NAMES else None
    where = f"{label or issue.field.replace('_', ' ').capitalize()}: " if issue.field else ""
    hint = f" (did you mean {issue.suggestion}?)" if issue.suggestion else ""
    return f"{where}{issue.message}{hint}"


class ReferralImportDialog(QDialog):
    """A wizard in one window; every read and the import run in the background."""

    checked = Signal(object)  # a Preview arrived
    imported = Signal(object)  # the Report after the import
    _import_progress = Signal(int, int)  # emitted on the database worker, delivered on the GUI thread

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.import_report: Report | None = None
        self.allow_known: set[int] = set()
        self.busy = False
        self.setWindowTitle("Import referrals")
        self.resize(1040, 640)
        layout = QVBoxLayout(self)
        steps = QHBoxLayout()
        self.step_labels = [QLabel(text) for text in STEPS]
        for label in self.step_labels:
            steps.addWidget(label)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._done_page())
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setStyleSheet("color: #5f6368;")
        buttons.addWidget(self.progress, 1)
        self.back_button = QPushButton("Back")
        self.next_button = QPushButton("Next")
        self.import_button = QPushButton("Import")
        self.cancel_button = QPushButton("Cancel")
        self.close_button = QPushButton("Close")
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button,
                       self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self._import_progress.connect(
            lambda done, total: self.progress.setText(f"Imported {done} of {total} household(s)…"))
        self._show_step(FILE)

    # --- pages -------------------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel("Choose a referral list from a partner (CSV or Excel .xlsx). Each row is one person; rows "
                       "sharing a household or referral id become one case. Nothing is saved until you import, "
                       "and then all the valid households are saved together.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText("No file chosen")
        browse = QPushButton("Choose file…")
        browse.clicked.connect(self.browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow("Referral list", row)
        self.source = QComboBox()
        for source in ReferralSource:
            self.source.addItem(words(source), source.value)
        self.source.setCurrentIndex(self.source.findData(ReferralSource.NGO.value))
        form.addRow("Referred by", self.source)
        self.date_order = QComboBox()
        self.date_order.addItem("Day first — 03/04/1990 is 3 April 1990", DateOrder.DMY.value)
        self.date_order.addItem("Month first — 03/04/1990 is 4 March 1990", DateOrder.MDY.value)
        form.addRow("Dates written", self.date_order)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        layout.addWidget(self.mapping_intro)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(("Column in the file", "First value", "Holds"))
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping_table.setColumnWidth(2, 280)
        layout.addWidget(self.mapping_table, 1)
        self.missing_label = QLabel()
        self.missing_label.setStyleSheet("color: #b3261e;")
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.missing_label)
        self.mapping_boxes: list[QComboBox] = []
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.file_notes = QLabel()
        self.file_notes.setWordWrap(True)
        self.file_notes.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.file_notes)
        self.preview_table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview_table.setHorizontalHeaderLabels(PREVIEW_COLUMNS)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(True)
        self.preview_table.setAlternatingRowColors(True)
        header = self.preview_table.horizontalHeader()
        for column in range(len(PREVIEW_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(PREVIEW_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.preview_table.itemChanged.connect(self._override_changed)
        layout.addWidget(self.preview_table, 1)
        hint = QLabel("Rows likely describing someone already known are left out; tick “import anyway” if you "
                      "are sure it is another person. A household is imported whole or not at all.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    # --- steps -------------------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        for i, label in enumerate(self.step_labels):
            label.setStyleSheet(CURRENT_STEP_STYLE if i == step else STEP_STYLE)
        self.back_button.setVisible(step in (MAPPING, PREVIEW))
        self.next_button.setVisible(step in (FILE, MAPPING))
        self.next_button.setText("Check rows" if step == MAPPING else "Next")
        self.import_button.setVisible(step == PREVIEW)
        self.cancel_button.setVisible(step != DONE)
        self.close_button.setVisible(step == DONE)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.next_button.setEnabled(not self.busy and (self.path is not None if step == FILE else
                                                       not self._missing()))
        self.back_button.setEnabled(not self.busy)
        households = self.preview.report.households_valid if self.preview else 0
        people = self.preview.people if self.preview else 0
        self.import_button.setText(f"Import {households} household{'s' if households != 1 else ''} "
                                   f"({people} {'person' if people == 1 else 'people'})" if households
                                   else "Nothing to import")
        self.import_button.setEnabled(not self.busy and households > 0)
        self.import_button.setMinimumWidth(self.import_button.sizeHint().width())
        self.next_button.setDefault(step in (FILE, MAPPING))
        self.import_button.setDefault(step == PREVIEW)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose a referral list", "",
                                              "Referral lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.preview = None
        self.allow_known.clear()
        self._refresh_buttons()

    def back(self) -> None:
        self.banner.clear_message()
        self._show_step(self.stack.currentIndex() - 1)

    def next(self) -> None:
        if self.stack.currentIndex() == FILE:
            self._run_check(None, then=MAPPING)
        else:
            self._run_check(self.current_mapping(), then=PREVIEW)

    def options(self, mapping: Mapping | None) -> ImportOptions:
        return ImportOptions(source=ReferralSource(self.source.currentData()), mapping=mapping,
                             date_order=DateOrder(self.date_order.currentData()),
                             allow_known=frozenset(self.allow_known))

    def _run_check(self, mapping: Mapping | None, *, then: int) -> None:
        if self.path is None:
            return
        path, store, options = self.path, self.store, self.options(mapping)
        self._set_busy(True, "Reading and checking the file…")
        self.banner.clear_message()

        def arrived(preview: Preview) -> None:
            self._set_busy(False)
            self._show_preview(preview, then)

        run_query(self, lambda: check(store, path, options), arrived, kind="referral-import-check",
                  on_error=self._failed)

    def _show_preview(self, preview: Preview, step: int) -> None:
        self.preview = preview
        report = preview.report
        if not report.readable and preview.table is None:
            self.banner.show_message(f"{report.file_name} cannot be imported: {report.file_issues[0].text()}")
            self._show_step(FILE)
            return
        if step == MAPPING or preview.mapping is None:
            self._fill_mapping(preview)
            self._show_step(MAPPING)
        else:
            self._fill_preview(preview)
            self._show_step(PREVIEW)
        self.checked.emit(preview)

    def _fill_mapping(self, preview: Preview) -> None:
        table, mapping = preview.table, preview.mapping
        assert table is not None and mapping is not None
        where = f"sheet “{table.sheet}”" if table.sheet else f"{table.encoding} text"
        self.mapping_intro.setText(
            f"<b>{preview.file_name}</b> ({where}): {len(table.rows)} row(s) in {len(table.headers)} column(s). "
            "Homeward guessed what each column holds from its heading; correct any guess, or choose "
            "“(ignore)” for columns you do not want imported.")
        self.mapping_intro.setTextFormat(Qt.TextFormat.RichText)
        self.mapping_table.setRowCount(len(table.headers))
        self.mapping_boxes = []
        for i, heading in enumerate(table.headers):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(heading))
            sample = next((r.cell(i) for r in table.rows if r.cell(i).strip()), "")
            item = QTableWidgetItem(sample[:80])
            item.setForeground(QBrush(QColor("#5f6368")))
            self.mapping_table.setItem(i, 1, item)
            box = QComboBox()
            box.addItem("(ignore)", None)
            for field in Field:
                box.addItem(field.label + (" *" if field in REQUIRED else ""), field.value)
            chosen = mapping.fields[i]
            box.setCurrentIndex(box.findData(chosen.value) if chosen else 0)
            box.currentIndexChanged.connect(lambda _=0, index=i: self._mapping_changed(index))
            self.mapping_table.setCellWidget(i, 2, box)
            self.mapping_boxes.append(box)
        self._mapping_changed(None)

    def current_mapping(self) -> Mapping:
        assert self.preview is not None and self.preview.table is not None
        fields = tuple(Field(box.currentData()) if box.currentData() else None for box in self.mapping_boxes)
        return Mapping(self.preview.table.headers, fields)

    def _mapping_changed(self, index: int | None) -> None:
        if index is not None:  # a field is held by one column: take it from any other
            chosen = self.mapping_boxes[index].currentData()
            for i, box in enumerate(self.mapping_boxes):
                if i != index and chosen and box.currentData() == chosen:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        missing = self._missing()
        self.missing_label.setText("Still to match: " + ", ".join(f.label for f in missing) + " (needed for "
                                   "every person)." if missing else "")
        self._refresh_buttons()

    def _missing(self) -> tuple[Field, ...]:
        if not self.mapping_boxes:
            return REQUIRED
        return self.current_mapping().missing()

    def _fill_preview(self, preview: Preview) -> None:
        report = preview.report
        counts = report.counts()
        self.summary.setText(
            f"<b>{report.file_name}</b>: {counts['rows']} row(s) in {counts['households']} household(s). "
            f"<span style='color:{STATUS_COLOURS[RowStatus.VALID]}'><b>{counts['valid']}</b> ready to import</span>"
            f" in {counts['households_valid']} case(s) · "
            f"<span style='color:{STATUS_COLOURS[RowStatus.INVALID]}'><b>{counts['invalid']}</b> with errors</span>"
            f" · <span style='color:{STATUS_COLOURS[RowStatus.LIKELY_KNOWN]}'><b>{counts['likely_known']}</b> "
            f"likely already known</span> · <b>{counts['held']}</b> held with their household")
        notes = [described(i) for i in report.file_issues]
        self.file_notes.setText("\n".join(notes))
        self.file_notes.setVisible(bool(notes))
        table = self.preview_table
        table.blockSignals(True)
        table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            values = (str(row.line), row.household, row.name, row.date_of_birth, row.nationality)
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
            status = QTableWidgetItem(STATUS_WORDS[row.status])
            status.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
            status.setData(Qt.ItemDataRole.UserRole, row.line)
            if row.likely_known_as:
                status.setText(f"Known as {row.likely_known_as} — import anyway")
                status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                status.setCheckState(Qt.CheckState.Checked if row.overridden else Qt.CheckState.Unchecked)
                if row.overridden:
                    status.setForeground(QBrush(QColor(STATUS_COLOURS[RowStatus.VALID])))
            table.setItem(r, 5, status)
            shown = [i for i in row.issues if i.severity is not Severity.INFO] or list(row.issues)
            messages = QTableWidgetItem("\n".join(described(i) for i in shown))
            messages.setToolTip("\n".join(described(i) for i in row.issues))
            if row.errors:
                messages.setForeground(QBrush(QColor(STATUS_COLOURS[RowStatus.INVALID])))
            table.setItem(r, 6, messages)
        table.blockSignals(False)
        QTimer.singleShot(0, table.resizeRowsToContents)  # once the columns have their real widths

    def _override_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 5 or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        line = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.allow_known.add(line)
        else:
            self.allow_known.discard(line)
        self._run_check(self.current_mapping(), then=PREVIEW)

    # --- import ------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or not self.preview.cases or self.busy:
            return
        preview, store = self.preview, self.store
        self._set_busy(True, f"Importing {len(preview.cases)} household(s)…")
        report_progress = self._import_progress.emit
        run_op(self, lambda: apply(store, preview, progress=report_progress), changes=Changes(cases=True),
               on_success=self._imported, on_error=self._failed, on_done=lambda: self._set_busy(False))

    def _imported(self, report: Report) -> None:
        self.import_report = report
        counts = report.counts()
        left = counts["rows"] - counts["valid"]
        references = ", ".join(report.imported)
        source = words(self.preview.options.source) if self.preview else ""
        self.done_label.setText(
            f"<h3>{len(report.imported)} case(s) opened for {counts['valid']} people</h3>"
            f"<p>From <b>{report.file_name}</b>, referred by {source}: {references}.</p>"
            + (f"<p>{left} row(s) were not imported; fix them in the file and import it again — rows already "
               "imported will then show as likely known.</p>" if left else "<p>Every row was imported.</p>")
            + "<p>The new cases are in intake; find them on the Cases page.</p>")
        self._show_step(DONE)
        self.imported.emit(report)

    def _failed(self, error: HomewardError) -> None:
        self._set_busy(False)
        self.banner.show_message(error.message)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.progress.setText(message)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._refresh_buttons()


