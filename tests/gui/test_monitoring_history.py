"""The returnee's monitoring history: the follow-ups in a table and the sustainability scores charted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCharts import QDateTimeAxis, QLineSeries
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from desktop.pages.monitoring import MonitoringPage
from desktop.pages.monitoring_history import BREACHES, DONE, ECONOMIC, PSYCHOSOCIAL, SOCIAL, STATUS, MonitoringHistory
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, as_of, follow_ups

pytestmark = pytest.mark.gui
SHOT = "/tmp/monitoring_history.png"


def three_logged(store: Store) -> tuple[int, list[int]]:
    """Arrival, month 1 and month 3 logged by phone (psychosocial not asked at month 1); returns case, due ids."""
    family, plan = arrived_family(store)
    due = [f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE]
    scores = ((2, 2, 1), (3, 3, None), (4, 3, 3))
    for follow_up, (economic, social, psychosocial) in zip(due, scores, strict=False):
        day = follow_up.due_on + timedelta(days=1) if follow_up.due_on > TODAY else TODAY
        log_follow_up(as_of(store, day), follow_up.id,
                      FollowUpEntry(done_on=day, mode=ContactMode.PHONE, contact_made=True,
                                    readmitted_without_problems=True, economic_score=economic,
                                    social_score=social, psychosocial_score=psychosocial))
    return family.case_id, [f.id for f in due]


def points(series: QLineSeries) -> list[tuple[str, float]]:
    return [(QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toString("yyyy-MM-dd"), p.y())
            for p in series.points()]


def test_the_history_lists_the_follow_ups_and_charts_three_scores(qtbot: QtBot, store: Store, settle: None) -> None:
    case_id, _ = three_logged(store)
    widget = MonitoringHistory(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 420)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show_case(case_id)

    table = widget.table
    assert table.rowCount() == 5
    done = [table.item(r, DONE).text() for r in range(3)]
    assert done[0] == str(TODAY) and all(d != "—" for d in done)
    assert [table.item(r, STATUS).text() for r in range(5)] == ["Done"] * 3 + ["Due"] * 2
    assert [table.item(r, c).text() for r in range(3) for c in (ECONOMIC, SOCIAL, PSYCHOSOCIAL)] == \
        ["2", "2", "1", "3", "3", "—", "4", "3", "3"]
    assert table.item(0, BREACHES).text() == "none"
    assert "3 logged" in widget.title.text()

    series = [s for s in widget.chart.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in series] == ["Economic", "Social", "Psychosocial"]
    assert widget.chart.legend().isVisible()
    assert all(isinstance(a, QDateTimeAxis) for a in widget.chart.axes() if a.orientation().name == "Horizontal")
    assert [p for _, p in points(series[0])] == [2.0, 3.0, 4.0]
    assert [p for _, p in points(series[1])] == [2.0, 3.0, 3.0]
    assert points(series[2]) == [(done[0], 1.0), (done[2], 3.0)]
    assert [d for d, _ in points(series[0])] == done
    assert widget.y_axis.min() == 1 and widget.y_axis.max() == 5
    assert not widget.no_scores.isVisible()
    assert widget.grab().save(SHOT)


def test_the_monitoring_page_shows_the_history_of_the_selected_case(qtbot: QtBot, store: Store,
                                                                     settle: None) -> None:
    family, plan = arrived_family(store)
    first = follow_ups(store, plan.plan_id)[0]
    log_follow_up(store, first.id, FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True,
                                                 economic_score=3, social_score=4, psychosocial_score=2))
    page = MonitoringPage(as_of(store, TODAY + timedelta(days=40)))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert page.table.rowCount() >= 1 and page.history.table.rowCount() == 0
    with qtbot.waitSignal(page.history.loaded, timeout=5000):
        page.table.selectRow(0)
    assert page.history.case_id == family.case_id
    assert page.history.table.rowCount() == 5
    assert [s.count() for s in page.history.series] == [1, 1, 1]
    assert page.history.no_scores.isHidden()
    assert page.grab().save("/tmp/monitoring_page_history.png")
