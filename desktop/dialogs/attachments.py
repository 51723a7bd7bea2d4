"""Files attached to a follow-up: picked in the log form, read back (sealed, audited) in the record viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, number
from desktop.ops import run_query
from monitoring.attachments import MEDIA_TYPES, AttachmentInfo, FollowUpRecord, NewAttachment, open_attachment
from planning.errors import ValidationError
from planning.private_files import write_private
from planning.storage.store import Store

PATTERNS = " ".join(f"*{suffix}" for suffix in sorted(MEDIA_TYPES))
FILTER = QT_TR_NOOP("Documents, photos and recordings ({patterns})")


def load_files(paths: list[Path]) -> list[NewAttachment]:
    """Read the picked files (on the worker); a file that cannot be read is named."""
    files = []
    for path in paths:
        try:
            files.append(NewAttachment(path.name, path.read_bytes()))
        except OSError as exc:
            raise ValidationError("attachments", "open.cannot_be_read", str(path), file=path.name,
                                  reason=exc.strerror or str(exc)) from None
    return files


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{size} bytes").format(size=number(size))
    if size < 1024 * 1024:
        return tr("{size} KB").format(size=number(size / 1024))
    return tr("{size} MB").format(size=number(size / (1024 * 1024), 1))


class AttachmentPicker(QWidget):
    """A list of files to attach, with Add and Remove; the files are read only when the form is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.add_button = QPushButton(tr("Add files…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.setToolTip(tr("Stored encrypted; at most 10 files of 10 MB each"))

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Attach files"), "", tr(FILTER).format(patterns=PATTERNS))
        self.add_paths([Path(name) for name in names])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths():
                item = QListWidgetItem(path.name)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                self.list.addItem(item)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def paths(self) -> list[Path]:
        return [Path(str(self.list.item(i).data(Qt.ItemDataRole.UserRole))) for i in range(self.list.count())]


class FollowUpRecordDialog(QDialog):
    """The notes and the attachments of a logged follow-up; Save a copy writes a file where the user says."""

    def __init__(self, store: Store, record: FollowUpRecord, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record = record
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        notice = QLabel(tr("Sensitive: stored encrypted. Opening this record has been written to the audit log."))
        notice.setWordWrap(True)
        notice.setObjectName("dialogIntro")
        self.notes = QPlainTextEdit(record.notes or tr("No notes were written."))
        self.notes.setReadOnly(True)
        self.files = QListWidget()
        for info in record.attachments:
            added = tr("({size}, added by {user} on {date})").format(size=size_text(info.size), user=info.added_by,
                                                                     date=day(info.added_at.date()))
            item = QListWidgetItem(f"{info.filename}   {added}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.files.addItem(item)
        if not record.attachments:
            self.files.addItem(tr("No files attached."))
            self.files.setEnabled(False)
        self.save_copy = QPushButton(tr("Save a copy…"))
        self.save_copy.setEnabled(bool(record.attachments))
        self.save_copy.clicked.connect(self.save_selected)
        self.files.itemDoubleClicked.connect(lambda _item: self.save_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(QLabel("<b>" + tr("Notes") + "</b>"))
        layout.addWidget(self.notes, 2)
        layout.addWidget(QLabel("<b>" + tr("Attachments") + "</b>"))
        layout.addWidget(self.files, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def selected(self) -> AttachmentInfo | None:
        item = self.files.currentItem() or (self.files.item(0) if self.files.count() == 1 else None)
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((info for info in self.record.attachments if info.id == wanted), None)

    def save_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, tr("Save a copy"), info.filename)
        if target:
            self.save_to(info, Path(target))

    def save_to(self, info: AttachmentInfo, target: Path) -> None:
        store = self.store

        def work() -> Path:
            _, content = open_attachment(store, info.id)
            try:
                write_private(target, content)
            except OSError as exc:
                raise ValidationError("file", "save.cannot_be_written", str(target),
                                      reason=exc.strerror or str(exc)) from None
            return target

        run_query(self, work, lambda path: self.status.setText(tr("Saved a copy to {path}.").format(path=path)),
                  kind="attachment-save")
