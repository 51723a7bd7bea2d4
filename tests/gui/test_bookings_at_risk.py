"""A booking at risk is seen where people look: the Movements register and passengers, the case file header,
the check-in sheet and Home — each with the reason and what resolves it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.dialogs.checkin import CheckInDialog
from desktop.ops import writer_pool
from desktop.pages.case_file import CaseFilePage
from desktop.pages.home import HomePage
from desktop.pages.movements import MovementsPage
from planning import booking_service, countries, movements
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, Family, ready_family
from tests.unit.planning.test_movements import flight

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    writer_pool().waitForDone(10_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def booked_then_suspended(store: Store) -> tuple[Family, int]:
    family = ready_family(store)
    movement_id = movements.add_movement(store, flight(on=TODAY, hour=18))
    booking_service.book(store, family.case_id, movement_id)
    countries.add_advisory(store, countries.AdvisoryDraft(COUNTRY, "UNHCR", "Returns suspended after floods",
                                                          TODAY))
    return family, movement_id


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(r, index).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_the_movements_page_shows_the_booking_at_risk_and_why(qtbot: QtBot, store: Store) -> None:
    _family, movement_id = booked_then_suspended(store)
    page = MovementsPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    [row] = page.register.model.rows
    assert row.at_risk == 1
    assert "at risk" in page.register.model.text(row, 9)
    page.register.select(movement_id)
    qtbot.waitUntil(lambda: page.bookings.table.rowCount() == 1, timeout=10_000)
    [risk] = column(page.bookings.table, 6)
    assert risk.startswith("⚠ S8:")
    tip = page.bookings.table.item(0, 6).toolTip()  # type: ignore[union-attr]
    assert "Returns suspended after floods" in tip and "→" in tip
    assert "at risk" in page.bookings.facts.text()
    page.register.risky.setChecked(True)
    assert [r.id for r in page.register.model.rows] == [movement_id]


def test_the_case_file_header_says_the_booking_is_at_risk(qtbot: QtBot, store: Store) -> None:
    family, _ = booked_then_suspended(store)
    page = CaseFilePage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_case(family.case_id)
    header = page.header
    assert "booked on <b>TK-1</b> from BRU," in header.meta.text() and "not locked" in header.meta.text()
    assert header.next.isVisible() and header.next.text().startswith("<b>Next:</b> resolve what puts the booking")
    assert header.risk.isVisible()
    assert "at risk" in header.risk.text() and "S8" in header.risk.text()


def test_the_check_in_sheet_and_home_count_it(qtbot: QtBot, store: Store) -> None:
    _family, movement_id = booked_then_suspended(store)
    dialog = CheckInDialog(store, movement_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert "at risk" in dialog.count.text()
    assert all("At risk" in text for text in column(dialog.table, 4))

    home = HomePage(store)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    qtbot.waitUntil(lambda: home.at_risk.value.text() == "1", timeout=10_000)
