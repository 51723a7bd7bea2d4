"""The departure check-in sheet: reconfirm everyone, record departure and arrival; a refusal applies S2."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.dialogs.checkin import CheckInDialog, ForceAtCheckInDialog, RefusalDialog
from desktop.pages.movements import MovementsPage
from planning import booking_service, checkin, movements
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus, MovementStatus
from tests.conftest import TODAY
from tests.gui.test_movements_page import case_status
from tests.scenarios import Family, ready_family
from tests.unit.planning.test_movements import flight

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("settle")]


def booked_today(store: Store) -> tuple[Family, int]:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY, hour=18))
    booking_service.book(store, family.case_id, movement_id)
    return family, movement_id


def sheet(qtbot: QtBot, store: Store, movement_id: int) -> CheckInDialog:
    dialog = CheckInDialog(store, movement_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def record(qtbot: QtBot, dialog: CheckInDialog, button: QPushButton) -> None:
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        button.click()


def test_reconfirm_everyone_then_departure_and_arrival(qtbot: QtBot, store: Store) -> None:
    family, movement_id = booked_today(store)
    dialog = sheet(qtbot, store, movement_id)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(2, 2).text() == "On the guardian's decision"  # type: ignore[union-attr]
    dialog.agent.setText("Desk agent")
    dialog.language.set_code("ka")

    dialog.table.selectRow(0)
    record(qtbot, dialog, dialog.reconfirm_button)
    assert [r.ticked for r in dialog.rows] == [True, False, False]
    assert "1 of 3 people" in dialog.count.text() and "0 of 1 household" in dialog.count.text()

    dialog.select_all()
    record(qtbot, dialog, dialog.reconfirm_button)
    assert all(r.ticked for r in dialog.rows)
    assert {r.booking_status for r in dialog.rows} == {BookingStatus.CHECKED_IN}
    assert "1 of 1 household(s)</b> checked in" in dialog.count.text()
    assert case_status(store, family.case_id) is CaseStatus.BOOKED
    assert not dialog.arrive_button.isEnabled()

    dialog.departed_at.set_value(datetime.combine(TODAY, time(18, 20), UTC))
    record(qtbot, dialog, dialog.depart_button)
    assert dialog.movement is not None and dialog.movement.status is MovementStatus.DEPARTED
    assert case_status(store, family.case_id) is CaseStatus.DEPARTED
    assert not dialog.depart_button.isEnabled() and not dialog.reconfirm_button.isEnabled()

    dialog.arrived_at.set_value(datetime.combine(TODAY, time(23, 40), UTC))
    record(qtbot, dialog, dialog.arrive_button)
    assert movements.movement(store, movement_id).status is MovementStatus.ARRIVED
    # Recording the arrival starts the household's monitoring plan.
    assert case_status(store, family.case_id) is CaseStatus.MONITORING


def test_a_refusal_at_check_in_takes_the_household_off_and_frees_the_seats(qtbot: QtBot, store: Store) -> None:
    family, movement_id = booked_today(store)
    assert movements.movement(store, movement_id).free_seats == 7
    dialog = sheet(qtbot, store, movement_id)
    dialog.table.selectRow(1)  # the mother
    dialog.refuse_button.click()
    refusal = dialog.dialog
    assert isinstance(refusal, RefusalDialog) and refusal.isVisible()
    intro = refusal.findChild(QLabel, "dialogIntro")
    assert isinstance(intro, QLabel) and "S2" in intro.text()
    refusal.statement.setPlainText("I do not want to go")
    with qtbot.waitSignal(refusal.accepted, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        refusal.save_button.click()

    assert movements.movement(store, movement_id).free_seats == 10
    assert movements.passengers(store, movement_id) == []
    assert case_status(store, family.case_id) is CaseStatus.WITHDRAWN
    assert dialog.rows == []  # the household is no longer on the sheet


def test_force_needed_reuses_the_explicit_confirmation(qtbot: QtBot, store: Store) -> None:
    family, movement_id = booked_today(store)
    dialog = sheet(qtbot, store, movement_id)
    dialog.table.selectRow(0)
    dialog.force_button.click()
    qtbot.waitUntil(lambda: isinstance(dialog.dialog, ForceAtCheckInDialog), timeout=5000)
    force = dialog.dialog
    assert isinstance(force, ForceAtCheckInDialog)
    force.statement.setPlainText("Resisted boarding")
    assert not force.save_button.isEnabled()  # not without the explicit confirmation
    force.confirm.setChecked(True)
    with qtbot.waitSignal(force.accepted, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        force.save_button.click()
    assert case_status(store, family.case_id) is CaseStatus.INVOLVEMENT_ENDED
    assert movements.passengers(store, movement_id) == []


def test_check_in_only_on_the_departure_day(qtbot: QtBot, store: Store) -> None:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY + timedelta(days=3)))
    booking_service.book(store, family.case_id, movement_id)
    dialog = sheet(qtbot, store, movement_id)
    dialog.select_all()
    assert not dialog.reconfirm_button.isEnabled()
    assert "departure day" in dialog.reconfirm_button.toolTip()
    assert not dialog.depart_button.isEnabled()

    page = MovementsPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.passengers_loaded, timeout=5000):
        page.show()
        qtbot.waitUntil(lambda: bool(page.register.model.rows), timeout=5000)
        page.register.select(movement_id)
    assert not page.bookings.checkin_button.isEnabled()
    assert checkin.sheet(store, movement_id)[0].ticked is False


def test_the_sheet_is_named_and_busy_while_it_loads(qtbot: QtBot, store: Store) -> None:
    _, movement_id = booked_today(store)
    dialog = CheckInDialog(store, movement_id, code="TK-1")
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Check-in — TK-1" and dialog.windowTitle() == "Departure check-in — TK-1"
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
        assert dialog.loading.isVisible() and dialog.facts.text() == "Loading the check-in sheet…"
    assert not dialog.loading.isVisible() and "seats free" in dialog.facts.text()
