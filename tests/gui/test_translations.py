"""The interface in English, French and Arabic: complete catalogues, no string that skips tr(), the
Arabic window mirrored right to left, dates and amounts in the chosen locale."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import i18n, service_messages
from desktop.labels import day, in_sentence, label, money, month, number, when
from desktop.main_window import CASE_FILE, MainWindow
from planning import labels
from planning.storage.store import Store
from planning.vocabulary import AssuranceStatus, BookingStatus, CaseStatus, MovementStatus, ReferralSource
from tests import i18n_catalogue
from tests.i18n_catalogue import ALL, extract, problems, untranslated
from tests.scenarios import open_family

pytestmark = pytest.mark.gui


def test_every_interface_string_has_a_french_and_an_arabic_translation(tmp_path: Path) -> None:
    """lupdate over today's sources into copies of the catalogues: a new or changed string shows up
    unfinished and fails here until it is translated."""
    found = []
    for code in ALL:
        copy = tmp_path / f"homeward_{code}.ts"
        shutil.copy(i18n_catalogue.catalogue(code), copy)
        extract(copy, code)
        found += problems(code, copy)
    assert not found, "\n".join(found[:60]) + f"\n({len(found)} in all)"


def test_no_user_visible_literal_skips_translation() -> None:
    found = [line for path in i18n_catalogue.interface_sources() for line in untranslated(path)]
    assert not found, "\n".join(found)


def test_the_checks_catch_an_untranslated_string(tmp_path: Path) -> None:
    """The two checks above can fail: a bare label, and a tr() string missing from a catalogue."""
    source = tmp_path / "page.py"
    source.write_text('from PySide6.QtWidgets import QLabel\nfrom desktop.i18n import tr\n'
                      'a = QLabel("Departures this week")\nb = QLabel(tr("A string nobody translated"))\n'
                      'c = QLabel(tr("Ready"))\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in untranslated(source)] == ["'Departures this week'"]
    copy = tmp_path / "homeward_fr.ts"
    shutil.copy(i18n_catalogue.catalogue("fr"), copy)
    extract(copy, "fr", [source])
    assert problems("fr", copy) == ["fr: untranslated 'A string nobody translated'"]


def test_placeholders_must_survive_translation() -> None:
    assert i18n_catalogue.placeholders("Case {reference}: %n member(s)") == ["%n", "{reference}"]
    assert i18n_catalogue.placeholders("{amount:,.0f} left") == ["{amount:,.0f}"]


def test_every_vocabulary_label_is_marked_for_translation_with_its_enum() -> None:
    marked = set(service_messages.VOCABULARY)
    assert all(text in marked for _, text in labels.entries())
    found = {(m.source, m.comment) for m in i18n_catalogue.messages(i18n_catalogue.catalogue("fr"))}
    assert all((text, labels.context(type(value))) in found for value, text in labels.entries())


def test_french_words_dates_and_amounts(language: Callable[[str], None]) -> None:
    language("fr")
    assert label(AssuranceStatus.UNDER_REVIEW) == "En réexamen"
    assert label(CaseStatus.READY) == "Prêt au départ"
    assert label(BookingStatus.CANCELLED) == "Annulée" and label(MovementStatus.CANCELLED) == "Annulé"
    assert in_sentence(ReferralSource.UNHCR) == "HCR"
    assert day(date(2026, 6, 1)) == "01/06/2026"
    assert when(datetime(2026, 6, 1, 7, 5)) == "01/06/2026 07:05"
    assert money(Decimal(1250)).replace("\u202f", " ").replace("\xa0", " ") == "1 250 €"
    assert number(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345"
    assert month(date(2026, 6, 1)).lower().startswith("juin")


def test_english_has_its_plurals(language: Callable[[str], None]) -> None:
    language("en")
    assert i18n.tr("%n household(s)", None, 1) == "1 household"
    assert i18n.tr("%n household(s)", None, 1234) == "1,234 households"
    assert i18n.tr("%n person(s)", None, 2) == "2 people"


def test_arabic_plurals_take_the_form_of_the_count(language: Callable[[str], None]) -> None:
    language("ar")
    forms = {n: i18n.tr("%n household(s)", None, n) for n in (0, 1, 2, 5, 11, 100)}
    assert len(set(forms.values())) >= 4, forms
    assert "11" in forms[11]  # the digits of references and codes (i18n.LOCALES)


def test_untranslated_english_keeps_iso_dates() -> None:
    i18n.reset()
    assert day(date(2026, 6, 1)) == "2026-06-01"
    assert money(Decimal("1250.50")) == "€1,250.50"
    assert label(AssuranceStatus.IN_FORCE) == "In force"


def test_arabic_window_mirrors_right_to_left(qtbot: QtBot, store: Store, settings: None,
                                            language: Callable[[str], None], settle: None, tmp_path: Path) -> None:
    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert pages[:4] == ["الرئيسية", "الملفات", "ملف الحالة", "البلدان"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&ملف" in menus and "الإ&عدادات" in menus
        # The navigation list sits on the right of an Arabic window.
        assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > window.width() // 2
        window.grab().save(str(tmp_path / "arabic.png"))
    finally:
        window.close()


def test_the_language_applies_at_once_in_one_session(qtbot: QtBot, store: Store, settings: None,
                                                    language: Callable[[str], None], settle: None,
                                                    wait: Callable[..., None]) -> None:
    """English → French → Arabic from Settings › Interface language, without a restart: the pages' and menus'
    titles, a page's labels and the layout direction follow, on the same page with the same case open."""
    family = open_family(store)
    language("en")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.open_case(family.case_id)
    wait(lambda: window.case_file.view is not None)
    assert window.navigation.item(1).text() == "Cases" and window.windowTitle() == "Homeward"
    assert "&File" in [a.text() for a in window.menuBar().actions()]

    window.language_actions["fr"].trigger()
    wait(lambda: window.navigation.item(1).text() == "Dossiers")
    assert i18n.chosen_language() == "fr" and i18n.current_language() == "fr"
    assert "&Fichier" in [a.text() for a in window.menuBar().actions()]
    assert window.language_actions["fr"].isChecked()
    assert window.navigation.currentRow() == CASE_FILE and window.case_file.case_id == family.case_id
    wait(lambda: window.case_file.view is not None)
    assert "Retour vers" in window.case_file.header.meta.text() and "Géorgie" in window.case_file.header.meta.text()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    window.language_actions["ar"].trigger()
    wait(lambda: window.navigation.item(1).text() == "الملفات")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "&ملف" in [a.text() for a in window.menuBar().actions()]
    assert window.navigation.currentRow() == CASE_FILE and window.case_file.case_id == family.case_id
    wait(lambda: window.case_file.view is not None)
    assert "جورجيا" in window.case_file.header.meta.text()
    assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > window.width() // 2
    QSettings().setValue(i18n.SETTING, "xx")
    assert i18n.chosen_language() == i18n.system_language()


def test_a_language_without_its_catalogue_falls_back_to_english(qapp: QApplication, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "nowhere")
    try:
        i18n.install(qapp, "fr", tmp_path / "qm")
        assert label(CaseStatus.READY) == "Ready to travel"
    finally:
        i18n.reset()
