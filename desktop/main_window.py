"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QWidget,
)

from desktop import backups, places
from desktop.account_menus import add_account_menus
from desktop.data_protection_menu import add_data_protection_menus, add_office_menu, administration_menu
from desktop.dialogs.batch_print import DeclarationsBatchDialog
from desktop.dialogs.new_case import NewCaseDialog
from desktop.dialogs.place_names import PlaceNamesDialog
from desktop.dialogs.referral_import import ReferralImportDialog
from desktop.dialogs.verify import VerifyDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import in_sentence, left_to_right
from desktop.language_menu import add_language_menu
from desktop.pages.case_file import CaseFilePage
from desktop.pages.cases import CasesPage
from desktop.pages.compliance import CompliancePage
from desktop.pages.countries import CountriesPage
from desktop.pages.home import HomePage
from desktop.pages.monitoring import MonitoringPage
from desktop.pages.movements import MovementsPage
from desktop.pages.reintegration import ReintegrationPage
from desktop.pages.statistics import StatisticsPage
from planning.security.permissions import Permission, may
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

PAGES = (QT_TR_NOOP("Home"), QT_TR_NOOP("Cases"), QT_TR_NOOP("Case file"), QT_TR_NOOP("Countries"),
         QT_TR_NOOP("Movements"), QT_TR_NOOP("Monitoring"), QT_TR_NOOP("Compliance"), QT_TR_NOOP("Reintegration"),
         QT_TR_NOOP("Statistics"))
HOME, CASES, CASE_FILE, COUNTRIES, MOVEMENTS, MONITORING, COMPLIANCE, REINTEGRATION, STATISTICS = range(len(PAGES))


def signed_in(store: Store) -> str:
    """The status bar's line: which database, and who works in it as what."""
    location = store.location
    if location is None:
        where = tr("database")
    elif location.path is not None:
        where = tr("encrypted file {path}").format(path=left_to_right(str(location.path)))
    else:
        where = left_to_right(location.redacted())
    return tr("{database} — {user} ({role})").format(database=where, user=store.actor.username,
                                                     role=in_sentence(store.actor.role))


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, automatic_backup: bool = False) -> None:
        super().__init__()
        self.store = store
        places.load(store)  # before any page names a place
        self.new_case_dialog: NewCaseDialog | None = None
        #: An automatic backup (embedded database only) when the window closes.
        self.automatic_backup = automatic_backup
        self.setWindowTitle("Homeward")
        self.resize(1280, 820)
        #: Retranslates once after the translators change (installing a language sends several events).
        self._language_changed = QTimer(self)
        self._language_changed.setSingleShot(True)
        self._language_changed.setInterval(0)
        self._language_changed.timeout.connect(self.retranslate)
        self._build()
        self._restore()

    def _build(self) -> None:
        """The pages, the navigation and the menus, in the interface language."""
        store = self.store
        self.home = HomePage(store)
        self.cases = CasesPage(store)
        self.case_file = CaseFilePage(store)
        self.countries = CountriesPage(store)
        self.movements = MovementsPage(store)
        self.monitoring = MonitoringPage(store)
        self.compliance = CompliancePage(store)
        self.reintegration = ReintegrationPage(store)
        self.statistics = StatisticsPage(store)
        self.navigation = QListWidget()
        self.navigation.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        for title, page in zip(PAGES, (self.home, self.cases, self.case_file, self.countries, self.movements,
                                       self.monitoring, self.compliance, self.reintegration, self.statistics),
                               strict=True):
            self.navigation.addItem(QListWidgetItem(tr(title)))
            self.pages.addWidget(page)
        self.navigation.item(CASE_FILE).setFlags(Qt.ItemFlag.NoItemFlags)  # enabled once a case is open
        # Wide enough for the longest page name in the interface language (11 pt, padded).
        font = QFont(self.navigation.font())
        font.setPointSizeF(11)
        longest = max(QFontMetrics(font).horizontalAdvance(tr(title)) for title in PAGES)
        self.navigation.setFixedWidth(max(170, longest + 40))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(signed_in(store))
        self.setMenuBar(QMenuBar())
        self._menus()
        self._wire()
        self.home.refresh()
        self.cases.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed.start()

    def retranslate(self) -> None:
        """The interface language changed: the pages and menus are built again in it, on the same page, with
        the same case and country open (what was typed in an open dialog stays, in the language it had)."""
        page = self.navigation.currentRow()
        case_id, country, report = self.case_file.case_id, self.countries.code, self.compliance.code
        self.cases.save_state()
        owned = [child for child in self.children()
                 if isinstance(child, QAction | QActionGroup | QUndoGroup | QUndoStack)]
        old = self.takeCentralWidget()
        self._build()
        for child in owned:
            child.deleteLater()
        if old is not None:
            old.deleteLater()
        if case_id is not None:
            self.case_file.show_case(case_id)
            self.navigation.item(CASE_FILE).setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if country is not None:
            self.countries.show_country(country)
        if report is not None:
            self.compliance.show_country(report)
        self.go(page if page >= 0 else HOME)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        new_case = QAction(tr("&New case…"), self)
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.triggered.connect(self.new_case)
        file_menu.addAction(new_case)
        import_referrals = QAction(tr("&Import referrals…"), self)
        import_referrals.triggered.connect(self.import_referrals)
        file_menu.addAction(import_referrals)
        file_menu.addSeparator()
        print_declarations = QAction(tr("&Print declarations of a day…"), self)
        print_declarations.triggered.connect(self.print_declarations)
        file_menu.addAction(print_declarations)
        verify_document = QAction(tr("&Verify a document…"), self)
        verify_document.triggered.connect(self.verify_document)
        file_menu.addAction(verify_document)
        file_menu.addSeparator()
        role = self.store.actor.role
        if may(role, Permission.BACK_UP):  # (the services refuse the others too)
            back_up = QAction(tr("&Back up…"), self)
            back_up.triggered.connect(lambda: backups.back_up(self, self.store))
            file_menu.addAction(back_up)
        if may(role, Permission.RESTORE):
            restore = QAction(tr("&Restore from backup…"), self)
            restore.triggered.connect(lambda: backups.restore(self, self.store))
            file_menu.addAction(restore)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.undo_group = QUndoGroup(self)
        self._no_undo = QUndoStack(self)  # pages without undoable edits
        for stack in (self._no_undo, self.case_file.undo_stack, self.countries.undo_stack):
            self.undo_group.addStack(stack)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        go_menu = self.menuBar().addMenu(tr("&Go"))
        for index, title in enumerate(PAGES):
            action = QAction(tr(title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.go(i))
            go_menu.addAction(action)
        self.account_actions = add_account_menus(self, self.store, file_menu, quit_action)
        self.office_action = add_office_menu(self, self.store)
        self.data_protection_actions = add_data_protection_menus(self, self.store)
        place_names = QAction(tr("&Place names…"), self)
        place_names.triggered.connect(lambda: PlaceNamesDialog(self.store, self).open())
        administration_menu(self).addAction(place_names)
        self.settings_menu = self.menuBar().addMenu(tr("&Settings"))
        self.language_actions = add_language_menu(self, self.settings_menu)

    def _wire(self) -> None:
        self.home.status_requested.connect(self._cases_with_status)
        self.home.ready_requested.connect(lambda: self._cases_filtered(ready=True))
        self.home.referrals_requested.connect(lambda: self._cases_filtered(protection_pending=True))
        self.home.expiring_requested.connect(self._expiring)
        self.home.review_requested.connect(self._under_review)
        self.home.at_risk_requested.connect(self._at_risk)
        self.home.case_requested.connect(self.open_case)
        self.home.movement_requested.connect(self._movement)
        self.home.follow_ups_requested.connect(lambda: self.go(MONITORING))
        self.cases.case_opened.connect(self.open_case)
        self.movements.case_opened.connect(self.open_case)
        self.monitoring.case_opened.connect(self.open_case)
        self.case_file.case_opened.connect(self.open_case)
        self.cases.new_case_requested.connect(self.new_case)
        self.pages.currentChanged.connect(self._page_changed)

    def go(self, index: int) -> None:
        if index == CASE_FILE and self.case_file.case_id is None:
            return
        self.navigation.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        stacks = {CASE_FILE: self.case_file.undo_stack, COUNTRIES: self.countries.undo_stack}
        self.undo_group.setActiveStack(stacks.get(index, self._no_undo))

    def _cases_with_status(self, status: CaseStatus) -> None:
        self.cases.show_filtered(status=status)
        self.go(CASES)

    def _cases_filtered(self, *, ready: bool | None = None, protection_pending: bool = False) -> None:
        self.cases.show_filtered(ready=ready, protection_pending=protection_pending)
        self.go(CASES)

    def _expiring(self) -> None:
        self.countries.show_expiring()
        self.go(COUNTRIES)

    def _under_review(self) -> None:
        self.countries.show_under_review()
        self.go(COUNTRIES)

    def _at_risk(self) -> None:
        self.movements.show_at_risk()
        self.go(MOVEMENTS)

    def _movement(self, movement_id: int, departs: object) -> None:
        if isinstance(departs, date):
            self.movements.show_movement(movement_id, departs)
            self.go(MOVEMENTS)

    def open_case(self, case_id: int) -> None:
        self.case_file.show_case(case_id)
        self.navigation.item(CASE_FILE).setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.go(CASE_FILE)

    def print_declarations(self) -> DeclarationsBatchDialog:
        dialog = DeclarationsBatchDialog(self.store, parent=self)
        dialog.open()
        return dialog

    def verify_document(self) -> VerifyDialog:
        dialog = VerifyDialog(self.store, self)
        dialog.open()
        return dialog

    def import_referrals(self) -> None:
        """Open the referral import (window-modal); the case list refreshes through the change hub."""
        dialog = ReferralImportDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_case(self) -> None:
        """Open the intake dialog (window-modal, not blocking); the new case opens when it is saved."""
        dialog = NewCaseDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_case(dialog.opened.id) if dialog.opened else None)
        self.new_case_dialog = dialog
        dialog.open()

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        page = settings.value("window/page", HOME)
        index = int(page) if isinstance(page, int | str) and str(page).isdigit() else HOME
        self.go(index if index != CASE_FILE else CASES)
        if self.navigation.currentRow() < 0:
            self.go(HOME)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.navigation.currentRow())
        self.cases.save_state()
        if self.automatic_backup:
            self.statusBar().showMessage(tr("Backing up…"))
            backups.closing(self.store)
        super().closeEvent(event)
