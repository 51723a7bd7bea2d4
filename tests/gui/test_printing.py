"""The print desk in the window: preview (issued in the background), refusals, batches with cancel, Verify."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.dialogs.batch_print import BatchPrintDialog, DeclarationsBatchDialog
from desktop.dialogs.print_preview import PrintPreviewDialog
from desktop.dialogs.verify import VerifyDialog
from desktop.ops import writer_pool
from desktop.pages.case_file import CaseFilePage
from desktop.pages.movements import MovementsPage
from planning.documents.batches import travel_letters_of
from planning.documents.travel_letter import KIND as TRAVEL_LETTER
from planning.documents.verification import Status, Verification
from planning.storage.models import DocumentIssue, TravelDocument
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.documents.helpers import booked_family, issues, office

pytestmark = pytest.mark.gui


def case_page(qtbot: QtBot, store: Store, case_id: int) -> CaseFilePage:
    page = CaseFilePage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_case(case_id)
    return page


def test_the_travel_letter_is_previewed_saved_and_then_verified(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    office(store)
    booked = booked_family(store)
    page = case_page(qtbot, store, booked.family.case_id)

    preview = page.print_document(TRAVEL_LETTER)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    assert preview.rendered is not None and len(preview.rendered.pages) >= 1
    assert preview.pages_layout.count() == len(preview.rendered.pages)
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    qtbot.wait(100)
    preview.grab().save("/tmp/print_preview.png")
    saved = preview.save_to(tmp_path / "letter")
    assert saved == tmp_path / "letter.pdf" and saved.read_bytes().startswith(b"%PDF")
    code = preview.rendered.printed.code
    assert code in preview.info.text()

    verify = VerifyDialog(store)
    qtbot.addWidget(verify)
    verify.code.setText(code.lower())
    with qtbot.waitSignal(verify.answered, timeout=5000) as answer:
        verify.check_button.click()
    result = answer.args[0]
    assert isinstance(result, Verification) and result.status is Status.MATCH
    assert "Matches the current record" in verify.answer.text()

    with store.transaction() as session:  # the flight home is moved after printing
        session.execute(update(DocumentIssue).values(facts={"tampered": True}))
    with qtbot.waitSignal(verify.answered, timeout=5000) as answer:
        verify.check_button.click()
    assert answer.args[0].status is Status.SUPERSEDED and "Superseded" in verify.answer.text()
    verify.grab().save("/tmp/verify_dialog.png")

    verify.code.setText("HW-00000-00000")
    with qtbot.waitSignal(verify.answered, timeout=5000):
        verify.check_button.click()
    assert "Unknown" in verify.answer.text() or "check" in verify.answer.text().lower()


def test_no_travel_letter_for_a_household_not_ready_and_nothing_is_recorded(
        qtbot: QtBot, store: Store, settle: None) -> None:
    booked = booked_family(store)
    with store.transaction() as session:
        session.execute(update(TravelDocument).values(valid_until=TODAY + timedelta(days=9)))
    page = case_page(qtbot, store, booked.family.case_id)
    preview = page.print_document(TRAVEL_LETTER)
    assert preview is not None
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refused, timeout=10_000) as refused:
        pass
    assert "S10" in refused.args[0] and preview.banner.isVisible()
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    assert issues(store) == 0


def test_all_travel_letters_of_a_movement_print_into_a_folder_and_the_unready_are_named(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    office(store)
    first = booked_family(store)
    second = booked_family(store, movement_id=first.movement_id)
    with store.transaction() as session:
        session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(second.family.members))
                        .values(valid_until=TODAY + timedelta(days=9)))
    page = MovementsPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert page.register.select(first.movement_id)
    assert page.print_button.isEnabled()
    dialog = page.print_travel_letters()
    assert isinstance(dialog, BatchPrintDialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000):
        dialog.start_button.click()
    assert sorted(p.name for p in out.iterdir()) == [f"travel-letter-{first.family.reference}.pdf"]
    assert dialog.table.rowCount() == 2
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(2)}
    assert rows[first.family.reference].startswith("HW-") and "S10" in rows[second.family.reference]
    assert "1 printed" in dialog.status.text() and "1 skipped" in dialog.status.text()
    dialog.grab().save("/tmp/batch_print.png")


def test_a_cancelled_batch_keeps_what_was_printed_and_says_so(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    office(store)
    first = booked_family(store)
    for _ in range(2):
        booked_family(store, movement_id=first.movement_id)
    dialog = BatchPrintDialog(store, "travel letters", lambda: travel_letters_of(store, first.movement_id))
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=20_000)
    with qtbot.waitSignal(dialog.finished_batch, timeout=5000):
        dialog.cancel()
    writer_pool().waitForDone(20_000)
    qtbot.wait(50)  # the worker's own end arrives after the cancel and must not overwrite the message
    printed = len(list(out.iterdir()))
    assert 1 <= printed <= 3 and issues(store) == printed
    assert dialog.status.text().startswith("Cancelled") and dialog.start_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_named_before_anything_is_issued(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    booked_family(store)
    dialog = DeclarationsBatchDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "missing"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=10_000):
        dialog.start_button.click()
    assert "is not an existing folder" in dialog.banner.text() and issues(store) == 0


def test_the_declarations_of_a_day_print_for_every_household_that_declared(
        qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    first = booked_family(store)
    booked_family(store, movement_id=first.movement_id)
    dialog = DeclarationsBatchDialog(store)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.day.setDate(dialog.day.date().addDays(-29))  # the scenarios declare 29 days before today
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000):
        dialog.start_button.click()
    assert len(list(out.glob("declaration-*.pdf"))) == 2
    assert "2 printed" in dialog.status.text()
