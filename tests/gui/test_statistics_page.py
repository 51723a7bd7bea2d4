"""The Statistics page on hand-built records (tests/unit/reports/facts.py): the report chosen, its table and
chart with the same figures, small counts hidden unless a role that may see them asks, and the two exports."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from desktop.pages.statistics import StatisticsPage
from planning.reports.measures import ReportKind
from planning.statistics import CountBy
from planning.storage.store import Store
from planning.vocabulary import Role
from tests.unit.monitoring.helpers import as_of
from tests.unit.reports.facts import AS_OF, END, START, build

SHOTS = Path(os.environ["HOMEWARD_SHOTS"]) if os.environ.get("HOMEWARD_SHOTS") else None


def column(page: StatisticsPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def headers(page: StatisticsPage) -> list[str]:
    return [page.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(page.table.columnCount())]


def opened(qtbot: QtBot, store: Store) -> StatisticsPage:
    page = StatisticsPage(store)
    qtbot.addWidget(page)
    page.start.set_value(START)
    page.end.set_value(END)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    qtbot.waitUntil(lambda: page.drawn is not None and page.drawn.report.request.start == START, timeout=10_000)
    return page


def test_switching_report_shows_its_table_and_the_same_figures_in_the_chart(qtbot: QtBot, store: Store) -> None:
    build(store)
    page = opened(qtbot, as_of(store, AS_OF))
    assert headers(page) == ["Month", "Travelled", "Withdrew", "Involvement ended", "Protection referred",
                             "Protection granted", "Total"]
    assert column(page, 0)[-1] == "Total" and column(page, 6)[-1] == "7"
    assert column(page, 1) == ["0", "\u202a<5\u202c", "0", "\u202a<5\u202c"]  # 3 in April: hidden under 5
    assert page.every_count.isVisible()
    page.every_count.setChecked(True)
    assert column(page, 1) == ["0", "3", "0", "3"] and column(page, 6) == ["1", "4", "2", "7"]
    series = page.chart.series
    assert series is not None and [s.label() for s in series.barSets()][:2] == ["Travelled", "Withdrew"]
    assert [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())] == [0, 3, 0]
    assert page.chart.legend_names() == [s.label() for s in series.barSets()]  # whole names, never cut short
    if SHOTS:
        page.resize(1180, 640)
        qtbot.wait(100)
        page.grab().save(str(SHOTS / "statistics-page.png"))

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData(ReportKind.MONITORING))
    assert [page.down.itemData(i) for i in range(page.down.count())] == [CountBy.MONTH, CountBy.COUNTRY]
    assert headers(page)[:5] == ["Month", "Follow-ups due", "Follow-ups done", "Follow-ups missed",
                                 "Follow-ups escalated"]
    assert column(page, 1)[-1] == "3" and column(page, 6)[-1] == "4.00"  # economic score, (3 + 5) / 2
    series = page.chart.series
    assert series is not None and [s.label() for s in series.barSets()] == [
        "Follow-ups due", "Follow-ups done", "Follow-ups missed", "Follow-ups escalated"]
    assert [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())] == [0, 1, 2]


def test_split_two_ways_and_exported_to_excel_and_pdf(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    build(store)
    page = opened(qtbot, as_of(store, AS_OF))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData(ReportKind.REINTEGRATION))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.down.setCurrentIndex(page.down.findData(CountBy.COUNTRY))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.across.setCurrentIndex(page.across.findData(CountBy.SEX))
    assert page.measure.isVisible() and headers(page) == ["Country", "Female", "Male", "Total"]
    page.excel.choose = lambda _parent, _name: tmp_path / "reintegration.xlsx"
    run = page.excel.export()
    assert run is not None
    qtbot.waitUntil(lambda: run.result is not None, timeout=10_000)
    book = openpyxl.load_workbook(tmp_path / "reintegration.xlsx")
    assert book.sheetnames[0] == "Reintegration" and "Budgets" in book.sheetnames
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        page.save_pdf_to(tmp_path / "reintegration.pdf")
    assert saved.args is not None and (tmp_path / "reintegration.pdf").read_bytes().startswith(b"%PDF")


def test_a_read_only_account_sees_small_counts_hidden_only(qtbot: QtBot, store: Store) -> None:
    build(store)
    page = opened(qtbot, as_of(store, AS_OF, Role.READ_ONLY))
    assert not page.every_count.isVisible() and page.smallest() == 5
