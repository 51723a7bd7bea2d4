"""An officer's one-time recovery code, shown once: to print or copy, then keep offline.

Shown after the first start has created the administrator, and when an officer asks for a new code
(Administration › New recovery code…). Continue stays disabled until the officer confirms the code is
kept; closing the dialog otherwise asks again, since the code is never shown a second time.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr

CODE_STYLE = "font-size: 20pt; font-weight: 600; letter-spacing: 2px; padding: 12px;"
#: The printed sheet: its texts come translated and escaped.
SHEET = ("<h2>{title}</h2><p>{officer}<br>{database}</p>"
         "<p style='font-size: 24pt; font-family: monospace'><b>{code}</b></p><p>{how}</p>")


class RecoveryCodeDialog(QDialog):
    """The code in large type, Copy and Print…, and Continue once the officer says it is kept."""

    def __init__(self, username: str, code: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.username = username
        self.where = where
        self.setWindowTitle(tr("Recovery code"))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Your recovery code"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(tr(
            "<p>If <b>{user}</b> forgets the password, this code is the way back in: <code>homeward users recover "
            "{user} --code</code>. It works once, and a new one is shown when it is used.</p>"
            "<p>It is shown <b>only now</b>. Print it or write it down and keep it offline, in a safe — not on this "
            "computer. Homeward keeps only a fingerprint of it; nobody can show it to you again.</p>").format(
                user=html.escape(username)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setFont(QFont("monospace"))
        self.code_label.setStyleSheet(CODE_STYLE)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.clicked.connect(self.print_code)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.kept = QCheckBox(tr("I have printed or written down this code and will keep it offline"))
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(tr("Continue"))
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText(tr("Copied"))

    def page(self) -> QTextDocument:
        """The sheet to print: what the code is for, the code, and how to use it."""
        document = QTextDocument()
        document.setHtml(SHEET.format(
            title=html.escape(tr("Homeward recovery code")),
            officer=html.escape(tr("Data-protection officer: {user}").format(user=self.username)),
            database=html.escape(tr("Database: {where}").format(where=self.where)),
            code=html.escape(self.code),
            how=html.escape(tr("For a forgotten password: homeward users recover {user} --code. The code works "
                               "once; keep the next one shown in its place.").format(user=self.username))))
        return document

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.page().print_(printer)

    def reject(self) -> None:
        """Escape does not lose the code unnoticed."""
        if self.kept.isChecked() or self._really_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kept.isChecked() or self._really_leave():
            event.accept()
        else:
            event.ignore()

    def _really_leave(self) -> bool:
        answer = QMessageBox.warning(
            self, tr("Recovery code"),
            tr("The code is not shown again. Close without having printed or written it down?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
