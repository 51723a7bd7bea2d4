"""Movements: the register of ways home, their passengers, planning with the solver, and check-in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.changes import Changes
from desktop.dialogs.batch_print import BatchPrintDialog
from desktop.dialogs.checkin import CheckInDialog, why_no_checkin
from desktop.dialogs.movement import CancelMovementDialog, MoveBookingDialog, MovementDialog, RemoveBookingDialog
from desktop.dialogs.movement_import import MovementImportDialog
from desktop.exports.movements import manifest_sheet, passengers_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.i18n import tr
from desktop.ops import hub, run_op, run_query
from desktop.pages.movements_bookings import BookingsPanel
from desktop.pages.movements_plan import PlanPanel
from desktop.pages.movements_register import RegisterView
from desktop.pages.refreshing import RefreshingPage
from desktop.printing import menu_button, preview
from planning import booking_service, movements
from planning.country_view import country_summaries
from planning.documents.batches import travel_letters_of
from planning.documents.manifest import print_manifest
from planning.exports.files import ExportedList
from planning.movements import MovementView, PassengerView
from planning.storage.store import Store
from planning.vocabulary import MovementStatus

STYLE = """
#pageTitle { font-size: 16pt; font-weight: 600; }
#sectionHeading { font-size: 12pt; font-weight: 600; padding: 2px 0; }
#hint { color: #4a4f55; }
#liveLine { color: #1a5fb4; }
#primaryButton:enabled { background: #1a5fb4; color: white; padding: 4px 14px; border-radius: 3px;
                         font-weight: 600; }
#dangerButton:enabled { color: #b3261e; font-weight: 600; }
"""
REGISTER, PLAN = range(2)
LOOK_BACK_DAYS = 7
#: How far ahead the register looks when Home opens the bookings at risk.
AT_RISK_AHEAD_DAYS = 730


class MovementsPage(RefreshingPage):
    case_opened = Signal(int)
    loaded = Signal()  # the register was (re)loaded
    passengers_loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: QDialog | None = None
        today = store.today()
        self.setStyleSheet(STYLE)

        title = QLabel(tr("Movements"))
        title.setObjectName("pageTitle")
        self.add_button = QPushButton(tr("Add movement…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.cancel_button = QPushButton(tr("Cancel movement…"))
        self.cancel_button.setObjectName("dangerButton")
        self.import_button = QPushButton(tr("Import schedule…"))
        self.import_button.setToolTip(tr("Import a flight schedule from a CSV or Excel (.xlsx) file"))
        self.plan_button = QPushButton(tr("Plan…"))
        self.plan_button.setToolTip(tr("Plan ready households onto movements with the solver"))
        self.print_button, print_menu = menu_button(tr("Print"))
        self.print_manifest = print_menu.addAction(tr("Manifest…"))
        self.print_letters = print_menu.addAction(tr("All travel letters…"))
        self.print_manifest.triggered.connect(self.print_movement_manifest)
        self.print_letters.triggered.connect(self.print_travel_letters)
        self.export_passengers = ExportButton(store, ExportedList.PASSENGERS, lambda: self._export_request(False),
                                              text=tr("Export passengers…"))
        self.export_manifest = ExportButton(store, ExportedList.MANIFEST, lambda: self._export_request(True),
                                            text=tr("Export manifest…"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for button in (self.add_button, self.edit_button, self.cancel_button, self.import_button, self.plan_button):
            head.addWidget(button)
        # the selected movement's papers on a row of their own: one row would not fit a laptop in French
        papers = QHBoxLayout()
        papers.addStretch(1)
        for paper in (self.print_button, self.export_passengers, self.export_manifest):
            papers.addWidget(paper)

        self.register = RegisterView(today - timedelta(days=LOOK_BACK_DAYS), today + timedelta(days=90))
        self.bookings = BookingsPanel()
        register_tab = QSplitter(Qt.Orientation.Vertical)
        register_tab.addWidget(self.register)
        register_tab.addWidget(self.bookings)
        register_tab.setSizes([480, 260])
        register_tab.setChildrenCollapsible(False)
        self.planner = PlanPanel(store)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(register_tab, tr("Register", "list of movements"))
        self.tabs.addTab(self.planner, tr("Plan", "noun"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addLayout(papers)
        layout.addWidget(self.tabs, 1)

        self.add_button.clicked.connect(self.add_movement)
        self.edit_button.clicked.connect(self.edit_movement)
        self.cancel_button.clicked.connect(self.cancel_movement)
        self.import_button.clicked.connect(self.import_schedule)
        self.plan_button.clicked.connect(lambda: self.tabs.setCurrentIndex(PLAN))
        self.register.filters_changed.connect(self.refresh)
        self.register.current_changed.connect(self._movement_chosen)
        self.register.activated.connect(lambda view: self.edit_movement() if view else None)
        self.bookings.case_opened.connect(self.case_opened)
        self.bookings.lock_requested.connect(self.set_locked)
        self.bookings.move_requested.connect(self.move_booking)
        self.bookings.remove_requested.connect(self.remove_booking)
        self.bookings.checkin_requested.connect(self.check_in)
        self.planner.result.case_opened.connect(self.case_opened)
        self.planner.result.accepted.connect(lambda _accepted: self.refresh())
        self._update_buttons()
        self.refresh()

    # --- loading ------------------------------------------------------------------------------------

    def show_at_risk(self) -> None:
        """The register from today on, only movements with a booking at risk."""
        today = self.store.today()
        self.tabs.setCurrentIndex(REGISTER)
        self.register.start.set_value(today)
        if self.register.end.value() < today + timedelta(days=AT_RISK_AHEAD_DAYS):
            self.register.end.set_value(today + timedelta(days=AT_RISK_AHEAD_DAYS))
        self.register.risky.setChecked(True)

    def show_movement(self, movement_id: int, departs: date) -> None:
        """The register around the movement's departure day, that movement chosen (Home opens movements here)."""
        self.tabs.setCurrentIndex(REGISTER)
        self.register.risky.setChecked(False)
        self.register.country.setCurrentIndex(0)
        start, end = self.register.start.value(), self.register.end.value()
        self.register.start.set_value(min(start, departs))
        self.register.end.set_value(max(end, departs))
        self._select_after_load(movement_id)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        store = self.store
        start, end, country, cancelled = self.register.filters()
        run_query(self, lambda: (movements.list_movements(store, start, end, country, include_cancelled=cancelled),
                                 [(c.code, c.name) for c in country_summaries(store)]),
                  self._loaded, kind=f"movements-register-{id(self)}")

    def _loaded(self, found: tuple[list[MovementView], list[tuple[str, str]]]) -> None:
        rows, countries = found
        self.register.set_countries(countries)
        self.register.set_rows(rows)
        self._update_buttons()
        self.loaded.emit()

    def _movement_chosen(self, view: MovementView | None) -> None:
        self._update_buttons()
        if view is None:
            self.bookings.set_movement(None, ())
            return
        store, movement_id = self.store, view.id
        run_query(self, lambda: movements.passengers(store, movement_id),
                  lambda found: self._show_passengers(view, found), kind=f"movements-passengers-{id(self)}")

    def _show_passengers(self, view: MovementView, found: list[PassengerView]) -> None:
        current = self.register.selected()
        if current is None or current.id != view.id:
            return
        self.bookings.set_movement(current, found, checkin_refused=why_no_checkin(current, self.store.today()))
        self.passengers_loaded.emit()

    def _update_buttons(self) -> None:
        view = self.register.selected()
        is_open = view is not None and view.status in (MovementStatus.PLANNED, MovementStatus.CONFIRMED)
        self.edit_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        tip = "" if is_open else tr("Choose a planned or confirmed movement")
        self.edit_button.setToolTip(tip)
        self.cancel_button.setToolTip(tip)
        self.print_button.setEnabled(view is not None)
        for export in (self.export_passengers, self.export_manifest):
            export.setEnabled(view is not None)
            export.setToolTip(tr("Save the chosen movement's list as an Excel workbook or a CSV file") if view
                              else tr("Choose a movement"))
        self.print_button.setToolTip(tr("The manifest or every travel letter of the chosen movement") if view
                                     else tr("Choose a movement"))

    def _export_request(self, manifest: bool) -> ExportRequest | None:
        """The chosen movement's passengers, or its manifest."""
        view, store = self.register.selected(), self.store
        if view is None:
            return None
        movement_id, name = view.id, f"{'manifest' if manifest else 'passengers'}-{view.code}"
        build = manifest_sheet if manifest else passengers_sheet
        return ExportRequest(lambda: [build(store, movement_id)], name, {"movement": view.code})

    def open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    # --- printing -----------------------------------------------------------------------------------

    def print_movement_manifest(self) -> None:
        view, store = self.register.selected(), self.store
        if view is not None:
            movement_id = view.id
            preview(self, tr("Movement manifest — {code}").format(code=view.code),
                    lambda: print_manifest(store, movement_id), f"manifest-{view.code}.pdf")

    def print_travel_letters(self) -> BatchPrintDialog | None:
        view, store = self.register.selected(), self.store
        if view is None:
            return None
        movement_id = view.id
        dialog = BatchPrintDialog(store, tr("travel letters of {code}").format(code=view.code),
                                  lambda: travel_letters_of(store, movement_id), parent=self)
        self.open_dialog(dialog)
        return dialog

    # --- movement actions ---------------------------------------------------------------------------

    def add_movement(self) -> None:
        dialog = MovementDialog(self.store, parent=self)
        dialog.saved.connect(lambda movement_id: self._saved(movement_id))
        self.open_dialog(dialog)

    def edit_movement(self) -> None:
        view = self.register.selected()
        if view is None or view.status not in (MovementStatus.PLANNED, MovementStatus.CONFIRMED):
            return
        dialog = MovementDialog(self.store, view, parent=self)
        dialog.saved.connect(lambda _version: self._saved(view.id))
        self.open_dialog(dialog)

    def _saved(self, movement_id: object) -> None:
        if isinstance(movement_id, int):
            self._select_after_load(movement_id)
        self.refresh()

    def _select_after_load(self, movement_id: int) -> None:
        def select() -> None:
            self.loaded.disconnect(select)
            self.register.select(movement_id)

        self.loaded.connect(select)

    def cancel_movement(self) -> None:
        view = self.register.selected()
        if view is None:
            return
        dialog = CancelMovementDialog(self.store, view, self)
        dialog.saved.connect(lambda result: hub().announce(Changes(
            cases=True, case_ids=frozenset(getattr(result, "case_ids", ())), origin=self)))
        self.open_dialog(dialog)

    def import_schedule(self) -> None:
        dialog = MovementImportDialog(self.store, self)
        dialog.imported.connect(lambda _result: self.refresh())
        self.open_dialog(dialog)

    def check_in(self) -> None:
        view = self.register.selected()
        if view is None:
            return
        dialog = CheckInDialog(self.store, view.id, self, code=view.code)
        dialog.finished.connect(lambda _code: self.refresh())
        self.open_dialog(dialog)

    # --- booking actions ----------------------------------------------------------------------------

    def set_locked(self, passenger: PassengerView, locked: bool) -> None:
        store = self.store
        run_op(self, lambda: booking_service.set_locked(store, passenger.booking_id, passenger.booking_version,
                                                        locked),
               changes=Changes.of_case(passenger.case_id, origin=self))

    def move_booking(self, passenger: PassengerView) -> None:
        current = self.register.selected()
        if current is None:
            return
        store, today = self.store, self.store.today()
        run_query(self, lambda: movements.list_movements(store, today, None, current.country),
                  lambda choices: self.open_dialog(MoveBookingDialog(
                      store, passenger, current,
                      [c for c in choices if c.status in (MovementStatus.PLANNED, MovementStatus.CONFIRMED)],
                      self)),
                  kind=f"movements-move-{id(self)}")

    def remove_booking(self, passenger: PassengerView) -> None:
        current = self.register.selected()
        if current is None:
            return
        self.open_dialog(RemoveBookingDialog(self.store, passenger, current.code, self))
