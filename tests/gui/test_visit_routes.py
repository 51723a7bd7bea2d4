"""The visit route planner driven as a monitor would: from the Monitoring page, plan a week, read the day plan,
fix a household left out for want of coordinates, save and print the day plan."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.dialogs.field_office import FieldOfficeDialog
from desktop.dialogs.household_place import HouseholdPlaceDialog
from desktop.pages.monitoring import MonitoringPage
from desktop.pages.monitoring_routes import VisitRoutesPanel, VisitRoutesWindow
from monitoring.places import (
    FieldOfficeDraft,
    PlaceDraft,
    parse_coordinates,
    place_of,
    save_field_office,
    set_place,
)
from monitoring.routes.from_database import PlannedRoutes
from monitoring.routes.validator import violations
from planning.documents.verification import Status, verify
from planning.errors import ValidationError
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind
from tests.conftest import TODAY
from tests.scenarios import assurances
from tests.sweep import ARABIC_INDIC
from tests.unit.documents.pdftext import has_words, page_count
from tests.unit.documents.pdftext import text as pdf_text
from tests.unit.monitoring.helpers import add_monitor, arrived_family

pytestmark = pytest.mark.gui

TBILISI = (41.7151, 44.8271)


@pytest.fixture
def tbilisi(store: Store) -> dict[str, int]:
    """Three households in Tbilisi on active monitoring: two with coordinates, one with an address only."""
    assurances(store, "GEO")
    add_monitor(store, "mona")
    save_field_office(store, FieldOfficeDraft("GEO", "Tbilisi field office", *TBILISI, time(9), time(17),
                                              region="Tbilisi", address="12 Rustaveli Avenue"))
    cases = {}
    for name, place in (("vake", (41.709, 44.757)), ("gldani", (41.79, 44.81)), ("isani", None)):
        family, _ = arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING, with_assurances=False)
        lat, lon = place if place else (None, None)
        set_place(store, family.case_id, PlaceDraft(f"{name.title()} district, house 4", lat, lon))
        cases[name] = family.case_id
    return cases


def open_panel(qtbot: QtBot, store: Store) -> VisitRoutesPanel:
    panel = VisitRoutesPanel(store, country="GEO", region="Tbilisi")
    qtbot.addWidget(panel)
    panel.resize(1150, 720)
    with qtbot.waitSignal(panel.ready, timeout=5000):
        panel.show()
    return panel


def plan(qtbot: QtBot, panel: VisitRoutesPanel) -> PlannedRoutes:
    with qtbot.waitSignal(panel.planned, timeout=20_000) as blocker:
        panel.plan_button.click()
    planned = blocker.args[0]
    assert isinstance(planned, PlannedRoutes)
    return planned


def test_the_monitoring_page_opens_the_planner_on_its_region(qtbot: QtBot, store: Store, tbilisi: dict[str, int],
                                                             settle: None) -> None:
    page = MonitoringPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.region.setText("Tbilisi")
    page.routes_button.click()
    window = page.routes_window
    assert isinstance(window, VisitRoutesWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.panel.setup is not None, timeout=5000)
    area = window.panel.chosen_area()
    assert area is not None and (area.country, area.region) == ("GEO", "Tbilisi")
    window.close()


def test_plan_a_week_read_the_day_plan_and_fix_a_household_left_out(
        qtbot: QtBot, store: Store, tbilisi: dict[str, int], tmp_path: Path, settle: None) -> None:
    panel = open_panel(qtbot, store)
    assert panel.office_note.text().startswith("Routes start and end at Tbilisi field office (09:00–17:00")
    assert (panel.day_start.time().hour(), panel.day_end.time().hour()) == (9, 17)
    assert panel.chosen_monitors() == ()  # the coordinator is not a monitor: nobody ticked, one per day

    planned = plan(qtbot, panel)
    assert violations(planned.problem.instance, planned.plan) == []
    assert planned.visits_scheduled == 2
    assert panel.summary.text().startswith("2 of 3 due visit(s) planned")
    [day] = [panel.days.topLevelItem(i) for i in range(panel.days.topLevelItemCount())]
    assert "Monitor 1" in day.text(0) and "2 visit(s)" in day.text(0)
    stops = [day.child(i) for i in range(day.childCount())]
    assert {s.text(1) for s in stops[:-1]} == {place_of(store, tbilisi[n]).reference for n in ("vake", "gldani")}
    assert stops[-1].text(3) == "Back at Tbilisi field office"
    assert panel.left_out.rowCount() == 1
    assert panel.left_out.item(0, 1).text() == place_of(store, tbilisi["isani"]).head_name
    assert "no coordinates" in panel.left_out.item(0, 3).text()

    # the household left out gets its coordinates from the place dialog; the routes are planned again
    panel.left_out.selectRow(0)
    assert panel.place_button.isEnabled()
    panel.place_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, HouseholdPlaceDialog) and panel.dialog.isVisible(),
                    timeout=5000)
    dialog = panel.dialog
    assert isinstance(dialog, HouseholdPlaceDialog)
    assert dialog.address.toPlainText() == "Isani district, house 4"
    dialog.coordinates.setText("41.69, 44.85")
    with qtbot.waitSignal(panel.planned, timeout=20_000) as replanned:
        dialog.save_button.click()
    assert replanned.args[0].visits_scheduled == 3 and panel.left_out.rowCount() == 0
    assert "Place of" in panel.notice.text()

    # Save as PDF: the day plan with the households, and a code that checks out
    with qtbot.waitSignal(panel.printed, timeout=20_000) as saved:
        panel.save_pdf_to(tmp_path / "routes.pdf")
    pdf = (tmp_path / "routes.pdf").read_bytes()
    assert page_count(pdf) == 2
    assert has_words(pdf_text(pdf), f"Visit routes Tbilisi {place_of(store, tbilisi['isani']).reference} "
                                    "Isani district house 4")
    assert verify(store, saved.args[0].code).status is Status.MATCH

    # Print: the same pages through Qt (to a PDF file here)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(panel.printed, timeout=20_000):
        panel.print_to(printer)
    assert page_count((tmp_path / "printed.pdf").read_bytes()) == 2
    assert "Sent 2 page(s) to the printer" in panel.notice.text()


def test_a_period_the_office_does_not_work_is_explained(qtbot: QtBot, store: Store, tbilisi: dict[str, int],
                                                        settle: None) -> None:
    panel = open_panel(qtbot, store)
    saturday = TODAY + timedelta(days=5)
    panel.first_day.set_value(saturday)
    panel.last_day.set_value(saturday + timedelta(days=1))
    with qtbot.waitSignal(panel.failed, timeout=10_000) as blocker:
        panel.plan_button.click()
    assert blocker.args[0].startswith("To: the field office Tbilisi field office works on none of the days")
    assert panel.banner.isVisible() and not panel.save_button.isEnabled()


def test_named_monitors_name_the_routes(qtbot: QtBot, store: Store, tbilisi: dict[str, int], settle: None) -> None:
    panel = open_panel(qtbot, store)
    [mona] = [panel.monitors.item(i) for i in range(panel.monitors.count())]
    mona.setCheckState(Qt.CheckState.Checked)
    planned = plan(qtbot, panel)
    assert {d.monitor for d in planned.days} == {"mona"}
    assert "mona" in panel.days.topLevelItem(0).text(0)


def test_a_region_without_a_field_office_gets_one_from_the_planner(qtbot: QtBot, store: Store,
                                                                  tbilisi: dict[str, int], settle: None) -> None:
    family, _ = arrived_family(store, region="Adjara", kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING,
                               with_assurances=False)
    set_place(store, family.case_id, PlaceDraft("Batumi, Gorgiladze St 10", 41.6458, 41.6417))
    panel = VisitRoutesPanel(store, country="GEO", region="Adjara")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.ready, timeout=5000):
        panel.show()
    assert panel.office_note.text().startswith("No field office serves this region")
    assert "no field office yet" in panel.area.currentText()
    panel.office_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, FieldOfficeDialog) and dialog.isVisible()
    assert dialog.name.text() == "Adjara field office" and dialog.region.text() == "Adjara"
    dialog.save_button.click()  # no coordinates yet: refused, naming the field
    qtbot.waitUntil(lambda: "coordinates" in dialog.errors.labels["latitude"].text(), timeout=5000)
    dialog.coordinates.setText("41.6168, 41.6367")
    dialog.opens_at.setTime(QTime(10, 0))
    dialog.days.set_checked((1, 2, 3, 4, 5, 6))
    with qtbot.waitSignal(panel.ready, timeout=10_000):
        dialog.save_button.click()
    assert panel.chosen_area() is not None and panel.chosen_area().region == "Adjara"  # type: ignore[union-attr]
    assert panel.office_note.text().startswith("Routes start and end at Adjara field office (10:00–16:00")
    planned = plan(qtbot, panel)
    assert planned.visits_scheduled == 1 and planned.problem.office.name == "Adjara field office"


def test_coordinates_are_read_as_map_applications_copy_them() -> None:
    assert parse_coordinates("41.7151, 44.8271") == (41.7151, 44.8271)
    assert parse_coordinates(" -1.5 ;  36.8 ") == (-1.5, 36.8)
    assert parse_coordinates("") == (None, None)
    with pytest.raises(ValidationError) as raised:
        parse_coordinates("41°42'N 44°49'E")
    assert raised.value.field == "latitude"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_reasons_a_household_is_left_out_read_in_the_interface_language(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str) -> None:
    from datetime import date

    from desktop import i18n
    from desktop.pages.monitoring_routes_result import LeftOutTable
    from monitoring.routes.from_database import LeftOut
    from planning.messages import Count, Message, Phrase
    from tests.gui.test_service_text import english_words

    june = Phrase.of("route.days", first=date(2026, 6, 1), last=date(2026, 6, 5))
    reasons = (
        Message.of("left_out.no_coordinates"),
        Message.of("left_out.no_place"),
        Message.of("left_out.overdue_no_room", overdue=Count("day", 12), window=june),
        Message.of("left_out.no_room", window=date(2026, 6, 3)),
        Message.of("left_out.office_closed", window=june),
        Message.of("left_out.too_far", km=240, office="Batumi", reason=Message.of(
            "route.too_far_for_a_day", out=190, visit=45, back=190)),
        Message.of("left_out.too_far", km=3, office="Batumi", reason=Message.of("route.outside_working_hours")),
    )
    i18n.install(qapp, language, tmp_path / "qm")
    try:
        table = LeftOutTable()
        qtbot.addWidget(table)
        table.show_left_out(tuple(LeftOut(i, f"HW-2026-00000{i}", "Nino", date(2026, 6, 1), "no_room", reason)
                                  for i, reason in enumerate(reasons)))
        shown = [table.item(row, 3).text() for row in range(table.rowCount())]
    finally:
        i18n.reset()
    for reason, text in zip(reasons, shown, strict=True):
        assert text != reason.english() and not english_words(text, reason.english(), values=["Batumi"]), text
        if language == "ar":
            assert not re.search(r"[A-Za-z]", text.replace("Batumi", "")) and not ARABIC_INDIC.search(text), text
    if language == "fr":
        assert "en retard de 12 jours" in shown[2] and "du 01/06/2026 au 05/06/2026" in shown[2]
        assert shown[5].startswith("à 240 km de Batumi : trop loin")
    else:
        assert "12 يومًا" in shown[2] and "240" in shown[5]
