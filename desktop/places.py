"""Names of places in the interface language: `country_name` for countries, `place_name` for every other place.

A country is named by CLDR (through Babel) in French and Arabic, and as stored (the ISO name the office
keeps) in English. A city, region, field office or movement stop reads as the office translated it
(`planning.place_names`, loaded by `load`), else as stored; 'Brussels (BRU)' is found as 'Brussels' too,
its code kept. Every page and dialog that shows a place's name goes through one of the two.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCollator, QLocale

from desktop.i18n import current_language, current_locale
from planning import cldr, place_names
from planning.storage.store import Store

#: Translated names of places: language → {name as stored → name in that language}.
_translations: dict[str, dict[str, str]] = {}
#: 'Brussels (BRU)': a name and the code after it.
_WITH_CODE = re.compile(r"^(?P<name>.+?)\s*(?P<code>\([^()]*\))$")


def load(store: Store) -> None:
    """Read the office's translations of place names (at start)."""
    install(place_names.translations(store))


def install(translations: dict[str, dict[str, str]]) -> None:
    """Name places by these translations from now on (language → {name as stored → name there})."""
    global _translations
    _translations = translations


def forget() -> None:
    """No translated place names (tests)."""
    global _translations
    _translations = {}


def place_name(name: str | None) -> str:
    """A city, region, field office or movement stop in the interface language, as the office translated it;
    as stored where it did not."""
    if not name:
        return name or ""
    table = _translations.get(current_language())
    if not table:
        return name
    stored = name.strip()
    found = table.get(stored)
    if found is not None:
        return found
    match = _WITH_CODE.match(stored)
    if match and match.group("name") in table:
        return f"{table[match.group('name')]} {match.group('code')}"
    return name


def country_name(code: str | None, stored: str | None = None) -> str:
    """A country (ISO alpha-3 code) in the interface language: CLDR's name in French and Arabic; in English
    the name stored for it, else its ISO common name; the code when nothing names it."""
    if not code:
        return stored or ""
    language = current_language()
    if language != "en":
        translated = cldr.country_name(language, code.upper())
        if translated:
            return translated
    return stored or english_country_name(code)


def every_country() -> list[tuple[str, str]]:
    """(name in the interface language, alpha-3 code) of every ISO 3166-1 country, in the language's order."""
    collator = QCollator(current_locale() or QLocale(QLocale.Language.English))
    found = [(country_name(str(c.alpha_3)), str(c.alpha_3)) for c in pycountry.countries]
    return sorted(found, key=lambda pair: collator.sortKey(pair[0]))


def english_country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_3=code.upper())
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


@cache
def cldr_language_name(language: str, code: str) -> str | None:
    """CLDR's name of the language `code` (ISO 639) in the interface language `language`, if it has one."""
    try:
        names = Locale.parse(language).languages
    except (UnknownLocaleError, ValueError):
        return None
    name = names.get(code)
    return str(name) if name else None
