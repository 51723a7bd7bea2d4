"""The Cases page and its model, driven offscreen."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.models.case_table import CaseTableModel
from desktop.pages.cases import CasesPage
from planning import case_list
from planning.storage.store import Store
from planning.vocabulary import CaseStatus
from tests.scenarios import ready_family
from tests.unit.planning.test_case_list import open_single


def wait_for_results(qtbot: QtBot, page: CasesPage) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.reload()


def test_model_passes_the_model_tester(store: Store, qtmodeltester: ModelTester) -> None:
    for i in range(30):
        open_single(store, f"Name{i}", "Family", "IRQ" if i % 2 else "ALB", vulnerable=i % 3 == 0)
    fetched: list[int] = []

    def fetch(ids: list[int]) -> list[case_list.CaseRow]:
        fetched.append(len(ids))
        return case_list.rows(store, ids)

    model = CaseTableModel(fetch, store.today)
    model.set_ids(case_list.find_ids(store, case_list.CaseQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    assert model.index(0, 0).data() == "HW-2026-000001"
    assert all(n <= 200 for n in fetched)


def test_rows_are_fetched_lazily_in_batches(store: Store) -> None:
    calls: list[int] = []

    def fetch(ids: list[int]) -> list[case_list.CaseRow]:
        calls.append(len(ids))
        return [case_list.CaseRow(i, f"HW-{i}", "X", 1, "IRQ", "Iraq", None, case_list.CaseStatus.INTAKE,
                                  False, False, None) for i in ids]

    model = CaseTableModel(fetch, store.today)
    model.set_ids(list(range(1, 100_001)))
    assert model.rowCount() == 100_000 and calls == []
    assert model.index(50_000, 0).data() == "HW-50001"
    assert model.cached_rows() == 200 and calls == [200]
    model.index(50_010, 1).data()
    assert calls == [200]


def test_search_filter_sort_and_open(qtbot: QtBot, store: Store) -> None:
    family = ready_family(store)
    other = open_single(store, "Ali", "Kareem", vulnerable=True)
    page = CasesPage(store)
    qtbot.addWidget(page)
    wait_for_results(qtbot, page)
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search.setText("beridze")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data().startswith("Giorgi Beridze")
    assert page.model.index(0, 5).data() == "Ready"
    assert page.model.index(0, 6).data() == "29"
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search.clear()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.vulnerability.setCurrentIndex(1)
    assert page.model.case_id(0) == other
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.show_filtered(ready=True)
    assert [page.model.case_id(r) for r in range(page.model.rowCount())] == [family.case_id]
    page.table.selectRow(0)
    with qtbot.waitSignal(page.case_opened, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [family.case_id]


def test_sorting_by_header_asks_the_database(qtbot: QtBot, store: Store) -> None:
    open_single(store, "Zaid", "Yasin")
    open_single(store, "Adnan", "Bakr")
    page = CasesPage(store)
    qtbot.addWidget(page)
    wait_for_results(qtbot, page)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(1)
    assert page.model.index(0, 1).data() == "Adnan Bakr"
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(1)
    assert page.model.index(0, 1).data() == "Zaid Yasin"


def test_travelled_cases_show_no_readiness_and_booked_ones_their_day(store: Store) -> None:
    when = datetime(2026, 12, 9, 6, 10, tzinfo=UTC)
    rows = [
        case_list.CaseRow(1, "HW-1", "A", 1, "GEO", "Georgia", None, CaseStatus.MONITORING, False, False, None),
        case_list.CaseRow(2, "HW-2", "B", 1, "GEO", "Georgia", None, CaseStatus.CLOSED, False, False, None),
        case_list.CaseRow(3, "HW-3", "C", 2, "GEO", "Georgia", None, CaseStatus.BOOKED, True, True, None,
                          case_list.BookedOn("TBS-0912", when, at_risk=False)),
        case_list.CaseRow(4, "HW-4", "D", 2, "GEO", "Georgia", None, CaseStatus.BOOKED, False, False, None,
                          case_list.BookedOn("TBS-0912", when, at_risk=True)),
        case_list.CaseRow(5, "HW-5", "E", 1, "GEO", "Georgia", None, CaseStatus.PREPARING, False, False, None),
    ]
    model = CaseTableModel(lambda ids: [rows[i - 1] for i in ids], store.today)
    model.set_ids([1, 2, 3, 4, 5])
    assert [model.index(i, 5).data() for i in range(5)] == ["—", "—", "Ready", "Not ready", "Not ready"]
    assert model.index(2, 4).data().startswith("Booked ") and "at risk" not in model.index(2, 4).data()
    assert model.index(3, 4).data().endswith(", at risk")
    assert "TBS-0912" in model.index(2, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "⚑" in model.index(2, 1).data()
    legend = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "vulnerable member" in legend


def test_the_page_explains_the_flag(qtbot: QtBot, store: Store) -> None:
    page = CasesPage(store)
    qtbot.addWidget(page)
    assert "⚑" in page.legend.text() and "vulnerable" in page.legend.text()
