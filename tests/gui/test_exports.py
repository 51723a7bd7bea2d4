"""Export… on the pages: the list as shown leaves as a workbook or CSV, in the interface language, in the
background, read back here as a spreadsheet reads it."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from desktop.exports.running import ExportButton, ExportRun
from desktop.pages.cases import CasesPage
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.gui.conftest import TIMEOUT, Wait
from tests.scenarios import ready_family
from tests.unit.planning.test_case_list import open_single


def exported(qtbot: QtBot, button: ExportButton, path: Path) -> ExportRun:
    button.choose = lambda _parent, _name: path
    run = button.export()
    assert run is not None
    qtbot.waitUntil(lambda: run.result is not None, timeout=TIMEOUT)
    return run


def test_the_case_list_leaves_as_filtered_and_sorted(qtbot: QtBot, store: Store, tmp_path: Path, wait: Wait,
                                                      settle: None) -> None:
    family = ready_family(store)
    open_single(store, "Ali", "Kareem", vulnerable=True)
    open_single(store, "Arben", "Hoxha", "ALB")
    page = CasesPage(store)
    qtbot.addWidget(page)
    page.country.addItem("Iraq", "IRQ")
    page.country.setCurrentIndex(page.country.findData("IRQ"))
    wait(lambda: page.model.rowCount() == 1)

    run = exported(qtbot, page.export, tmp_path / "cases.xlsx")

    assert run.result is not None and run.result.total == 1
    sheet = openpyxl.load_workbook(tmp_path / "cases.xlsx")["Cases"]
    assert [c.value for c in sheet[1]] == ["Reference", "Head of household", "People", "Vulnerable members",
                                           "Country", "Region", "Status", "Readiness", "Decided on",
                                           "Days since decision"]
    row = [c.value for c in sheet[2]]
    assert row[1:8] == ["Ali Kareem", 1, "Yes", "Iraq", None, "Intake", "Not ready"]
    assert sheet.max_row == 2
    assert run.message is not None and "exported to cases.xlsx" in run.message.text()

    page.country.setCurrentIndex(0)
    wait(lambda: page.model.rowCount() == 3)
    exported(qtbot, page.export, tmp_path / "all.csv")
    rows = list(csv.reader((tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 4
    georgian = next(r for r in rows if r[0] == store_reference(store, family.case_id))
    assert georgian[2:] == ["3", "No", "Georgia", "Tbilisi", "Ready to travel", "Ready",
                            georgian[8], georgian[9]]
    assert date.fromisoformat(georgian[8]) <= store.today() and int(georgian[9]) >= 0


def store_reference(store: Store, case_id: int) -> str:
    from planning.storage.models import Case

    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.reference


@pytest.mark.parametrize(("code", "header", "status"), [("fr", "Référence", "Accueil"),
                                                        ("ar", "المرجع", None)])
def test_headers_and_words_in_the_interface_language(qtbot: QtBot, store: Store, tmp_path: Path, wait: Wait,
                                                     language: Callable[[str], None], settle: None, code: str,
                                                     header: str, status: str | None) -> None:
    open_single(store, "Arben", "Hoxha", "ALB")
    language(code)
    page = CasesPage(store)
    qtbot.addWidget(page)
    page.reload()
    wait(lambda: page.model.rowCount() == 1)

    exported(qtbot, page.export, tmp_path / "cases.xlsx")

    book = openpyxl.load_workbook(tmp_path / "cases.xlsx")
    sheet = book.active
    assert sheet is not None
    assert sheet["A1"].value == header
    assert bool(sheet.sheet_view.rightToLeft) is (code == "ar")
    if status is not None:
        assert sheet["G2"].value == status
    assert sheet["E2"].value == ("Albanie" if code == "fr" else "ألبانيا")


def test_a_read_only_user_sees_no_export(qtbot: QtBot, store: Store) -> None:
    reader = Store(store.engine, Actor("rita", Role.READ_ONLY), store.location, today=store.today)
    page = CasesPage(reader)
    qtbot.addWidget(page)
    assert page.export.isHidden()


def export_entries(store: Store, what: str) -> list[dict[str, object]]:
    from sqlalchemy import select

    from planning.exports.files import ACTION
    from planning.storage.models import AuditEntry

    with store.reading() as session:
        return [e.after for e in session.scalars(select(AuditEntry).where(AuditEntry.action == ACTION))
                if e.after and e.after["list"] == what]


def test_the_due_list_leaves_with_its_filters_dates_as_dates(qtbot: QtBot, store: Store, tmp_path: Path,
                                                              settle: None) -> None:
    from desktop.pages.monitoring import MonitoringPage
    from tests.conftest import TODAY
    from tests.unit.monitoring.helpers import arrived_family, as_of

    family, _ = arrived_family(store)
    later = as_of(store, TODAY + timedelta(days=10))
    page = MonitoringPage(later)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.region.setText("tbilisi")
    assert page.table.rowCount() == 1 and page.export.isVisible()

    run = exported(qtbot, page.export, tmp_path / "due.xlsx")

    assert run.result is not None and run.result.total == 1
    sheet = openpyxl.load_workbook(tmp_path / "due.xlsx")["Follow-ups due"]
    assert [c.value for c in sheet[1]] == ["Due", "Days overdue", "Case", "Returnee", "Country", "Region",
                                           "Follow-up", "Mode", "Monitor"]
    row = [c.value for c in sheet[2]]
    assert row[:6] == [datetime(TODAY.year, TODAY.month, TODAY.day), 10, family.reference, row[3], "Georgia",
                       "Tbilisi"]
    assert sheet["A2"].is_date and sheet["B2"].data_type == "n" and row[8] == "unassigned"
    assert export_entries(later, "due_follow_ups") == [{
        "list": "due_follow_ups", "format": "xlsx", "rows": 1, "sheets": {"follow_ups_due": 1},
        "files": [str(tmp_path / "due.xlsx")], "filters": {"within_days": 7, "region": "tbilisi"}}]
    page.resize(1200, 500)
    page.grab().save("/tmp/exports-monitoring.png")

    reader = MonitoringPage(Store(store.engine, Actor("rita", Role.READ_ONLY), store.location, today=store.today))
    qtbot.addWidget(reader)
    assert reader.export.isHidden()


def test_the_audit_log_leaves_for_the_officer_only(qtbot: QtBot, store: Store, tmp_path: Path,
                                                   settle: None) -> None:
    from desktop.dialogs.audit_viewer import AuditLogDialog
    from desktop.exports.audit_log import audit_sheet
    from planning import audit
    from planning.audit_log import AuditFilter
    from planning.errors import PermissionDenied
    from planning.exports.files import ExportedList, export_list

    with store.transaction() as session:
        audit.record(session, store.actor, "test.change", ("thing", 7), before={"name": "فاطمة"},
                     after={"name": "=cmd|' /C calc'!A0"})
    officer = store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER))
    dialog = AuditLogDialog(officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=TIMEOUT)
    dialog.action.setEditText("test.")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.loading, timeout=TIMEOUT)
    assert dialog.export.isVisible()

    run = exported(qtbot, dialog.export, tmp_path / "audit.csv")

    assert run.result is not None and run.result.total == 1
    rows = list(csv.reader((tmp_path / "audit.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Position", "Time (UTC)", "User", "Action", "Record", "Case", "Before", "After"]
    assert rows[1][2:6] == ["coordinator1", "test.change", "thing 7", ""]
    assert rows[1][6] == '{"name": "فاطمة"}'
    assert rows[1][7].startswith("{")  # JSON: nothing a spreadsheet runs
    datetime.strptime(rows[1][1], "%Y-%m-%d %H:%M:%S")
    assert export_entries(officer, "audit_log")[0]["filters"] == {"action": "test."}
    dialog.resize(1100, 680)
    dialog.grab().save("/tmp/exports-audit.png")

    coordinator = AuditLogDialog(store)
    qtbot.addWidget(coordinator)
    assert coordinator.export.isHidden()
    with pytest.raises(PermissionDenied):
        export_list(store, ExportedList.AUDIT_LOG, [audit_sheet(store, AuditFilter())], tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()


def test_a_movement_leaves_as_its_passengers_and_its_manifest(qtbot: QtBot, store: Store, tmp_path: Path,
                                                              settle: None) -> None:
    from sqlalchemy import update

    from desktop.exports.movements import manifest_sheet
    from desktop.pages.movements import MovementsPage
    from planning.errors import SafeguardError
    from planning.exports.files import ExportedList, export_list
    from planning.storage.models import Person, TravelDocument
    from tests.unit.documents.helpers import TRAVEL_DAY, booked_family, speaks

    booked = booked_family(store)
    speaks(store, booked.family.mother, "ar", "نينو", "=بيريدزه")
    with store.reading() as session:
        mother = session.get(Person, booked.family.mother)
        assert mother is not None
        born = mother.date_of_birth
    page = MovementsPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    assert not page.export_manifest.isEnabled()
    with qtbot.waitSignal(page.passengers_loaded, timeout=TIMEOUT):
        assert page.register.select(booked.movement_id)
    assert page.export_passengers.isEnabled() and page.export_manifest.isEnabled()
    page.grab().save("/tmp/exports-movements.png")

    exported(qtbot, page.export_passengers, tmp_path / "passengers.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "passengers.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value.startswith("TK-1: ") and sheet["A3"].value == "Case" and sheet.freeze_panes == "A4"
    row = [c.value for c in sheet[4]]
    assert row[0] == booked.family.reference and row[3:8] == [3, 0, 0, "Confirmed", "No"]
    assert "نينو =بيريدزه" in row[2]

    run = exported(qtbot, page.export_manifest, tmp_path / "manifest.xlsx")
    assert run.result is not None and run.result.total == 3
    sheet = openpyxl.load_workbook(tmp_path / "manifest.xlsx").active
    assert sheet is not None
    people = {r[1].value: r for r in sheet.iter_rows(min_row=4)}
    mother_row = people["نينو =بيريدزه"]
    assert mother_row[3].value == datetime(born.year, born.month, born.day) and mother_row[3].is_date
    assert mother_row[2].value and mother_row[6].value == "Passport" and mother_row[9].is_date
    assert export_entries(store, "manifest")[0]["filters"] == {"movement": "TK-1"}
    assert export_entries(store, "passengers")[0]["rows"] == 1

    monitor = MovementsPage(Store(store.engine, Actor("mona", Role.MONITOR), store.location, today=store.today))
    qtbot.addWidget(monitor)
    assert monitor.export_manifest.isHidden() and not monitor.export_passengers.isHidden()

    with store.transaction() as session:  # the manifest's gate holds for the spreadsheet too
        session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(booked.family.members))
                        .values(valid_until=TRAVEL_DAY - timedelta(days=1)))
    with pytest.raises(SafeguardError):
        export_list(store, ExportedList.MANIFEST, [manifest_sheet(store, booked.movement_id)],
                    tmp_path / "refused.xlsx")
    assert not (tmp_path / "refused.xlsx").exists()


def test_the_allocations_leave_as_the_deliveries_filter_shows_them(qtbot: QtBot, store: Store, tmp_path: Path,
                                                                   settle: None) -> None:
    from desktop.pages.reintegration import DELIVERIES, ReintegrationPage
    from planning import booking_service, movements
    from tests.conftest import TODAY
    from tests.gui.test_reintegration_page import allocate
    from tests.unit.monitoring.helpers import family_ready
    from tests.unit.planning.test_movements import flight
    from tests.unit.reintegration.catalogue import assess, set_up

    set_up(store)
    family = family_ready(store)
    assess(store, family)
    booking_service.book(store, family.case_id, movements.add_movement(store, flight("TK-7", on=TODAY + timedelta(
        days=40))))
    page = ReintegrationPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    qtbot.waitUntil(lambda: page.catalogue_model.rowCount() == 4, timeout=TIMEOUT)
    try:
        assert not page.allocation.export.isEnabled()
        allocate(qtbot, page)
        assert page.allocation.export.isEnabled()
        exported(qtbot, page.allocation.export, tmp_path / "proposed.csv")
        with qtbot.waitSignal(page.allocation.accepted, timeout=10_000):
            page.allocation.accept_button.click()
    finally:
        page.allocation.cancel()
    proposed = list(csv.reader((tmp_path / "proposed.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert proposed[0] == ["Case", "Person", "Need", "Package", "Delivery month", "Partner", "Region",
                           "In kind (€)", "Cash (€)", "Note"]
    assert sorted(r[2] for r in proposed[1:]) == ["Education", "Housing", "Vocational training"]
    education = next(r for r in proposed[1:] if r[2] == "Education")
    assert education[3].startswith("EDU-1") and re.fullmatch(r"\d{4}-\d{2}", education[4])
    assert education[7] == "400.00" and education[9] == "new"
    qtbot.waitUntil(lambda: page.delivery_model.rowCount() == 3, timeout=TIMEOUT)
    page.tabs.setCurrentIndex(DELIVERIES)
    page.delivery_filter.setText("EDU-1")
    assert page.delivery_proxy.rowCount() == 1 and page.export.isVisible()
    page.grab().save("/tmp/exports-reintegration.png")

    exported(qtbot, page.export, tmp_path / "allocations.xlsx")

    sheet = openpyxl.load_workbook(tmp_path / "allocations.xlsx")["Reintegration allocations"]
    assert sheet.max_row == 2
    row = [c.value for c in sheet[2]]
    assert row[1] == family.reference and row[3].startswith("EDU-1") and row[4] == "Education"
    assert sheet["A2"].is_date and row[0].day == 1 and sheet["A2"].number_format == "mmm-yy"
    assert sheet["H2"].data_type == "n" and sheet["H2"].number_format == "#,##0.00" and row[9] == "Accepted"
    assert row[10] is None
    first, second = export_entries(store, "allocations")
    assert first["filters"] == {"proposed": True, "adjusted": False} and second["filters"] == {"search": "EDU-1"}

    reader = ReintegrationPage(Store(store.engine, Actor("rita", Role.READ_ONLY), store.location,
                                     today=store.today))
    qtbot.addWidget(reader)
    assert reader.export.isHidden()


def test_a_plan_leaves_as_placed_and_not_placed_with_why(qtbot: QtBot, store: Store, tmp_path: Path,
                                                         settle: None) -> None:
    from desktop.pages.movements import MovementsPage
    from tests.gui.test_movements_page import planned, two_families

    georgian, armenian, _movement_id = two_families(store)
    page = MovementsPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    result = page.planner.result
    try:
        assert not result.export.isEnabled()
        planned(qtbot, page)
        assert result.export.isEnabled()
        page.grab().save("/tmp/exports-plan.png")

        run = exported(qtbot, result.export, tmp_path / "plan.xlsx")
    finally:
        page.planner.cancel_plan()

    assert run.result is not None and run.result.rows == (1, 1)
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert book.sheetnames == ["Placed", "Not placed"]
    placed, left = book["Placed"], book["Not placed"]
    assert placed["A1"].value.startswith("Departures ") and placed["A3"].value == "Movement"
    row = [c.value for c in placed[4]]
    assert row[0] == "TK-1" and placed["B4"].is_date and isinstance(row[1], datetime)
    assert row[2:8] == ["Georgia", georgian.reference, "Giorgi Beridze", 3, 0, row[7]] and row[7] >= 0
    assert row[8] == "New booking" and row[9] == "No"
    gone = [c.value for c in left[4]]
    assert gone[0] == armenian.reference and "no movement to Armenia" in gone[4]
    [entry] = export_entries(store, "plan")
    assert entry["sheets"] == {"placed": 1, "not_placed": 1} and entry["filters"]["edited"] is False


def test_visit_routes_leave_with_local_times_and_the_visits_left_off(qtbot: QtBot, store: Store, tmp_path: Path,
                                                                     settle: None) -> None:
    from monitoring.places import place_of
    from tests.gui.test_visit_routes import open_panel, plan, tbilisi

    households = tbilisi.__wrapped__(store)  # type: ignore[attr-defined]
    panel = open_panel(qtbot, store)
    assert not panel.export.isEnabled()
    plan(qtbot, panel)
    assert panel.export.isEnabled()
    panel.grab().save("/tmp/exports-routes.png")

    run = exported(qtbot, panel.export, tmp_path / "routes.xlsx")

    assert run.result is not None and run.result.rows == (2, 1)
    book = openpyxl.load_workbook(tmp_path / "routes.xlsx")
    routes, left = book["Visit routes"], book["Not on these routes"]
    assert routes["A1"].value == f"Tbilisi, {panel.result.problem.request.first_day} to " \
                                 f"{panel.result.problem.request.last_day}"  # type: ignore[union-attr]
    stop = [c.value for c in routes[4]]
    assert routes["A4"].is_date and routes["C4"].is_date and stop[2].hour >= 9 and stop[3] > stop[2]
    assert stop[4] in {place_of(store, households[n]).reference for n in ("vake", "gldani")}
    assert isinstance(stop[7], int) and stop[8] == 45
    isani = [c.value for c in left[4]]
    assert isani[0] == place_of(store, households["isani"]).reference and "no coordinates" in isani[3]
    assert export_entries(store, "visit_routes")[0]["filters"]["region"] == "Tbilisi"


def test_a_referral_check_report_leaves_row_by_row(qtbot: QtBot, store: Store, tmp_path: Path,
                                                   settle: None) -> None:
    from desktop.dialogs.referral_import import PREVIEW
    from tests.gui.test_referral_import_dialog import DATA, open_dialog

    data = (DATA / "good.csv").read_text(encoding="utf-8").replace("R-101,child,Luka", "=HYPERLINK(1),head,Luka")
    data = data.replace("ka, ru", "ka")
    path = tmp_path / "partner list.csv"
    path.write_text(data, encoding="utf-8")
    dialog = open_dialog(qtbot, store, path)
    assert dialog.export.isHidden()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.next_button.click()
    assert dialog.stack.currentIndex() == PREVIEW and dialog.export.isVisible()
    dialog.grab().save("/tmp/exports-referrals.png")

    run = exported(qtbot, dialog.export, tmp_path / "report.xlsx")

    assert run.result is not None and run.result.total == len(dialog.preview.report.rows)  # type: ignore[union-attr]
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["Import report"]
    header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "Line")
    assert sheet["A1"].value == "partner list.csv" and sheet.freeze_panes == f"A{header + 1}"
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=header + 1)}
    giorgi = rows[2]
    assert giorgi[2].value == "Giorgi Beridze" and giorgi[3].is_date and giorgi[3].value == datetime(1985, 3, 2)
    assert giorgi[4].value == "Georgia"
    luka = rows[4]
    assert luka[1].value != "=HYPERLINK(1)" and luka[7].value  # the importer refuses the formula, and says so
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    [entry] = export_entries(store, "import_report")
    assert entry["filters"] == {"file": "partner list.csv", "imported": False}

    reader = Store(store.engine, Actor("rita", Role.READ_ONLY), store.location, today=store.today)
    other = open_dialog(qtbot, reader, path)
    with qtbot.waitSignal(other.checked, timeout=10_000):
        other.next_button.click()
    assert other.export.isHidden()


def test_a_schedule_check_leaves_row_by_row(qtbot: QtBot, store: Store, tmp_path: Path, settle: None) -> None:
    from desktop.dialogs.movement_import import MovementImportDialog

    path = tmp_path / "schedule.csv"
    path.write_text("code,country,origin,destination,departure,arrival,seats\n"
                    "TK-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,12\n"
                    "TK-3,ARM,BRU,EVN,2026-07-03 08:00,2026-07-03 13:00,nine\n", encoding="utf-8")
    dialog = MovementImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.load_file(path)
    assert dialog.export.isEnabled()
    dialog.grab().save("/tmp/exports-schedule.png")

    exported(qtbot, dialog.export, tmp_path / "checked.csv")

    rows = list(csv.reader((tmp_path / "checked.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Line", "Code", "Country", "Route", "Departure (UTC)", "Seats", "Status"]
    assert rows[1] == ["2", "TK-1", "Georgia", "BRU → TBS", "2026-07-01 08:00:00", "12", "Ready to import"]
    assert rows[2][:2] == ["3", "TK-3"] and "whole number" in rows[2][6]
    assert export_entries(store, "import_report")[0]["filters"] == {"file": "schedule.csv"}
