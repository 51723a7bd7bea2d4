"""The Countries page and its dialogs, driven offscreen through whole flows (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPointF, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.dialogs.advisory import AdvisoryDialog, EndAdvisoryDialog
from desktop.dialogs.assurance import AssuranceDialog, AssuranceStatusDialog
from desktop.pages.countries import CountriesPage
from desktop.pages.countries_timeline import GUTTER, tooltip
from planning import countries
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models import Assurance
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    VulnerabilityKind,
)
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, assurances, counsel, declare, open_family, passports

D = TypeVar("D", bound=QDialog)
pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, store: Store, settle: None) -> CountriesPage:
    widget = CountriesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget



def opened(qtbot: QtBot, page: CountriesPage, code: str = COUNTRY) -> CountriesPage:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_country(code)
    return page


def dialog_of(owner: object, kind: type[D]) -> D:
    dialog = getattr(owner, "dialog", None)
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def save(qtbot: QtBot, page: CountriesPage, dialog: AssuranceDialog | AssuranceStatusDialog | AdvisoryDialog
         | EndAdvisoryDialog) -> None:
    """Save, and wait until the dialog closed and the page shows the result."""
    with qtbot.waitSignal(page.loaded, timeout=5000), qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()


def assurance_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Assurance)) or 0


def references(page: CountriesPage) -> list[str]:
    return [a.reference for a in page.assurances.model.rows]


def test_add_a_country_from_the_iso_list(qtbot: QtBot, store: Store, page: CountriesPage,
                                         wait: Callable[..., None]) -> None:
    countries.save_profile(store, "GEO", countries.ProfileDraft(irregular_exit_punished=False))
    page.refresh()
    wait(lambda: page.list.codes() == ["GEO"])

    page.list.add_button.click()
    dialog = page.add_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.country.setEditText("Alban")  # not a full name: asks to choose from the list
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "choose a country" in dialog.errors.labels["country"].text()
    dialog.country.setEditText("Albania (ALB)")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.buttons.accepted.emit()

    assert page.code == "ALB" and page.header.title.text() == "Albania"
    wait(lambda: page.list.codes() == ["ALB", "GEO"])
    assert countries.profile(store, "ALB").irregular_exit_punished is False
    assert page.list.view.currentIndex().data() == "Albania"


def test_adding_a_listed_country_again_keeps_its_profile(qtbot: QtBot, store: Store, page: CountriesPage,
                                                         wait: Callable[..., None]) -> None:
    countries.save_profile(store, "GEO", countries.ProfileDraft(irregular_exit_punished=True, notes="Keep me"))
    page.refresh()
    wait(lambda: page.list.codes() == ["GEO"])
    page.add_country()
    assert page.add_dialog is not None
    page.add_dialog.choose("GEO")
    assert "already listed" in page.add_dialog.country.currentText()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.add_dialog.buttons.accepted.emit()
    assert countries.profile(store, "GEO").notes == "Keep me"


def test_edit_the_profile_then_undo_and_redo(qtbot: QtBot, store: Store, page: CountriesPage,
                                             wait: Callable[..., None]) -> None:
    countries.save_profile(store, COUNTRY, countries.ProfileDraft(irregular_exit_punished=False))
    opened(qtbot, page)
    editor = page.profile
    page.tabs.setCurrentWidget(editor)
    assert not editor.save_button.isEnabled() and not page.undo_stack.canUndo()

    editor.punished.setChecked(True)
    editor.profiles[VulnerabilityKind.VICTIM_OF_TRAFFICKING].setChecked(True)
    editor.notes.setPlainText("Returnees are questioned at the airport")
    assert editor.save_button.isEnabled() and editor.state.text() == "Unsaved changes"
    editor.save_button.click()
    wait(lambda: page.undo_stack.canUndo())

    saved = countries.profile(store, COUNTRY)
    assert saved.irregular_exit_punished and saved.active_monitoring_profiles == ["victim_of_trafficking"]
    assert saved.notes == "Returnees are questioned at the airport"
    wait(lambda: "Irregular exit punished" in page.header.facts.text())

    page.undo_stack.undo()
    wait(lambda: not countries.profile(store, COUNTRY).irregular_exit_punished)
    wait(lambda: not editor.punished.isChecked())
    undone = countries.profile(store, COUNTRY)
    assert undone.active_monitoring_profiles == [] and undone.notes is None
    assert editor.notes.toPlainText() == "" and not editor.dirty()

    page.undo_stack.redo()
    wait(lambda: countries.profile(store, COUNTRY).irregular_exit_punished)
    wait(lambda: editor.punished.isChecked() and not editor.dirty())
    assert countries.profile(store, COUNTRY).version == saved.version + 2


def test_a_profile_changed_by_someone_else_is_not_overwritten(
    qtbot: QtBot, store: Store, page: CountriesPage, wait: Callable[..., None]
) -> None:
    version = countries.save_profile(store, COUNTRY, countries.ProfileDraft(irregular_exit_punished=False))
    opened(qtbot, page)
    page.tabs.setCurrentWidget(page.profile)
    page.profile.notes.setPlainText("My note")
    countries.save_profile(store, COUNTRY, countries.ProfileDraft(irregular_exit_punished=True, notes="Theirs"),
                           expected_version=version)

    page.profile.save_button.click()
    wait(lambda: page.profile.conflict.isVisible())
    assert "Someone else changed the profile of Georgia" in page.profile.conflict.text.text()
    assert countries.profile(store, COUNTRY).notes == "Theirs"
    assert not page.undo_stack.canUndo()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.profile.conflict.reload_requested.emit()
    assert page.profile.notes.toPlainText() == "Theirs" and page.profile.punished.isChecked()
    assert not page.profile.conflict.isVisible()


def test_add_an_assurance_through_the_dialog(qtbot: QtBot, store: Store, page: CountriesPage) -> None:
    countries.save_profile(store, COUNTRY, countries.ProfileDraft(irregular_exit_punished=True))
    opened(qtbot, page)
    assert references(page) == []

    page.assurances.add_button.click()
    dialog = dialog_of(page.assurances, AssuranceDialog)
    assert not dialog.form.isRowVisible(dialog.level)  # only monitoring authorisations have a level
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssuranceKind.MONITORING_AUTHORISATION))
    assert dialog.form.isRowVisible(dialog.level)
    dialog.level.setCurrentIndex(dialog.level.findData(MonitoringLevel.ACTIVE))
    dialog.authority.setText("Ministry of Internal Affairs")
    dialog.reference.setText("GEO-MA-7")
    dialog.region.setText("Tbilisi")
    dialog.valid_from.set_value(TODAY - timedelta(days=30))
    dialog.valid_to.open_ended.setChecked(True)
    dialog.conditions.setPlainText("Visits announced a week ahead")
    save(qtbot, page, dialog)

    assert references(page) == ["GEO-MA-7"]
    (shown,) = page.assurances.model.rows
    assert shown.monitoring_level is MonitoringLevel.ACTIVE and shown.valid_to is None
    assert shown.region == "Tbilisi" and shown.conditions == "Visits announced a week ahead"
    assert page.selected_assurance() == shown  # the new assurance is selected
    assert page.tabs.tabText(0) == "Assurances (1)"
    image = page.assurances.timeline.grab()
    assert not image.isNull()
    (bar,) = page.assurances.timeline.bars()
    assert bar.assurance.id == shown.id and bar.lane == 2  # monitoring authorisation lane
    assert "GEO-MA-7" in tooltip(bar.assurance, TODAY)
    assert page.assurances.timeline.bar_at(QPointF(bar.rect.center())) == bar


def test_a_bad_period_is_shown_under_its_field_and_nothing_is_written(
    qtbot: QtBot, store: Store, page: CountriesPage, wait: Callable[..., None]
) -> None:
    countries.save_profile(store, COUNTRY, countries.ProfileDraft(irregular_exit_punished=False))
    opened(qtbot, page)
    page.assurances.add_button.click()
    dialog = dialog_of(page.assurances, AssuranceDialog)
    dialog.authority.setText("Ministry of Internal Affairs")
    dialog.reference.setText("GEO-RA-BAD")
    dialog.valid_from.set_value(TODAY)
    dialog.valid_to.date.set_value(TODAY - timedelta(days=1))
    dialog.buttons.accepted.emit()

    error = dialog.errors.labels["valid_to"]
    wait(error.isVisible)
    assert "is before valid from" in error.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert assurance_count(store) == 0

    dialog.authority.clear()
    dialog.valid_to.date.set_value(TODAY + timedelta(days=10))
    dialog.buttons.accepted.emit()
    wait(dialog.errors.labels["issuing_authority"].isVisible)
    assert not error.isVisible() and assurance_count(store) == 0


def test_an_individual_assurance_names_members_picked_by_case_reference(
    qtbot: QtBot, store: Store, page: CountriesPage, wait: Callable[..., None]
) -> None:
    family = open_family(store)
    opened(qtbot, page)
    page.assurances.add_button.click()
    dialog = dialog_of(page.assurances, AssuranceDialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData(AssuranceScope.INDIVIDUAL))
    assert dialog.form.isRowVisible(dialog.persons)
    dialog.authority.setText("Consulate of Georgia")
    dialog.reference.setText("GEO-IND-1")
    dialog.persons.reference.setText(family.reference)
    dialog.persons.find_button.click()
    wait(lambda: len(dialog.persons.boxes) == 3)
    dialog.persons.boxes[2][0].setChecked(False)
    save(qtbot, page, dialog)

    (shown,) = page.assurances.model.rows
    assert [p.name for p in shown.persons] == ["Giorgi Beridze", "Nino Beridze"]
    assert "2 named person(s)" in page.assurances.model.index(0, 2).data()


def test_attach_a_scan_then_open_and_save_it(
    qtbot: QtBot, store: Store, page: CountriesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    wait: Callable[..., None]
) -> None:
    ids = assurances(store)
    opened(qtbot, page)
    assert page.assurances.select(ids["readmission"])
    assert not page.assurances.open_button.isEnabled()
    letter = tmp_path / "readmission-letter.pdf"
    letter.write_bytes(b"%PDF-1.4 readmission assurance")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(letter), ""))

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.assurances.attach_button.click()

    assert countries.scan_of(store, ids["readmission"]) == ("readmission-letter.pdf", letter.read_bytes())
    selected = page.selected_assurance()
    assert selected is not None and selected.id == ids["readmission"]  # selection survives the reload
    assert selected.scan_filename == "readmission-letter.pdf"
    assert page.assurances.open_button.isEnabled() and page.assurances.attach_button.text() == "Replace s&can…"
    assert "readmission-letter.pdf" in page.assurances.details.text()

    opened_urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened_urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    page.assurances.open_button.click()
    wait(lambda: bool(opened_urls))
    copy = Path(opened_urls[0].toLocalFile())
    assert copy.name == "readmission-letter.pdf" and copy.read_bytes() == letter.read_bytes()

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.assurances.save_button.click()
    wait(target.exists)
    assert target.read_bytes() == letter.read_bytes()


def test_change_an_assurance_status_needs_a_reason(qtbot: QtBot, store: Store, page: CountriesPage,
                                                   wait: Callable[..., None]) -> None:
    ids = assurances(store)
    opened(qtbot, page)
    page.assurances.select(ids["no_punishment"])
    page.assurances.status_button.click()
    dialog = dialog_of(page.assurances, AssuranceStatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(AssuranceStatus.UNDER_REVIEW))
    assert not dialog.note.isHidden()  # under review is normally monitoring's call (S9)
    dialog.status.setCurrentIndex(dialog.status.findData(AssuranceStatus.REVOKED))
    assert dialog.note.isHidden()
    dialog.buttons.accepted.emit()
    wait(dialog.errors.labels["reason"].isVisible)

    dialog.reason.setPlainText("Withdrawn by the ministry's letter of 28 May")
    save(qtbot, page, dialog)
    revoked = next(a for a in page.assurances.model.rows if a.id == ids["no_punishment"])
    assert revoked.status is AssuranceStatus.REVOKED


def test_add_and_end_an_advisory(qtbot: QtBot, store: Store, page: CountriesPage, wait: Callable[..., None]) -> None:
    assurances(store)
    opened(qtbot, page)
    assert page.header.suspension.isHidden()
    page.tabs.setCurrentWidget(page.advisories)
    page.advisories.add_button.click()
    dialog = dialog_of(page.advisories, AdvisoryDialog)
    dialog.issued_by.setText("UNHCR")
    dialog.reference.setText("UNHCR/GEO/2026/1")
    dialog.summary.setPlainText("No returns to Abkhazia while the crossing points are closed")
    dialog.region.setText("Abkhazia")
    dialog.in_force_from.set_value(TODAY - timedelta(days=10))
    save(qtbot, page, dialog)

    (advisory,) = page.advisories.model.rows
    assert advisory.in_force_today and advisory.suspends_returns and advisory.region == "Abkhazia"
    assert not page.header.suspension.isHidden() and "Abkhazia" in page.header.suspension.text()
    assert page.tabs.tabText(1) == "Advisories (1 in force)"

    page.advisories.select(advisory.id)
    page.advisories.end_button.click()
    ending = dialog_of(page.advisories, EndAdvisoryDialog)
    ending.ended_on.set_value(TODAY - timedelta(days=20))  # before it started: refused under the field
    ending.buttons.accepted.emit()
    wait(ending.errors.labels["in_force_to"].isVisible)
    ending.ended_on.set_value(TODAY - timedelta(days=1))
    save(qtbot, page, ending)

    (ended,) = page.advisories.model.rows
    assert ended.in_force_to == TODAY - timedelta(days=1) and not ended.in_force_today
    assert page.header.suspension.isHidden() and page.tabs.tabText(1) == "Advisories"


def test_adding_the_missing_readmission_assurance_makes_a_waiting_family_ready(
    qtbot: QtBot, store: Store, page: CountriesPage
) -> None:
    ids = assurances(store)
    countries.set_assurance_status(store, ids["readmission"], 1, AssuranceStatus.EXPIRED, "Lapsed")
    family = open_family(store)
    counsel(store, family, TODAY - timedelta(days=30))
    declare(store, family.father, TODAY - timedelta(days=29))
    declare(store, family.mother, TODAY - timedelta(days=29))
    passports(store, family)
    assert verdict_for(store, family.reference).safeguards() == {Safeguard.S5}

    opened(qtbot, page)
    assert page.view is not None and page.view.open_cases == 1 and page.view.blocked_cases == 1
    assert "1 blocked today" in page.header.counts.text()

    page.assurances.add_button.click()
    dialog = dialog_of(page.assurances, AssuranceDialog)
    dialog.authority.setText("Ministry of Internal Affairs")
    dialog.reference.setText("GEO-RA-2026")
    dialog.valid_from.set_value(TODAY - timedelta(days=1))
    save(qtbot, page, dialog)

    assert verdict_for(store, family.reference).ready
    assert page.view is not None and page.view.blocked_cases == 0
    assert "none blocked" in page.header.counts.text()


def test_expiring_assurances_open_in_their_country(qtbot: QtBot, store: Store, page: CountriesPage) -> None:
    assurances(store, "GEO", valid_to=TODAY + timedelta(days=12))
    assurances(store, "ARM")
    with qtbot.waitSignal(page.expiring_loaded, timeout=5000):
        page.show_expiring()
    rows = page.expiring.model.rows
    assert len(rows) == 3 and {a.country_code for a in rows} == {"GEO"}
    assert "3 assurance(s) in force in 1 country(ies)" in page.expiring.summary.text()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.expiring.table.activated.emit(page.expiring.table.currentIndex())
    assert page.code == "GEO"
    selected = page.selected_assurance()
    assert selected is not None and selected.valid_to == TODAY + timedelta(days=12)


def test_show_under_review_filters_the_list_and_opens_the_first(
    qtbot: QtBot, store: Store, page: CountriesPage
) -> None:
    assurances(store, "ARM")
    ids = assurances(store, "GEO")
    countries.set_assurance_status(store, ids["readmission"], 1, AssuranceStatus.UNDER_REVIEW,
                                   "Monitor reported detention on arrival")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_under_review()
    assert page.list.codes() == ["GEO"] and page.code == "GEO"
    assert not page.header.review.isHidden() and "S9" in page.header.review.text()
    summary = page.list.summary("GEO")
    assert summary is not None and summary.under_review

    page.list.show_filter("All countries")
    page.list.search.setText("arm")
    assert page.list.codes() == ["ARM"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.list.view.setCurrentIndex(page.list.proxy.index(0, 0))
    assert page.code == "ARM" and page.header.review.isHidden()


def test_the_page_shows_changes_made_elsewhere(qtbot: QtBot, store: Store, page: CountriesPage,
                                               wait: Callable[..., None]) -> None:
    from desktop.changes import Changes
    from desktop.ops import hub

    assurances(store)
    opened(qtbot, page)
    countries.add_advisory(store, countries.AdvisoryDraft(
        country=COUNTRY, issued_by="UNHCR", summary="Suspension", in_force_from=TODAY,
        profile=VulnerabilityKind.VICTIM_OF_TRAFFICKING))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        hub().announce(Changes.of_countries())
    assert len(page.advisories.model.rows) == 1
    assert "victim of trafficking only" in page.header.suspension.text()
    wait(lambda: getattr(page.list.summary(COUNTRY), "returns_suspended", False))


def test_in_arabic_the_timeline_runs_right_to_left(qtbot: QtBot, store: Store, language: Callable[[str], None],
                                                  settle: None) -> None:
    """The country's name in the interface language; time from right to left, the lane names on the right."""
    assurances(store, punished=True)
    countries.add_assurance(store, countries.AssuranceDraft(
        country=COUNTRY, kind=AssuranceKind.READMISSION, issuing_authority="Ministry of Internal Affairs",
        reference="GEO-READ-2", scope=AssuranceScope.NATIONALS, valid_from=TODAY + timedelta(days=200),
        valid_to=TODAY + timedelta(days=300)))
    language("ar")
    widget = CountriesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    opened(qtbot, widget)
    assert widget.header.title.text() == "جورجيا"
    timeline = widget.assurances.timeline
    bars = {bar.assurance.reference: bar.rect for bar in timeline.layout_bars()}
    earlier, later = bars["GEO-READ-1"], bars["GEO-READ-2"]
    assert earlier.right() > later.right() > later.left() > earlier.left()  # starts and ends from the right
    assert earlier.right() < timeline.width() - GUTTER + 12  # the lane names' gutter is on the right
    assert not timeline.grab().isNull()
    assert "←" in tooltip(next(b.assurance for b in timeline.bars() if b.assurance.reference == "GEO-READ-2"),
                          TODAY)


def test_another_country_says_it_is_loading_not_that_none_is_recorded(qtbot: QtBot, store: Store,
                                                                       page: CountriesPage) -> None:
    assurances(store)  # Georgia has assurances; Armenia has none
    countries.create_country(store, "ARM")
    opened(qtbot, page)
    assert page.assurances.model.rows
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_country("ARM")
        assert page.header.loading.isVisible()
        assert page.assurances.timeline._empty_note(AssuranceKind.READMISSION) == "Loading…"
        assert not page.assurances.model.rows and page.advisories.empty.isHidden()
    assert page.assurances.timeline._empty_note(AssuranceKind.READMISSION) == "None recorded"
    assert not page.advisories.empty.isHidden()  # (on its tab) none recorded, now that it is known
