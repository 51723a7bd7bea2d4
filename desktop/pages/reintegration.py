"""Reintegration: allocate packages to returning households, hand them over, and the data behind it —
catalogue, partners and their places by month, skills in demand by region, budgets and what they used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import words
from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.print_preview import PrintPreviewDialog
from desktop.dialogs.reintegration import AdjustDialog, RecordDeliveryDialog
from desktop.dialogs.reintegration_setup import BudgetDialog, CapacityDialog, PackageDialog, PartnerDialog
from desktop.exports.allocations import allocations_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import long_month, number, stored_label
from desktop.models.rows import RowsModel
from desktop.ops import run_op, run_query
from desktop.pages.refreshing import RefreshingPage
from desktop.pages.reintegration_data import (
    BudgetModel,
    CapacityModel,
    CatalogueModel,
    DeliveryModel,
    DemandModel,
    table,
)
from desktop.pages.reintegration_plan import AllocationPanel, AllocationRun, ReviewRow
from desktop.places import place_name
from desktop.printing import preview
from desktop.service_text import error_text
from planning.documents.voucher import print_voucher
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.reintegration import allocations, budgets, catalogue, demand
from planning.reintegration.allocation.instance import month_start
from planning.reintegration.allocations import AllocationView
from planning.reintegration.budgets import BudgetView
from planning.reintegration.catalogue import CapacityView, PackageView, PartnerView
from planning.reintegration.demand import DemandImportRefused, DemandView, Imported
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store

STYLE = """
#pageTitle { font-size: 16pt; font-weight: 600; }
#sectionHeading { font-size: 12pt; font-weight: 600; padding: 2px 0; }
#hint { color: #4a4f55; }
#liveLine { color: #1a5fb4; }
#primaryButton:enabled { background: #1a5fb4; color: white; padding: 4px 14px; border-radius: 3px;
                         font-weight: 600; }
"""
ALLOCATION, DELIVERIES, CATALOGUE, CAPACITY, DEMAND, BUDGETS = range(6)
CAPACITY_MONTHS = 12
T = TypeVar("T")


@dataclass(frozen=True)
class ReferenceData:
    packages: list[PackageView]
    capacity: list[CapacityView]
    months: list[date]
    demand: list[DemandView]
    budgets: list[BudgetView]
    deliveries: list[AllocationView]
    partners: list[PartnerView]


def load_reference(store: Store) -> ReferenceData:
    first = store.today().replace(day=1)
    months = [month_start(first, m) for m in range(CAPACITY_MONTHS)]
    return ReferenceData(catalogue.list_packages(store), catalogue.capacities(store, first, CAPACITY_MONTHS), months,
                         demand.list_demand(store), budgets.list_budgets(store), allocations.list_allocations(store),
                         catalogue.list_partners(store))


class ReintegrationPage(RefreshingPage):
    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: QDialog | None = None
        self.setStyleSheet(STYLE)
        title = QLabel(tr("Reintegration"))
        title.setObjectName("pageTitle")
        self.banner = Banner()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)

        self.allocation = AllocationPanel(store)
        self.delivery_model = DeliveryModel(store.today())
        self.delivery_proxy = QSortFilterProxyModel(self)
        self.delivery_proxy.setSourceModel(self.delivery_model)
        self.delivery_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.delivery_proxy.setFilterKeyColumn(-1)
        self.deliveries = table(self.delivery_proxy, 3)
        self.delivery_filter = QLineEdit()
        self.delivery_filter.setPlaceholderText(tr("Filter by partner, case, region, month…"))
        self.delivery_filter.setClearButtonEnabled(True)
        self.delivery_filter.setMinimumWidth(320)
        self.delivery_filter.textChanged.connect(self.delivery_proxy.setFilterFixedString)
        self.deliver_button = QPushButton(tr("Record handover…"))
        self.deliver_button.setObjectName("primaryButton")
        self.deliver_button.setEnabled(False)
        self.deliver_button.setMinimumWidth(self.deliver_button.sizeHint().width() + 30)
        self.voucher_button = QPushButton(tr("Print voucher…"))
        self.voucher_button.setEnabled(False)
        self.voucher_button.setToolTip(tr("The returnee's voucher for the chosen package (the handover certificate "
                                          "once delivered), bilingual, with a verification code"))
        self.voucher_button.clicked.connect(self.print_voucher)
        self.export = ExportButton(store, ExportedList.ALLOCATIONS, self._export_request)
        self.catalogue_model = CatalogueModel()
        self.capacity_model = CapacityModel()
        self.demand_model = DemandModel()
        self.import_button = QPushButton(tr("Import demand index…"))
        self.import_button.setToolTip(tr("A CSV or Excel (.xlsx) sheet with the columns country, region, skill, "
                                         "demand_index; all rows are checked first, nothing is written if one is "
                                         "wrong"))
        self.budget_model = BudgetModel()
        self.partners: list[PartnerView] = []
        self.add_package_button = QPushButton(tr("Add package…"))
        self.edit_package_button = QPushButton(tr("Edit package…"))
        self.add_partner_button = QPushButton(tr("Add partner…"))
        self.places_button = QPushButton(tr("Set places…"))
        self.places_button.setToolTip(tr("Places for a partner in a region over a run of months (double-click a cell "
                                         "to change one month)"))
        self.add_budget_button = QPushButton(tr("Add budget…"))
        self.edit_budget_button = QPushButton(tr("Edit budget…"))
        self.catalogue = table(self.catalogue_model, 1)
        self.capacity = table(self.capacity_model)
        self.capacity.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.budgets = table(self.budget_model)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.allocation, tr("Allocation"))
        self.tabs.addTab(self._with_bar(self.deliveries, tr("Accepted packages by delivery month; record each "
                                                            "handover when the partner confirms it."),
                                        self.delivery_filter, self.export, self.voucher_button,
                                        self.deliver_button),
                         tr("Deliveries"))
        self.tabs.addTab(self._with_bar(self.catalogue, tr("The packages partners deliver, their cost in kind and "
                                                           "in cash, who is eligible, and when after arrival."),
                                        self.add_package_button, self.edit_package_button), tr("Catalogue"))
        self.tabs.addTab(self._with_bar(self.capacity, tr("Packages each partner can deliver per region and month "
                                                          "(double-click a month to change it)."),
                                        self.add_partner_button, self.places_button), tr("Partners and capacity"))
        self.demand = table(self.demand_model, 3)
        self.demand.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tabs.addTab(self._with_bar(self.demand, tr("How much each skill is sought after in each region of "
                                                        "return (0–100, double-click to change); vocational "
                                                        "training is matched to it."),
                                        self.import_button), tr("Skills in demand"))
        self.tabs.addTab(self._with_bar(self.budgets, tr("Funding lines with their ceilings per adult and per "
                                                         "dependant, and what accepted and delivered packages "
                                                         "used."),
                                        self.add_budget_button, self.edit_budget_button), tr("Budgets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.allocation.adjust_requested.connect(self.adjust)
        self.allocation.accepted.connect(lambda _outcome: self.refresh())
        self.deliveries.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.deliveries.doubleClicked.connect(lambda _index: self.record_delivery())
        self.deliver_button.clicked.connect(self.record_delivery)
        self.import_button.clicked.connect(self.choose_import)
        self.demand_model.edited.connect(self.set_demand)
        self.capacity_model.edited.connect(self.set_places)
        self.add_package_button.clicked.connect(lambda: self.edit_package(None))
        self.edit_package_button.clicked.connect(lambda: self.edit_package(self._selected(self.catalogue,
                                                                                           self.catalogue_model)))
        self.catalogue.doubleClicked.connect(lambda _index: self.edit_package_button.click())
        self.add_partner_button.clicked.connect(lambda: self.open_dialog(self._refreshing(PartnerDialog(
            self.store, parent=self))))
        self.places_button.clicked.connect(lambda: self.open_dialog(self._refreshing(CapacityDialog(
            self.store, self.partners, self))))
        self.add_budget_button.clicked.connect(lambda: self.open_dialog(self._refreshing(BudgetDialog(
            self.store, parent=self))))
        self.edit_budget_button.clicked.connect(self.edit_budget)
        self.budgets.doubleClicked.connect(lambda _index: self.edit_budget())
        for view in (self.catalogue, self.budgets):
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    @staticmethod
    def _with_bar(view: QTableView, hint: str, *buttons: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        label = QLabel(hint)
        label.setObjectName("hint")
        label.setWordWrap(True)
        bar.addWidget(label, 1)
        for button in buttons:
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        return box

    def concerns(self, changes: Changes) -> bool:
        return changes.cases and changes.origin is not self.allocation

    def refresh(self) -> None:
        self._stale = False
        store = self.store
        run_query(self, lambda: load_reference(store), self._loaded, kind=f"reintegration-data-{id(self)}")

    def _loaded(self, data: ReferenceData) -> None:
        self.catalogue_model.set_rows(data.packages)
        self.capacity_model.set_months(data.months, data.capacity)
        self.demand_model.set_rows(data.demand)
        self.budget_model.set_rows(data.budgets)
        self.delivery_model.set_rows(data.deliveries)
        self.partners = data.partners
        self._update_buttons()
        self.loaded.emit()

    def open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    # --- allocation ---------------------------------------------------------------------------------

    def adjust(self, run: AllocationRun, row: ReviewRow) -> None:
        title = f"{row.reference} · {row.person} · {stored_label(PackageKind, row.kind)}"
        dialog = AdjustDialog(run.instance, run.plan, row.need_id, title, self)
        dialog.chosen.connect(self.allocation.apply_adjustment)
        self.open_dialog(dialog)

    # --- deliveries ---------------------------------------------------------------------------------

    def selected_delivery(self) -> AllocationView | None:
        rows = self.deliveries.selectionModel().selectedRows()
        return self.delivery_model.rows[self.delivery_proxy.mapToSource(rows[0]).row()] if rows else None

    def _export_request(self) -> ExportRequest:
        """The deliveries as the filter shows them."""
        shown = [self.delivery_model.rows[self.delivery_proxy.mapToSource(self.delivery_proxy.index(r, 0)).row()]
                 for r in range(self.delivery_proxy.rowCount())]
        typed = self.delivery_filter.text().strip()
        return ExportRequest(lambda: [allocations_sheet(shown)], f"allocations-{self.store.today().isoformat()}",
                             {"search": typed} if typed else {})

    def print_voucher(self) -> PrintPreviewDialog | None:
        chosen, store = self.selected_delivery(), self.store
        if chosen is None:
            return None
        allocation = chosen.id
        title = tr("Handover certificate") if chosen.delivered_on else tr("Reintegration voucher")
        return preview(self, tr("{document} — {reference}, {person}").format(document=title,
                                                                            reference=chosen.reference,
                                                                            person=chosen.person),
                       lambda: print_voucher(store, allocation), f"voucher-{chosen.reference}-{allocation}.pdf")

    def _update_buttons(self) -> None:
        chosen = self.selected_delivery()
        self.deliver_button.setEnabled(chosen is not None and chosen.delivered_on is None)
        self.voucher_button.setEnabled(chosen is not None)
        self.voucher_button.setText(tr("Print certificate…") if chosen is not None and chosen.delivered_on
                                    else tr("Print voucher…"))
        self.edit_package_button.setEnabled(self._selected(self.catalogue, self.catalogue_model) is not None)
        self.edit_budget_button.setEnabled(self._selected(self.budgets, self.budget_model) is not None)
        self.add_package_button.setEnabled(bool(self.partners))
        self.places_button.setEnabled(bool(self.partners))
        tip = "" if self.partners else tr("Add a partner first")
        self.add_package_button.setToolTip(tip)

    # --- setting up ---------------------------------------------------------------------------------

    @staticmethod
    def _selected(view: QTableView, model: RowsModel[T]) -> T | None:
        rows = view.selectionModel().selectedRows()
        return model.rows[rows[0].row()] if rows else None

    def _refreshing(self, dialog: ServiceDialog) -> ServiceDialog:
        dialog.saved.connect(lambda _result: self.refresh())
        return dialog

    def edit_package(self, package: PackageView | None) -> None:
        self.open_dialog(self._refreshing(PackageDialog(self.store, self.partners, package, self)))

    def edit_budget(self) -> None:
        budget = self._selected(self.budgets, self.budget_model)
        if budget is not None:
            self.open_dialog(self._refreshing(BudgetDialog(self.store, budget, self)))

    def set_places(self, row: CapacityView, month: date, text: str) -> None:
        store = self.store
        self.banner.clear_message()
        try:
            places = int(text)
        except ValueError:
            self.banner.show_message(tr("{partner}, {region}, {month}: places must be a whole number (not “{text}”)")
                                     .format(partner=row.partner, region=place_name(row.region),
                                             month=long_month(month),
                                             text=text))
            return
        run_op(self, lambda: catalogue.set_capacity(store, row.partner_id, row.region, month, places),
               on_success=lambda _none: self.refresh(),
               on_error=lambda error: self.banner.show_message(
                   f"{row.partner}, {place_name(row.region)}, {long_month(month)}: {error_text(error)}"))

    def record_delivery(self) -> None:
        chosen = self.selected_delivery()
        if chosen is None or chosen.delivered_on is not None:
            return
        dialog = RecordDeliveryDialog(self.store, chosen, self)
        dialog.saved.connect(lambda _version: self.refresh())
        self.open_dialog(dialog)

    # --- demand index -------------------------------------------------------------------------------

    def set_demand(self, row: DemandView, text: str) -> None:
        store = self.store
        self.banner.clear_message()
        values: dict[str, object] = {"country": row.country, "region": row.region, "skill": row.skill,
                                     "demand_index": text}
        run_op(self, lambda: demand.set_demand(store, demand.checked(values)),
               on_success=lambda _none: self.refresh(),
               on_error=lambda error: self.banner.show_message(
                   f"{place_name(row.region)}, {row.skill}: {error_text(error)}"))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import demand index"), "",
                                              tr("Spreadsheets (*.csv *.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        store = self.store
        self.banner.clear_message()
        run_op(self, lambda: demand.import_demand(store, path.name, path.read_bytes()),
               on_success=self._imported, on_error=self._import_failed)

    def _imported(self, result: Imported) -> None:
        self.refresh()
        QMessageBox.information(self, tr("Demand index imported"),
                                tr("{added} added, {updated} updated, {unchanged} unchanged.").format(
                                    added=number(result.added), updated=number(result.updated),
                                    unchanged=number(result.unchanged)))

    def _import_failed(self, error: HomewardError) -> None:
        if isinstance(error, DemandImportRefused):
            more = len(error.problems) - 8
            self.banner.show_message(tr("Nothing was imported.") + " "
                                     + " · ".join(words.message(p) for p in error.problems[:8])
                                     + (" · " + tr("and %n more", None, more) if more > 0 else ""))
        else:
            self.banner.show_message(error_text(error))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
