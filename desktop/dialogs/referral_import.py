"""Import referrals: choose a file, map its columns, preview every row's status, import the valid households."""

from __future__ import annotations

from datetime import date
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
from desktop.exports.import_report import report_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, current_locale, tr
from desktop.labels import day, label
from desktop.ops import run_op, run_query
from desktop.service_text import detail, error_text
from desktop.words import message as keyed
from planning.errors import HomewardError, ValidationError
from planning.exports.files import ExportedList
from planning.messages import Message
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
from planning.referral_import.mapping import REQUIRED
from planning.storage.store import Store
from planning.vocabulary import ReferralSource

FILE, MAPPING, PREVIEW, DONE = range(4)
STEPS = (QT_TR_NOOP("1  Choose the file"), QT_TR_NOOP("2  Match the columns"), QT_TR_NOOP("3  Check the rows"),
         QT_TR_NOOP("4  Imported"))
STATUS_COLOURS = {
    RowStatus.VALID: "#1e6b34", RowStatus.INVALID: "#b3261e", RowStatus.LIKELY_KNOWN: "#8a5a00",
    RowStatus.HELD: "#5f6368",
}
FIELD_NAMES = frozenset(f.value for f in Field)
PREVIEW_COLUMNS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Household"), QT_TR_NOOP("Name"), QT_TR_NOOP("Born"),
                   QT_TR_NOOP("Nationality"), QT_TR_NOOP("Status"), QT_TR_NOOP("What to fix"))
STEP_STYLE = "QLabel { padding: 4px 10px; border-radius: 10px; color: #5f6368; }"
CURRENT_STEP_STYLE = "QLabel { padding: 4px 10px; border-radius: 10px; background: #1a5fb4; color: white; }"


def listed(items: list[str]) -> str:
    """'a, b and c' in the interface locale's words ('a, b et c', 'a، b وc'); plain commas before one is set."""
    locale = current_locale()
    return locale.createSeparatedList(items) if locale is not None else ", ".join(items)


def born(value: str) -> str:
    """A date of birth read from the file: in the locale's format once understood, as written otherwise."""
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        return value


def coloured(html: str, status: RowStatus) -> str:
    """`html` in the colour of a row status."""
    return f"<span style='color:{STATUS_COLOURS[status]}'>{html}</span>"


def described(issue: Issue) -> str:
    """An issue for people: the field in words ('Date of birth: …'), then what is wrong, in the interface
    language (a keyed line, or the reader's validation error without its field)."""
    said = issue.said
    message = keyed(said) if isinstance(said, Message) else detail(said)
    if issue.suggestion and not (isinstance(said, ValidationError) and said.suggestion):
        message = tr("{message} (did you mean {suggestion}?)").format(message=message, suggestion=issue.suggestion)
    if not issue.field:
        return message
    where = (label(Field(issue.field)) if issue.field in FIELD_NAMES
             else issue.field.replace("_", " ").capitalize())
    return tr("{field}: {message}").format(field=where, message=message)


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
        self.setWindowTitle(tr("Import referrals"))
        self.resize(1040, 640)
        layout = QVBoxLayout(self)
        steps = QHBoxLayout()
        self.step_labels = [QLabel(tr(text)) for text in STEPS]
        for step_label in self.step_labels:
            steps.addWidget(step_label)
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
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton(tr("Next"))
        self.import_button = QPushButton(tr("Import"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self.export = ExportButton(store, ExportedList.IMPORT_REPORT, self._export_request,
                                   text=tr("Export report…"))
        self.export.setToolTip(tr("Save this report, row by row, as an Excel workbook or a CSV file"))
        self.may_export = not self.export.isHidden()
        for button in (self.export, self.back_button, self.next_button, self.import_button, self.cancel_button,
                       self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self._import_progress.connect(
            lambda done, total: self.progress.setText(
                tr("Imported {done} of %n household(s)…", None, total).format(done=done)))
        self._show_step(FILE)

    # --- pages -------------------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(tr("Choose a referral list from a partner (CSV or Excel .xlsx). Each row is one person; rows "
                          "sharing a household or referral id become one case. Nothing is saved until you import, "
                          "and then all the valid households are saved together."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("No file chosen"))
        browse = QPushButton(tr("Choose file…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("Referral list"), row)
        self.source = QComboBox()
        for source in ReferralSource:
            self.source.addItem(label(source), source.value)
        self.source.setCurrentIndex(self.source.findData(ReferralSource.NGO.value))
        form.addRow(tr("Referred by"), self.source)
        self.date_order = QComboBox()
        self.date_order.addItem(tr("Day first — 03/04/1990 is 3 April 1990"), DateOrder.DMY.value)
        self.date_order.addItem(tr("Month first — 03/04/1990 is 4 March 1990"), DateOrder.MDY.value)
        form.addRow(tr("Dates written"), self.date_order)
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
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in the file"), tr("First value"), tr("Holds")])
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
        self.preview_table.setHorizontalHeaderLabels([tr(column) for column in PREVIEW_COLUMNS])
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
        hint = QLabel(tr("Rows likely describing someone already known are left out; tick “import anyway” if you "
                         "are sure it is another person. A household is imported whole or not at all."))
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
        for i, step_label in enumerate(self.step_labels):
            step_label.setStyleSheet(CURRENT_STEP_STYLE if i == step else STEP_STYLE)
        self.back_button.setVisible(step in (MAPPING, PREVIEW))
        self.next_button.setVisible(step in (FILE, MAPPING))
        self.next_button.setText(tr("Check rows") if step == MAPPING else tr("Next"))
        self.import_button.setVisible(step == PREVIEW)
        self.cancel_button.setVisible(step != DONE)
        self.close_button.setVisible(step == DONE)
        self.export.setVisible(self.may_export and step in (PREVIEW, DONE))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.next_button.setEnabled(not self.busy and (self.path is not None if step == FILE else
                                                       not self._missing()))
        self.back_button.setEnabled(not self.busy)
        households = self.preview.report.households_valid if self.preview else 0
        people = self.preview.people if self.preview else 0
        self.import_button.setText(tr("Import %n household(s) ({people})", None, households).format(
                                       people=tr("%n person(s)", None, people)) if households
                                   else tr("Nothing to import"))
        self.import_button.setEnabled(not self.busy and households > 0)
        self.import_button.setMinimumWidth(self.import_button.sizeHint().width())
        self.next_button.setDefault(step in (FILE, MAPPING))
        self.import_button.setDefault(step == PREVIEW)

    def _export_request(self) -> ExportRequest | None:
        """The report shown: the import's once done, else the check's."""
        report = self.import_report if self.stack.currentIndex() == DONE and self.import_report else \
            self.preview.report if self.preview else None
        if report is None:
            return None
        sheet = report_sheet(report, described)
        stem = Path(report.file_name).stem
        return ExportRequest(lambda: [sheet], f"{stem}-{'imported' if not report.dry_run else 'checked'}",
                             {"file": report.file_name, "imported": not report.dry_run})

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose a referral list"), "",
                                              tr("Referral lists (*.csv *.xlsx *.xlsm *.txt)") + ";;"
                                              + tr("All files (*)"))
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
        self._set_busy(True, tr("Reading and checking the file…"))
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
            self.banner.show_message(tr("{file} cannot be imported: {reason}").format(
                file=report.file_name, reason=described(report.file_issues[0])))
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
        where = (tr("sheet “{sheet}”").format(sheet=table.sheet) if table.sheet
                 else tr("{encoding} text").format(encoding=table.encoding))
        self.mapping_intro.setText(
            tr("<b>{file}</b> ({where}): {rows} in {columns}.").format(
                file=preview.file_name, where=where, rows=tr("%n row(s)", None, len(table.rows)),
                columns=tr("%n column(s)", None, len(table.headers)))
            + " " + tr("Homeward guessed what each column holds from its heading; correct any guess, or choose "
                       "“{ignore}” for columns you do not want imported.").format(ignore=tr("(ignore)")))
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
            box.addItem(tr("(ignore)"), None)
            for field in Field:
                box.addItem(label(field) + (" *" if field in REQUIRED else ""), field.value)
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
        self.missing_label.setText(tr("Still to match: {fields} (needed for every person).").format(
            fields=listed([label(f) for f in missing])) if missing else "")
        self._refresh_buttons()

    def _missing(self) -> tuple[Field, ...]:
        if not self.mapping_boxes:
            return REQUIRED
        return self.current_mapping().missing()

    def _fill_preview(self, preview: Preview) -> None:
        report = preview.report
        counts = report.counts()
        self.summary.setText(
            tr("<b>{file}</b>: {rows} in {households}.").format(
                file=report.file_name, rows=tr("%n row(s)", None, counts["rows"]),
                households=tr("%n household(s)", None, counts["households"]))
            + " " + coloured(tr("<b>%n</b> ready to import", None, counts["valid"]), RowStatus.VALID)
            + " " + tr("in %n case(s)", None, counts["households_valid"])
            + " · " + coloured(tr("<b>%n</b> with errors", None, counts["invalid"]), RowStatus.INVALID)
            + " · " + coloured(tr("<b>%n</b> likely already known", None, counts["likely_known"]),
                               RowStatus.LIKELY_KNOWN)
            + " · " + tr("<b>%n</b> held with their household", None, counts["held"]))
        notes = [described(i) for i in report.file_issues]
        self.file_notes.setText("\n".join(notes))
        self.file_notes.setVisible(bool(notes))
        table = self.preview_table
        table.blockSignals(True)
        table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            values = (str(row.line), row.household, row.name or tr("(no name)"), born(row.date_of_birth),
                      row.nationality)
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
            status = QTableWidgetItem(label(row.status))
            status.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
            status.setData(Qt.ItemDataRole.UserRole, row.line)
            if row.likely_known_as:
                status.setText(tr("Known as {reference} — import anyway").format(reference=row.likely_known_as))
                status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                status.setCheckState(Qt.CheckState.Checked if row.overridden else Qt.CheckState.Unchecked)
                if row.overridden:
                    status.setForeground(QBrush(QColor(STATUS_COLOURS[RowStatus.VALID])))
                if row.blocks:
                    # Imported anyway, the row is linked to someone whose case ended for good: its case is blocked.
                    status.setText(tr("Known as {reference}, ended or protected — import anyway, blocked until "
                                      "decided").format(reference=row.likely_known_as))
                    status.setForeground(QBrush(QColor(STATUS_COLOURS[RowStatus.INVALID])))
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
        self._set_busy(True, tr("Importing %n household(s)…", None, len(preview.cases)))
        report_progress = self._import_progress.emit
        run_op(self, lambda: apply(store, preview, progress=report_progress), changes=Changes(cases=True),
               on_success=self._imported, on_error=self._failed, on_done=lambda: self._set_busy(False))

    def _imported(self, report: Report) -> None:
        self.import_report = report
        counts = report.counts()
        left = counts["rows"] - counts["valid"]
        references = ", ".join(report.imported)
        source = label(self.preview.options.source) if self.preview else ""
        opened = tr("%n case(s) opened for {people}", None, len(report.imported)).format(
            people=tr("%n person(s)", None, counts["valid"]))
        origin = tr("From <b>{file}</b>, referred by {source}: {references}.").format(
            file=report.file_name, source=source, references=references)
        rest = (tr("%n row(s) were not imported; fix them in the file and import it again — rows already imported "
                   "will then show as likely known.", None, left) if left else tr("Every row was imported."))
        where = tr("The new cases are in intake; find them on the Cases page.")
        self.done_label.setText(f"<h3>{opened}</h3><p>{origin}</p><p>{rest}</p><p>{where}</p>")
        self._show_step(DONE)
        self.imported.emit(report)

    def _failed(self, error: HomewardError) -> None:
        self._set_busy(False)
        self.banner.show_message(error_text(error))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.progress.setText(message)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._refresh_buttons()


