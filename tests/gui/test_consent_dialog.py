"""Consent and sharing from the case file: record a basis, share (refused without one), withdraw; subject access."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import subject_access
from desktop.dialogs.consent import ConsentDialog, RecordBasisDialog, ShareDialog, WithdrawDialog
from desktop.pages.case_file import CaseFilePage
from planning.data_protection import consent
from planning.storage.store import Actor, Store
from planning.vocabulary import LegalBasis, Role
from tests.scenarios import Family, open_family

pytestmark = pytest.mark.gui


def opened(qtbot: QtBot, store: Store) -> tuple[ConsentDialog, Family]:
    family = open_family(store)
    dialog = ConsentDialog(store, family.case_id, family.father, "Giorgi Beridze")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.records is not None)
    return dialog, family


def shown_errors(dialog: ShareDialog) -> str:
    return " ".join(label.text() for label in [dialog.banner, *dialog.errors.labels.values()] if not label.isHidden())


def save(qtbot: QtBot, dialog: ConsentDialog, child: RecordBasisDialog | ShareDialog | WithdrawDialog) -> None:
    with qtbot.waitSignal(child.saved, timeout=10_000):
        child.save()
    qtbot.waitUntil(lambda: not dialog.findChildren(type(child)) or not child.isVisible())


def test_sharing_is_refused_until_a_basis_is_recorded(qtbot: QtBot, store: Store, settle: None) -> None:
    dialog, family = opened(qtbot, store)

    share = ShareDialog(store, family.father, "Giorgi Beridze", dialog)
    qtbot.addWidget(share)
    share.recipient.setText("Caritas Georgia")
    share.purpose.setEditText("Reintegration assistance")
    share.safeguard.setPlainText("Agreement of 2026-01-10; encrypted e-mail")
    share.fields.set_checked(["names", "contact"])
    share.save()
    qtbot.waitUntil(lambda: not share.busy and bool(shown_errors(share)))
    shown = shown_errors(share)
    assert "refused" in shown and "no consent or other lawful basis" in shown

    record = RecordBasisDialog(store, family.father, "Giorgi Beridze", dialog)
    qtbot.addWidget(record)
    record.purpose.setEditText("Reintegration assistance")
    record.note.setPlainText("Signed form in the paper file")
    with qtbot.waitSignal(record.saved, timeout=10_000):
        record.save()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.bases.rowCount() == 1)
    assert dialog.bases.item(0, 0).text() == "Consent"

    with qtbot.waitSignal(share.saved, timeout=10_000):
        share.save()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.transfers.rowCount() == 1)
    assert dialog.transfers.item(0, 1).text() == "Caritas Georgia"
    assert dialog.transfers.item(0, 5).text() == "Names, Phone and e-mail"
    dialog.grab().save("/tmp/consent_dialog.png")


def test_withdrawing_a_basis(qtbot: QtBot, store: Store, settle: None) -> None:
    family = open_family(store)
    consent.record_basis(store, family.father, LegalBasis.CONSENT, "Post-arrival monitoring", date(2026, 5, 1))
    dialog = ConsentDialog(store, family.case_id, family.father, "Giorgi Beridze")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.bases.rowCount() == 1)
    assert not dialog.withdraw_button.isEnabled()

    dialog.bases.selectRow(0)
    assert dialog.withdraw_button.isEnabled()
    chosen = dialog.selected_basis()
    assert chosen is not None
    withdraw = WithdrawDialog(store, chosen, dialog)
    qtbot.addWidget(withdraw)
    with qtbot.waitSignal(withdraw.saved, timeout=10_000):
        withdraw.save()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.bases.item(0, 3) is not None and dialog.bases.item(0, 3).text() == "2026-06-01")


def test_the_case_file_opens_consent_and_offers_subject_access_to_the_officer_only(
        qtbot: QtBot, store: Store, tmp_path: Path, settle: None) -> None:
    family = open_family(store)
    page = CaseFilePage(store)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_case(family.case_id)

    assert page.members.consent_button.isEnabled()
    assert not page.members.access_button.isEnabled()
    assert "Only the data-protection officer" in page.members.access_button.toolTip()
    page.members.consent_button.click()
    assert isinstance(page.dialog, ConsentDialog) and page.dialog.isVisible()

    officer = store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER))
    assert subject_access.refusal(officer) is None
    subject_access.export_to(page, officer, family.father, tmp_path)
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.json"))) == 1, timeout=10_000)
    [written] = tmp_path.glob("*.json")
    assert json.loads(written.read_text(encoding="utf-8"))["person"]["given_names"] == "Giorgi"
