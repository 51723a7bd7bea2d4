"""Cases: the whole caseload, searched and filtered by the database, smooth at 100,000 cases."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.exports.cases import case_sheet, filters_of
from desktop.exports.running import ExportButton, ExportRequest
from desktop.i18n import tr
from desktop.labels import label
from desktop.models.case_table import COLUMNS, VULNERABLE_MARK, CaseTableModel
from desktop.ops import hub, run_query
from desktop.pages.case_file_common import select_row
from desktop.places import country_name
from planning import case_list
from planning.case_list import CaseQuery
from planning.exports.files import ExportedList
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

SEARCH_DELAY_MS = 250
ANY = "any"
OPEN = "open"  # combo data: every status that is not terminal


class CasesPage(QWidget):
    """Emits `case_opened(case_id)` when the user opens a case (double-click or Enter)."""

    case_opened = Signal(int)
    new_case_requested = Signal()
    results_shown = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.protection_pending = False
        self.model = CaseTableModel(lambda ids: case_list.rows(store, ids), store.today)
        self._sort = (case_list.SortKey.REFERENCE, False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by reference or name (any spelling: Mohammed, Muhammad…)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), ANY)
        self.status.addItem(tr("Open (not ended or closed)"), OPEN)
        for status in CaseStatus:
            self.status.addItem(label(status), status.value)
        self.country = QComboBox()
        self.country.addItem(tr("All countries"), ANY)
        self.readiness = QComboBox()
        for caption, value in ((tr("Any readiness"), ANY), (tr("Ready"), "ready"), (tr("Not ready"), "not_ready")):
            self.readiness.addItem(caption, value)
        self.vulnerability = QComboBox()
        for caption, value in ((tr("Any household"), ANY), (tr("With vulnerable members"), "yes"),
                             (tr("Without vulnerable members"), "no")):
            self.vulnerability.addItem(caption, value)
        for combo, name in ((self.status, tr("Status")), (self.country, tr("Country")),
                            (self.readiness, tr("Readiness")), (self.vulnerability, tr("Vulnerability"))):
            combo.setAccessibleName(name)
        self.search.setAccessibleName(tr("Search cases"))
        self.new_case = QPushButton(tr("New case…"))
        self.new_case.setShortcut("Ctrl+N")
        self.export = ExportButton(store, ExportedList.CASES, self._export_request)
        self.count = QLabel()
        self.pending_note = QLabel()
        self.legend = QLabel(tr("{mark} a household with a vulnerable member · “—” under Readiness: travelled or "
                                "ended").format(mark=VULNERABLE_MARK))
        self.legend.setObjectName("legend")
        self.legend.setStyleSheet("#legend { color: palette(placeholder-text); }")
        self.legend.setToolTip(tr("Vulnerable: an unaccompanied minor, a victim of trafficking, a medical need, a "
                                  "disability, a pregnancy, an elderly person or a single parent"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status, self.country, self.readiness, self.vulnerability):
            filters.addWidget(combo, 1)
        filters.addWidget(self.new_case)
        filters.addWidget(self.export)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 240, 60, 220, 140, 100, 140)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        title = QLabel(tr("Cases"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        status_line = QHBoxLayout()
        status_line.addWidget(self.count)
        status_line.addWidget(self.pending_note)
        status_line.addStretch(1)
        status_line.addWidget(self.legend)
        layout.addLayout(status_line)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.reload)
        for combo in (self.status, self.country, self.readiness, self.vulnerability):
            combo.currentIndexChanged.connect(self.reload)
        header.sectionClicked.connect(self._sort_by)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.new_case.clicked.connect(self.new_case_requested)
        hub().changed.connect(self._on_changes)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._clear_pending)
        self._restore_columns()
        self._load_countries()

    # -- queries ---------------------------------------------------------------------------------
    def query(self) -> CaseQuery:
        status = self.status.currentData()
        statuses: frozenset[CaseStatus] = frozenset()
        if status == OPEN:
            statuses = frozenset(s for s in CaseStatus if not s.terminal)
        elif status != ANY:
            statuses = frozenset({CaseStatus(status)})
        country = self.country.currentData()
        readiness = self.readiness.currentData()
        vulnerable = self.vulnerability.currentData()
        return CaseQuery(
            text=self.search.text(), statuses=statuses, country=None if country == ANY else country,
            ready=None if readiness == ANY else readiness == "ready",
            vulnerable=None if vulnerable == ANY else vulnerable == "yes",
            protection_pending=self.protection_pending, sort=self._sort[0], descending=self._sort[1],
        )

    def _export_request(self) -> ExportRequest:
        """The list as it is filtered and sorted now."""
        query = self.query()
        return ExportRequest(lambda: [case_sheet(self.store, query)], f"cases-{self.store.today().isoformat()}",
                             filters_of(query))

    def reload(self) -> None:
        self._debounce.stop()
        query = self.query()
        self.count.setText(tr("Searching…"))
        run_query(self, lambda: case_list.find_ids(self.store, query), self._show_ids, kind="case-search")

    def _show_ids(self, ids: list[int]) -> None:
        selected = self.selected_case_id()
        self.model.set_ids(ids)
        self.count.setText(tr("%Ln case(s)", None, len(ids)))
        self.pending_note.setText(tr("— only cases awaiting a protection decision  (clear with Esc)")
                                  if self.protection_pending else "")
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                select_row(self.table, row)
        self.results_shown.emit(len(ids))

    def _load_countries(self) -> None:
        run_query(self, lambda: case_list.countries_in_use(self.store), self._fill_countries, kind="case-countries")

    def _fill_countries(self, countries: list[tuple[str, str]]) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(tr("All countries"), ANY)
        for code, name in countries:
            self.country.addItem(f"{country_name(code, name)} ({code})", code)
        index = self.country.findData(current)
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)

    # -- filters set from elsewhere (Home links) ---------------------------------------------------
    def show_filtered(self, *, status: CaseStatus | None = None, ready: bool | None = None,
                      protection_pending: bool = False) -> None:
        for combo in (self.status, self.country, self.readiness, self.vulnerability):
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(max(self.status.findData(status.value if status else ANY), 0))
        self.country.setCurrentIndex(0)
        self.readiness.setCurrentIndex(0 if ready is None else (1 if ready else 2))
        self.vulnerability.setCurrentIndex(0)
        for combo in (self.status, self.country, self.readiness, self.vulnerability):
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self.protection_pending = protection_pending
        self.reload()

    def _clear_pending(self) -> None:
        if self.protection_pending:
            self.protection_pending = False
            self.reload()

    # -- interaction -----------------------------------------------------------------------------
    def _sort_by(self, column: int) -> None:
        key = COLUMNS[column]
        descending = not self._sort[1] if self._sort[0] is key else False
        self._sort = (key, descending)
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _open(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.case_opened.emit(case_id)

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.case_id(rows[0].row()) if rows else None

    def _on_changes(self, changes: Changes) -> None:
        if changes.cases:
            self._load_countries()
            if changes.case_ids and not changes.countries:
                self.model.invalidate(sorted(changes.case_ids))
            self.reload()

    # -- persistence -----------------------------------------------------------------------------
    def _restore_columns(self) -> None:
        state = QSettings().value("cases/header")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        QSettings().setValue("cases/header", self.table.horizontalHeader().saveState())
