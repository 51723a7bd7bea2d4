"""Printing a PDF through Qt: its pages rendered to images (pypdfium2), each painted on a sheet of the printer."""

from __future__ import annotations

from collections.abc import Sequence

import pypdfium2
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 200


def pdf_page_images(pdf: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    """The pages of a PDF as images, for printing through Qt."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: `data` goes away with this frame
        return images
    finally:
        document.close()


def paint_pages(printer: QPrinter, images: Sequence[QImage]) -> bool:
    """Each image on its own sheet, scaled to the paper; False when the printer could not start."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = int(image.width() * scale), int(image.height() * scale)
            painter.drawImage(QRect(0, 0, width, height), image)
    finally:
        painter.end()
    return True
