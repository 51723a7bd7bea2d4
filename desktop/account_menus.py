"""The account actions in the main window: File › Change password…, Administration › Users… (for the officer)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.dialogs.sign_in import ChangePasswordDialog
from desktop.dialogs.users import UsersDialog, open_users
from desktop.i18n import tr
from planning.security.permissions import Permission, may
from planning.storage.store import Store

#: The Administration menu's object name: found by it, since its title is translated.
ADMINISTRATION = "administrationMenu"


@dataclass
class AccountActions:
    change_password: QAction
    users: QAction | None


def change_password(window: QMainWindow, store: Store) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(store, parent=window)
    dialog.saved.connect(lambda _r: window.statusBar().showMessage(tr("Your password was changed"), 5000))
    dialog.open()
    return dialog


def add_account_menus(window: QMainWindow, store: Store, file_menu: QMenu, before: QAction) -> AccountActions:
    """Change password… goes into the File menu before `before`; the Administration menu only for the officer."""
    change = QAction(tr("Change &password…"), window)
    change.triggered.connect(lambda: change_password(window, store))
    file_menu.insertAction(before, change)
    file_menu.insertSeparator(before)
    users: QAction | None = None
    if may(store.actor.role, Permission.MANAGE_USERS):
        administration = window.menuBar().addMenu(tr("&Administration"))
        administration.setObjectName(ADMINISTRATION)
        users = QAction(tr("&Users…"), window)
        users.triggered.connect(lambda: open_users(window, store))
        administration.addAction(users)
    return AccountActions(change, users)


__all__ = ["AccountActions", "UsersDialog", "add_account_menus", "change_password"]
