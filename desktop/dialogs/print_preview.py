"""Print preview: issue a document in the background, show its pages, then print or save it as a PDF.

The document is issued (its verification code recorded) when the dialog opens; a refusal — a case not
ready on its travel date, an involvement that ended — is shown in the dialog, naming every reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import number
from desktop.ops import run_op
from desktop.pdf_pages import paint_pages, pdf_page_images
from desktop.service_text import error_text
from planning.documents.printing import Printed
from planning.errors import HomewardError, ValidationError
from planning.private_files import write_private

PREVIEW_DPI = 110
#: Zoom factors offered; 0 fits the page to the window's width.
ZOOMS = (0.0, 0.5, 0.75, 1.0, 1.5)


def zoom_label(factor: float) -> str:
    return tr("Fit width") if not factor else tr("{value}%").format(value=number(factor * 100))


@dataclass(frozen=True)
class Rendered:
    printed: Printed
    pages: list[QImage]


def issue_and_render(produce: Callable[[], Printed]) -> Rendered:
    """On the worker: issue the document, then render its pages for the screen."""
    printed = produce()
    return Rendered(printed, pdf_page_images(printed.pdf, PREVIEW_DPI))


def write_pdf(pdf: bytes, path: Path) -> Path:
    target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
    try:
        write_private(target, pdf)
    except OSError as exc:
        raise ValidationError("file", "save.cannot_be_written", str(target), reason=exc.strerror or str(exc)) from None
    return target


class PrintPreviewDialog(QDialog):
    """Emits `ready()` once the pages show, `refused(message)` when the document may not be printed."""

    ready = Signal()
    refused = Signal(str)

    def __init__(self, title: str, produce: Callable[[], Printed], filename: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print preview — {title}").format(title=title))
        self.filename = filename
        self.rendered: Rendered | None = None
        self.banner = Banner()
        self.info = QLabel(tr("Preparing the {title}…").format(title=title.lower()))
        self.info.setWordWrap(True)
        self.status = QLabel()
        self.zoom = QComboBox()
        for factor in ZOOMS:
            self.zoom.addItem(zoom_label(factor), factor)
        self.zoom.currentIndexChanged.connect(lambda _index: self._show_pages())
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.pages)
        self.scroller.setWidgetResizable(True)
        self.scroller.setStyleSheet("QScrollArea { background: #5f6368; } QScrollArea > QWidget > QWidget "
                                  "{ background: #5f6368; }")
        self.print_button = QPushButton(tr("Print…"))
        self.save_button = QPushButton(tr("Save as PDF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(QLabel(tr("Zoom")))
        top.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(820, 900)
        run_op(self, lambda: issue_and_render(produce), on_success=self._show, on_error=self._refuse)

    def _show(self, rendered: Rendered) -> None:
        self.rendered = rendered
        pages = len(rendered.pages)
        self.info.setText(tr("<b>{reference}</b> — %n page(s) — verification code <b>{code}</b>", None, pages)
                          .format(reference=rendered.printed.reference, code=rendered.printed.code))
        self.info.setToolTip(tr("The issue is recorded: File ▸ Verify a document (or homeward verify CODE) tells "
                                "whether the printed document still says what the records say."))
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self._show_pages()
        self.ready.emit()

    def _refuse(self, error: HomewardError) -> None:
        self.info.setText(tr("Not printed."))
        self.banner.show_message(error_text(error))
        self.refused.emit(error_text(error))

    def _show_pages(self) -> None:
        if self.rendered is None:
            return
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        factor = self.zoom.currentData()
        available = max(200, self.scroller.viewport().width() - 40)
        for image in self.rendered.pages:
            width = int(available if not factor else image.width() * factor)
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
            page.setStyleSheet("background: white; border: 1px solid #3c4043;")
            self.pages_layout.addWidget(page)

    def save_as(self) -> None:
        if self.rendered is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Save as PDF"), str(Path.home() / self.filename),
                                              tr("PDF document (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        if self.rendered is None:
            return None
        try:
            target = write_pdf(self.rendered.printed.pdf, path)
        except HomewardError as error:
            self.banner.show_message(error_text(error))
            return None
        self.status.setText(tr("Saved to {path}.").format(path=target))
        return target

    def print_document(self) -> None:
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.rendered.printed.reference)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> bool:
        if self.rendered is None:
            return False
        done = paint_pages(printer, pdf_page_images(self.rendered.printed.pdf))
        if not done:
            self.banner.show_message(tr("The printer could not be started; nothing was printed."))
        return done
