"""Administration > Audit log…: the data-protection officer reads and checks the tamper-evident log.

Filters (user, case, period, action) go to the database; the table fetches 200 entries at a time as
it is scrolled (keyset pages, newest first), so a log of millions of entries opens at once. The
selected entry's before and after values are shown side by side. "Verify chain" walks the whole
chain in the background and says whether it holds, or names the first broken entry.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import words
from desktop.dialogs.fields import DateField
from desktop.exports.audit_log import audit_filters, audit_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, current_locale, tr
from desktop.labels import day, in_sentence
from desktop.ops import run_query
from desktop.service_text import error_text
from planning import audit_log
from planning.audit_chain import ChainReport, verify_and_record
from planning.audit_log import AuditFilter, AuditRow
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.security.permissions import Permission, may
from planning.storage.store import Store

HEADERS = (QT_TR_NOOP("Position"), QT_TR_NOOP("Time (UTC)"), QT_TR_NOOP("User"), QT_TR_NOOP("Action"),
           QT_TR_NOOP("Record"), QT_TR_NOOP("Case"))
Index = QModelIndex | QPersistentModelIndex


def stamp(at: datetime) -> str:
    """An entry's time to the second, in the interface locale (ISO before a locale is installed)."""
    locale = current_locale()
    if locale is None:
        return at.strftime("%Y-%m-%d %H:%M:%S")
    return f"{day(at.date())} {locale.toString(QTime(at.hour, at.minute, at.second), 'HH:mm:ss')}"


class AuditTableModel(QAbstractTableModel):
    """The entries fetched so far; asks for the next page when the view scrolls to the end."""

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[AuditRow] = []
        self.where = AuditFilter()
        self.exhausted = True
        self.loading = False
        self.generation = 0
        self.on_error: Any = None

    def reset(self, where: AuditFilter) -> None:
        self.beginResetModel()
        self.rows, self.where, self.exhausted, self.loading = [], where, False, False
        self.generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        record = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        return (str(row.seq), stamp(row.at), row.actor, row.action, record,
                row.case_reference or "")[index.column()]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.exhausted or self.loading:
            return
        self.loading = True
        below = self.rows[-1].seq if self.rows else None
        generation, where, store = self.generation, self.where, self.store
        run_query(self, lambda: audit_log.page(store, where, below),
                  lambda rows: self._arrived(generation, rows), kind="audit-log-page", on_error=self._failed)

    def _arrived(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.exhausted = len(rows) < audit_log.PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.layoutChanged.emit()

    def _failed(self, error: HomewardError) -> None:
        self.loading = False
        self.exhausted = True
        if self.on_error is not None:
            self.on_error(error)


def changes_html(row: AuditRow) -> str:
    """The entry's before and after values as a small table."""
    record = html.escape(row.entity) + (f" {row.entity_id}" if row.entity_id is not None else "")
    if row.case_reference:
        record += " · " + tr("case {reference}").format(reference=html.escape(row.case_reference))
    head = "<p>" + tr("<b>{action}</b> by {user} on {time} UTC — {record}").format(
        action=html.escape(row.action), user=html.escape(row.actor), time=stamp(row.at), record=record) + "</p>"
    if row.redacted:
        return head + "<p><i>" + tr("The values of this entry were removed by retention when the case was "
                                    "anonymised; the entry still counts in the chain.") + "</i></p>"
    before, after = row.before or {}, row.after or {}
    keys = list(dict.fromkeys([*before, *after]))
    if not keys:
        return head + "<p><i>" + tr("No values recorded for this entry.") + "</i></p>"
    cells = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{_cell(before, k)}</td><td>{_cell(after, k)}</td></tr>"
        for k in keys)
    field, was, now = tr("Field"), tr("Before"), tr("After")
    return head + ("<table cellspacing='0' cellpadding='4' border='1' style='border-color:#b8c2cc'>"
                   f"<tr style='background:#eef2f6'><th align='left'>{field}</th>"
                   f"<th align='left'>{was}</th><th align='left'>{now}</th></tr>{cells}</table>")


def _cell(values: dict[str, Any], key: str) -> str:
    if key not in values:
        return "<span style='color:#5b6573'>—</span>"
    value = values[key]
    return html.escape("" if value is None else str(value)) or ("<span style='color:#5b6573'>" + tr("(empty)")
                                                                 + "</span>")


def chain_html(report: ChainReport) -> str:
    notes = "".join("<br>" + html.escape(words.message(note)) for note in report.notes)
    if report.broken is None:
        return ("<span style='color:#188038'><b>" + tr("Chain intact") + "</b></span> — "
                + tr("{entries}; the head is signed with the chain key; {checkpoints} kept outside the database "
                     "agree").format(entries=tr("%Ln entries", None, report.entries),
                                     checkpoints=tr("%Ln checkpoints", None, report.checkpoints)) + notes)
    return ("<span style='color:#b3261e'><b>" + tr("Chain broken") + "</b></span> — "
            + html.escape(words.message(report.broken.line())) + notes)


class AuditLogDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("Audit log"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.allowed = may(store.actor.role, Permission.VIEW_AUDIT)
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("any user"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(tr("any case, e.g. HW-2026-000017"))
        self.action = QComboBox()
        self.action.setEditable(True)
        if (typed := self.action.lineEdit()) is not None:
            typed.setPlaceholderText(tr("any action, or a family such as consent."))
        self.use_period = QCheckBox(tr("From", "period"))
        today = store.today()
        self.start = DateField(date(today.year, 1, 1))
        self.end = DateField(today)
        self.use_period.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        self.apply = QPushButton(tr("Apply filters"))
        self.apply.setDefault(True)
        self.apply.clicked.connect(self.search)
        filters = QHBoxLayout()
        for label, widget, stretch in ((tr("User"), self.user, 1), (tr("Case"), self.case, 1),
                                      (tr("Action"), self.action, 1)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, stretch)
        filters.addWidget(self.use_period)
        filters.addWidget(self.start)
        filters.addWidget(QLabel(tr("to", "period")))
        filters.addWidget(self.end)
        filters.addWidget(self.apply)
        layout.addLayout(filters)

        self.model = AuditTableModel(store, self)
        self.model.on_error = lambda error: self.banner.show_message(error_text(error))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 150, 130, 200, 170)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.details = QTextBrowser()
        self.details.setPlaceholderText(tr("Select an entry to see what changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([430, 200])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.verify_button = QPushButton(tr("Verify chain"))
        self.verify_button.setToolTip(tr("Walk the whole hash chain and report the first altered, removed "
                                         "or inserted entry"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.chain = QLabel(tr("The chain has not been checked in this window."))
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export = ExportButton(store, ExportedList.AUDIT_LOG, self._export_request)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        if not self.allowed:
            self._refuse()
            return
        run_query(self, lambda: audit_log.actions(store), self._actions, kind="audit-log-actions")
        self.search()

    def _refuse(self) -> None:
        self.banner.show_message(tr("Only the data-protection officer may read the audit log; {user} is signed in "
                                    "as {role}.").format(user=self.store.actor.username,
                                                         role=in_sentence(self.store.actor.role)))
        for widget in (self.user, self.case, self.action, self.use_period, self.start, self.end, self.apply,
                       self.table, self.details, self.verify_button):
            widget.setEnabled(False)
        self.chain.setText("")

    def _period_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def _actions(self, names: list[str]) -> None:
        typed = self.action.currentText()
        self.action.clear()
        self.action.addItem("")
        self.action.addItems(names)
        self.action.setEditText(typed)

    def current_filter(self) -> AuditFilter:
        period = self.use_period.isChecked()
        return AuditFilter(actor=self.user.text() or None, case_reference=self.case.text() or None,
                           action=self.action.currentText() or None,
                           start=self.start.value() if period else None, end=self.end.value() if period else None)

    def _export_request(self) -> ExportRequest:
        """The entries the filters find now (the ones applied, not what is typed and not yet applied)."""
        where, store = self.model.where, self.store
        return ExportRequest(lambda: [audit_sheet(store, where)], f"audit-log-{store.today().isoformat()}",
                             audit_filters(where))

    def search(self) -> None:
        if not self.allowed:
            return
        self.banner.clear_message()
        self.details.clear()
        self.model.reset(self.current_filter())

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.details.setHtml(changes_html(self.model.rows[current.row()]))
        else:
            self.details.clear()

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain.setText(tr("Verifying the chain…"))
        store = self.store
        run_query(self, lambda: verify_and_record(store), self._verified, kind="audit-verify",
                  on_error=self._verify_failed)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setText(chain_html(report))

    def _verify_failed(self, error: HomewardError) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setText("")
        self.banner.show_message(error_text(error))
