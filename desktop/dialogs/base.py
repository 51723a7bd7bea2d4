"""The shape every action dialog shares: a form, errors under their fields, Save runs one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.forms import Banner, FieldErrors
from desktop.i18n import tr
from desktop.ops import run_op
from planning.errors import HomewardError

INTRO_STYLE = "color: palette(window-text); padding-bottom: 4px;"


class ServiceDialog(QDialog):
    """Subclasses add rows and implement `work()`; Save runs it on the database worker.

    `title`, `intro`, `save_text` and the row labels come translated (the callers' `tr()`); Save reads
    "Save" in the interface language unless `save_text` says otherwise.

    On success the dialog emits `saved(result)` and closes; on a known error it stays open with the
    message under the matching field (or in the banner) and nothing typed is lost.
    """

    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None, *, intro: str | None = None,
                 save_text: str | None = None, changes: Changes | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.changes = changes
        self.result_value: object = None
        self.busy = False
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setObjectName("dialogIntro")
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        """Open tall enough for the wrapped texts at the dialog's width (adjustSize underestimates them)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is None:
            return
        width = max(self.width(), layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(self.height(), height))

    def row(self, label: str, widget: QWidget, *fields: str) -> QWidget:
        """A labelled row whose error label shows the service's errors for `fields`."""
        self.errors.add_row(self.form, label, widget, *fields)
        return widget

    def work(self) -> Callable[[], Any]:
        """The service call to run, built from the form's current values."""
        raise NotImplementedError

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        try:
            work = self.work()
        except HomewardError as error:  # checked before the call (e.g. a required choice missing)
            self.errors.show_error(error)
            return
        self._set_busy(True)
        run_op(self, work, changes=self.changes, on_success=self._succeeded, on_error=self._failed,
               on_done=lambda: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy and self.can_save())
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def can_save(self) -> bool:
        """Subclasses may hold Save back until something is confirmed."""
        return True

    def refresh_save(self) -> None:
        self.save_button.setEnabled(not self.busy and self.can_save())

    def _succeeded(self, result: object) -> None:
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: HomewardError) -> None:
        self.errors.show_error(error)
        self.on_error(error)

    def on_error(self, error: HomewardError) -> None:
        """Hook for subclasses (e.g. offer a reload after a conflict)."""
