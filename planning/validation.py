"""Field validators shared by the services: each raises `ValidationError` naming the field."""

from __future__ import annotations

import difflib
import unicodedata
from datetime import date

import pycountry

from planning.errors import ValidationError

MAX_NAME = 120
MAX_TEXT = 20_000


def required_text(field: str, value: str | None, *, max_length: int = MAX_NAME) -> str:
    """A non-empty, trimmed, bounded single-line text."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "must not be empty", value)
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters", value)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(field, "contains control characters", value)
    return text


def optional_text(field: str, value: str | None, *, max_length: int = MAX_TEXT) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters", value)
    return text


def country_code(field: str, value: str | None) -> str:
    """An ISO 3166-1 alpha-3 code (alpha-2 and exact English names are accepted and converted)."""
    raw = (value or "").strip()
    if not raw:
        raise ValidationError(field, "must name a country", value)
    found = None
    if len(raw) == 3:
        found = pycountry.countries.get(alpha_3=raw.upper())
    elif len(raw) == 2:
        found = pycountry.countries.get(alpha_2=raw.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(raw)
        except LookupError:
            found = None
    if found is None:
        names = [c.name for c in pycountry.countries] + [c.alpha_3 for c in pycountry.countries]
        close = difflib.get_close_matches(raw, names, n=1, cutoff=0.6)
        raise ValidationError(field, f"unknown country code {raw!r}", value, close[0] if close else None)
    return str(found.alpha_3)


def language_code(field: str, value: str) -> str:
    """An ISO 639 language code (two or three letters)."""
    raw = value.strip().lower()
    lang = None
    if len(raw) == 2:
        lang = pycountry.languages.get(alpha_2=raw)
    elif len(raw) == 3:
        lang = pycountry.languages.get(alpha_3=raw)
    if lang is None:
        raise ValidationError(field, f"unknown language code {value!r}", value)
    return raw


def past_or_today(field: str, value: date | None, today: date) -> date:
    if value is None:
        raise ValidationError(field, "is required", value)
    if value > today:
        raise ValidationError(field, f"{value.isoformat()} is in the future", value)
    if value.year < 1900:
        raise ValidationError(field, f"{value.isoformat()} is impossibly early", value)
    return value


def period(from_field: str, start: date | None, to_field: str, end: date | None) -> None:
    """A validity period: a start, and an end (if any) that is not before it."""
    if start is None:
        raise ValidationError(from_field, "is required", start)
    if end is not None and end < start:
        raise ValidationError(to_field, f"{end.isoformat()} is before {from_field} {start.isoformat()}", end)


_SEPARATORS = str.maketrans({"-": " ", "'": " ", "’": " ", ".": " ", ",": " "})
#: Latin letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "þ": "th",
                          "ð": "d", "ħ": "h"})
_VOWELS = frozenset("aeiouy")


def fold(text: str) -> str:
    """Lower case, accents and separators removed: 'Al-Ḥasan' and 'al hasan' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEPARATORS).casefold().translate(_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def skeleton(word: str) -> str:
    """First letter, then the consonants without repeats: Mohammed, Muhammad and Mohamed share 'mhmd'."""
    if not word:
        return ""
    letters = [word[0]] + [ch for ch in word[1:] if ch not in _VOWELS]
    collapsed = [ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1]]
    return "".join(collapsed)


def search_key(*names: str | None) -> str:
    """The stored search text: folded words, then '~' and the skeleton of each word."""
    words = fold(" ".join(n for n in names if n)).split()
    unique = list(dict.fromkeys(words))
    skeletons = list(dict.fromkeys(skeleton(w) for w in unique))
    return " ".join(unique + [f"~{s}" for s in skeletons])


def search_terms(query: str) -> list[tuple[str, str]]:
    """Each query word as (folded, '~skeleton'): a name matches if every word matches either form."""
    return [(w, f"~{skeleton(w)}") for w in fold(query).split()]
