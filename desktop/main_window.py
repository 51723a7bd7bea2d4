"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import backups
from desktop.account_menus import add_account_menus
from desktop.data_protection_menu import add_data_protection_menus
from desktop.dialogs.batch_print import DeclarationsBatchDialog
from desktop.dialogs.new_case import NewCaseDialog
from desktop.dialogs.referral_import import ReferralImportDialog
from desktop.dialogs.verify import VerifyDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import label
from desktop.language_menu import add_language_menu
from desktop.pages.case_file import CaseFilePage
from desktop.pages.cases import CasesPage
from desktop.pages.compliance import CompliancePage
from desktop.pages.countries import CountriesPage
from desktop.pages.home import HomePage
from desktop.pages.monitoring import MonitoringPage
from desktop.pages.movements import MovementsPage
from desktop.pages.reintegration import ReintegrationPage
from planning.security.permissions import Permission, may
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

PAGES = (QT_TR_NOOP("Home"), QT_TR_NOOP("Cases"), QT_TR_NOOP("Case file"), QT_TR_NOOP("Countries"),
         QT_TR_NOOP("Movements"), QT_TR_NOOP("Monitoring"), QT_TR_NOOP("Compliance"), QT_TR_NOOP("Reintegration"))
HOME, CASES, CASE_FILE, COUNTRIES, MOVEMENTS, MONITORING, COMPLIANCE, REINTEGRATION = range(len(PAGES))


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, automatic_backup: bool = False) -> None:
        super().__init__()
        self.store = store
        self.new_case_dialog: NewCaseDialog | None = None
        #: An automatic backup (embedded database only) when the window closes.
        self.automatic_backup = automatic_backup
        self.setWindowTitle("Homeward")
        self.resize(1280, 820)
        self.home = HomePage(store)
        self.cases = CasesPage(store)
        self.case_file = CaseFilePage(store)
        self.countries = CountriesPage(store)
        self.movements = MovementsPage(store)
        self.monitoring = MonitoringPage(store)
        self.compliance = CompliancePage(store)
        self.reintegration = ReintegrationPage(store)
        self.navigation = QListWidget()
        self.navigation.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        for title, page in zip(PAGES, (self.home, self.cases, self.case_file, self.countries, self.movements,
                                       self.monitoring, self.compliance, self.reintegration), strict=True):
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
        where = store.location.describe() if store.location else tr("database")
        self.statusBar().showMessage(f"{where} — {store.actor.username} ({label(store.actor.role).lower()})")
        self._menus()
        self._wire()
        self._restore()
        self.home.refresh()
        self.cases.reload()

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
        self.data_protection_actions = add_data_protection_menus(self, self.store)
        self.settings_menu = self.menuBar().addMenu(tr("&Settings"))
        self.language_actions = add_language_menu(self, self.settings_menu)

    def _wire(self) -> None:
        self.home.status_requested.connect(self._cases_with_status)
        self.home.ready_requested.connect(lambda: self._cases_filtered(ready=True))
        self.home.referrals_requested.connect(lambda: self._cases_filtered(protection_pending=True))
        self.home.expiring_requested.connect(self._expiring)
        self.home.review_requested.connect(self._under_review)
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
