"""Keyed messages (`planning.messages`) in a document's language, without Qt: the catalogues' translations.

The interface translates a key's English template through Qt (`desktop/words.py`); a document printed
below desktop/ reads the same translations from the catalogues themselves (resources/translations/
homeward_{language}.ts, shipped in the bundle for this), looked up by the template's English and, where two
keys share it, by the key. Counted nouns take the catalogue's plural form for the number (Qt's numerus rules
for French and Arabic); dates and months are written as the documents write them (`texts.format_date`),
countries named by CLDR (`texts.country_name`), vocabulary words by their translated label; names,
references and places as they are. A language without a catalogue, or a text the catalogue lacks, prints in
English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path

import resources
from planning import labels, messages
from planning.documents import fonts
from planning.documents.texts import ENGLISH, country_name, format_date, is_rtl_language, month_name
from planning.messages import Count, Country, Message, Money, Month, Params, Phrase, Place, Value

CATALOGUES = Path(resources.__file__).parent / "translations"
#: A message's source and its disambiguation (the .ts `<comment>`, '' when none).
Source = tuple[str, str]


def _arabic(n: int) -> int:
    """Qt's six Arabic forms: none, one, two, a few (3-10), many (11-99), other."""
    if n in (0, 1, 2):
        return n
    rest = n % 100
    return 3 if 3 <= rest <= 10 else 4 if 11 <= rest <= 99 else 5


#: Which of a catalogue's plural forms a number takes, by language (Qt's numerus rules).
NUMERUS: dict[str, Callable[[int], int]] = {
    "fr": lambda n: 0 if n < 2 else 1,
    "ar": _arabic,
}


@cache
def catalogue(language: str) -> dict[Source, str | tuple[str, ...]]:
    """The finished translations of a language's catalogue (plural ones as their forms); empty without one."""
    path = CATALOGUES / f"homeward_{language}.ts"
    if language == ENGLISH or not path.is_file():
        return {}
    found: dict[Source, str | tuple[str, ...]] = {}
    for entry in ElementTree.parse(path).getroot().iter("message"):
        source, translation = entry.findtext("source"), entry.find("translation")
        if source is None or translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        text = forms if entry.get("numerus") == "yes" else translation.text or ""
        if text:
            found[(source, entry.findtext("comment") or "")] = text
    return found


def translate(source: str, language: str, disambiguation: str | None = None) -> str | None:
    """The catalogue's translation of `source` (the one told apart by `disambiguation` first, as Qt does)."""
    table = catalogue(language)
    found = table.get((source, disambiguation or "")) or table.get((source, ""))
    return found if isinstance(found, str) else None


def plural(source: str, n: int, language: str) -> str | None:
    """A counted text (`%n` where the number goes) in the plural form `n` takes in `language`."""
    forms = catalogue(language).get((source, ""))
    rule = NUMERUS.get(language)
    if not isinstance(forms, tuple) or rule is None:
        return None
    form = forms[min(rule(n), len(forms) - 1)]
    return form.replace("%Ln", str(n)).replace("%n", str(n))


def vocabulary(word: StrEnum, language: str) -> str:
    """A vocabulary word by its label, as a field or a column shows it ('In force', 'En vigueur')."""
    return translate(labels.label(word), language, labels.context(type(word))) or labels.label(word)


def message(line: Message, language: str) -> str:
    """A keyed line (a reason, an explanation) in `language`; in English where the catalogue lacks it."""
    template = messages.TEMPLATES.get(line.key)
    if template is None:
        return line.english()
    return _text(template, messages.disambiguation(line.key, messages.TEMPLATES), line.params, language,
                 line.english())


def _text(template: str, disambiguation: str | None, params: Params, language: str, fallback: str) -> str:
    translated = translate(template, language, disambiguation) if language != ENGLISH else None
    for each in (translated, template):
        if each is None:
            continue
        try:
            return each.format_map({name: value(v, language) for name, v in params})
        except (KeyError, IndexError, ValueError):
            continue  # a translation that lost a placeholder: the English one
    return fallback


def value(item: Value, language: str) -> str:
    """One value as a document in `language` writes it."""
    rtl = is_rtl_language(language)
    if isinstance(item, Message):
        return message(item, language)
    if isinstance(item, Phrase):
        template = messages.PHRASES.get(item.key)
        return "" if template is None else _text(template, messages.disambiguation(item.key), item.params,
                                                 language, messages.english(item))
    if isinstance(item, Count):
        source = messages.PLURALS[item.key][1].replace("{n}", "%n")
        return plural(source, item.n, language) or messages.english(item)
    if isinstance(item, Country):
        return country_name(item.code, language, item.name)
    if isinstance(item, Month):
        return f"{month_name(item.first.month, language)} {item.first.year}"
    if isinstance(item, datetime):
        return f"{format_date(item.date(), language)} {item:%H:%M}"
    if isinstance(item, date):
        return format_date(item, language)
    if isinstance(item, time):
        return f"{item:%H:%M}"
    if isinstance(item, StrEnum):
        return labels.lower_first(vocabulary(item, language))
    if isinstance(item, tuple):
        return ("، " if rtl else ", ").join(value(v, language) for v in item)
    if isinstance(item, Place):
        return fonts.ltr(item.name) if rtl else item.name
    if isinstance(item, Money | bool) or item is None:
        return messages.english(item)
    if isinstance(item, int | float | Decimal):
        return messages.english(item)
    if isinstance(item, str):
        return fonts.ltr(item) if rtl else item
    return messages.english(item)
