"""The account actions in the main window: File › Change password…, Administration › Users… and New recovery
code… (for the officer)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.dialogs.recovery_code import RecoveryCodeDialog
from desktop.dialogs.sign_in import ChangePasswordDialog
from desktop.dialogs.users import UsersDialog, open_users
from desktop.i18n import tr
from desktop.ops import run_op
from desktop.service_text import error_text
from planning.security import recovery
from planning.security.permissions import Permission, may
from planning.storage.store import Store

#: The Administration menu's object name: found by it, since its title is translated.
ADMINISTRATION = "administrationMenu"


@dataclass
class AccountActions:
    change_password: QAction
    users: QAction | None
    recovery_code: QAction | None = None


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
        code = QAction(tr("New &recovery code…"), window)
        code.triggered.connect(lambda: new_recovery_code(window, store))
        administration.addAction(code)
        return AccountActions(change, users, code)
    return AccountActions(change, users)


def new_recovery_code(window: QMainWindow, store: Store) -> None:
    """The signed-in officer replaces her recovery code (the old one stops working) and sees the new one once."""
    title = tr("New recovery code")
    answer = QMessageBox.question(
        window, title, tr("Make a new recovery code for {user}? The code you hold now stops working.").format(
            user=store.actor.username))
    if answer != QMessageBox.StandardButton.Yes:
        return
    where = store.location.describe() if store.location else tr("the database")

    def show(code: str) -> None:
        RecoveryCodeDialog(store.actor.username, code, where, window).open()

    run_op(window, lambda: recovery.make_code(store), on_success=show,
           on_error=lambda error: QMessageBox.warning(window, title, error_text(error)))


__all__ = ["AccountActions", "UsersDialog", "add_account_menus", "change_password"]
