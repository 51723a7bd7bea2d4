"""The Reintegration page driven as a coordinator would: allocate, adjust, accept, hand over; import the demand
index; record needs from the case file."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.dialogs.needs import NeedsDialog
from desktop.dialogs.reintegration import AdjustDialog, RecordDeliveryDialog
from desktop.dialogs.reintegration_setup import BudgetDialog, CapacityDialog, PackageDialog, PartnerDialog
from desktop.labels import money
from desktop.pages.reintegration import BUDGETS, CAPACITY, CATALOGUE, DELIVERIES, ReintegrationPage
from desktop.pages.reintegration_plan import AllocationRun
from desktop.tasks import Cancelled
from planning import booking_service, case_file, movements
from planning.messages import Money
from planning.reintegration import allocations, budgets, demand
from planning.reintegration.allocation.instance import Option
from planning.reintegration.needs import assessment
from planning.storage.models.reintegration import AllocationStatus, PackageKind
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.sweep import ARABIC_INDIC
from tests.unit.monitoring.helpers import family_ready
from tests.unit.planning.test_movements import flight
from tests.unit.reintegration.catalogue import assess, set_up
from tests.unit.reintegration.test_from_database import arrived

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, store: Store, settle: None) -> Iterator[ReintegrationPage]:
    set_up(store)
    family = family_ready(store)
    assess(store, family)
    movement_id = movements.add_movement(store, flight("TK-7", on=TODAY + timedelta(days=40)))
    booking_service.book(store, family.case_id, movement_id)
    widget = ReintegrationPage(store)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    qtbot.waitUntil(lambda: widget.catalogue_model.rowCount() == 4, timeout=5000)
    yield widget
    widget.allocation.cancel()


def allocate(qtbot: QtBot, page: ReintegrationPage) -> None:
    with qtbot.waitSignal(page.allocation.allocated, timeout=30_000):
        page.allocation.allocate_button.click()
    qtbot.waitUntil(lambda: page.allocation.task is None, timeout=10_000)


def test_allocate_adjust_accept_and_hand_over(qtbot: QtBot, store: Store, page: ReintegrationPage) -> None:
    panel = page.allocation
    assert not panel.accept_button.isEnabled()
    allocate(qtbot, page)
    rows = panel.review_model.rows
    assert sorted(r.kind for r in rows) == ["education", "housing", "vocational_training"]
    assert "3 of 3</b> needs met" in panel.summary.text() and "points" not in panel.summary.text()
    assert "proven" in panel.figures.text() and not panel.figures.isVisible()  # the solver's figures: Details
    panel.details.click()
    assert panel.figures.isVisible()
    assert all(row.planned is not None for row in rows)
    assert page.allocation.load_model.rowCount() == 1  # one partner, one region

    run = panel.run
    assert run is not None
    housing = next(r for r in rows if r.kind == "housing")
    panel.review.selectRow(next(i for i in range(panel.proxy.rowCount())
                                if panel.review_model.rows[panel.proxy.mapToSource(
                                    panel.proxy.index(i, 0)).row()] is housing))
    panel.adjust_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AdjustDialog) and dialog.isVisible()
    assert dialog.choice.count() == 4  # leave unmet, or July, August, September
    assert housing.planned is not None
    # a month its lead time does not allow is refused by the validator: accepting is blocked
    panel.apply_adjustment(housing.need_id, Option(housing.need_id, housing.planned.option.package, 0))
    assert panel.banner.isVisible() and "lead time" in panel.banner.text()
    assert not panel.accept_button.isEnabled()
    dialog.select(Option(housing.need_id, housing.planned.option.package, 2))
    assert "August 2026" in dialog.choice.currentText()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not panel.banner.isVisible() and panel.accept_button.isEnabled()
    assert "Adjusted by hand" in panel.summary.text()

    with qtbot.waitSignal(panel.accepted, timeout=10_000) as accepted:
        panel.accept_button.click()
    assert accepted.args is not None and accepted.args[0].added == 3
    accepted_rows = allocations.list_allocations(store)
    assert {(r.kind, r.delivery_month.month) for r in accepted_rows if r.kind is PackageKind.HOUSING} == {
        (PackageKind.HOUSING, 8)}  # the month chosen by hand

    qtbot.waitUntil(lambda: page.delivery_model.rowCount() == 3, timeout=5000)
    page.tabs.setCurrentIndex(DELIVERIES)
    page.delivery_filter.setText("EDU-1")
    assert page.delivery_proxy.rowCount() == 1
    page.deliveries.selectRow(0)
    chosen = page.selected_delivery()
    assert chosen is not None and chosen.package.startswith("EDU-1")
    assert page.deliver_button.isEnabled()
    page.deliver_button.click()
    handover = page.dialog
    assert isinstance(handover, RecordDeliveryDialog)
    handover.notes.setPlainText("School kit handed to the mother")
    arrived(store, accepted_rows[0].case_id)  # a package is handed over after the household arrived
    with qtbot.waitSignal(page.loaded, timeout=5000):
        handover.save_button.click()
    statuses = sorted(r.status.value for r in allocations.list_allocations(store))
    assert statuses == [AllocationStatus.ACCEPTED.value, AllocationStatus.ACCEPTED.value,
                        AllocationStatus.DELIVERED.value]
    page.tabs.setCurrentIndex(BUDGETS)
    budget = page.budget_model.rows[0]
    assert budget.in_kind_delivered + budget.in_kind_committed == 1200 + 400 + 900


def test_a_bad_demand_sheet_is_refused_whole(qtbot: QtBot, store: Store, page: ReintegrationPage,
                                             tmp_path: Path) -> None:
    sheet = tmp_path / "demand.csv"
    sheet.write_text("country,region,skill,demand_index\nGEO,Batumi,ict,70\nGEO,Batumi,welding,high\n")
    page.import_file(sheet)
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert "row 3: demand_index: must be a number from 0 to 100" in page.banner.text()
    assert {d.region for d in demand.list_demand(store)} == {"Tbilisi"}


def test_needs_recorded_from_the_case_file(qtbot: QtBot, store: Store) -> None:
    family = family_ready(store)
    view = case_file.load(store, family.case_id)
    dialog = NeedsDialog(store, view)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    dialog.cells[family.father, PackageKind.BUSINESS_START_UP].set_value(1)
    dialog.cells[family.mother, PackageKind.VOCATIONAL_TRAINING].set_value(2)
    dialog.trades[family.mother].setText("Tailoring")
    dialog.cells[family.father, PackageKind.VOCATIONAL_TRAINING].set_value(None)
    dialog.trades[family.father].setText("ignored without a training need")
    dialog.skills[family.mother].setText("sewing, cooking")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    saved = assessment(store, family.case_id)
    assert [(n.person_id, n.kind, n.priority, n.skill) for n in saved.needs] == [
        (family.father, PackageKind.BUSINESS_START_UP, 1, None),
        (family.mother, PackageKind.VOCATIONAL_TRAINING, 2, "tailoring")]
    assert saved.needs[1].skills_held == ("cooking", "sewing")
    again = NeedsDialog(store, view)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=5000):
        again.show()
    assert again.cells[family.father, PackageKind.BUSINESS_START_UP].value() == 1
    assert again.trades[family.mother].text() == "tailoring"


def test_cancel_a_running_allocation(qtbot: QtBot, store: Store, page: ReintegrationPage) -> None:
    release = threading.Event()

    def slow(store: Store, *, progress: Callable[[int, int, float], None], should_stop: Callable[[], bool],
             **_options: object) -> AllocationRun:
        progress(1_200, 1_500, 0.5)
        while not should_stop():
            release.wait(0.01)
        raise Cancelled

    panel = page.allocation
    panel.allocator = slow
    panel.allocate_button.click()
    assert panel.task is not None and panel.cancel_button.isEnabled() and not panel.allocate_button.isEnabled()
    qtbot.waitUntil(lambda: "1,200" in panel.live.text(), timeout=5000)
    assert "bound 1,500" in panel.live.text() and "gap 25.00%" in panel.live.text()
    with qtbot.waitSignal(panel.cancelled, timeout=5000):
        panel.cancel_button.click()
    assert "cancelled" in panel.live.text() and panel.allocate_button.isEnabled()
    assert panel.run is None and allocations.list_allocations(store) == []


def test_edit_a_demand_index_in_place(qtbot: QtBot, store: Store, page: ReintegrationPage) -> None:
    model = page.demand_model
    row = next(i for i, d in enumerate(model.rows) if d.skill == "ict")
    index = model.index(row, 3)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable and not model.flags(model.index(row, 2)) & \
        Qt.ItemFlag.ItemIsEditable
    model.setData(index, "150")
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert "Tbilisi, ict: demand_index: must be a whole number from 0 to 100" in page.banner.text()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        model.setData(index, " 35 ")
    assert {(d.skill, d.demand_index) for d in demand.list_demand(store)} == {("ict", 35), ("tailoring", 20)}
    assert not page.banner.isVisible()


def test_set_up_a_partner_places_a_package_and_a_budget(qtbot: QtBot, store: Store,
                                                        page: ReintegrationPage) -> None:
    page.tabs.setCurrentIndex(CAPACITY)
    page.add_partner_button.click()
    partner = page.dialog
    assert isinstance(partner, PartnerDialog)
    partner.name.setText("Batumi Care")
    partner.country.set_code("GEO")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        partner.save_button.click()
    assert {p.name for p in page.partners} == {"Tbilisi Livelihoods", "Batumi Care"}

    page.places_button.click()
    places = page.dialog
    assert isinstance(places, CapacityDialog)
    places.partner.setCurrentIndex(places.partner.findText("Batumi Care (GEO)"))
    places.save_button.click()  # no region
    qtbot.waitUntil(lambda: places.errors.labels["region"].isVisible(), timeout=5000)
    places.region.setText("Adjara")
    places.places.setValue(4)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        places.save_button.click()
    adjara = next(r for r in page.capacity_model.rows if r.region == "Adjara")
    assert sorted(adjara.months.values()) == [4] * 12
    row = page.capacity_model.rows.index(adjara)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.capacity_model.setData(page.capacity_model.index(row, 3), "0")
    adjara = next(r for r in page.capacity_model.rows if r.region == "Adjara")
    assert list(adjara.months.values())[1] == 0

    page.tabs.setCurrentIndex(CATALOGUE)
    page.add_package_button.click()
    package = page.dialog
    assert isinstance(package, PackageDialog)
    package.code.setText("psy-bat")
    package.name.setText("Counselling in Batumi")
    package.kind.setCurrentIndex(package.kind.findData("psychosocial"))
    package.partner.setCurrentIndex(package.partner.findText("Batumi Care (GEO)"))
    package.in_kind.setText("abc")
    package.save_button.click()
    assert package.errors.labels["in_kind"].isVisible() and "euros" in package.errors.labels["in_kind"].text()
    package.in_kind.setText("€350")
    package.skill.setText("counselling")
    package.save_button.click()
    qtbot.waitUntil(lambda: package.errors.labels["skill"].isVisible(), timeout=5000)
    package.skill.clear()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        package.save_button.click()
    assert any(p.code == "PSY-BAT" and p.partner == "Batumi Care" for p in page.catalogue_model.rows)

    page.tabs.setCurrentIndex(BUDGETS)
    page.add_budget_button.click()
    budget = page.dialog
    assert isinstance(budget, BudgetDialog)
    budget.funding_line.setText("Municipal fund")
    budget.in_kind_total.setText("20,000")
    budget.cash_total.setText("1,000")
    budget.end.set_value(budget.start.value() - timedelta(days=1))
    budget.save_button.click()
    qtbot.waitUntil(lambda: budget.errors.labels["period_end"].isVisible() or budget.banner.isVisible(),
                    timeout=5000)
    budget.end.set_value(budget.start.value() + timedelta(days=364))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        budget.save_button.click()
    added = next(b for b in page.budget_model.rows if b.funding_line == "Municipal fund")
    assert added.country is None and added.in_kind_total == 20_000 and added.in_kind_per_adult == 2000


def test_the_voucher_of_a_chosen_package_prints_from_the_deliveries(qtbot: QtBot, store: Store,
                                                                    page: ReintegrationPage) -> None:
    from desktop.dialogs.print_preview import PrintPreviewDialog

    allocate(qtbot, page)
    with qtbot.waitSignal(page.allocation.accepted, timeout=10_000):
        page.allocation.accept_button.click()
    qtbot.waitUntil(lambda: page.delivery_model.rowCount() == 3, timeout=5000)
    page.tabs.setCurrentIndex(DELIVERIES)
    assert not page.voucher_button.isEnabled()
    page.deliveries.selectRow(0)
    assert page.voucher_button.isEnabled() and page.voucher_button.text() == "Print voucher…"
    preview = page.print_voucher()
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    assert preview.rendered is not None and preview.rendered.printed.reference.startswith("RV-")
    preview.close()


LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_unmet_need_and_a_refused_demand_row_read_in_french_and_arabic(qtbot: QtBot, store: Store,
                                                                         page: ReintegrationPage,
                                                                         qapp: QApplication, tmp_path: Path,
                                                                         language: str) -> None:
    """Why a need is unmet and what is wrong with a row of a demand sheet are keyed messages, shown in the
    interface language with amounts and numbers written as the locale writes them."""
    [line] = budgets.list_budgets(store)
    budgets.save_budget(store, budgets.BudgetDraft(
        line.funding_line, line.country, line.period_start, line.period_end, line.in_kind_total, line.cash_total,
        in_kind_per_adult=Decimal(500), in_kind_per_dependant=Decimal(500)), line.id, line.version)
    i18n.install(qapp, language, tmp_path / "qm")
    try:
        allocate(qtbot, page)
        unmet = [row for row in page.allocation.review_model.rows if row.planned is None]
        assert unmet and all(row.reason is not None and row.reason.key == "unmet.ceiling" for row in unmet)
        [housing] = [row for row in unmet if row.kind == "housing"]  # €1,200 does not fit a €1,500 ceiling
        note = housing.note()
        assert housing.reason is not None and dict(housing.reason.params)["cheapest"] == Money(1200)
        if language == "fr":
            assert note == (f"il reste {money(200)} en nature sous le plafond du ménage, la moins chère des "
                            f"prestations « logement » accessibles coûte {money(1200)}")
        else:
            assert money(1200) in note and "سقف الأسرة" in note, note
            assert not LATIN.search(note) and not ARABIC_INDIC.search(note), note

        sheet = tmp_path / "demand.csv"
        sheet.write_text("country,region,skill,demand_index\nGEO,Batumi,ict,70\nGEO,Batumi,ict,20\n")
        page.import_file(sheet)
        qtbot.waitUntil(page.banner.isVisible, timeout=5000)
        problem = page.banner.text().split(" ", 1)[1] if language == "fr" else page.banner.text()
        if language == "fr":
            assert page.banner.text() == "Rien n'a été importé. ligne 3 : répète la ligne 2 (Batumi, ict)"
        else:
            assert "السطر 3: يكرر السطر 2" in problem
            assert not LATIN.search(problem.replace("Batumi", "").replace("ict", "")), problem
    finally:
        i18n.reset()
