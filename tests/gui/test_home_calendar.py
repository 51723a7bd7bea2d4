"""Home's movements calendar: the Month/Week switch kept between starts, previous/next/today, a movement in its
day's column with its local time, people and seats, coloured by seats and risk, opening on a double-click."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.pages.home_calendar import MovementsCalendar, View, month_step
from desktop.pages.home_calendar_week import AT_RISK, FULL, ROOM, colour
from planning import movements
from planning.storage.store import Store
from planning.vocabulary import MovementStatus
from planning.week import Trip
from tests.conftest import TODAY
from tests.gui.test_home_week import a_busy_week
from tests.unit.planning.test_movements import flight


def loaded(qtbot: QtBot, calendar: MovementsCalendar, action: object) -> None:
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        action() if callable(action) else None


def entries(calendar: MovementsCalendar, index: int) -> list[str]:
    return [card.label.text() for card in calendar.week.cards(index)]


def counts(calendar: MovementsCalendar) -> list[int]:
    return [len(calendar.week.cards(i)) for i in range(7)]


def test_months_step_to_the_same_day_or_the_last_of_a_shorter_month() -> None:
    assert month_step(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert month_step(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert month_step(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_the_week_view_shows_each_movement_on_its_day_and_survives_a_restart(
        qtbot: QtBot, store: Store, settings: None, settle: None) -> None:
    _, risky, _ = a_busy_week(store)  # TK-1 on Thursday 4 June, 09:00 UTC from Brussels, its family at risk
    roomy = movements.add_movement(store, flight("TK-2", TODAY + timedelta(days=5), capacity=10, hour=22))
    movements.add_movement(store, flight("TK-3", TODAY + timedelta(days=9)))  # the week after
    calendar = MovementsCalendar(store)
    qtbot.addWidget(calendar)
    assert calendar.view is View.MONTH and calendar.month_button.isChecked()  # the first start
    loaded(qtbot, calendar, calendar.refresh)
    assert calendar.status.text() == "3 movement(s) in June 2026"

    loaded(qtbot, calendar, calendar.week_button.click)
    assert calendar.view is View.WEEK and calendar.pages.currentWidget() is calendar.week
    assert calendar.title.text() == "2026-06-01 to 2026-06-07"
    assert calendar.status.text() == "2 movement(s) this week"
    assert counts(calendar) == [0, 0, 0, 1, 0, 1, 0]
    assert calendar.week.headings[3].text() == "Thursday\n2026-06-04"
    # 09:00 UTC is 11:00 in Brussels in June; the family of three is booked on ten seats
    assert entries(calendar, 3) == ["11:00 · BRU\nGeorgia · TK-1\n3 booked / 10 seats"]
    at_risk, = calendar.week.cards(3)
    assert AT_RISK.name() in at_risk.styleSheet() and "1 booking(s) at risk" in at_risk.toolTip()
    # 22:00 UTC on Saturday is already Sunday in Brussels: filed under its travel date, it says so
    assert entries(calendar, 5) == ["2026-06-07 00:00 · BRU\nGeorgia · TK-2\n0 booked / 10 seats"]
    assert ROOM.name() in calendar.week.cards(5)[0].styleSheet()

    calendar.resize(1200, 400)
    calendar.show()
    qtbot.waitExposed(calendar)
    with qtbot.waitSignal(calendar.movement_opened) as opened:
        qtbot.mouseClick(at_risk, Qt.MouseButton.LeftButton)
    assert opened.args == [risky, date(2026, 6, 4)]
    with qtbot.waitSignal(calendar.movement_opened) as opened:
        qtbot.keyClick(calendar.week.cards(5)[0], Qt.Key.Key_Return)
    assert opened.args == [roomy, date(2026, 6, 6)]

    loaded(qtbot, calendar, calendar.next.click)
    assert calendar.title.text() == "2026-06-08 to 2026-06-14"
    assert counts(calendar) == [0, 0, 1, 0, 0, 0, 0]  # Wednesday 10 June
    assert "TK-3" in entries(calendar, 2)[0]
    loaded(qtbot, calendar, calendar.previous.click)
    loaded(qtbot, calendar, calendar.previous.click)
    assert calendar.title.text() == "2026-05-25 to 2026-05-31"
    assert counts(calendar) == [0] * 7
    loaded(qtbot, calendar, calendar.today_button.click)
    assert calendar.title.text() == "2026-06-01 to 2026-06-07" and counts(calendar)[3] == 1

    again = MovementsCalendar(store)  # the next start opens on the week
    qtbot.addWidget(again)
    assert again.view is View.WEEK and again.week_button.isChecked() and again.pages.currentWidget() is again.week
    loaded(qtbot, again, again.month_button.click)
    assert again.pages.currentIndex() == 0 and MovementsCalendar(store).view is View.MONTH


def test_the_month_view_steps_by_month_and_colours_its_days(
        qtbot: QtBot, store: Store, settings: None, settle: None) -> None:
    a_busy_week(store)
    later = movements.add_movement(store, flight("TK-4", TODAY + timedelta(days=33)))
    calendar = MovementsCalendar(store)
    qtbot.addWidget(calendar)
    loaded(qtbot, calendar, calendar.refresh)
    assert calendar.title.text() == "June 2026"
    assert calendar.calendar.dateTextFormat(QDate(2026, 6, 4)).background().color() == AT_RISK
    loaded(qtbot, calendar, calendar.next.click)
    assert calendar.title.text() == "July 2026" and calendar.calendar.selectedDate() == QDate(2026, 7, 1)
    assert calendar.calendar.monthShown() == 7
    assert calendar.calendar.dateTextFormat(QDate(2026, 7, 4)).background().color() == ROOM
    calendar.calendar.setSelectedDate(QDate(2026, 7, 4))
    assert "TK-4" in calendar.day_list.item(0).text()
    with qtbot.waitSignal(calendar.movement_opened) as opened:
        calendar.day_list.itemActivated.emit(calendar.day_list.item(0))
    assert opened.args == [later, date(2026, 7, 4)]
    loaded(qtbot, calendar, calendar.today_button.click)
    assert calendar.title.text() == "June 2026" and calendar.calendar.selectedDate() == QDate(2026, 6, 1)


def test_a_day_is_red_when_a_booking_is_at_risk_else_green_while_seats_are_left() -> None:
    def trip(held: int, risky: int = 0) -> Trip:
        leaves = datetime(2026, 6, 4, 9, tzinfo=UTC)
        return Trip(1, "TK-1", "GE", "Georgia", "BRU", "TBS", leaves, leaves, MovementStatus.PLANNED, 10, held, 1,
                    held, risky)

    assert colour([trip(10)]) == FULL and colour([trip(9)]) == ROOM
    assert colour([trip(10), trip(3)]) == ROOM and colour([trip(3), trip(10, risky=1)]) == AT_RISK
