"""Home as the week's cockpit: each list filled from the database, each row opening its record, the calendar."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.pages.home import HomePage
from planning import booking_service, movements, protection, travel
from planning.storage.models import TravelDocument
from planning.storage.store import Store
from planning.vocabulary import TravelDocumentKind, TravelDocumentStatus
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, open_family, ready_family
from tests.unit.planning.test_movements import flight


def a_busy_week(store: Store) -> tuple[int, int, int]:
    """A family booked on a flight in three days whose child's new passport ends before it; a referral waiting."""
    family = ready_family(store)
    movement = movements.add_movement(store, flight("TK-1", TODAY + timedelta(days=3), capacity=10))
    booking_service.book(store, family.case_id, movement)
    with store.reading() as session:
        old = session.scalars(select(TravelDocument).where(TravelDocument.person_id == family.child)).one()
        old_id, version = old.id, old.version
    travel.set_document_status(store, old_id, version, TravelDocumentStatus.LOST)
    travel.add_document(store, family.child, travel.DocumentDraft(
        kind=TravelDocumentKind.PASSPORT, number="GE7654321", issuing_country=COUNTRY,
        issued_on=TODAY - timedelta(days=5), valid_until=TODAY + timedelta(days=2)))
    waiting = open_family(store, region="Batumi")
    protection.raise_concern(store, waiting.mother, TODAY - timedelta(days=4), "She fears return.")
    return family.case_id, movement, waiting.case_id


def texts(home: HomePage, name: str, column: int) -> list[str]:
    table = home.tables[name].table
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_week_at_a_glance_and_every_row_opens_its_record(qtbot: QtBot, store: Store) -> None:
    booked, movement, waiting = a_busy_week(store)
    home = HomePage(store)
    qtbot.addWidget(home)
    home.resize(1280, 1400)
    home.show()
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
    assert texts(home, "departures", 1) == ["TK-1"] and texts(home, "arrivals", 1) == ["TK-1"]
    assert texts(home, "departures", 4) == ["3"] and texts(home, "departures", 5) == ["7"]  # people, free seats
    assert texts(home, "at_risk", 0) == texts(home, "expiring", 0) != []
    assert texts(home, "at_risk", 3) == [
        "Luka Beridze holds no travel document valid on 2026-06-04: the passport expires on 2026-06-03"]
    assert texts(home, "expiring", 1) == ["Travel document"]
    assert len(texts(home, "referrals", 0)) == 1
    assert not home.tables["follow_ups"].table.isVisible()
    assert home.tables["follow_ups"].note.text() == "No follow-up due today or overdue."

    departures = home.tables["departures"].table
    with qtbot.waitSignal(home.movement_requested) as opened:
        departures.activated.emit(departures.model().index(0, 0))
    assert opened.args == [movement, TODAY + timedelta(days=3)]
    risky = home.tables["at_risk"].table
    with qtbot.waitSignal(home.case_requested) as opened:
        risky.activated.emit(risky.model().index(0, 0))
    assert opened.args == [booked]
    referrals = home.tables["referrals"].table
    with qtbot.waitSignal(home.case_requested) as opened:
        referrals.activated.emit(referrals.model().index(0, 0))
    assert opened.args == [waiting]


def test_the_calendar_marks_departure_days_and_lists_the_day(qtbot: QtBot, store: Store) -> None:
    _, movement, _ = a_busy_week(store)
    home = HomePage(store)
    qtbot.addWidget(home)
    calendar = home.calendar
    assert calendar.calendar.selectedDate() == QDate(2026, 6, 1)  # the office's today
    calendar.calendar.setSelectedDate(QDate(2026, 6, 4))
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.refresh()
    assert len(calendar.marked) == 1 and "TK-1" in calendar.day_list.item(0).text()
    assert calendar.day_list.item(0).text() == ("2026-06-04 09:00 · TK-1 · Georgia · 1 household(s) · 3 person(s) · "
                                                "7 seat(s) free · 1 booking(s) at risk")
    with qtbot.waitSignal(calendar.movement_opened) as opened:
        calendar.day_list.itemActivated.emit(calendar.day_list.item(0))
    assert opened.args == [movement, TODAY + timedelta(days=3)]
