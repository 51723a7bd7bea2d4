"""Verify a printed document: type the code from its footer; Homeward says whether it still holds."""

from __future__ import annotations

from html import escape

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
import monitoring.routes.printout
import monitoring.visit_form  # noqa: F401
import planning.documents.catalogue  # noqa: F401
from desktop import words
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from desktop.ops import run_query
from desktop.service_text import error_text
from planning.documents.verification import Status, Verification, verify
from planning.errors import HomewardError
from planning.storage.store import Store

COLOURS = {Status.MATCH: "#188038", Status.SUPERSEDED: "#b06000", Status.REVOKED: "#b3261e",
           Status.UNKNOWN: "#b3261e"}
#: The kinds of document Homeward prints, as the answer names them.
KINDS = {
    "declaration": QT_TR_NOOP("Declaration"),
    "travel-letter": QT_TR_NOOP("Travel letter"),
    "manifest": QT_TR_NOOP("Manifest"),
    "assurance-summary": QT_TR_NOOP("Assurance summary"),
    "voucher": QT_TR_NOOP("Voucher"),
    "visit-form": QT_TR_NOOP("Visit form"),
    "visit-routes": QT_TR_NOOP("Visit routes"),
    "compliance-report": QT_TR_NOOP("Compliance report"),
    "subject-access": QT_TR_NOOP("Subject access"),
}


def kind_name(kind: str) -> str:
    """'travel-letter' → 'Travel letter', translated."""
    return tr(KINDS.get(kind) or kind.replace("-", " ").capitalize())


def bullets(items: tuple[str, ...]) -> str:
    """Rich-text bullets (the reasons come from the records' check, as they are)."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def coloured(text: str, colour: str) -> str:
    return f"<p style='color:{colour}'>{text}</p>"


def describe(result: Verification) -> str:
    """The answer as rich text: the verdict, what the document is, and why it no longer holds."""
    lines = [f"<p style='color:{COLOURS[result.status]}; font-size:14pt'><b>{label(result.status)}</b></p>"]
    if result.kind:
        lines.append("<p>{}</p>".format(tr("{kind} for <b>{subject}</b>, code {code}, issued on {date} by {user}.")
                                        .format(kind=kind_name(result.kind), subject=result.subject,
                                                code=result.display_code, date=day(result.issued_on, ""),
                                                user=result.issued_by)))
    if result.reasons:
        lines.append(bullets(tuple(escape(words.message(reason)) for reason in result.reasons)))
    if result.facts:
        lines.append(facts_table(result))
    if result.status is Status.UNKNOWN:
        lines.append("<p>{}</p>".format(tr("Check the code for typing errors; a document with an unknown code may "
                                           "be forged.")))
    return "".join(lines)


def _row(colour: str, cells: tuple[str, ...], tag: str = "td") -> str:
    inner = "".join(f"<{tag} align='left'>{escape(cell)}</{tag}>" for cell in cells)
    return f"<tr style='color:{colour}'>{inner}</tr>"


def facts_table(result: Verification) -> str:
    """What the document's QR code states beside what the records say now; a fact that differs in red."""
    head = _row("palette(window-text)", (tr("Fact"), tr("The document states"), tr("The records say")), "th")
    rows = [_row(COLOURS[Status.UNKNOWN] if fact.differs else "palette(window-text)",
                 (fact.name, fact.stated or "—", fact.records or "—")) for fact in result.facts]
    return f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"


class VerifyDialog(QDialog):
    """Emits `answered(Verification)` after each check."""

    answered = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("Verify a document"))
        self.setMinimumWidth(520)
        intro = QLabel(tr("Type the verification code printed at the foot of the document (for example "
                          "HW-7K3QX-M2P4A). Letters may be typed in lower case; a mistyped code is caught."))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("HW-XXXXX-XXXXX")
        self.check_button = QPushButton(tr("Verify"))
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
        self.answer.setText(tr("Checking…"))
        run_query(self, lambda: verify(store, text), self._answer, kind="verify", on_error=self._error)

    def _answer(self, result: Verification) -> None:
        self.answer.setText(describe(result))
        self.answered.emit(result)

    def _error(self, error: HomewardError) -> None:
        self.answer.setText(coloured(error_text(error), COLOURS[Status.UNKNOWN]))
        self.answered.emit(error)
