"""Monitoring: follow-ups due this week and overdue, logged from the list; a banner while a country is in breach."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.follow_up import FollowUpDialog, incident_message
from desktop.dialogs.review import ReviewDialog
from desktop.exports.due import due_filters, due_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.i18n import tr
from desktop.labels import day, in_sentence, label, number
from desktop.ops import hub, run_query
from desktop.pages.monitoring_history import MonitoringHistory
from desktop.pages.monitoring_incidents import AffectedCasesDialog, IncidentBanner
from desktop.pages.monitoring_routes import VisitRoutesWindow
from desktop.places import country_name, place_name
from monitoring.due import DueFollowUp, due
from monitoring.followups import Logged
from monitoring.incidents import AffectedCase, IncidentView, affected_cases, open_incidents
from monitoring.review import ReviewResult
from planning import case_list
from planning.exports.files import ExportedList
from planning.storage.store import Store
from planning.vocabulary import Role

COLUMN_COUNT = 8
DUE, OVERDUE, CASE, RETURNEE, WHERE, KIND, MODE, MONITOR = range(COLUMN_COUNT)
REGION_DELAY_MS = 300
ANY = ""
OVERDUE_COLOUR = QColor("#b3261e")
LINK_COLOUR = QColor("#0b57d0")
NOTICE_STYLE = "background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px;"
BREACH_NOTICE_STYLE = "background: #fde7e9; color: #8c1d18; padding: 6px; border-radius: 4px; font-weight: bold;"


def column_titles() -> list[str]:
    """The table's headers in the interface language ("Due" is a date here, not a status)."""
    return [tr("Due", "date"), tr("Days overdue"), tr("Case"), tr("Returnee"), tr("Country / region"),
            tr("Follow-up"), tr("Mode"), tr("Monitor")]


@dataclass(frozen=True)
class MonitoringView:
    """What one load shows: the due list, open incidents and the countries for the filter."""

    follow_ups: list[DueFollowUp]
    incidents: list[IncidentView]
    countries: list[tuple[str, str]]


def load(store: Store, *, monitor: str | None, country: str | None, region: str | None) -> MonitoringView:
    """The due list, the open incidents and the countries, read in one transaction."""
    with store.reading():
        return MonitoringView(due(store, monitor=monitor, country=country, region=region),
                              open_incidents(store), case_list.countries_in_use(store))


class MonitoringPage(QWidget):
    """Emits `case_opened(case_id)` when the user follows a case reference; `loaded()` after each load."""

    case_opened = Signal(int)
    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.follow_ups: list[DueFollowUp] = []
        self.names: dict[str, str] = {}
        self.dialog: FollowUpDialog | ReviewDialog | AffectedCasesDialog | None = None
        self._loaded_once = False

        self.banner = IncidentBanner()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.country = QComboBox()
        self.country.addItem(tr("All countries"), ANY)
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("Region (exact, any case)"))
        self.region.setClearButtonEnabled(True)
        self.mine = QCheckBox(tr("Mine only ({user})").format(user=store.actor.username))
        self.mine.setChecked(store.actor.role is Role.MONITOR)
        self.log_button = QPushButton(tr("Log follow-up…"))
        self.log_button.setEnabled(False)
        self.routes_button = QPushButton(tr("Visit routes…"))
        self.routes_button.setToolTip(tr("Plan visit routes for the due visits of a region and period"))
        self.routes_window: VisitRoutesWindow | None = None
        self.export = ExportButton(store, ExportedList.DUE_FOLLOW_UPS, self._export_request)
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.country, 2)
        filters.addWidget(self.region, 2)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        filters.addWidget(self.routes_button)
        filters.addWidget(self.log_button)
        filters.addWidget(self.export)

        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 100, 130, 220, 180, 130, 90, 120)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        title = QLabel(tr("Monitoring — follow-ups due this week and overdue"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        self.history = MonitoringHistory(store)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.table)
        body.addWidget(self.history)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REGION_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.region.textChanged.connect(self._debounce.start)
        self.region.returnPressed.connect(self.refresh)
        self.country.currentIndexChanged.connect(self.refresh)
        self.mine.toggled.connect(self.refresh)
        self.log_button.clicked.connect(self.log_selected)
        self.routes_button.clicked.connect(self.open_routes)
        # A lambda, as before: a bound method of the page is also called while the page is being deleted.
        self.table.itemSelectionChanged.connect(lambda: self._selection_changed())
        self.table.cellClicked.connect(self._clicked)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.banner.affected_requested.connect(self.show_affected)
        self.banner.review_requested.connect(self.record_review)
        hub().changed.connect(self._on_changes)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()
        self._selection_changed()

    def current_filters(self) -> tuple[str | None, str | None, str | None]:
        """The monitor, country and region the list is filtered by now."""
        monitor = self.store.actor.username if self.mine.isChecked() else None
        code = self.country.currentData()
        country = code if isinstance(code, str) and code else None
        return monitor, country, self.region.text().strip() or None

    def _export_request(self) -> ExportRequest:
        """The due list with the filters it has now."""
        monitor, country, region = self.current_filters()
        store = self.store
        return ExportRequest(lambda: [due_sheet(store, monitor=monitor, country=country, region=region)],
                             f"follow-ups-due-{store.today().isoformat()}",
                             due_filters(monitor=monitor, country=country, region=region))

    def refresh(self) -> None:
        self._debounce.stop()
        self._loaded_once = True
        store = self.store
        monitor, country, region = self.current_filters()
        self.count.setText(tr("Loading…"))
        run_query(self, lambda: load(store, monitor=monitor, country=country, region=region), self._show,
                  kind="monitoring-due")

    def _show(self, view: MonitoringView) -> None:
        self.names = dict(view.countries)
        self._fill_countries(view.countries)
        selected = self.selected()
        self.follow_ups = view.follow_ups
        self.table.setRowCount(len(view.follow_ups))
        link_font = QFont(self.table.font())
        link_font.setUnderline(True)
        for r, item in enumerate(view.follow_ups):
            where = f"{self.name_of(item.country)}{' — ' + place_name(item.region) if item.region else ''}"
            values = (day(item.due_on), number(item.days_overdue) if item.overdue else "", item.reference,
                      item.head_name, where, label(item.kind),
                      label(item.plan_mode) if item.plan_mode else "—", item.monitor or tr("unassigned"))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == CASE:
                    cell.setForeground(LINK_COLOUR)
                    cell.setFont(link_font)
                    cell.setToolTip(tr("Open the case file"))
                elif c == OVERDUE and item.overdue:
                    cell.setForeground(OVERDUE_COLOUR)
                if c == OVERDUE:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        overdue = sum(1 for f in view.follow_ups if f.overdue)
        self.count.setText(tr("%n follow-up(s) due, {overdue} overdue", None, len(view.follow_ups))
                           .format(overdue=number(overdue)))
        if selected is not None:
            for r, item in enumerate(view.follow_ups):
                if item.follow_up_id == selected.follow_up_id:
                    self.table.setCurrentCell(r, 0)  # selectRow selects nothing right to left (Arabic)
        self.log_button.setEnabled(self.selected() is not None)
        self.banner.show_incidents(view.incidents, self.name_of)
        self.loaded.emit()

    def _fill_countries(self, countries: list[tuple[str, str]]) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(tr("All countries"), ANY)
        for code, name in countries:
            self.country.addItem(f"{country_name(code, name)} ({code})", code)
        self.country.setCurrentIndex(max(self.country.findData(current), 0))
        self.country.blockSignals(False)

    def name_of(self, code: str) -> str:
        return f"{country_name(code, self.names.get(code))} ({code})"

    def _on_changes(self, changes: Changes) -> None:
        if self._loaded_once and (changes.cases or changes.countries):
            self.refresh()

    # -- the list --------------------------------------------------------------------------------
    def selected(self) -> DueFollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.follow_ups[rows[0].row()] if rows and rows[0].row() < len(self.follow_ups) else None

    def _selection_changed(self) -> None:
        selected = self.selected()
        self.log_button.setEnabled(selected is not None)
        if selected is not None and selected.case_id != self.history.case_id and self.isVisible():
            self.history.show_case(selected.case_id)

    def _clicked(self, row: int, column: int) -> None:
        if column == CASE and row < len(self.follow_ups):
            self.case_opened.emit(self.follow_ups[row].case_id)

    def _double_clicked(self, row: int, column: int) -> None:
        if column != CASE and row < len(self.follow_ups):
            self.log(self.follow_ups[row])

    def log_selected(self) -> None:
        follow_up = self.selected()
        if follow_up is not None:
            self.log(follow_up)

    def log(self, follow_up: DueFollowUp) -> None:
        dialog = FollowUpDialog(self.store, follow_up, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._logged(follow_up, result))
        self.dialog = dialog
        dialog.open()

    def _logged(self, follow_up: DueFollowUp, result: object) -> None:
        if not isinstance(result, Logged):
            return
        self.notice.setText(incident_message(follow_up, result, self.name_of(follow_up.country)))
        self.notice.setStyleSheet(BREACH_NOTICE_STYLE if result.incident_id is not None else NOTICE_STYLE)
        self.notice.show()

    def open_routes(self) -> None:
        """The route planner beside the page, on the country and region of the filter or of the selection."""
        if self.routes_window is not None and self.routes_window.isVisible():
            self.routes_window.raise_()
            self.routes_window.activateWindow()
            return
        selected = self.selected()
        code = self.country.currentData()
        country = code if isinstance(code, str) and code else (selected.country if selected else None)
        region = self.region.text().strip() or (selected.region if selected else None)
        window = VisitRoutesWindow(self.store, self, country=country, region=region)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: setattr(self, "routes_window", None))
        self.routes_window = window
        window.show()

    # -- breaches --------------------------------------------------------------------------------
    def show_affected(self, country: str) -> None:
        run_query(self, lambda: affected_cases(self.store, country),
                  lambda cases: self._show_affected(country, cases), kind="monitoring-affected")

    def _show_affected(self, country: str, cases: list[AffectedCase]) -> None:
        dialog = AffectedCasesDialog(self.name_of(country), cases, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_opened.connect(self.case_opened)
        self.dialog = dialog
        dialog.open()

    def record_review(self, country: str) -> None:
        dialog = ReviewDialog(self.store, country, self.name_of(country), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._reviewed(country, result))
        self.dialog = dialog
        dialog.open()

    def _reviewed(self, country: str, result: object) -> None:
        if not isinstance(result, ReviewResult):
            return
        self.notice.setText(tr("Review decision for {country} recorded ({outcome}); %n incident(s) closed.", None,
                               len(result.incidents_closed))
                            .format(country=self.name_of(country), outcome=in_sentence(result.outcome)))
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.show()
