"""Export… on the pages: the list as shown leaves as a workbook or CSV, in the interface language, in the
background, read back here as a spreadsheet reads it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
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
