"""Administration > Audit log…: lazy pages, filters, before/after, the chain verified in the background."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.audit_viewer import AuditLogDialog
from planning import audit_log
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.unit.data_protection.tamper import bypassing_triggers, write_entries

pytestmark = pytest.mark.gui
OFFICER = Actor("dpo", Role.DATA_PROTECTION_OFFICER)


def test_entries_arrive_page_by_page_newest_first(qtbot: QtBot, store: Store, settle: None) -> None:
    write_entries(store, audit_log.PAGE + 30)
    dialog = AuditLogDialog(store.as_actor(OFFICER))
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.waitUntil(lambda: dialog.model.rowCount() == audit_log.PAGE)
    assert dialog.model.data(dialog.model.index(0, 0)) == str(audit_log.PAGE + 30)
    assert dialog.model.canFetchMore(dialog.model.index(-1, -1))
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == audit_log.PAGE + 30)
    assert dialog.model.exhausted

    dialog.table.selectRow(0)
    text = dialog.details.toPlainText()
    assert "test.change by coordinator1" in text and "value" in text
    dialog.grab().save("/tmp/audit_viewer.png")


def test_filters_narrow_the_table(qtbot: QtBot, store: Store, settle: None) -> None:
    write_entries(store, 5)
    dialog = AuditLogDialog(store.as_actor(OFFICER))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)

    dialog.user.setText("nobody")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.model.exhausted and not dialog.model.loading)
    assert dialog.model.rowCount() == 0

    dialog.user.setText("coordinator1")
    dialog.action.setEditText("test.")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)


def test_verify_chain_reports_intact_then_the_broken_entry(qtbot: QtBot, store: Store, settle: None) -> None:
    ids = write_entries(store, 4)
    dialog = AuditLogDialog(store.as_actor(OFFICER))
    qtbot.addWidget(dialog)

    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "Chain intact" in dialog.chain.text())
    assert "4 entries" in dialog.chain.text()

    bypassing_triggers(store, "DELETE FROM audit_entry WHERE id = :id", id=ids[1])
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "Chain broken" in dialog.chain.text())
    assert f"entry {ids[2]}" in dialog.chain.text() and "removed" in dialog.chain.text()
    assert dialog.verify_button.isEnabled()


def test_other_roles_get_a_clear_refusal(qtbot: QtBot, store: Store, settle: None) -> None:
    write_entries(store, 2)
    dialog = AuditLogDialog(store)
    qtbot.addWidget(dialog)

    assert "Only the data-protection officer may read the audit log" in dialog.banner.text()
    assert "coordinator1 is signed in as coordinator" in dialog.banner.text()
    assert not dialog.table.isEnabled() and not dialog.verify_button.isEnabled()
    assert dialog.model.rowCount() == 0
