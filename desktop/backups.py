"""Backing up (coordinator, officer) and restoring (officer) from the window; the automatic backup when the
window closes."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.changes import Changes
from desktop.dialogs.restore import RestoreDialog
from desktop.i18n import tr
from desktop.labels import number
from desktop.ops import run_op, run_query
from desktop.service_text import error_text
from planning import audit_checkpoints, backups
from planning.errors import HomewardError
from planning.security.keys import DatabaseKey, backup_key
from planning.storage import backup
from planning.storage.engine import engine_key
from planning.storage.store import Store
from planning.storage.texts import BACKUP_WRONG_KEY

log = logging.getLogger(__name__)
AUTOMATIC_KEEP = 7


def automatic_folder() -> Path:
    return platformdirs.user_data_path("homeward", appauthor=False) / "backups"


def default_key(store: Store) -> DatabaseKey:
    """The database's own key or passphrase, as it was opened (embedded: so automatic backups work without a
    keychain too), or the team backup key (PostgreSQL, from the keychain)."""
    assert store.location is not None
    if store.location.embedded:
        return engine_key(store.engine)
    return backup_key(store.location.redacted())


def _passphrase(parent: QWidget, title: str, new: bool) -> DatabaseKey | None:
    text, ok = QInputDialog.getText(parent, title, tr("Backup passphrase:"), QLineEdit.EchoMode.Password)
    if not ok or not text:
        return None
    if new:
        again, ok = QInputDialog.getText(parent, title, tr("Repeat the passphrase:"),
                                          QLineEdit.EchoMode.Password)
        if not ok or again != text:
            QMessageBox.warning(parent, title, tr("The passphrases differ; nothing was written."))
            return None
    return DatabaseKey(text, raw=False)


def back_up(parent: QWidget, store: Store) -> None:
    """Ask where (and whether to use a passphrase), then write the backup in the background."""
    title = tr("Back up the database")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / "homeward-backup.db"),
                                                tr("Homeward backup (*.db)"))
    if not path:
        return
    choice = QMessageBox.question(
        parent, title, tr("Protect this backup with a passphrase of its own?\n\nChoose Yes to restore it on "
                          "another computer; No encrypts it with this database's key, kept in this computer's "
                          "keychain."))
    key = _passphrase(parent, title, new=True) if choice == QMessageBox.StandardButton.Yes else default_key(store)
    if key is None:
        return
    own_key = choice != QMessageBox.StandardButton.Yes
    run_op(parent, lambda: backups.take_backup(store, Path(path), key, own_key=own_key),
           on_error=lambda error: QMessageBox.warning(parent, title, error_text(error)),
           on_success=lambda info: QMessageBox.information(
               parent, title, tr("Backup written to {path} ({size} MB).").format(
                   path=info.path, size=number(info.size / 1e6, 1))))


def restore(parent: QWidget, store: Store) -> None:
    """Choose a backup, see it against the database (RestoreDialog), then replace the database's content."""
    title = tr("Restore from a backup")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), tr("Homeward backup (*.db)"))
    if not path:
        return
    source = Path(path)

    def compared(key: DatabaseKey, comparison: backups.Comparison) -> None:
        dialog = RestoreDialog(comparison, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        consent = comparison.consent
        live = engine_key(store.engine) if store.location is not None and store.location.embedded else None
        run_op(parent, lambda: backups.restore(store, source, key, older=consent == backups.OLDER,
                                               other_installation=consent == backups.OTHER_INSTALLATION,
                                               live_key=live),
               changes=Changes(cases=True, countries=True),
               on_success=lambda done: QMessageBox.information(
                   parent, title, tr("Restored from {path}.").format(path=done.backup.path)),
               on_error=lambda error: QMessageBox.warning(parent, title, error_text(error)))

    def attempt(key: DatabaseKey, second_try: bool) -> None:
        def failed(error: HomewardError) -> None:
            if error.key == BACKUP_WRONG_KEY and not second_try:
                typed = _passphrase(parent, title, new=False)
                if typed is not None:
                    attempt(typed, second_try=True)
                    return
            QMessageBox.warning(parent, title, error_text(error))

        run_query(parent, lambda: backups.compare(store, source, key), lambda found: compared(key, found),
                  kind="restore-compare", on_error=failed)

    attempt(default_key(store), second_try=False)


def automatic(store: Store) -> Path | None:
    """On close: a backup of the embedded database in the data folder, keeping the newest seven."""
    if store.location is None or not store.location.embedded:
        return None
    folder = automatic_folder()
    try:
        info = backups.automatic_backup(store, backup.automatic_path(folder), default_key(store))
        backup.rotate(folder, AUTOMATIC_KEEP)
    except HomewardError as exc:
        log.warning("automatic backup failed: %s", exc.message)
        return None
    return info.path


def closing(store: Store) -> None:
    """When the window closes: the automatic backup, and a checkpoint of the audit chain in this
    desktop's user data folder (a later cut or rollback of the chain shows against it)."""
    automatic(store)
    try:
        audit_checkpoints.record_locally(store)
    except HomewardError as exc:
        log.warning("no audit checkpoint was kept: %s", exc.message)
