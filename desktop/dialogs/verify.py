"""Verify a printed document: type the code from its footer; Homeward says whether it still holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import monitoring.compliance_report
import monitoring.routes.printout  # noqa: F401
import planning.documents.catalogue  # noqa: F401
from desktop.ops import run_query
from planning.documents.verification import Status, Verification, verify
from planning.errors import HomewardError
from planning.storage.store import Store

COLOURS = {Status.MATCH: "#188038", Status.SUPERSEDED: "#b06000", Status.UNKNOWN: "#b3261e"}
HEADLINES = {
    Status.MATCH: "Matches the current record",
    Status.SUPERSEDED: "Superseded — the document no longer says what the records say",
    Status.UNKNOWN: "Unknown — Homeward never issued a document with this code",
}


def describe(result: Verification) -> str:
    """The answer as rich text: the verdict, what the document is, and why it no longer holds."""
    lines = [f"<p style='color:{COLOURS[result.status]}; font-size:14pt'><b>{HEADLINES[result.status]}</b></p>"]
    if result.kind:
        lines.append(f"<p>{result.kind.replace('-', ' ').capitalize()} for <b>{result.subject}</b>, code "
                     f"{result.display_code}, issued on {result.issued_on} by {result.issued_by}.</p>")
    if result.reasons:
        lines.append("<ul>" + "".join(f"<li>{reason}</li>" for reason in result.reasons) + "</ul>")
    if result.status is Status.UNKNOWN:
        lines.append("<p>Check the code for typing errors; a document with an unknown code may be forged.</p>")
    return "".join(lines)


class VerifyDialog(QDialog):
    """Emits `answered(Verification)` after each check."""

    answered = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Verify a document")
        self.setMinimumWidth(520)
        intro = QLabel("Type the verification code printed at the foot of the document (for example "
                       "HW-7K3QX-M2P4A). Letters may be typed in lower case; a mistyped code is caught.")
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("HW-XXXXX-XXXXX")
        self.check_button = QPushButton("Verify")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.answer, 1)
        layout.addWidget(buttons)

    def check(self) -> None:
        store, text = self.store, self.code.text()
        self.answer.setText("Checking…")
        run_query(self, lambda: verify(store, text), self._answer, kind="verify", on_error=self._error)

    def _answer(self, result: Verification) -> None:
        self.answer.setText(describe(result))
        self.answered.emit(result)

    def _error(self, error: HomewardError) -> None:
        self.answer.setText(f"<p style='color:{COLOURS[Status.UNKNOWN]}'>{error.message}</p>")
        self.answered.emit(error)
