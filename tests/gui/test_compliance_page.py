"""The Compliance page: pick a country and a period, read the figures, the charts and the assurances; save and print."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.ops import hub
from desktop.pages.compliance import STATUS, CompliancePage
from desktop.pages.compliance_charts import FollowUpChart, IncidentChart
from monitoring.compliance_report import IssuedReport
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.documents import verification
from planning.documents.verification import Status
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
from planning.storage.store import Store
from tests.unit.documents import pdftext
from tests.unit.monitoring.compliance_history import PERIOD, SEEN_ON, build
from tests.unit.monitoring.helpers import as_of, follow_ups

pytestmark = pytest.mark.gui
SHOT = "/tmp/compliance_page.png"


def open_page(qtbot: QtBot, store: Store) -> CompliancePage:
    page = CompliancePage(store)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitSignal(page.countries_loaded, timeout=5000):
        page.show()
    return page


def choose(qtbot: QtBot, page: CompliancePage, code: str) -> None:
    start, end = PERIOD
    page.period_from.setDate(QDate(start.year, start.month, start.day))
    page.period_to.setDate(QDate(end.year, end.month, end.day))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_country(code)


def test_a_country_shows_its_figures_charts_and_assurances(qtbot: QtBot, store: Store, settle: None) -> None:
    build(store)
    page = open_page(qtbot, as_of(store, SEEN_ON))
    assert page.country.currentIndex() == -1 and not page.save_button.isEnabled()
    assert [page.country.itemData(i) for i in range(page.country.count())] == ["ARM", "GEO"]

    choose(qtbot, page, "GEO")

    assert "Georgia (GEO), 2026-06-01 to 2026-12-31" in page.heading.text()
    assert "counted up to today, 2026-09-20" in page.heading.text()
    tiles = {name: (tile.value.text(), tile.note.text()) for name, tile in page.tiles.items()}
    assert tiles["due"] == ("11", "7 month(s)")
    assert tiles["done"] == ("5", "45 % of due")
    assert tiles["missed"][0] == "2" and tiles["outstanding"][0] == "4"
    assert tiles["contact"] == ("57 %", "4 of 7 logged")
    assert tiles["incidents"][0] == "2" and tiles["incidents"][1].startswith("1 open today")
    assert tiles["plans"] == ("3", "1 active · 2 passive") and tiles["shortfall"][0] == "0"

    chart = page.follow_up_chart
    assert chart.months_axis.categories() == ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert chart.months_axis.titleText() == "2026"
    assert [chart.due.at(i) for i in range(chart.due.count())] == [4, 3, 0, 4, 0, 0, 0]
    assert [chart.done.at(i) for i in range(chart.done.count())] == [3, 2, 0, 0, 0, 0, 0]
    assert [(p.x(), p.y()) for p in chart.contact.points()] == [(0, 50), (1, 100), (3, 0)]
    assert len(chart.chart.series()) == 2 and chart.chart.legend().isVisible()
    incidents = page.incident_chart
    assert [[s.at(i) for i in range(s.count())][:2] for s in incidents.sets.values()] == [[0, 1], [1, 1], [0, 0]]

    table = page.table
    assert table.rowCount() == 3
    assert [table.item(r, STATUS).text() for r in range(3)] == ["Under review", "Under review", "In force"]
    assert "1 restore" in page.footnote.text()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert incidents.count_axis.max() == 2 and incidents.count_axis.tickCount() == 3
    assert [s.label() for s in incidents.sets.values()] == ["Punishment (1)", "Detention (2)",
                                                           "Readmission refused (0)"]
    QApplication.processEvents()  # the layout settles (the table takes the height of its rows)
    page.grab().save(SHOT)

    choose(qtbot, page, "ARM")
    assert page.tiles["shortfall"].value.text() == "1" and page.tiles["due"].value.text() == "3"
    assert [chart.due.at(i) for i in range(chart.due.count())][:4] == [1, 1, 0, 1]


def test_the_figures_follow_a_follow_up_logged_elsewhere(qtbot: QtBot, store: Store, settle: None) -> None:
    history = build(store)
    seen = as_of(store, SEEN_ON)
    page = open_page(qtbot, seen)
    choose(qtbot, page, "GEO")
    assert page.tiles["done"].value.text() == "5"

    c_plan = history.georgia_plans[2]
    july = next(f for f in follow_ups(store, c_plan) if f.status is FollowUpStatus.DUE and f.due_on == date(2026, 7, 1))
    log_follow_up(seen, july.id, FollowUpEntry(done_on=date(2026, 7, 2), mode=ContactMode.PHONE, contact_made=True,
                                               readmitted_without_problems=True))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        hub().announce(Changes(cases=True))

    assert page.tiles["done"].value.text() == "6" and page.tiles["outstanding"].value.text() == "3"
    assert page.code == "GEO"


def test_a_period_ending_before_it_starts_names_the_field(qtbot: QtBot, store: Store, settle: None) -> None:
    build(store)
    page = open_page(qtbot, as_of(store, SEEN_ON))
    choose(qtbot, page, "GEO")

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.period_from.setDate(QDate(2027, 1, 1))

    assert page.banner.isVisible() and page.banner.text().startswith("From: 2027-01-01 is after")
    assert page.report is None and not page.save_button.isEnabled()


def test_the_report_is_saved_as_a_pdf_and_printed(qtbot: QtBot, store: Store, settle: None, tmp_path: Path) -> None:
    build(store)
    page = open_page(qtbot, as_of(store, SEEN_ON))
    choose(qtbot, page, "GEO")

    target = tmp_path / "geo.pdf"
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save_pdf_to(target)
    result = saved.args[0] if saved.args else None
    assert isinstance(result, IssuedReport) and result.path == target
    assert page.notice.isVisible() and result.code in page.notice.text()
    assert verification.verify(store, result.code).status is Status.MATCH
    text = " ".join(pdftext.text(target.read_bytes()).split())
    assert "Georgia (GEO) · period 2026-06-01 to 2026-12-31" in text and "Total 11 5 2 4 4" in text
    assert result.code in text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printed = Path(os.environ.get("HOMEWARD_KEEP_PRINT", tmp_path / "printed.pdf"))
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    assert printed.read_bytes().startswith(b"%PDF") and len(PdfReader(printed).pages) == 1


def test_in_arabic_both_charts_run_right_to_left_and_no_month_name_is_cut(
        qtbot: QtBot, store: Store, language: Callable[[str], None], settle: None) -> None:
    build(store)
    language("ar")
    page = open_page(qtbot, as_of(store, SEEN_ON))
    choose(qtbot, page, "GEO")
    for chart in (page.follow_up_chart, page.incident_chart):
        months = chart.months_axis.categories()
        assert months[0] == "ديسمبر" and months[-1] == "يونيو", months  # December on the left, June on the right
        assert chart.count_axis.alignment() == Qt.AlignmentFlag.AlignRight
    follow_ups = page.follow_up_chart
    assert [follow_ups.due.at(i) for i in range(follow_ups.due.count())] == [0, 0, 0, 4, 0, 3, 4]
    assert [(p.x(), p.y()) for p in follow_ups.contact.points()] == [(3, 0), (5, 100), (6, 50)]
    assert follow_ups.rate_axis.alignment() == Qt.AlignmentFlag.AlignLeft
    incidents = page.incident_chart
    assert [[s.at(i) for i in range(s.count())][-2:] for s in incidents.sets.values()] == [[1, 0], [1, 1], [0, 0]]

    def fits(chart: FollowUpChart | IncidentChart) -> bool:
        """Upright, or each month's name as wide as its month on the axis at most (so none is cut short)."""
        axis = chart.months_axis
        widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(name) for name in axis.categories())
        return axis.labelsAngle() == -90 or widest * len(axis.categories()) <= chart.chart.plotArea().width()

    page.resize(700, 760)  # at the narrowest, the follow-ups' seven months stand upright
    QApplication.processEvents()
    assert follow_ups.months_axis.labelsAngle() == -90 and fits(incidents)
    page.resize(1600, 760)
    QApplication.processEvents()
    assert follow_ups.months_axis.labelsAngle() == 0 and fits(follow_ups) and fits(incidents)
