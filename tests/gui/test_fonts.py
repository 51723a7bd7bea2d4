"""The bundled fonts load, so names in every script a returnee writes show on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop import fonts


def test_bundled_fonts_cover_the_scripts_of_returnees_names(qapp: QApplication) -> None:
    loaded = fonts.install(qapp)
    assert set(fonts.FAMILIES) <= set(loaded)
    assert (fonts.FONT_DIR / "OFL.txt").exists()
    metrics = QFontMetrics(qapp.font())
    for sample in ("Beridze", "Беридзе", "محمد", "ہ", "মোহাম্মদ", "ተስፋይ", "ბერიძე"):
        assert all(metrics.inFontUcs4(ord(ch)) for ch in sample), sample
