"""Whole flows through the real main window: intake to *ready*, and back out again.

A coordinator opens a family's case, counsels, records decisions and passports, adds the
country's missing readmission assurance, sees the case turn ready; then a refusal (S2) and a
force-needed ending (S3) take it out again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import backups, fonts
from desktop.dialogs.assurance import AssuranceDialog
from desktop.dialogs.counselling import SessionDialog
from desktop.dialogs.fields import to_qdate
from desktop.dialogs.travel import DocumentDialog
from desktop.dialogs.voluntariness import ExpressionDialog, ForceNeededDialog
from desktop.main_window import CASE_FILE, CASES, COUNTRIES, HOME, MainWindow
from planning import audit_checkpoints, countries
from planning.readiness.reasons import Safeguard
from planning.storage import backup, migrate
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    CaseStatus,
    MonitoringLevel,
    ReferralSource,
    Relationship,
    Sex,
)
from tests.conftest import TODAY
from tests.scenarios import TOPICS, ready_family

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, store: Store, settings: None, settle: None) -> MainWindow:
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.resize(1400, 860)
    main.show()
    return main


def test_a_family_from_intake_to_ready_then_refusal_and_force(qtbot: QtBot, store: Store,
                                                                window: MainWindow) -> None:
    # The country gives monitoring permission, but its readmission assurance is still missing.
    countries.add_assurance(store, countries.AssuranceDraft(
        country="GEO", kind=AssuranceKind.MONITORING_AUTHORISATION, issuing_authority="MoIA",
        reference="GEO-MA-1", scope=AssuranceScope.NATIONALS, valid_from=TODAY - timedelta(days=90),
        valid_to=None, monitoring_level=MonitoringLevel.ACTIVE))

    # Intake: File > New case.
    window.new_case()
    dialog = window.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.source.setCurrentIndex(dialog.source.findData(ReferralSource.NGO))
    dialog.country.set_code("GEO")
    dialog.region.setText("Tbilisi")
    qtbot.keyClicks(dialog.given, "Giorgi")
    qtbot.keyClicks(dialog.family, "Beridze")
    dialog.dob.set_value(date(1985, 3, 2))
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.MALE))
    dialog.languages.setText("ka")
    dialog.add_member()  # nothing assumed: relationship, birth date and sex chosen
    dialog.relationship.setCurrentIndex(dialog.relationship.findData(Relationship.CHILD))
    dialog.guardian.setCurrentIndex(dialog.guardian.findData(0))
    qtbot.keyClicks(dialog.given, "Luka")
    dialog.dob.set_value(date(2016, 1, 20))
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.MALE))
    page = window.case_file
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.save.click()
    assert window.pages.currentIndex() == CASE_FILE
    assert page.view is not None and page.view.status is CaseStatus.INTAKE
    father, child = (m.id for m in page.view.members)

    # Counselling and the father's declaration (the child travels on his decision).
    page.tabs.setCurrentWidget(page.counselling)
    page.counselling.add_button.click()
    session = page.dialog
    assert isinstance(session, SessionDialog)
    session.held_on.setDate(to_qdate(TODAY))
    session.counsellor.setText("A. Counsellor")
    session.language.set_code("ka")
    session.topics.set_checked(TOPICS)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        session.save_button.click()
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.select_member(father)
    page.timeline.declare.click()
    declaration = page.dialog
    assert isinstance(declaration, ExpressionDialog)
    declaration.information.set_checked(TOPICS)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        declaration.save_button.click()

    # Passports for both.
    page.tabs.setCurrentWidget(page.members)
    for person in (father, child):
        page.members.select_member(person)
        page.members.records.add_document.click()
        document = page.dialog
        assert isinstance(document, DocumentDialog)
        document.number.setText(f"GE{person:07d}")
        document.issued_on.setDate(to_qdate(TODAY - timedelta(days=100)))
        document.valid_until.setDate(to_qdate(TODAY + timedelta(days=900)))
        with qtbot.waitSignal(page.loaded, timeout=5000):
            document.save_button.click()
    assert page.readiness.verdict is not None
    assert set(page.readiness.verdict.safeguards()) == {Safeguard.S5}
    assert all(text.startswith("S5 Readmission assurance") for text in page.readiness.reason_texts())

    # Countries: add the readmission assurance; the open case file turns ready by itself.
    window.go(COUNTRIES)
    with qtbot.waitSignal(window.countries.loaded, timeout=5000):
        window.countries.show_country("GEO")
    window.countries.assurances.add_button.click()
    assurance = window.countries.assurances.dialog
    assert isinstance(assurance, AssuranceDialog)
    assurance.authority.setText("Ministry of Internal Affairs")
    assurance.reference.setText("GEO-RA-2026")
    assurance.valid_from.set_value(TODAY - timedelta(days=1))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assurance.buttons.accepted.emit()
    window.go(CASE_FILE)
    assert page.readiness.ready
    assert "Ready to travel today" in page.readiness.state.text()

    # The Cases list and Home agree.
    window.go(CASES)
    with qtbot.waitSignal(window.cases.results_shown, timeout=5000):
        window.cases.show_filtered(ready=True)
    assert window.cases.model.rowCount() == 1
    assert window.cases.model.index(0, 4).data() == "Ready to travel"
    window.go(HOME)
    qtbot.waitUntil(lambda: window.home.ready.value.text() == "1", timeout=5000)

    # The child refuses: S2 takes the household out, back to counselling.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.open_case(page.view.id if page.view else 0)
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.select_member(child)
    page.timeline.refuse.click()
    refusal = page.dialog
    assert isinstance(refusal, ExpressionDialog)
    refusal.statement.setPlainText("I want to stay with my friends")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        refusal.save_button.click()
    assert not page.readiness.ready
    assert page.readiness.verdict is not None and Safeguard.S2 in page.readiness.verdict.safeguards()
    assert page.view is not None and page.view.status is CaseStatus.WITHDRAWN

    # Force would be needed: confirmed, the case closes for good.
    page.timeline.select_member(father)
    page.timeline.force.click()
    force = page.dialog
    assert isinstance(force, ForceNeededDialog)
    force.statement.setPlainText("Refused to leave the room at the airport")
    force.confirm.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        force.save_button.click()
    assert page.view is not None and page.view.status is CaseStatus.INVOLVEMENT_ENDED
    assert "Can never travel" in page.readiness.state.text()
    assert not page.timeline.declare.isEnabled()


def test_window_remembers_its_page_and_geometry(qtbot: QtBot, store: Store, window: MainWindow) -> None:
    window.go(COUNTRIES)
    window.cases.table.setColumnWidth(1, 321)
    window.close()
    geometry = QSettings().value("window/geometry")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.navigation.currentRow() == COUNTRIES
    assert again.cases.table.columnWidth(1) == 321


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_the_window_fits_a_small_laptop_screen(qtbot: QtBot, qapp: QApplication, store: Store, settings: None,
                                               language: Callable[[str], None], settle: None, wait: Callable[..., None],
                                               code: str) -> None:
    """In each interface language, with the bundled fonts the application uses."""
    fonts.install(qapp)
    language(code)
    family = ready_family(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    hint = main.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60, (code, hint)
    main.open_case(family.case_id)  # a case file with its members, records and readiness reasons
    wait(lambda: main.case_file.members.table.model().rowCount() > 0, timeout=10_000)
    hint = main.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60, (code, "case open", hint)


def test_closing_the_window_makes_an_automatic_backup_keeping_seven(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    for day in range(1, 9):
        (folder / f"homeward-auto-202605{day:02d}-080000.db").write_bytes(b"old")
    monkeypatch.setattr(backups, "automatic_folder", lambda: folder)
    migrate.stamp(store.engine)  # the fixture built the schema with create_all; record it as current
    ready_family(store)
    main = MainWindow(store, automatic_backup=True)
    qtbot.addWidget(main)
    main.close()
    kept = sorted(folder.glob("homeward-auto-*.db"))
    assert len(kept) == 7
    newest = kept[-1]
    assert newest.read_bytes() != b"old" and b"Beridze" not in newest.read_bytes()
    assert backup.inspect_backup(newest, backups.default_key(store)).kind == "embedded"
    # …with the audit chain's place in it signed beside it, and kept in the user data folder too.
    assert (folder / (newest.name + ".checkpoint")).exists()
    assert not list(folder.glob("homeward-auto-20260501-*.checkpoint"))
    kept_checkpoints = audit_checkpoints.local(audit_checkpoints.installation_of(store))
    assert kept_checkpoints and all(c.seq >= 1 for c in kept_checkpoints)
