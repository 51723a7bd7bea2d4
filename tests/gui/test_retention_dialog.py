"""Administration > Retention…: the dry run listed, anonymising after confirmation, other roles refused."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.retention import RetentionDialog
from planning import cases
from planning.storage.models import Case
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.conftest import TODAY
from tests.scenarios import open_family

pytestmark = pytest.mark.gui


def test_the_dry_run_then_anonymising(qtbot: QtBot, store: Store, settle: None) -> None:
    family = open_family(store)
    with store.reading() as session:
        version = session.get_one(Case, family.case_id).version
    cases.close_case(store, family.case_id, version, TODAY, "Monitoring finished")
    officer = Store(store.engine, Actor("dpo", Role.DATA_PROTECTION_OFFICER), store.location,
                    today=lambda: date(2033, 1, 1))
    dialog = RetentionDialog(officer)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    assert dialog.tree.topLevelItem(0).text(0) == family.reference
    assert "dry run" in dialog.summary.text()
    assert dialog.apply_button.text() == "Anonymise 1 case(s)…"
    dialog.tree.expandAll()
    dialog.grab().save("/tmp/retention.png")

    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.anonymise()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0 and "nothing is due" in dialog.summary.text())
    assert f"Anonymised 1 case(s): {family.reference}" in dialog.summary.text()
    with store.reading() as session:
        assert session.get_one(Case, family.case_id).anonymised_on == date(2033, 1, 1)


def test_other_roles_are_refused(qtbot: QtBot, store: Store, settle: None) -> None:
    dialog = RetentionDialog(store)
    qtbot.addWidget(dialog)

    assert "Only the data-protection officer may run retention" in dialog.banner.text()
    assert not dialog.apply_button.isEnabled()
