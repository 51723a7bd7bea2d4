"""The case file's "Subject access…": export everything held on a member as JSON and PDF into a folder.

Only the data-protection officer may export (the service refuses others; the button says why).
The export runs in the background; the files are written once it has succeeded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import tr
from desktop.labels import in_sentence
from desktop.ops import run_op
from monitoring import subject_access
from monitoring.subject_access import Export
from planning.security.permissions import Permission, may
from planning.storage.store import Store


def refusal(store: Store) -> str | None:
    """Why this user may not export (None: may)."""
    if may(store.actor.role, Permission.EXPORT_PERSONAL_DATA):
        return None
    return tr("Only the data-protection officer may export a person's data; you are signed in as {role}").format(
        role=in_sentence(store.actor.role))


def export_to(parent: QWidget, store: Store, person_id: int, folder: Path) -> None:
    """Export in the background into `folder`, then say where the files are."""
    def done(exported: Export) -> None:
        json_path, pdf_path, *files = subject_access.write_files(
            exported, folder, subject_access.today_name(exported, store.today()))
        attached = ("\n" + tr("%Ln attachment(s) in {folder}", None, len(files)).format(folder=files[0].parent)
                    if files else "")
        text = tr("Everything held on {name} was exported:").format(name=exported.name)
        text += f"\n\n{pdf_path}\n{json_path}{attached}\n\n"
        text += tr("Verification code {code}. The export is recorded in the audit log.").format(code=exported.code)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Subject access"), text, parent=parent)
        box.setObjectName("subjectAccessDone")
        box.open()

    run_op(parent, lambda: subject_access.export(store, person_id), on_success=done)


def ask_and_export(parent: QWidget, store: Store, person_id: int) -> None:
    refused = refusal(store)
    if refused is not None:
        QMessageBox.warning(parent, tr("Subject access"), refused)
        return
    chosen = QFileDialog.getExistingDirectory(parent, tr("Folder for the subject access export"))
    if chosen:
        export_to(parent, store, person_id, Path(chosen))
