"""The interface in English, French and Arabic: complete catalogues, no string that skips tr(), the
Arabic window mirrored right to left, dates and amounts in the chosen locale."""

from __future__ import annotations

import importlib
import inspect
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.labels import day, default_label, label, money, month, number, when
from desktop.main_window import MainWindow
from desktop.ops import writer_pool
from desktop.vocabulary_labels import DEFAULT_LABELS, ENUM_MODULES
from planning.storage.store import Store
from planning.vocabulary import AssuranceStatus, CaseStatus
from tests import i18n_catalogue
from tests.i18n_catalogue import ALL, extract, problems, untranslated

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[object]:
    """Install a language for one test (catalogues compiled into tmp_path), back to plain English after."""

    def install(code: str) -> None:
        i18n.install(qapp, code, tmp_path / "qm")

    yield install
    i18n.reset()


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


def test_every_vocabulary_value_has_a_label_to_translate() -> None:
    marked = set(DEFAULT_LABELS)
    missing = []
    for name in ENUM_MODULES:
        for _, kind in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            if issubclass(kind, StrEnum) and kind is not StrEnum and kind.__module__ == name and kind.__name__ != "Sex":
                missing += [f"{kind.__name__}.{v.name}" for v in kind if default_label(v) not in marked]
    assert not missing


def test_french_words_dates_and_amounts(language: object) -> None:
    language("fr")  # type: ignore[operator]
    assert label(AssuranceStatus.UNDER_REVIEW) == "En réexamen"
    assert label(CaseStatus.READY) == "Prêt"
    assert day(date(2026, 6, 1)) == "01/06/2026"
    assert when(datetime(2026, 6, 1, 7, 5)) == "01/06/2026 07:05"
    assert money(Decimal(1250)).replace("\u202f", " ").replace("\xa0", " ") == "1 250 €"
    assert number(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345"
    assert month(date(2026, 6, 1)).lower().startswith("juin")


def test_english_has_its_plurals(language: object) -> None:
    language("en")  # type: ignore[operator]
    assert i18n.tr("%n household(s)", None, 1) == "1 household"
    assert i18n.tr("%n household(s)", None, 1234) == "1,234 households"
    assert i18n.tr("%n person(s)", None, 2) == "2 people"


def test_arabic_plurals_take_the_form_of_the_count(language: object) -> None:
    language("ar")  # type: ignore[operator]
    forms = {n: i18n.tr("%n household(s)", None, n) for n in (0, 1, 2, 5, 11, 100)}
    assert len(set(forms.values())) >= 4, forms
    assert "١١" in forms[11]  # the locale's digits


def test_untranslated_english_keeps_iso_dates() -> None:
    i18n.reset()
    assert day(date(2026, 6, 1)) == "2026-06-01"
    assert money(Decimal("1250.50")) == "€1,250.50"
    assert label(AssuranceStatus.IN_FORCE) == "In force"


def test_arabic_window_mirrors_right_to_left(qtbot: QtBot, store: Store, settings: None, language: object,
                                            tmp_path: Path) -> None:
    language("ar")  # type: ignore[operator]
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
        writer_pool().waitForDone(5000)
        QThreadPool.globalInstance().waitForDone(5000)


def test_french_window_and_the_language_setting(qtbot: QtBot, store: Store, settings: None,
                                               language: object, monkeypatch: pytest.MonkeyPatch) -> None:
    language("fr")  # type: ignore[operator]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        assert window.navigation.item(1).text() == "Dossiers"
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.language_actions[i18n.chosen_language()].isChecked()
        window.language_actions["ar"].trigger()
        assert i18n.chosen_language() == "ar"
        assert told == ["Homeward utilisera la langue العربية à partir du prochain démarrage."]
        QSettings().setValue(i18n.SETTING, "xx")
        assert i18n.chosen_language() == i18n.system_language()
    finally:
        window.close()
        writer_pool().waitForDone(5000)
        QThreadPool.globalInstance().waitForDone(5000)


def test_a_language_without_its_catalogue_falls_back_to_english(qapp: QApplication, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "nowhere")
    try:
        i18n.install(qapp, "fr", tmp_path / "qm")
        assert label(CaseStatus.READY) == "Ready"
    finally:
        i18n.reset()
