"""Attaching files when logging a follow-up, and reading the notes and files back from the history."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.attachments import FollowUpRecordDialog
from desktop.dialogs.follow_up import FollowUpDialog
from desktop.pages.monitoring import MonitoringPage
from desktop.pages.monitoring_history import MonitoringHistory
from planning.storage.models.monitoring import FollowUpStatus
from planning.storage.store import Store
from tests.unit.monitoring.helpers import arrived_family, follow_ups

pytestmark = pytest.mark.gui


def test_files_attached_in_the_log_form_are_read_back_from_the_history(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    family, plan = arrived_family(store)
    photo = tmp_path / "receipt.png"
    photo.write_bytes(b"\x89PNG a receipt for the business grant")
    page = MonitoringPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.table.selectRow(0)
    page.log_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.notes.setPlainText("Shop opened in March; the receipt is attached")
    dialog.attachments.add_paths([photo])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: follow_ups(store, plan.plan_id)[0].status is FollowUpStatus.DONE, timeout=5000)

    history = MonitoringHistory(store)
    qtbot.addWidget(history)
    history.resize(1100, 400)
    history.show()
    with qtbot.waitSignal(history.loaded, timeout=5000):
        history.show_case(family.case_id)
    assert not history.record_button.isEnabled()
    logged = next(i for i, row in enumerate(history.rows) if row.done_on is not None)
    history.table.selectRow(logged)
    assert history.record_button.isEnabled()
    history.record_button.click()
    qtbot.waitUntil(lambda: isinstance(history.record_dialog, FollowUpRecordDialog), timeout=5000)
    record = history.record_dialog
    assert record is not None
    assert record.notes.toPlainText() == "Shop opened in March; the receipt is attached"
    assert record.files.count() == 1 and record.files.item(0).text().startswith("receipt.png")
    record.grab().save("/tmp/follow_up_record.png")

    copy = tmp_path / "copy.png"
    info = record.record.attachments[0]
    record.save_to(info, copy)
    qtbot.waitUntil(lambda: "Saved a copy" in record.status.text(), timeout=5000)
    assert copy.read_bytes() == photo.read_bytes()
    record.close()


def test_a_file_that_vanished_before_saving_is_named_and_nothing_is_logged(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    _, plan = arrived_family(store)
    page = MonitoringPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.table.selectRow(0)
    page.log_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.attachments.add_paths([tmp_path / "gone.pdf"])
    dialog.save_button.click()
    label = dialog.errors.labels["attachments"]
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert "gone.pdf cannot be read" in label.text() and dialog.isVisible()
    assert all(f.status is FollowUpStatus.DUE for f in follow_ups(store, plan.plan_id))
