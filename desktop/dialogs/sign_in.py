"""Signing in: the first start (create the administrator), the sign-in dialog, unlocking, changing one's password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop.dialogs.base import ServiceDialog
from desktop.i18n import tr
from planning.errors import HomewardError, ValidationError
from planning.security import accounts
from planning.security.accounts import SignedIn
from planning.storage.store import Store

TITLE_STYLE = "font-size: 15pt; font-weight: 600;"
HINT_STYLE = "color: #5f6368;"


def password_hint() -> str:
    """What a password must be, in the interface language."""
    return tr("At least %n characters, not containing the user name; a short sentence is easy to remember and "
              "hard to guess.", None, accounts.MIN_PASSWORD_LENGTH)


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(accounts.MAX_PASSWORD_LENGTH)
    field.setPlaceholderText(placeholder)
    return field


def matching(password: str, again: str, field: str) -> None:
    """Refuse two typings that differ (before anything is hashed or saved)."""
    if password != again:
        raise ValidationError(field, "typed.password_again")


class _AccountDialog(ServiceDialog):
    """A compact form with a heading; Enter in the last field signs in / saves."""

    def __init__(self, title: str, heading: str, intro: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, intro=intro, save_text=save_text)
        self.setMinimumWidth(480)
        heading_label = QLabel(heading)
        heading_label.setObjectName("signInHeading")
        heading_label.setStyleSheet(TITLE_STYLE)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, heading_label)  # type: ignore[attr-defined]

    def hint(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        self.form.addRow("", label)


class FirstStartDialog(_AccountDialog):
    """The database has no account yet: create the administrator (data-protection officer)."""

    def __init__(self, store: Store, where: str, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Homeward — first start"), tr("Create the administrator"),
            tr("<p>{where} has no user accounts yet. Create the administrator's account: the data-protection "
               "officer, who adds everyone else (coordinators, monitors, read-only users) in "
               "<b>Administration › Users…</b> and manages keys, retention and the audit log.</p>").format(
                where=where),
            tr("Create and sign in"), parent)
        self.store = store
        self.username = QLineEdit()
        self.row(tr("User name"), self.username, "user name")
        self.username.setPlaceholderText(tr("e.g. dpo or a.ahmadi"))
        self.display_name = QLineEdit()
        self.row(tr("Full name"), self.display_name, "display name")
        self.password = password_field()
        self.row(tr("Password"), self.password, "password")
        self.again = password_field()
        self.row(tr("Repeat password"), self.again, "repeat password")
        self.hint(password_hint())
        self.signed_in: SignedIn | None = None
        self.saved.connect(self._remember)

    def work(self) -> Callable[[], Any]:
        matching(self.password.text(), self.again.text(), "repeat password")
        store, name, shown, password = self.store, self.username.text(), self.display_name.text(), self.password.text()
        return lambda: accounts.create_first_administrator(store, name, shown, password)

    def _remember(self, result: object) -> None:
        assert isinstance(result, SignedIn)
        self.signed_in = result


class SignInDialog(_AccountDialog):
    """User name and password; refusals (wrong password, locked until …) shown in the banner.

    `unlock_as` fixes the user: the window was locked after idle minutes and only that user may
    return to it (their unsaved dialogs are still open underneath).
    """

    def __init__(self, store: Store, where: str, *, username: str = "", unlock_as: str | None = None,
                 parent: QWidget | None = None) -> None:
        if unlock_as:
            heading, intro = tr("Homeward is locked"), tr(
                "<p>Homeward locked itself after a while without use. Sign in as <b>{user}</b> to carry on "
                "where you left off; nothing you had open was lost.</p>").format(user=unlock_as)
        else:
            heading, intro = tr("Sign in to Homeward"), f"<p>{where}</p>"
        super().__init__(tr("Homeward — sign in") if not unlock_as else tr("Homeward — locked"), heading, intro,
                         tr("Unlock") if unlock_as else tr("Sign in"), parent)
        self.store = store
        self.unlock_as = unlock_as
        self.username = QLineEdit(unlock_as or username)
        self.row(tr("User name"), self.username, "user name")
        self.username.setReadOnly(unlock_as is not None)
        self.password = password_field()
        self.row(tr("Password"), self.password, "password")
        self.signed_in: SignedIn | None = None
        self.saved.connect(self._remember)
        if unlock_as is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit Homeward"))
        (self.password if unlock_as or username else self.username).setFocus()

    def work(self) -> Callable[[], Any]:
        store, name, password = self.store, self.username.text(), self.password.text()
        return lambda: accounts.sign_in(store, name, password)

    def on_error(self, error: HomewardError) -> None:
        self.password.clear()
        self.password.setFocus()

    def _remember(self, result: object) -> None:
        assert isinstance(result, SignedIn)
        self.signed_in = result


class ChangePasswordDialog(_AccountDialog):
    """The signed-in user's own password (File › Change password…, or required after a reset)."""

    def __init__(self, store: Store, *, required: bool = False, parent: QWidget | None = None) -> None:
        intro = (tr("<p>Your password was chosen by the administrator. Choose your own before you continue.</p>")
                 if required else tr("<p>Signed in as <b>{user}</b>.</p>").format(user=store.actor.username))
        super().__init__(tr("Change password"),
                         tr("Choose a new password") if required else tr("Change your password"),
                         intro, tr("Change password"), parent)
        self.store = store
        self.current = password_field()
        self.row(tr("Current password"), self.current, "current password")
        self.new = password_field()
        self.row(tr("New password"), self.new, "new password")
        self.again = password_field()
        self.row(tr("Repeat new password"), self.again, "repeat password")
        self.hint(password_hint())
        if required:
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(tr("Quit Homeward"))

    def work(self) -> Callable[[], Any]:
        matching(self.new.text(), self.again.text(), "repeat password")
        store, current, new = self.store, self.current.text(), self.new.text()
        return lambda: accounts.change_password(store, current, new)

