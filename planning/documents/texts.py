"""The printed wording of documents in each language (resources/documents/texts.json) and dates per language;
and, beside it, the English templates of the errors printing and checking documents raise (`ERRORS`).

A text missing in a language comes back in English, marked "[English]", so a gap in a translation
shows on the page instead of silently changing the language.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency

import resources
from planning import cldr, messages
from planning.documents import fonts

TEXTS_FILE = Path(resources.__file__).parent / "documents" / "texts.json"
ENGLISH = "en"
FALLBACK_MARK = "[English] "


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TEXTS_FILE.read_text(encoding="utf-8"))
    return data


def _languages() -> tuple[str, ...]:
    return tuple(_data()["languages"])


LANGUAGES = _languages()


def _office_languages() -> tuple[str, ...]:
    """The languages every office label is written in: an office prints its own documents in one of them."""
    labels = _data()["labels"].values()
    return tuple(language for language in LANGUAGES if all(language in entry for entry in labels))


#: The languages an office can print in: its tables, headings and reports (returnees' texts: `LANGUAGES`).
OFFICE_LANGUAGES = _office_languages()


@dataclass(frozen=True)
class Text:
    text: str
    language: str
    #: True when the language asked for had no translation and English was used.
    fallback: bool = False

    def __str__(self) -> str:
        return f"{FALLBACK_MARK}{self.text}" if self.fallback else self.text


def printed_as(language: str) -> str | None:
    """The language whose texts print `language`: itself, the one it is printed in (Dari: Farsi), or None."""
    if language in _data()["languages"]:
        return language
    alias = _data()["aliases"].get(language)
    return str(alias) if alias else None


def language_name(language: str) -> str:
    """A language's name in itself where it has texts ('Français'), else in English ('Dari'), else its code."""
    if printed_as(language) == language:
        return str(_data()["languages"][language]["name"])
    found = (pycountry.languages.get(alpha_2=language) if len(language) == 2
             else pycountry.languages.get(alpha_3=language))
    return str(found.name) if found is not None else language


def language_name_in(language: str, office: str) -> str:
    """A language's name as `office` (the office's language) writes it: 'géorgien', 'الجورجية'; in English, or where
    the office's language has no name for it, `language_name`."""
    if office == ENGLISH:
        return language_name(language)
    try:
        found = Locale.parse(office).languages.get(language)
    except (UnknownLocaleError, ValueError):
        found = None
    return str(found) if found else language_name(language)


def is_rtl_language(language: str) -> bool:
    entry = _data()["languages"].get(printed_as(language) or "")
    return bool(entry and entry["direction"] == "R")


def lookup(key: str, language: str, **values: object) -> Text:
    """The text `key` in `language` (English, marked, when missing) with its placeholders filled; a country
    (`messages.Country`) is named in the language the text is printed in."""
    data = _data()
    entries: dict[str, str] = data["texts"][key] if key in data["texts"] else data["labels"][key]
    language = printed_as(language) or language
    written_in = language if language in entries else ENGLISH
    values = {k: country_name(v.code, written_in, v.name) if isinstance(v, messages.Country) else v
              for k, v in values.items()}
    if language in entries:
        if is_rtl_language(language):
            # Numbers, codes and Latin names keep their own order inside a right-to-left sentence.
            values = {k: fonts.ltr(str(v)) for k, v in values.items()}
        return Text(_fill(entries[language], values), language)
    return Text(_fill(entries[ENGLISH], values), ENGLISH, fallback=language != ENGLISH)


def _fill(template: str, values: dict[str, object]) -> str:
    """`template.format(**values)`, without doubling a full stop: a value that ends a sentence with its own
    ('1 июня 2026 г.', 'Ltd.') takes the place of the template's."""
    template = _FULL_STOP_AFTER.sub(lambda m: m[1] if str(values.get(m[1][1:-1], "")).endswith(".") else m[0],
                                    template)
    return template.format(**values)


_FULL_STOP_AFTER = re.compile(r"(\{\w+\})\.")


def format_money(amount: Decimal, language: str, currency: str = "EUR") -> str:
    """'€1,200.00', '1 200,00 €', '1,200.00 €' as CLDR writes an amount in `language` (Latin digits; spaces the
    fonts hold; no direction marks: a right-to-left text isolates the amount itself)."""
    try:
        text = format_currency(amount, currency, locale=printed_as(language) or language, numbering_system="latn")
    except (UnknownLocaleError, ValueError):
        text = format_currency(amount, currency, locale=ENGLISH)
    return text.replace("\u202f", "\xa0").replace("\u200e", "").replace("\u200f", "")


def say(key: str, language: str, **values: object) -> str:
    """`lookup` as the string to print."""
    return str(lookup(key, language, **values))


def sayer(language: str) -> Callable[..., str]:
    """`say` bound to one language: `say_ = sayer("fr"); say_("tl_title")`."""
    return functools.partial(say, language=language)


def has_key(key: str) -> bool:
    return key in _data()["texts"] or key in _data()["labels"]


def month_name(month: int, language: str) -> str:
    """A month's name (1-12) as the documents write it in `language`; English for a language with no month names."""
    months = _data()["months"]
    return str(months.get(printed_as(language) or language, months[ENGLISH])[month - 1])


def country_name(code: str | None, language: str, stored: str | None = None) -> str:
    """A country (ISO alpha-3 code) as a document in `language` names it: CLDR's name ('Géorgie', 'جورجيا'); in
    English, or where CLDR has no name, the name stored for it, else its ISO name; the code when nothing names it."""
    if not code:
        return stored or ""
    if language != ENGLISH:
        translated = cldr.country_name(printed_as(language) or language, code.upper())
        if translated:
            return translated
    if stored:
        return stored
    found = pycountry.countries.get(alpha_3=code.upper())
    return str(getattr(found, "common_name", None) or found.name) if found is not None else code


def format_date(day: date, language: str) -> str:
    """'1 June 2026', '1 juin 2026', '1 июня 2026 г.' ...; English for a language with no month names."""
    data = _data()
    language = printed_as(language) or language
    if language not in data["months"]:
        language = ENGLISH
    month = data["months"][language][day.month - 1]
    return str(data["date_format"][language].format(day=day.day, month=month, year=day.year))


#: What refuses a document, or a batch, or a code to check, by key; `{name}` where a value goes (the interface
#: translates these, the printed wording above is the documents' own).
ERRORS: dict[str, str] = {
    # Printing (planning.documents.declaration, travel_letter, voucher)
    "document.declaration_after_end": "{reference}: the organisation's involvement has ended; no declaration of "
                                      "return can be printed",
    "document.declaration_refused": "{reference}: no declaration of voluntary return can be printed: {why}",
    "document.letter_after_end": "{reference}: the organisation's involvement has ended; no travel document can be "
                                 "printed for this case",
    "document.letter_never": "{reference}: {reason}; no travel document can be printed for this case",
    "document.not_booked": "{reference} is not booked on a movement; book it first",
    "document.already_left": "{reference} has already left on {movement} ({status}); the letter printed before "
                             "departure stays valid",
    "document.not_ready": "{reference} is not ready to travel on {day}: {why}",
    "document.voucher_cancelled": "package {allocation} was cancelled; it has no voucher",
    "document.voucher_after_end": "{reference}: the organisation's involvement has ended",
    # The office on the letterhead (planning.documents.office)
    "office.language": "one of {languages}",
    "office.logo_too_large": "at most {most} MB",
    "office.logo_format": "a PNG or JPEG image",
    "office.logo_unreadable": "'{path}' cannot be read ({reason})",
    "office.smallest_shown": "must be a whole number from 0 to {most} (0 or 1: every count shown)",
    "office.incomplete": "a travel letter needs the office's {missing}: fill them in under Administration › "
                         "Office… (or `homeward office set`)",
    # Verification codes (planning.documents.verification)
    "verification.length": "a verification code has {length} symbols after 'HW-', got {got}",
    "verification.symbols": "{symbols} cannot appear in a verification code",
    "verification.check_symbol": "the check symbol does not match: a symbol was mistyped or two were swapped",
    "verification.kind_not_loaded": "Documents of kind '{kind}' cannot be checked here: the part of Homeward that "
                                    "prints them is not loaded",
    "verification.not_a_document": "'{path}' is not a PDF or image Homeward can read ({reason})",
    "verification.no_qr": "no Homeward QR code was found in '{path}'",
    "verification.unknown_key": "the public key file '{path}' cannot be read ({reason})",
    "verification.offline_needs_file": "checking offline needs the PDF, scan or photo of the document, and "
                                       "--public-key",
    # Why a checked document no longer holds (planning.documents.verification.verify)
    "verification.altered": "the issue record was altered after printing (its facts no longer match its digest)",
    "verification.newer": "a newer issue of this document was printed on {day} ({code})",
    "verification.subject_gone": "{subject} no longer exists in the records",
    "verification.changed": "the records changed since printing: {paths}",
    "verification.changed_more": "the records changed since printing: {paths} and {more} more",
    "verification.revoked": "revoked on {day} by {by}: {reason}",
    "verification.signature_altered": "the statement kept for this code does not carry the office's signature (the "
                                      "issue record was altered)",
    # What a QR code states (planning.documents.statement)
    "statement.not_homeward": "is not a statement printed by Homeward (it does not start 'HOMEWARD DOCUMENT 1')",
    "statement.line": "is not a 'name: value' line",
    "statement.person": "is not a person line (name | [Latin name |] date of birth | travel document)",
    "statement.missing": "lacks {missing}",
    # Batches (planning.documents.batches)
    "batch.not_a_date": "must be a date",
    "batch.file_not_written": "{path} cannot be written ({reason})",
    "batch.not_a_folder": "is not an existing folder",
    "batch.folder_not_writable": "cannot be written to ({reason})",
}

#: The office's fields a travel letter needs, as a refusal names them.
PHRASES: dict[str, str] = {
    "office_field.name": "name",
    "office_field.address": "address",
    "office_field.emergency_phone": "24-hour emergency line",
}

#: The fields the office's form and the documents' checks name, as English names them.
FIELDS: dict[str, str] = {
    "name": "name", "address": "address", "phone": "phone", "email": "email", "language": "language",
    "logo": "logo", "emergency_phone": "emergency line", "signatory_name": "signatory's name",
    "signatory_title": "signatory's title",
    "smallest_shown": "smallest count shown in reports for sharing", "statement": "statement", "reason": "reason",
}

messages.register(__name__, ERRORS, phrases=PHRASES, fields=FIELDS)
