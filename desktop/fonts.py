"""The bundled Noto fonts: registered at start-up and set as the application font with its fallbacks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

FONT_DIR = Path(resources.__file__).resolve().parent / "fonts"
#: Latin/Cyrillic first, then the scripts returnees' names are written in.
FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Bengali", "Noto Sans Ethiopic", "Noto Sans Georgian"]


def install(app: QApplication) -> list[str]:
    """Register every bundled font and use them application-wide; returns the families loaded."""
    loaded: list[str] = []
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    font.setFamilies([f for f in FAMILIES if f in loaded] + font.families())
    app.setFont(font)
    return sorted(set(loaded))
