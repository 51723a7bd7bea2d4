"""The Statistics page: returns of a period counted down and across, totals, small counts suppressed."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from desktop.pages.statistics import StatisticsPage
from planning.statistics import CountBy
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family


def column(page: StatisticsPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_returns_by_sex_and_age_group_with_totals_and_small_counts_hidden(qtbot: QtBot, store: Store) -> None:
    arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    page = StatisticsPage(store)
    qtbot.addWidget(page)
    page.start.set_value(TODAY - timedelta(days=30))
    page.show()
    qtbot.waitUntil(lambda: page.heading.text().startswith("3 person(s) returned"), timeout=10_000)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Month", "Female", "Male", "Total"]
    assert column(page, 0)[-1] == "Total" and column(page, 3) == ["\u202a<5\u202c"] * 2
    page.suppress.setChecked(False)
    assert column(page, 1) == ["1", "1"] and column(page, 2) == ["2", "2"] and column(page, 3) == ["3", "3"]
    page.down.setCurrentIndex(page.down.findData(CountBy.VULNERABILITY))
    page.across.setCurrentIndex(0)  # nothing across
    assert column(page, 0) == ["Victim of trafficking", "No vulnerability recorded", "Total"]
    assert column(page, 1) == ["1", "2", "3"]
