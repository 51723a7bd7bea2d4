"""File › Back up… and Restore from backup… follow the role; the restore dialog says what an older backup
undoes and restores only once the officer ticks that she understands."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.restore import RestoreDialog
from desktop.main_window import MainWindow
from planning import backups
from planning.storage import migrate
from planning.storage.engine import engine_key
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.unit.data_protection.tamper import write_entries

pytestmark = pytest.mark.gui


def file_menu_entries(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]  # type: ignore[union-attr]


@pytest.mark.parametrize(("role", "back_up", "restore"), [
    (Role.READ_ONLY, False, False), (Role.MONITOR, False, False), (Role.COORDINATOR, True, False),
    (Role.DATA_PROTECTION_OFFICER, True, True)])
def test_the_file_menu_offers_backup_and_restore_by_role(qtbot: QtBot, store: Store, role: Role, back_up: bool,
                                                         restore: bool) -> None:
    window = MainWindow(store.as_actor(Actor("someone", role)))
    qtbot.addWidget(window)
    entries = file_menu_entries(window)
    assert ("&Back up…" in entries) is back_up
    assert ("&Restore from backup…" in entries) is restore


def test_an_older_backup_says_what_it_undoes_and_waits_for_the_tick(qtbot: QtBot, store: Store,
                                                                     tmp_path: Path) -> None:
    migrate.stamp(store.engine)
    officer = store.as_actor(Actor("dora", Role.DATA_PROTECTION_OFFICER))
    write_entries(officer, 3)
    key = engine_key(store.engine)
    backups.take_backup(officer, tmp_path / "monday.db", key, own_key=True)
    write_entries(officer, 5)

    comparison = backups.compare(officer, tmp_path / "monday.db", key)
    assert comparison.kind == backups.OLDER and comparison.lost == 5 and comparison.consent == backups.OLDER
    dialog = RestoreDialog(comparison)
    qtbot.addWidget(dialog)
    assert "undoes the last 5 audit entries" in dialog.text.text()
    assert "test. ×5" in dialog.text.text()
    assert dialog.understood.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.restore_button.isEnabled()

    backups.take_backup(officer, tmp_path / "tuesday.db", key, own_key=True)
    latest = backups.compare(officer, tmp_path / "tuesday.db", key)
    assert latest.kind == backups.SAME and latest.consent is None
    plain = RestoreDialog(latest)
    qtbot.addWidget(plain)
    assert not plain.understood.isVisibleTo(plain) and plain.restore_button.isEnabled()
