"""Countries of return: the list on the left; profile, assurance register and advisories on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.changes import Changes
from desktop.dialogs.profile import AddCountryDialog
from desktop.i18n import tr
from desktop.labels import number
from desktop.ops import run_op, run_query
from desktop.pages.countries_advisories import AdvisoryPanel
from desktop.pages.countries_assurances import AssurancePanel
from desktop.pages.countries_expiring import ExpiringPanel
from desktop.pages.countries_header import CountryHeader
from desktop.pages.countries_list import UNDER_REVIEW, CountryList
from desktop.pages.countries_profile import ProfileEditor
from desktop.pages.refreshing import RefreshingPage
from desktop.places import country_name
from desktop.printing import preview
from desktop.service_text import error_text
from planning import countries
from planning.country_view import (
    AssuranceView,
    CountrySummary,
    CountryView,
    country_summaries,
    country_view,
    expiring_assurances,
)
from planning.documents.assurance_summary import print_assurance_summary
from planning.errors import HomewardError
from planning.storage.store import Store

STYLE = """
#pageTitle { font-size: 16pt; font-weight: 600; }
#hint { color: palette(placeholder-text); }
"""
EMPTY, DETAILS, EXPIRING = range(3)


class CountriesPage(RefreshingPage):
    list_loaded = Signal()  # the list of countries was (re)loaded
    loaded = Signal()  # a country's details were (re)loaded and are shown
    expiring_loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.code: str | None = None
        self.view: CountryView | None = None
        self.undo_stack = QUndoStack(self)
        self._under_review_pending = False
        self.add_dialog: AddCountryDialog | None = None

        self.list = CountryList()
        self.list.country_selected.connect(self.show_country)
        self.list.add_requested.connect(self.add_country)
        self.list.expiring_requested.connect(self.show_expiring)

        self.header = CountryHeader()
        self.header.print_summary.clicked.connect(self.print_summary)
        self.assurances = AssurancePanel(store)
        self.advisories = AdvisoryPanel(store)
        self.profile = ProfileEditor(store, self.undo_stack)
        self.profile.reload_requested.connect(self._reload_country)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.assurances, tr("Assurances"))
        self.tabs.addTab(self.advisories, tr("Advisories"))
        self.tabs.addTab(self.profile, tr("Profile", "country"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.header)
        details_layout.addWidget(self.tabs, 1)

        self.expiring = ExpiringPanel()
        self.expiring.open_requested.connect(self._open_assurance)
        empty = QLabel(tr("Choose a country on the left, or add one."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("hint")
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(details)
        self.stack.addWidget(self.expiring)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 1010])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setStyleSheet(STYLE)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.Undo, self.profile, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self.profile, self.undo_stack.redo)
        self.refresh()

    def print_summary(self) -> None:
        code, store = self.code, self.store
        if code is not None:
            preview(self, tr("Country assurance summary — {code}").format(code=code),
                    lambda: print_assurance_summary(store, code), f"assurance-summary-{code}.pdf")

    # --- what the Home page and the main window call ------------------------------------------------
    def show_country(self, code: str) -> None:
        """Show one country's profile, register and advisories."""
        code = code.upper()
        self.list.select(code, emit=False)
        if code != self.code:
            self.code = code
            self.view = None
        self.stack.setCurrentIndex(DETAILS)
        self._load_country()

    def show_expiring(self) -> None:
        """The assurances in force that end within 30 days, across countries."""
        self.stack.setCurrentIndex(EXPIRING)
        run_query(self, lambda: (expiring_assurances(self.store, 30), self.store.today()),
                  self._show_expiring, kind=f"countries-expiring-{id(self)}")

    def _show_expiring(self, found: tuple[tuple[AssuranceView, ...], date]) -> None:
        self.expiring.set_rows(*found)
        self.expiring_loaded.emit()

    def show_under_review(self) -> None:
        """Only the countries whose assurances are under review (S9), the first of them opened."""
        self.list.show_filter(UNDER_REVIEW)
        self._under_review_pending = True
        self._open_first_under_review()
        self.refresh()

    def refresh(self) -> None:
        """Reload the list, and the country or expiring view shown."""
        self._stale = False
        run_query(self, lambda: country_summaries(self.store), self._show_list, kind=f"countries-list-{id(self)}")
        if self.stack.currentIndex() == DETAILS and self.code:
            self._load_country()
        elif self.stack.currentIndex() == EXPIRING:
            self.show_expiring()

    # --- loading ------------------------------------------------------------------------------------
    def _show_list(self, rows: tuple[CountrySummary, ...]) -> None:
        self.list.set_rows(rows, keep=self.code)
        if self._under_review_pending:
            self._open_first_under_review()
        self.list_loaded.emit()

    def _open_first_under_review(self) -> None:
        codes = self.list.codes()
        if not self.list.model.rows:
            return
        self._under_review_pending = False
        if self.code in codes:
            self.show_country(self.code)
        elif codes:
            self.show_country(codes[0])
        else:
            self.stack.setCurrentIndex(EMPTY)

    def _load_country(self) -> None:
        code = self.code
        if code is None:
            return
        self.header.loading.show()
        if self.view is None or self.view.profile.code != code:  # another country: show nothing of the last one
            self.assurances.set_loading()
            self.advisories.set_loading()
        run_query(self, lambda: country_view(self.store, code), self._show_view, kind=f"countries-detail-{id(self)}",
                  on_error=self._load_failed)

    def _show_view(self, view: CountryView) -> None:
        self.header.loading.hide()
        if view.profile.code != self.code:
            return
        self.view = view
        name = country_name(view.profile.code, view.profile.name)
        self.header.show_view(view)
        self.assurances.set_country(view.profile.code, name, view.assurances, view.today,
                                    exit_punished=view.profile.irregular_exit_punished)
        self.advisories.set_country(view.profile.code, name, view.advisories, view.today)
        self.profile.load(view.profile)
        self.tabs.setTabText(0, tr("Assurances ({count})").format(count=number(len(view.assurances))))
        in_force = sum(1 for a in view.advisories if a.in_force_today)
        self.tabs.setTabText(1, tr("Advisories (%n in force)", None, in_force) if in_force else tr("Advisories"))
        self.loaded.emit()

    def _load_failed(self, error: HomewardError) -> None:
        self.header.loading.hide()
        self.header.title.setText(self.code or "")
        self.header.counts.setText(error_text(error))

    def _reload_country(self) -> None:
        self._load_country()

    # --- actions ------------------------------------------------------------------------------------
    def add_country(self) -> None:
        dialog = AddCountryDialog([s.code for s in self.list.model.rows], self)
        dialog.accepted.connect(lambda: self._create(dialog.code))
        self.add_dialog = dialog
        dialog.open()

    def _create(self, code: str | None) -> None:
        if code is None:
            return
        if self.list.summary(code) is not None:
            self.show_country(code)
            return
        self.code = code
        run_op(self, lambda: countries.create_country(self.store, code), changes=Changes.of_countries(origin=self),
               on_success=self.show_country)

    def _open_assurance(self, code: str, assurance_id: int) -> None:
        self.assurances._pending_select = assurance_id
        self.tabs.setCurrentWidget(self.assurances)
        self.show_country(code)

    def _focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def selected_assurance(self) -> AssuranceView | None:
        return self.assurances.selected()
