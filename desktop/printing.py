"""Where the print desk's actions start: a document previewed (issued in the background), or a batch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from desktop.dialogs.print_preview import PrintPreviewDialog
from planning.documents.printing import Printed

#: Open print windows, kept until closed (they are top-level and parented only for stacking).
_open: list[QDialog] = []


def preview(parent: QWidget, title: str, produce: Callable[[], Printed], filename: str) -> PrintPreviewDialog:
    """Open a print preview that issues the document now; a refusal shows in the window."""
    dialog = PrintPreviewDialog(title, produce, filename, parent)
    _open.append(dialog)
    dialog.finished.connect(lambda _result: _open.remove(dialog) if dialog in _open else None)
    dialog.show()
    return dialog


def menu_button(text: str, parent: QWidget | None = None) -> tuple[QToolButton, QMenu]:
    """A push-style button that drops a menu of documents."""
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu
