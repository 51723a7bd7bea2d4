"""Administration › Users…: the data-protection officer lists, adds, resets, re-roles and deactivates accounts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.sign_in import HINT_STYLE, matching, password_field, password_hint
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import label, when
from desktop.ops import run_op, run_query
from desktop.service_text import error_text
from planning.errors import HomewardError
from planning.security import accounts
from planning.security.accounts import AccountView, NewAccount
from planning.storage.store import Store
from planning.vocabulary import Role

HEADERS = (QT_TR_NOOP("User name"), QT_TR_NOOP("Full name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Status"),
           QT_TR_NOOP("Last sign-in"))
MUTED = QColor("#6b6b6b")
WARNING = QColor("#8c1d18")


def role_box(current: Role | None = None) -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(label(role), role)
    if current is not None:
        box.setCurrentIndex(list(Role).index(current))
    return box


def status_of(account: AccountView, now: datetime | None = None) -> str:
    if not account.active:
        return tr("Deactivated")
    if account.locked(now):
        assert account.locked_until is not None
        until = account.locked_until.astimezone()
        return tr("Locked until {time}").format(time=QLocale().toString(QTime(until.hour, until.minute), "HH:mm"))
    if not account.has_password:
        return tr("No password yet")
    if account.must_change_password:
        return tr("Must change password")
    return tr("Active", "account status")


def usable(account: AccountView) -> bool:
    """The account signs in as it is (its status reads "Active")."""
    return account.active and not account.locked() and account.has_password and not account.must_change_password


class NewUserDialog(ServiceDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add a user"), parent, save_text=tr("Add user"), intro=tr(
            "The person signs in with the initial password you choose here and must then choose their own. "
            "Give it to them in person or by phone, not by e-mail."))
        self.store = store
        self.username = QLineEdit()
        self.row(tr("User name"), self.username, "user name")
        self.display_name = QLineEdit()
        self.row(tr("Full name"), self.display_name, "display name")
        self.role = role_box(Role.COORDINATOR)
        self.row(tr("Role"), self.role, "role")
        self.password = password_field()
        self.row(tr("Initial password"), self.password, "initial password")
        self.again = password_field()
        self.row(tr("Repeat password"), self.again, "repeat password")
        hint = QLabel(password_hint())
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.form.addRow("", hint)

    def work(self) -> Callable[[], Any]:
        matching(self.password.text(), self.again.text(), "repeat password")
        new = NewAccount(self.username.text(), self.display_name.text(), Role(self.role.currentData()),
                         self.password.text())
        store = self.store
        return lambda: accounts.create_account(store, new)


class ResetPasswordDialog(ServiceDialog):
    def __init__(self, store: Store, account: AccountView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reset the password of {user}").format(user=account.username), parent,
                         save_text=tr("Reset password"), intro=tr(
                             "{name} signs in with this password and must then choose their own. Resetting also "
                             "lifts a lock after wrong passwords.").format(name=account.display_name))
        self.store, self.account = store, account
        self.password = password_field()
        self.row(tr("New password"), self.password, "new password")
        self.again = password_field()
        self.row(tr("Repeat password"), self.again, "repeat password")

    def work(self) -> Callable[[], Any]:
        matching(self.password.text(), self.again.text(), "repeat password")
        store, name, password = self.store, self.account.username, self.password.text()
        return lambda: accounts.reset_password(store, name, password)


class RoleDialog(ServiceDialog):
    def __init__(self, store: Store, account: AccountView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Change the role of {user}").format(user=account.username), parent,
                         save_text=tr("Change role"),
                         intro=tr("What {name} may do changes at their next sign-in.").format(
                             name=account.display_name))
        self.store, self.account = store, account
        self.role = role_box(account.role)
        self.row(tr("Role"), self.role, "role")

    def work(self) -> Callable[[], Any]:
        store, account, role = self.store, self.account, Role(self.role.currentData())
        return lambda: accounts.set_role(store, account.username, role, account.version)


class UsersDialog(QDialog):
    """The account list with the actions on the selected account."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Users"))
        self.store = store
        self.accounts: list[AccountView] = []
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Users"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(tr("Who may sign in to this database, and what their role lets them do. Accounts are "
                          "deactivated, never deleted: their names stay in the audit log."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.add_button = QPushButton(tr("Add user…"))
        self.reset_button = QPushButton(tr("Reset password…"))
        self.role_button = QPushButton(tr("Change role…"))
        self.active_button = QPushButton(tr("Deactivate…"))
        for button, slot in ((self.add_button, self.add_user), (self.reset_button, self.reset_password),
                             (self.role_button, self.change_role), (self.active_button, self.toggle_active)):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        self.resize(820, 440)
        self._selection_changed()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = self.selected()
        wanted = select or (current.username if current else None)
        run_query(self, lambda: accounts.list_accounts(self.store), lambda rows: self._show(rows, wanted),
                  kind="users", on_error=self._failed)

    def _show(self, rows: list[AccountView], select: str | None) -> None:
        self.accounts = rows
        self.table.setRowCount(len(rows))
        for r, account in enumerate(rows):
            last = (when(account.last_sign_in_at.astimezone()) if account.last_sign_in_at
                    else tr("never", "signed in"))
            status = status_of(account)
            cells = (account.username, account.display_name, label(account.role), status, last)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not account.active:
                    item.setForeground(MUTED)
                elif c == 3 and not usable(account):
                    item.setForeground(WARNING)
                self.table.setItem(r, c, item)
            if account.username == select:  # not selectRow: it selects nothing right to left (Arabic)
                self.table.selectionModel().setCurrentIndex(
                    self.table.model().index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self._selection_changed()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.reset_button, self.role_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(tr("Reactivate") if account is not None and not account.active
                                   else tr("Deactivate…"))

    def _failed(self, error: HomewardError) -> None:
        self.banner.show_message(error_text(error))

    def _open(self, dialog: ServiceDialog, select: Callable[[], str]) -> ServiceDialog:
        """Open an action dialog; once it saved, reload and select the account it was about."""
        self.banner.clear_message()
        dialog.saved.connect(lambda _result: self.reload(select()))
        dialog.open()
        return dialog

    def add_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self.store, self)
        self._open(dialog, lambda: dialog.username.text().strip().lower())
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = ResetPasswordDialog(self.store, account, self)
        self._open(dialog, lambda: account.username)
        return dialog

    def change_role(self) -> RoleDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = RoleDialog(self.store, account, self)
        self._open(dialog, lambda: account.username)
        return dialog

    def toggle_active(self, *, confirm: bool = True) -> None:
        account = self.selected()
        if account is None:
            return
        self.banner.clear_message()
        if account.active and confirm:
            answer = QMessageBox.question(
                self, tr("Deactivate user"),
                tr("Deactivate {user} ({name})? They can no longer sign in; their records and audit entries "
                   "stay.").format(user=account.username, name=account.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, name, version, active = self.store, account.username, account.version, not account.active
        run_op(self, lambda: accounts.set_active(store, name, active, version),
               on_success=lambda _v: self.reload(name), on_error=self._failed)


def open_users(parent: QWidget, store: Store) -> UsersDialog:
    dialog = UsersDialog(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
