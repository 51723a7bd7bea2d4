"""Starting the desktop application: open the database (asking for a passphrase if need be), then the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from desktop import fonts, i18n, open_copies
from desktop.collector import MainThreadCollector
from desktop.dialogs.recovery_code import RecoveryCodeDialog
from desktop.dialogs.sign_in import ChangePasswordDialog, FirstStartDialog, SignInDialog
from desktop.i18n import tr
from desktop.idle_lock import IdleLock, idle_minutes
from desktop.main_window import MainWindow
from desktop.service_text import error_text
from monitoring.demo import seed_monitoring
from planning.errors import HomewardError
from planning.overview import has_cases
from planning.security import accounts, keychain
from planning.security.accounts import SignedIn
from planning.security.permissions import Permission, may
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Store

log = logging.getLogger(__name__)

#: Styles every page shares (titles); pages add their own for what only they show.
APP_STYLE = "#pageTitle { font-size: 18pt; font-weight: 600; }"


def ask_passphrase(path: Path, new: bool) -> str | None:
    """The passphrase dialog used when no OS keychain holds the database key; for a new database it says the
    passphrase is the only way in."""
    title = tr("Homeward database passphrase")
    prompt = tr("No keychain holds the key of\n{path}").format(path=path) + "\n\n"
    backend = keychain.refused()
    if backend is not None:
        prompt += tr("This computer's keyring ({backend}) keeps secrets in a file or nowhere, not in an OS "
                     "keychain, so Homeward does not use it.").format(backend=backend) + "\n\n"
    if new:
        prompt += (tr("Homeward will ask for this passphrase at every start. Keep it safe, written down away from "
                      "this computer: without it nobody, not even the data-protection officer, can open the "
                      "database or its automatic backups.") + "\n\n" + tr("Choose a passphrase for this new database:"))
    else:
        prompt += tr("Enter its passphrase:")
    text, ok = QInputDialog.getText(None, title, prompt, QLineEdit.EchoMode.Password)
    if not ok or not text:
        return None
    if new:
        again, ok = QInputDialog.getText(None, title, tr("Repeat the passphrase:"), QLineEdit.EchoMode.Password)
        if not ok or again != text:
            QMessageBox.warning(None, title, tr("The passphrases differ; nothing was created."))
            return None
    return text


def open_workspace(db: str | None) -> Store:
    """The database, at the current schema; nobody is signed in yet (see `sign_in_at_start`)."""
    location = resolve(db)
    engine = open_engine(location, ask_passphrase)
    migrate.ensure_current(engine)
    return Store(engine, SYSTEM, location)


def sign_in_at_start(store: Store, username: str = "") -> SignedIn | None:
    """The first start creates the administrator and shows her recovery code once; later starts sign in
    (and change a password an administrator chose). None when the person gives up."""
    where = store.location.describe() if store.location else tr("The database")
    if not accounts.sign_in_required(store):
        first = FirstStartDialog(store, where[:1].upper() + where[1:])
        if first.exec() != QDialog.DialogCode.Accepted or first.signed_in is None:
            return None
        if first.signed_in.recovery_code is not None:
            RecoveryCodeDialog(first.signed_in.actor.username, first.signed_in.recovery_code, where).exec()
        return first.signed_in
    dialog = SignInDialog(store, tr("Database: {where}").format(where=where), username=username)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return None
    signed = dialog.signed_in
    if signed.must_change_password:
        change = ChangePasswordDialog(store.as_actor(signed.actor), required=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return signed


def seed_demo(store: Store, cases: int) -> None:
    """Fill an empty database with a synthetic caseload, showing progress."""
    from planning.demo import generate
    from planning.demo.deliveries import seed_deliveries

    if has_cases(store):
        return
    dialog = QProgressDialog(tr("Creating demo caseload…"), "", 0, cases)
    dialog.setWindowTitle("Homeward")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    generate(store, cases=cases, seed=1, progress=progress)
    dialog.setLabelText(tr("Handing over the reintegration packages of arrived households…"))
    QApplication.processEvents()
    seed_deliveries(store, seed=1)
    dialog.setLabelText(tr("Starting monitoring plans for arrived households…"))
    seed_monitoring(store, seed=1, progress=progress)
    dialog.close()


def install_crash_handler() -> None:
    """Unexpected errors reach a dialog with the details to copy; the application keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(value, HomewardError):
            QMessageBox.warning(None, "Homeward", error_text(value))
            return
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Homeward — unexpected error"),
                          tr("Something went wrong that Homeward did not expect. Your saved work is safe; "
                             "the action that failed was not saved."))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def prepare(app: QApplication, organisation: str = "Homeward") -> None:
    """Names (for saved settings), the shared style and the bundled fonts."""
    app.setOrganizationName(organisation)
    app.setApplicationName("Homeward")
    app.setStyleSheet(APP_STYLE)
    fonts.install(app)
    if not hasattr(app, "_collector"):
        app._collector = MainThreadCollector(app)  # type: ignore[attr-defined]


def run_app(db: str | None, demo_if_empty: int | None = None, user: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare(app)
    i18n.install(app, i18n.chosen_language())
    install_crash_handler()
    open_copies.remove_left_over()  # copies a crashed run left in the clear
    app.aboutToQuit.connect(open_copies.remove_own)
    try:
        store = open_workspace(db)
    except HomewardError as exc:
        QMessageBox.critical(None, tr("Homeward cannot open the database"), error_text(exc))
        return 1
    signed = sign_in_at_start(store, user or "")
    if signed is None:
        store.engine.dispose()
        return 0
    store = store.as_actor(signed.actor)
    if demo_if_empty and may(store.actor.role, Permission.DEMO_DATA):
        seed_demo(store, demo_if_empty)
    window = MainWindow(store, automatic_backup=True)
    window.show()
    where = store.location.describe() if store.location else tr("the database")
    lock = IdleLock(app, store, where, int(idle_minutes() * 60_000))
    code = app.exec()
    lock.stop()
    store.engine.dispose()
    return int(code)
