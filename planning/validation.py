"""Field validators shared by the services: each raises `ValidationError` naming the field."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import ParamSpec, TypeVar

import pycountry

from planning.errors import ValidationError, ValidationErrors
from planning.messages import Phrase

P = ParamSpec("P")
T = TypeVar("T")

MAX_NAME = 120
MAX_TEXT = 20_000

#: Explicit embeddings, overrides and isolates: inside a value they would reorder the printed or shown
#: line around it (a right-to-left override turns "RYS :YTILANOITAN" into "NATIONALITY: SYR").
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Everything Python (and a printed page) breaks a line on.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
#: Invisible characters that text in the returnees' languages needs: the zero-width non-joiner and joiner
#: (Persian and Indic names), the direction marks (they move nothing out of an isolated value) and the
#: soft hyphen.
NEEDED_INVISIBLES = frozenset("\u200c\u200d\u200e\u200f\u061c\u00ad")
#: In a text of several lines, the breaks that mean "new line": stored as "\n".
_NEW_LINES = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


class Problems:
    """Validation errors gathered field by field, so that a form can show every mistake at once."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, validator: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """The validator's result, or None after noting the error it raised."""
        try:
            return validator(*args, **kwargs)
        except ValidationError as error:
            self.found.append(error)
            return None

    def add(self, error: ValidationError) -> None:
        self.found.append(error)

    def raise_any(self) -> None:
        """Raise the one error found, or `ValidationErrors` holding them all."""
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise ValidationErrors(self.found)


def required_text(field: str, value: str | None, *, max_length: int = MAX_NAME, lines: bool = False) -> str:
    """A non-empty, trimmed, bounded text that cannot forge a line: one line unless `lines` (a note meant to
    have several), and no control character, direction override or other invisible character (`plain_text`)."""
    text = _trimmed(value, lines)
    if not text:
        raise ValidationError(field, "text.empty", value)
    if len(text) > max_length:
        raise ValidationError(field, "text.too_long", value, max_length=max_length)
    return plain_text(field, text, lines=lines)


def optional_text(field: str, value: str | None, *, max_length: int = MAX_TEXT, lines: bool = False) -> str | None:
    """`required_text`, or None when blank."""
    text = _trimmed(value, lines)
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(field, "text.too_long", value, max_length=max_length)
    return plain_text(field, text, lines=lines)


def _trimmed(value: str | None, lines: bool) -> str:
    text = (value or "").strip()
    return text.replace("\r\n", "\n").translate(_NEW_LINES) if lines else text


def plain_text(field: str, text: str, *, lines: bool = False) -> str:
    """`text` if it holds only what can be shown and printed as it reads: no line break (unless `lines`,
    where a tab is kept too), no control character, no direction override, embedding or isolate, and no
    invisible format character other than the joiners and direction marks names need."""
    for char in text:
        if lines and char in "\n\t":
            continue
        if char in LINE_BREAKS:
            raise ValidationError(field, "text.line_break", text)
        if char in DIRECTION_CONTROLS:
            raise ValidationError(field, "text.direction_control", text, character=character_name(char))
        category = unicodedata.category(char)
        if category == "Cc":
            raise ValidationError(field, "text.control_character", text, character=character_name(char))
        if category in ("Cf", "Cs") and char not in NEEDED_INVISIBLES:
            raise ValidationError(field, "text.invisible_character", text, character=character_name(char))
    return text


def character_name(char: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': a character people cannot see, named."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


def country_code(field: str, value: str | None) -> str:
    """An ISO 3166-1 alpha-3 code (alpha-2 and exact English names are accepted and converted)."""
    raw = (value or "").strip()
    if not raw:
        raise ValidationError(field, "country.missing", value)
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
        raise ValidationError(field, "country.unknown_code", value, close[0] if close else None, code=raw)
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
        raise ValidationError(field, "language.unknown_code", value, code=value)
    return raw


def past_or_today(field: str, value: date | None, today: date) -> date:
    if value is None:
        raise ValidationError(field, "value.required", value)
    if value > today:
        raise ValidationError(field, "date.in_future", value, when=value)
    if value.year < 1900:
        raise ValidationError(field, "date.impossibly_early", value, when=value)
    return value


def period(from_field: str, start: date | None, to_field: str, end: date | None) -> None:
    """A validity period: a start, and an end (if any) that is not before it. The start's field is named in
    words by the phrase `period.<from_field>` (planning/texts.py)."""
    if start is None:
        raise ValidationError(from_field, "value.required", start)
    if end is not None and end < start:
        raise ValidationError(to_field, "period.end_before_start", end, end=end,
                              start_field=Phrase.of(f"period.{from_field}"), start=start)


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
    """The stored search text: folded words, then '~' and the skeleton of each word — for a word in Arabic
    script also the skeleton of its Latin transliteration (and of the name after its article), so that a
    name typed in either script finds it ('محمد' is stored with '~mhmd', as Mohammed is)."""
    words = fold(" ".join(n for n in names if n)).split()
    unique = list(dict.fromkeys(words))
    skeletons: list[str] = []
    for word in unique:
        skeletons.append(skeleton(word))
        written = latin(word)
        if written != word:
            skeletons.append(skeleton(written))
            if word.startswith("ال") and len(word) > 3:
                skeletons.append(skeleton(latin(word[2:])))
    return " ".join(unique + [f"~{s}" for s in dict.fromkeys(filter(None, skeletons))])


def search_terms(query: str) -> list[tuple[str, ...]]:
    """Each query word as the forms it may be stored under (folded; '~' and its skeleton; in the other script's
    skeleton, with the first vowel any vowel, since Arabic script writes Omar and Ibrahim with an alef): a name
    matches if every word matches one of its forms. Symmetric: 'Mohammed' and 'محمد' find the same people."""
    terms = []
    for word in fold(query).split():
        forms = set(name_forms(word)) - {"~"}
        if word.startswith("ال"):
            forms.discard("~al")  # the article alone would find every Ali
        base = skeleton(word)
        if latin(word) != word:
            forms.add(latin(word))  # as a Latin spelling of the name is stored, word for word: 'ali'
        elif base and base[0] in "aeiou":
            forms.update(f"~{vowel}{base[1:]}" for vowel in "aeiou")  # 'Omar' as 'عمر' is stored: '~amr'
        terms.append((word, *sorted(forms - {word})))
    return terms


#: Letters of the Arabic script (Arabic, Persian) as Latin transliterations of names write them, after `fold`
#: (which already took the hamza off its carrier). Alef, ayn and ta marbuta read as vowels, which a skeleton
#: drops after the first letter; waw and ya too inside a word, where they are long vowels (Mahmoud, Hussein).
_ARABIC_LATIN = {
    "ا": "a", "ٱ": "a", "ى": "a", "ع": "a", "ة": "a", "ء": "", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "پ": "p", "چ": "ch", "ژ": "zh", "و": "u", "ي": "i", "ی": "i", "ـ": "",
}
_GLIDES = {"و": "w", "ي": "y", "ی": "y"}


def latin(word: str) -> str:
    """A folded word in Arabic script written in Latin letters as names usually are ('محمد' → 'mhmd'); a word
    in another script is returned as it is."""
    if not any(ch in _ARABIC_LATIN for ch in word):
        return word
    return "".join(_GLIDES[ch] if i == 0 and ch in _GLIDES else _ARABIC_LATIN.get(ch, ch)
                   for i, ch in enumerate(word))


def name_forms(word: str) -> frozenset[str]:
    """The forms by which a folded name word meets another: itself, '~' and its consonant skeleton and, for a
    word in Arabic script, the skeleton of its Latin transliteration — with the article apart ('الحسن' also
    as 'al' and 'hsn') and any first vowel (the script writes Ibrahim, Omar and Osama with an alef)."""
    forms = {word, f"~{skeleton(word)}"}
    written = latin(word)
    if written != word:
        stems = [skeleton(written)]
        if word.startswith("ال") and len(word) > 3:
            stems.append(skeleton(latin(word[2:])))
            forms.add("~al")
        for stem in filter(None, stems):
            forms.add(f"~{stem}")
            if stem[0] in "aiu":
                forms.update(f"~{vowel}{stem[1:]}" for vowel in "aeiou")
    return frozenset(forms)
