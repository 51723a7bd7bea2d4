"""The interface language: Qt catalogues compiled from `resources/translations/*.ts`, the locale and
the layout direction.

Every user-visible string in `desktop/` goes through `tr()` (or is marked with `QT_TR_NOOP` where it
is defined before a translator can be installed, and passed through `tr()` where it is shown).
`lupdate` extracts both into the catalogues; `tests/i18n_catalogue.py` keeps them complete.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import resources

log = logging.getLogger(__name__)

TRANSLATIONS = Path(resources.__file__).resolve().parent / "translations"
SETTING = "interface/language"
#: Interface languages, each named in itself (as the language menu shows them).
LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}
#: The locale each language writes numbers and dates in. Arabic is Modern Standard Arabic as CLDR's world
#: region writes it (ar_001), with the digits 0–9: references, codes, flight, document and phone numbers keep
#: the digits they were issued with, so every number on an Arabic line uses the same digits as they do and
#: no line mixes two digit systems (the rule is checked by tests/gui/test_digits.py).
LOCALES = {"fr": "fr_FR", "ar": "ar_001"}

#: The locale numbers and dates follow, once `install` has run; None keeps ISO dates (tests, commands).
_locale: QLocale | None = None
#: The interface language installed ("en" before `install`).
_language = "en"
#: Where `install` last compiled the catalogues (None: the user's cache).
_catalogues: Path | None = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language; `%n` in `text` is replaced by `n` with the right plural."""
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str, disambiguation: str | None = None) -> str:
    """Marks `text` for translation where it is defined; translate it with `tr(text)` where it is shown
    (`tr(text, disambiguation)` when the same English needs two translations)."""
    return text


def system_language() -> str:
    """The system locale's language when Homeward speaks it, English otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def chosen_language() -> str:
    """The language saved in the settings, or the system's."""
    value = QSettings().value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def choose_language(language: str) -> None:
    """Save the interface language for the next start (`install` applies it now)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    QSettings().setValue(SETTING, language)


def lrelease() -> str | None:
    """Qt's catalogue compiler, shipped inside the PySide6 wheel."""
    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(language: str, target_dir: Path | None = None) -> Path | None:
    """The compiled catalogue of `language`, (re)built from its .ts source when missing or older; where only the
    compiled catalogue ships (the frozen application, homeward.spec), that one."""
    source = TRANSLATIONS / f"homeward_{language}.ts"
    if not source.exists() or getattr(sys, "frozen", False):  # the bundle ships the .ts for printed documents
        shipped = TRANSLATIONS / f"homeward_{language}.qm"
        return shipped if shipped.exists() else None
    folder = target_dir or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
                                or Path.home() / ".cache" / "homeward") / "translations"
    target = folder / f"homeward_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease: the %s catalogue cannot be compiled", language)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 or not target.exists():
        log.warning("lrelease failed on %s: %s", source.name, result.stderr.strip())
        return None
    return target


def install(app: QApplication, language: str, catalogue_dir: Path | None = None) -> list[QTranslator]:
    """Translate the interface into `language`, follow its locale and its writing direction; the catalogues
    compile into `catalogue_dir` (else where the last install put them, else the user's cache).

    Returns the translators installed (Homeward's own, then Qt's standard buttons and dialogs)."""
    global _locale, _language, _catalogues
    catalogue_dir = _catalogues = catalogue_dir or _catalogues
    for old in getattr(app, "_homeward_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    own = compiled(language, catalogue_dir)  # English: its plural forms only
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(str(own), "") if own else None, (f"qtbase_{language}", qt_dir) if language != "en" else None]
    for candidate in candidates:
        if candidate is None:
            continue
        translator = QTranslator(app)
        loaded = translator.load(candidate[0], candidate[1]) if candidate[1] else translator.load(candidate[0])
        if loaded:
            app.installTranslator(translator)
            translators.append(translator)
    app._homeward_translators = translators  # type: ignore[attr-defined]
    locale = QLocale(LOCALES.get(language) or english_locale())
    QLocale.setDefault(locale)
    _locale, _language = locale, language
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    return translators


def english_locale() -> str:
    """English as the system writes it (en_US, en_GB…); British English elsewhere."""
    system = QLocale.system()
    return system.name() if system.language() == QLocale.Language.English else "en_GB"


def right_to_left() -> bool:
    """Whether the interface reads right to left (Arabic)."""
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def current_language() -> str:
    """The interface language installed: 'en', 'fr' or 'ar' ('en' before `install`)."""
    return _language


def current_locale() -> QLocale | None:
    """The interface locale once `install` has run; None before (ISO formats)."""
    return _locale


def reset() -> None:
    """Back to untranslated English with ISO formats (tests)."""
    global _locale, _language
    app = QApplication.instance()
    if app is not None:
        for old in getattr(app, "_homeward_translators", []):
            app.removeTranslator(old)
        app._homeward_translators = []  # type: ignore[attr-defined]
        assert isinstance(app, QApplication)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.c())
    _locale, _language = None, "en"
