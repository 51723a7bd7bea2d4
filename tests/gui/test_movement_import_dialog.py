"""The flight-schedule import dialog at its default size: in every language, with a long summary, each button
shows whole (the summary has a line of its own above them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import fonts
from desktop.dialogs.movement_import import MovementImportDialog
from planning.storage.store import Store


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_the_import_buttons_show_whole_at_the_default_width(
        qtbot: QtBot, qapp: QApplication, store: Store, language: Callable[[str], None], settle: None,
        tmp_path: Path, code: str) -> None:
    fonts.install(qapp)
    language(code)
    path = tmp_path / "schedule.csv"
    path.write_text("code,country,origin,destination,departure,arrival,seats,remarks_from_the_airline_desk\n"
                    + "".join(f"TX-{i},GEO,BRU,TBS,2026-08-01 08:00,2026-08-01 13:00,12,\n" for i in range(1200))
                    + "TK-3,ARM,BRU,EVN,2026-07-03 08:00,2026-07-03 13:00,nine,\n", encoding="utf-8")
    dialog = MovementImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.import_valid_button.isEnabled())
    layout = dialog.layout()
    assert layout is not None
    layout.activate()  # as the event loop would, before the dialog is painted again
    assert dialog.size().width() == 1000
    for button in (dialog.import_valid_button, dialog.import_all_button, dialog.close_button):
        shown = button.geometry()
        assert shown.width() >= button.sizeHint().width(), (code, button.text())
        assert dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight())), (code, button.text())
        assert dialog.summary.geometry().bottom() < shown.top()
    assert "1" in dialog.import_valid_button.text() and "200" in dialog.import_valid_button.text()
