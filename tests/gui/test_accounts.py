"""Signing in, the first start, the idle lock (a short timeout) and Administration › Users…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.account_menus import add_account_menus
from desktop.app import sign_in_at_start
from desktop.dialogs.recovery_code import RecoveryCodeDialog
from desktop.dialogs.sign_in import ChangePasswordDialog, FirstStartDialog, SignInDialog
from desktop.dialogs.users import NewUserDialog, ResetPasswordDialog, RoleDialog, UsersDialog
from desktop.idle_lock import SETTING, Curtain, IdleLock, idle_minutes
from desktop.main_window import MainWindow
from planning.security import accounts, recovery
from planning.security.accounts import NewAccount
from planning.storage.store import SYSTEM, Actor, Store
from planning.vocabulary import Role

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("settle")]

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def admin(store: Store) -> Store:
    signed = accounts.create_first_administrator(store, "dora", "Dora Okafor", PASSWORD)
    return store.as_actor(signed.actor)


def save(qtbot: QtBot, dialog: SignInDialog | FirstStartDialog | ChangePasswordDialog | NewUserDialog
         | ResetPasswordDialog | RoleDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()


def refused(qtbot: QtBot, dialog: SignInDialog) -> str:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible() and not dialog.busy, timeout=10000)
    return dialog.banner.text()


def test_the_first_start_creates_the_administrator(qtbot: QtBot, store: Store) -> None:
    dialog = FirstStartDialog(store.as_actor(SYSTEM), "Encrypted file test.db")
    qtbot.addWidget(dialog)
    dialog.username.setText("dora")
    dialog.display_name.setText("Dora Okafor")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "!")
    dialog.save_button.click()
    assert dialog.errors.labels["repeat password"].text() == "differs from the password typed above"
    assert dialog.result() == 0
    dialog.again.setText(PASSWORD)
    save(qtbot, dialog)
    assert dialog.signed_in is not None and dialog.signed_in.actor.role is Role.DATA_PROTECTION_OFFICER
    assert accounts.sign_in_required(store)


def test_the_first_start_shows_the_recovery_code_once_to_print_or_copy(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[RecoveryCodeDialog] = []

    def first_start(dialog: FirstStartDialog) -> int:
        dialog.username.setText("dora")
        dialog.display_name.setText("Dora Okafor")
        dialog.password.setText(PASSWORD)
        dialog.again.setText(PASSWORD)
        save(qtbot, dialog)
        return int(QDialog.DialogCode.Accepted)

    def recovery_code(dialog: RecoveryCodeDialog) -> int:
        shown.append(dialog)
        assert not dialog.continue_button.isEnabled()  # not before the officer says the code is kept
        dialog.copy_button.click()
        assert QApplication.clipboard().text() == dialog.code
        assert dialog.code in dialog.page().toPlainText()  # what Print… prints
        dialog.kept.setChecked(True)
        assert dialog.continue_button.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstStartDialog, "exec", first_start)
    monkeypatch.setattr(RecoveryCodeDialog, "exec", recovery_code)
    signed = sign_in_at_start(store.as_actor(SYSTEM))

    assert signed is not None and len(shown) == 1
    code = shown[0].code
    assert shown[0].code_label.text() == code and code == signed.recovery_code
    nobody = store.as_actor(SYSTEM)
    recovery.recover_with_code(nobody, "dora", code, "her new password 1")  # it opens her account


def test_the_officer_makes_a_new_recovery_code_from_the_menu(
        qtbot: QtBot, admin: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    actions = add_account_menus(window, admin, window.menuBar().addMenu("File"), QAction("Quit", window))
    assert actions.recovery_code is not None
    actions.recovery_code.trigger()
    dialog = qtbot.waitUntil(lambda: window.findChild(RecoveryCodeDialog) is not None, timeout=10000)
    del dialog
    found = window.findChild(RecoveryCodeDialog)
    assert isinstance(found, RecoveryCodeDialog)
    recovery.recover_with_code(admin.as_actor(SYSTEM), "dora", found.code, "her new password 1")
    found.kept.setChecked(True)
    found.accept()

    other = admin.as_actor(Actor("anna", Role.COORDINATOR))
    plain = QMainWindow()
    qtbot.addWidget(plain)
    assert add_account_menus(plain, other, plain.menuBar().addMenu("File"), QAction("Quit", plain)).recovery_code \
        is None


def test_wrong_passwords_then_locked_then_signed_in(qtbot: QtBot, admin: Store) -> None:
    accounts.create_account(admin, NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))
    dialog = SignInDialog(admin.as_actor(SYSTEM), "Database: test.db", username="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("not the password")
    first = refused(qtbot, dialog)
    assert first.startswith("Wrong user name or password, or this account may not sign in now")
    assert dialog.password.text() == "" and dialog.isVisible()
    for _ in range(5):
        dialog.password.setText("not the password")
        assert refused(qtbot, dialog) == first

    dialog.password.setText("initial password 1")
    assert refused(qtbot, dialog) == first  # locked: the same words, even for the right password

    accounts.reset_password(admin, "anna", "a reset password 1")
    dialog.password.setText("a reset password 1")
    save(qtbot, dialog)
    assert dialog.signed_in is not None and dialog.signed_in.must_change_password

    change = ChangePasswordDialog(admin.as_actor(dialog.signed_in.actor), required=True)
    qtbot.addWidget(change)
    change.current.setText("a reset password 1")
    change.new.setText("my own new password")
    change.again.setText("my own new password")
    save(qtbot, change)
    assert not accounts.sign_in(admin, "anna", "my own new password").must_change_password


def test_the_app_locks_when_idle_and_keeps_unsaved_dialogs(qtbot: QtBot, admin: Store) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    unsaved = NewUserDialog(admin, window)
    qtbot.addWidget(unsaved)
    unsaved.show()
    unsaved.display_name.setText("Half-typed name")
    quits: list[bool] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lock = IdleLock(app, admin, "test.db", timeout_ms=150, quit_app=lambda: quits.append(True))
    try:
        with qtbot.waitSignal(lock.locked, timeout=5000):
            pass
        assert lock.is_locked and lock.dialog is not None
        curtains = window.findChildren(Curtain, options=Qt.FindChildOption.FindDirectChildrenOnly)
        assert len(curtains) == 1 and curtains[0].isVisible() and curtains[0].geometry() == window.rect()
        assert unsaved.findChildren(Curtain, options=Qt.FindChildOption.FindDirectChildrenOnly) and unsaved.isVisible()
        assert lock.dialog.username.text() == "dora" and lock.dialog.username.isReadOnly()

        lock.dialog.password.setText("a wrong password")
        assert refused(qtbot, lock.dialog).startswith("Wrong user name or password")
        assert lock.is_locked
        lock.dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(lock.unlocked, timeout=10000):
            lock.dialog.save_button.click()
        assert not lock.is_locked and quits == []
        qtbot.waitUntil(lambda: not window.findChildren(Curtain), timeout=5000)
        assert unsaved.isVisible() and unsaved.display_name.text() == "Half-typed name"

        # Locked again after the next idle spell; this time the person quits.
        with qtbot.waitSignal(lock.locked, timeout=5000):
            pass
        assert lock.dialog is not None
        lock.dialog.reject()
        assert quits == [True]
    finally:
        lock.stop()
        if lock.dialog is not None:
            lock.dialog.close()


def test_input_keeps_the_app_unlocked(qtbot: QtBot, admin: Store) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lock = IdleLock(app, admin, "test.db", timeout_ms=60_000)
    try:
        lock.timer.stop()
        qtbot.keyClick(field, "a")  # input starts the full timeout again
        assert lock.timer.isActive() and lock.timer.remainingTime() > 30_000 and not lock.is_locked
    finally:
        lock.stop()


def test_the_users_dialog(qtbot: QtBot, admin: Store) -> None:
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)

    add = dialog.add_user()
    assert isinstance(add, NewUserDialog)
    add.username.setText("Anna")
    add.display_name.setText("Anna Coordinator")
    add.password.setText("initial password 1")
    add.again.setText("initial password 1")
    save(qtbot, add)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: dialog.selected() is not None and dialog.selected().username == "anna",  # type: ignore[union-attr]
                    timeout=5000)
    assert dialog.table.item(0, 3).text() == "Must change password"

    role = dialog.change_role()
    assert isinstance(role, RoleDialog)
    role.role.setCurrentIndex(list(Role).index(Role.MONITOR))
    save(qtbot, role)
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "Monitor", timeout=5000)

    reset = dialog.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    reset.password.setText("anna")
    reset.again.setText("anna")
    reset.save_button.click()
    qtbot.waitUntil(lambda: reset.errors.labels["new password"].isVisible(), timeout=5000)
    assert "at least 12 characters" in reset.errors.labels["new password"].text()
    reset.password.setText("a reset password 1")
    reset.again.setText("a reset password 1")
    save(qtbot, reset)

    version = next(a.version for a in accounts.list_accounts(admin) if a.username == "anna")
    qtbot.waitUntil(lambda: getattr(dialog.selected(), "version", None) == version, timeout=5000)
    dialog.toggle_active(confirm=False)
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "Deactivated", timeout=5000)
    assert dialog.active_button.text() == "Reactivate"
    assert [(a.username, a.role, a.active) for a in accounts.list_accounts(admin)] == [
        ("anna", Role.MONITOR, False), ("dora", Role.DATA_PROTECTION_OFFICER, True)]


@pytest.mark.parametrize(("role", "administration"), [(Role.DATA_PROTECTION_OFFICER, True),
                                                       (Role.COORDINATOR, False)])
def test_the_menus_follow_the_role(qtbot: QtBot, store: Store, tmp_path: Path, role: Role,
                                   administration: bool) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow(store.as_actor(Actor("someone", role)))
    qtbot.addWidget(window)
    entries = [entry.text() for action in window.menuBar().actions() if action.menu() is not None
               for entry in action.menu().actions()]  # type: ignore[attr-defined]
    assert ("&Users…" in entries) is administration
    assert (window.account_actions.users is not None) is administration
    assert window.account_actions.change_password.text() == "Change &password…"


def answer_modal(qtbot: QtBot, fill: Callable[[QWidget], object]) -> None:
    """Fill the next modal dialog once it is up (the start-up dialogs run their own event loop)."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            QTimer.singleShot(20, attempt)
            return
        fill(modal)

    QTimer.singleShot(0, attempt)


def test_the_start_creates_the_administrator_then_signs_in(qtbot: QtBot, store: Store) -> None:
    bare = store.as_actor(SYSTEM)

    def first(modal: QWidget) -> None:
        assert isinstance(modal, FirstStartDialog)
        modal.username.setText("dora")
        modal.display_name.setText("Dora Okafor")
        modal.password.setText(PASSWORD)
        modal.again.setText(PASSWORD)
        modal.save_button.click()
        answer_modal(qtbot, kept)

    def kept(modal: QWidget) -> None:
        if not isinstance(modal, RecoveryCodeDialog):  # still the first-start dialog, closing
            QTimer.singleShot(20, lambda: answer_modal(qtbot, kept))
            return
        modal.kept.setChecked(True)
        modal.continue_button.click()

    answer_modal(qtbot, first)
    signed = sign_in_at_start(bare)
    assert signed is not None and signed.actor.username == "dora" and signed.recovery_code is not None

    admin = bare.as_actor(signed.actor)
    accounts.create_account(admin, NewAccount("anna", "Anna", Role.COORDINATOR, "initial password 1"))

    def sign(modal: QWidget) -> None:
        assert isinstance(modal, SignInDialog) and modal.username.text() == "anna"
        modal.password.setText("initial password 1")
        modal.save_button.click()
        answer_modal(qtbot, change)

    def change(modal: QWidget) -> None:
        if not isinstance(modal, ChangePasswordDialog):  # still the sign-in dialog, closing
            QTimer.singleShot(20, lambda: answer_modal(qtbot, change))
            return
        modal.current.setText("initial password 1")
        modal.new.setText("her own password 1")
        modal.again.setText("her own password 1")
        modal.save_button.click()

    answer_modal(qtbot, sign)
    signed = sign_in_at_start(bare, "anna")
    assert signed is not None and signed.actor == Actor("anna", Role.COORDINATOR)
    assert not accounts.sign_in(bare, "anna", "her own password 1").must_change_password


def test_giving_up_at_the_start_opens_nothing(qtbot: QtBot, admin: Store) -> None:
    answer_modal(qtbot, lambda modal: modal.close())
    assert sign_in_at_start(admin.as_actor(SYSTEM)) is None


@pytest.mark.parametrize(("stored", "minutes"), [(None, 15.0), ("5", 5.0), ("0.5", 0.5), ("0", 15.0),
                                                 ("never", 15.0)])
def test_the_idle_delay_is_a_setting(tmp_path: Path, stored: str | None, minutes: float) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    settings = QSettings()
    settings.remove(SETTING)
    if stored is not None:
        settings.setValue(SETTING, stored)
    settings.sync()
    assert idle_minutes() == minutes
