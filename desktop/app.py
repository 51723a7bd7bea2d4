"""Starting the desktop application: open the database (asking for a passphrase if need be), then the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from desktop import fonts
from desktop.collector import MainThreadCollector
from desktop.commands.session import command_actor
from desktop.main_window import MainWindow
from monitoring.arrival import ensure_plans
from planning.errors import HomewardError
from planning.overview import has_cases
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import Store

log = logging.getLogger(__name__)

#: Styles every page shares (titles); pages add their own for what only they show.
APP_STYLE = "#pageTitle { font-size: 18pt; font-weight: 600; }"


def ask_passphrase(path: Path, new: bool) -> str | None:
    """The passphrase dialog used when no OS keychain holds the database key."""
    title = "Homeward database passphrase"
    prompt = (f"No keychain holds the key of\n{path}\n\n"
              + ("Choose a passphrase for this new database:" if new else "Enter its passphrase:"))
    text, ok = QInputDialog.getText(None, title, prompt, QLineEdit.EchoMode.Password)
    if not ok or not text:
        return None
    if new:
        again, ok = QInputDialog.getText(None, title, "Repeat the passphrase:", QLineEdit.EchoMode.Password)
        if not ok or again != text:
            QMessageBox.warning(None, title, "The passphrases differ; nothing was created.")
            return None
    return text


def open_workspace(db: str | None) -> Store:
    location = resolve(db)
    engine = open_engine(location, ask_passphrase)
    migrate.ensure_current(engine)
    return Store(engine, command_actor(), location)


def seed_demo(store: Store, cases: int) -> None:
    """Fill an empty database with a synthetic caseload, showing progress."""
    from planning.demo import generate

    if has_cases(store):
        return
    dialog = QProgressDialog("Creating demo caseload…", "", 0, cases)
    dialog.setWindowTitle("Homeward")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    generate(store, cases=cases, seed=1, progress=progress)
    dialog.setLabelText("Starting monitoring plans for arrived households…")
    ensure_plans(store)
    dialog.close()


def install_crash_handler() -> None:
    """Unexpected errors reach a dialog with the details to copy; the application keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(value, HomewardError):
            QMessageBox.warning(None, "Homeward", value.message)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "Homeward — unexpected error",
                          "Something went wrong that Homeward did not expect. Your saved work is safe; "
                          "the action that failed was not saved.")
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


def run_app(db: str | None, demo_if_empty: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare(app)
    install_crash_handler()
    try:
        store = open_workspace(db)
        if demo_if_empty:
            seed_demo(store, demo_if_empty)
    except HomewardError as exc:
        QMessageBox.critical(None, "Homeward cannot open the database", exc.message)
        return 1
    window = MainWindow(store, automatic_backup=True)
    window.show()
    code = app.exec()
    store.engine.dispose()
    return int(code)
