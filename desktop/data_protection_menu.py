"""Administration > Office…, Audit log… and Retention…: the office printed on documents, the data-protection
officer's screens.

Added to the Administration menu (created if this user has none); the dialogs refuse other roles
with a clear message, and the services refuse whatever calls them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.account_menus import ADMINISTRATION
from desktop.dialogs.audit_viewer import AuditLogDialog
from desktop.dialogs.office import open_office_dialog
from desktop.dialogs.retention import RetentionDialog
from desktop.i18n import tr
from planning.storage.store import Store


def administration_menu(window: QMainWindow) -> QMenu:
    """The window's Administration menu, found by its object name (its title is translated)."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == ADMINISTRATION:
            return menu
    menu = window.menuBar().addMenu(tr("&Administration"))
    menu.setObjectName(ADMINISTRATION)
    return menu


def add_office_menu(window: QMainWindow, store: Store) -> QAction:
    """Administration › Office…: the letterhead, contacts and signatory printed on every document."""
    office = QAction(tr("&Office…"), window)
    office.triggered.connect(lambda: open_office_dialog(store, window))
    administration_menu(window).addAction(office)
    return office


def add_data_protection_menus(window: QMainWindow, store: Store) -> tuple[QAction, QAction]:
    menu = administration_menu(window)
    menu.addSeparator()
    audit = QAction(tr("&Audit log…"), window)
    audit.triggered.connect(lambda: AuditLogDialog(store, window).open())
    menu.addAction(audit)
    retention = QAction(tr("&Retention…"), window)
    retention.triggered.connect(lambda: RetentionDialog(store, window).open())
    menu.addAction(retention)
    return audit, retention
