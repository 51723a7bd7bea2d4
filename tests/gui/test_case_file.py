"""The case-file page and its dialogs, driven offscreen through whole flows (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import SessionDialog
from desktop.dialogs.fields import to_qdate
from desktop.dialogs.members import PersonDialog, draft_of
from desktop.dialogs.travel import DocumentDialog
from desktop.dialogs.voluntariness import ExpressionDialog, ForceNeededDialog
from desktop.ops import hub
from desktop.pages.case_file import CaseFilePage
from planning import case_file, cases
from planning.readiness.reasons import Safeguard
from planning.storage.store import Store
from planning.vocabulary import CaseStatus, CounsellingOutcome, VoluntarinessKind
from tests.conftest import TODAY
from tests.scenarios import TOPICS, Family, assurances, open_family, ready_family

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def page(qtbot: QtBot, store: Store, settle: None) -> CaseFilePage:
    widget = CaseFilePage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def opened(qtbot: QtBot, page: CaseFilePage, family: Family) -> Family:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_case(family.case_id)
    assert page.case_id == family.case_id
    return family


def dialog_of(page: CaseFilePage, kind: type[D]) -> D:
    dialog = page.dialog
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def save(qtbot: QtBot, page: CaseFilePage, dialog: ServiceDialog) -> None:
    """Save, and wait until the dialog closed and the page shows the result."""
    with qtbot.waitSignal(page.loaded, timeout=5000), qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()



def ready(page: CaseFilePage) -> bool:
    """The verdict shown (a function, so the type checker does not narrow it between reloads)."""
    return page.readiness.ready


def safeguards(page: CaseFilePage) -> set[Safeguard]:
    verdict = page.readiness.verdict
    assert verdict is not None
    return set(verdict.safeguards())


def test_counselling_declarations_and_passports_through_the_dialogs_make_the_family_ready(
    qtbot: QtBot, store: Store, page: CaseFilePage
) -> None:
    assurances(store)
    family = opened(qtbot, page, open_family(store))
    assert Safeguard.S1 in safeguards(page) and not ready(page)

    page.tabs.setCurrentWidget(page.counselling)
    page.counselling.add_button.click()
    session = dialog_of(page, SessionDialog)
    session.held_on.setDate(to_qdate(TODAY - timedelta(days=30)))
    session.counsellor.setText("A. Counsellor")
    session.language.set_code("ka")
    session.interpreter.setText("I. Interpreter")
    session.topics.set_checked(TOPICS)
    session.outcome.setCurrentIndex(list(CounsellingOutcome).index(CounsellingOutcome.DECIDED_TO_RETURN))
    save(qtbot, page, session)
    assert page.view is not None and len(page.view.sessions) == 1
    assert page.counselling.table.rowCount() == 1

    page.tabs.setCurrentWidget(page.timeline)
    for person in (family.father, family.mother):
        page.timeline.select_member(person)
        page.timeline.declare.click()
        declaration = dialog_of(page, ExpressionDialog)
        assert declaration.counsellor.text() == "A. Counsellor"  # taken from the last session
        assert declaration.language.code() == "ka"
        declaration.information.set_checked(TOPICS)
        save(qtbot, page, declaration)

    assert safeguards(page) == {Safeguard.S10}
    texts = page.readiness.reason_texts()
    assert len(texts) == 3 and all(t.startswith("S10 Travel readiness") for t in texts)
    assert "Not ready" in page.readiness.state.text()

    page.tabs.setCurrentWidget(page.members)
    for person in family.members:
        page.members.select_member(person)
        page.members.records.add_document.click()
        document = dialog_of(page, DocumentDialog)
        document.number.setText(f"GE{person:07d}")
        document.issued_on.setDate(to_qdate(TODAY - timedelta(days=400)))
        document.valid_until.setDate(to_qdate(TODAY + timedelta(days=1000)))
        save(qtbot, page, document)

    assert ready(page)
    assert "Ready to travel today" in page.readiness.state.text()
    assert page.view is not None and page.view.status is CaseStatus.READY
    assert page.header.status.text() == "Ready to travel"


def test_a_refusal_on_the_timeline_makes_the_case_not_ready_with_s2(
    qtbot: QtBot, store: Store, page: CaseFilePage
) -> None:
    family = opened(qtbot, page, ready_family(store))
    assert ready(page)
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.select_member(family.mother)
    page.timeline.refuse.click()
    refusal = dialog_of(page, ExpressionDialog)
    assert refusal.kind is VoluntarinessKind.REFUSED
    refusal.statement.setPlainText("I do not want to go back now")
    save(qtbot, page, refusal)

    assert not ready(page) and Safeguard.S2 in safeguards(page)
    assert any(t.startswith("S2 Refusal stops everything — Nino Beridze") for t in page.readiness.reason_texts())
    assert page.notice.isVisible()
    assert "back in counselling" in page.notice.text.text()
    assert page.view is not None and page.view.status is CaseStatus.WITHDRAWN
    # append-only: the refusal is shown as a new event after the declaration, nothing replaced
    assert [e.kind for e in page.view.member(family.mother).events] == [VoluntarinessKind.DECLARED,
                                                                         VoluntarinessKind.REFUSED]
    assert page.timeline.reconfirm.isEnabled() is False
    assert "no current declaration" in page.timeline.reconfirm.toolTip()


def test_force_needed_asks_for_confirmation_and_then_ends_involvement_for_good(
    qtbot: QtBot, store: Store, page: CaseFilePage
) -> None:
    family = opened(qtbot, page, ready_family(store))
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.select_member(family.father)

    page.timeline.force.click()
    first = dialog_of(page, ForceNeededDialog)
    assert not first.save_button.isEnabled()
    first.statement.setPlainText("Resisted boarding")
    assert not first.save_button.isEnabled()  # not without the tick
    first.buttons.rejected.emit()  # Cancel
    assert not first.isVisible()
    assert [e.kind for e in case_file.load(store, family.case_id).member(family.father).events] == [
        VoluntarinessKind.DECLARED]

    page.timeline.force.click()
    dialog = dialog_of(page, ForceNeededDialog)
    assert dialog is not first
    assert any("cannot be undone" in label.text() for label in dialog.findChildren(QLabel))
    dialog.statement.setPlainText("Resisted boarding; would have to be carried")
    dialog.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    save(qtbot, page, dialog)

    assert page.view is not None and page.view.status is CaseStatus.INVOLVEMENT_ENDED
    assert page.header.final.isVisible() and "Involvement ended" in page.header.final.text()
    assert "Can never travel" in page.readiness.state.text()
    for button in (page.timeline.declare, page.timeline.reconfirm, page.timeline.refuse, page.timeline.withdraw,
                   page.timeline.force, page.counselling.add_button, page.protection.raise_button):
        assert not button.isEnabled()
        assert "S3" in button.toolTip()
    page.timeline.select_member(family.mother)
    assert not page.timeline.declare.isEnabled()


def test_a_future_date_shows_the_error_under_the_field_and_writes_nothing(
    qtbot: QtBot, store: Store, page: CaseFilePage, wait: Callable[..., None]
) -> None:
    family = opened(qtbot, page, open_family(store))
    page.counselling.add_button.click()
    dialog = dialog_of(page, SessionDialog)
    dialog.held_on.setDate(to_qdate(TODAY + timedelta(days=3)))
    dialog.counsellor.setText("A. Counsellor")
    dialog.language.set_code("ka")
    dialog.topics.set_checked(TOPICS)
    label = dialog.errors.labels["held_on"]
    dialog.save_button.click()
    wait(label.isVisible)
    assert "in the future" in label.text()
    assert not dialog.banner.isVisible()
    assert dialog.isVisible() and dialog.counsellor.text() == "A. Counsellor"  # nothing typed is lost
    assert case_file.load(store, family.case_id).sessions == ()

    dialog.topics.set_checked(())
    dialog.held_on.setDate(to_qdate(TODAY))
    dialog.save_button.click()
    topics = dialog.errors.labels["topics"]
    wait(topics.isVisible)
    assert not label.isVisible() and "at least one" in topics.text()
    assert case_file.load(store, family.case_id).sessions == ()


def test_editing_particulars_that_someone_else_changed_shows_the_conflict_and_a_reload(
    qtbot: QtBot, store: Store, page: CaseFilePage, wait: Callable[..., None]
) -> None:
    family = opened(qtbot, page, ready_family(store))
    page.members.select_member(family.father)
    page.members.edit_button.click()
    dialog = dialog_of(page, PersonDialog)

    father = case_file.load(store, family.case_id).member(family.father)
    cases.update_person(store, family.father, father.version, replace(draft_of(father), phone="+995 555 123"))
    dialog.given_names.setText("Giorgy")
    dialog.save_button.click()
    wait(dialog.banner.isVisible)
    assert "changed by someone else" in dialog.banner.text()
    shown = dialog.banner.text()  # both versions, field by field: saved now, and yours
    assert "Saved now (version 2)" in shown and "Yours" in shown
    assert "<td>phone</td><td>+995 555 123</td><td><i>empty</i></td>" in shown
    assert "<td>given names</td><td>Giorgi</td><td>Giorgy</td>" in shown
    dialog.grab().save("/tmp/conflict.png")
    assert dialog.reload_button.isVisible() and dialog.isVisible()
    assert dialog.given_names.text() == "Giorgy"  # nothing lost until the user reloads

    dialog.reload_button.click()
    wait(lambda: dialog.phone.text() == "+995 555 123")
    assert dialog.given_names.text() == "Giorgi"
    dialog.given_names.setText("Giorgy")
    save(qtbot, page, dialog)
    assert page.view is not None
    saved = page.view.member(family.father)
    assert (saved.given_names, saved.phone) == ("Giorgy", "+995 555 123")


def test_particulars_and_case_details_can_be_undone_and_redone(
    qtbot: QtBot, store: Store, page: CaseFilePage, wait: Callable[..., None]
) -> None:
    family = opened(qtbot, page, ready_family(store))
    page.members.select_member(family.mother)
    page.members.edit_button.click()
    dialog = dialog_of(page, PersonDialog)
    dialog.email.setText("nino@example.org")
    save(qtbot, page, dialog)
    assert page.undo_stack.canUndo() and page.header.undo_button.isEnabled()

    page.header.edit_details.click()
    details = page.dialog
    assert isinstance(details, ServiceDialog)
    details.region.setText("Kutaisi")  # type: ignore[attr-defined]
    save(qtbot, page, details)
    assert page.view is not None and page.view.region == "Kutaisi"
    assert "Kutaisi" in page.header.meta.text()

    page.undo_stack.undo()
    wait(lambda: page.view is not None and page.view.region == "Tbilisi")
    page.undo_stack.undo()
    wait(lambda: page.view is not None and page.view.member(family.mother).email is None)
    page.undo_stack.redo()
    wait(lambda: page.view is not None and page.view.member(family.mother).email == "nino@example.org")
    assert case_file.load(store, family.case_id).member(family.mother).email == "nino@example.org"


def test_checking_another_travel_date_and_refreshing_on_changes_made_elsewhere(
    qtbot: QtBot, store: Store, page: CaseFilePage
) -> None:
    family = opened(qtbot, page, ready_family(store))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.readiness.travel_date.setDate(to_qdate(TODAY + timedelta(days=1200)))
    assert not ready(page)
    assert Safeguard.S10 in safeguards(page) and Safeguard.S5 in safeguards(page)
    assert "on 2029-09-13" in page.readiness.state.text()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.readiness.today_button.click()
    assert ready(page)

    father = case_file.load(store, family.case_id).member(family.father)
    cases.update_person(store, family.father, father.version, replace(draft_of(father), given_names="Gia"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        hub().announce(Changes.of_case(family.case_id))
    first = page.members.table.item(0, 0)
    assert first is not None and first.text() == "Gia Beridze"
    assert date.fromisoformat(page.readiness.travel_date.date().toString("yyyy-MM-dd")) == TODAY


def test_the_header_says_where_a_household_is_booked_and_what_comes_next(qtbot: QtBot, store: Store) -> None:
    from planning import booking_service, movements
    from tests.scenarios import ready_family
    from tests.unit.planning.test_movements import flight

    family = ready_family(store)
    page = CaseFilePage(store)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_case(family.case_id)
    assert page.header.next.text() == "<b>Next:</b> plan the household onto a movement (Movements › Plan)"
    movement = movements.add_movement(store, flight("TK-7"))
    booking_service.book(store, family.case_id, movement)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_case(family.case_id)
    assert "booked on <b>TK-7</b> from BRU, 2026-06-11 09:00 UTC, 3 seat(s) · not locked" in page.header.meta.text()
    assert page.header.next.text() == "<b>Next:</b> check the household in for TK-7 on 2026-06-11"
