"""Reading one cell as a value: dates in the formats partners use, sex, countries, languages, needs.

Each reader returns the value or raises `ValidationError(field, key, value, suggestion, **params)` (keys in
`texts.py`).
"""

from __future__ import annotations

import difflib
import gettext
import re
import unicodedata
from datetime import date
from enum import StrEnum
from functools import cache

import pycountry

from planning.errors import ValidationError
from planning.messages import Month, Phrase
from planning.validation import country_code, fold, language_code
from planning.vocabulary import Relationship, Sex, VulnerabilityKind


class DateOrder(StrEnum):
    """How to read 03/04/1990: day first (3 April, the default) or month first (4 March)."""

    DMY = "dmy"
    MDY = "mdy"


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4})$")


def parse_date(field: str, text: str, order: DateOrder) -> date:
    raw = text.strip()
    if match := _ISO.match(raw):
        year, month, day = (int(g) for g in match.groups())
        return _date(field, raw, year, month, day, "referral_value.impossible_date")
    if match := _NUMERIC.match(raw):
        first, _, second, year_text = match.groups()
        if len(year_text) != 4:
            raise ValidationError(field, "referral_value.two_digit_year", raw, text=raw)
        a, b, year = int(first), int(second), int(year_text)
        day, month = (a, b) if order is DateOrder.DMY else (b, a)
        key = "referral_value.impossible_date"
        if month > 12 >= day:
            key += "_month_first" if order is DateOrder.DMY else "_day_first"
        return _date(field, raw, year, month, day, key)
    raise ValidationError(field, "referral_value.not_a_date", raw, text=raw)


def _date(field: str, raw: str, year: int, month: int, day: int, key: str) -> date:
    """The date, or the error `key` ('… is an impossible date: {reason}…') saying why there is none."""
    try:
        return date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            reason = Phrase.of("referral_date.no_month", month=month)
        elif year < 1:
            reason = Phrase.of("referral_date.no_year_zero")
        else:
            reason = Phrase.of("referral_date.no_day", month=Month(date(year, month, 1)), day=day)
        raise ValidationError(field, key, raw, text=raw, reason=reason) from None


def ambiguous(text: str) -> bool:
    """Whether a numeric date reads differently day first and month first (03/04/1990)."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return False
    a, b = int(match.group(1)), int(match.group(3))
    return a != b and a <= 12 and b <= 12


_SEX = {
    "f": Sex.FEMALE, "female": Sex.FEMALE, "woman": Sex.FEMALE, "girl": Sex.FEMALE, "femme": Sex.FEMALE,
    "feminin": Sex.FEMALE, "fille": Sex.FEMALE, "m": Sex.MALE, "male": Sex.MALE, "man": Sex.MALE,
    "boy": Sex.MALE, "h": Sex.MALE, "homme": Sex.MALE, "masculin": Sex.MALE, "garcon": Sex.MALE,
    "x": Sex.OTHER, "other": Sex.OTHER, "autre": Sex.OTHER, "not stated": Sex.OTHER, "non precise": Sex.OTHER,
}


def parse_sex(field: str, text: str) -> Sex:
    key = fold(text)
    if key in _SEX:
        return _SEX[key]
    raise ValidationError(field, "referral_value.not_a_sex", text, text=text.strip())


_RELATIONSHIPS = {
    "head": Relationship.HEAD, "head of household": Relationship.HEAD, "hoh": Relationship.HEAD,
    "self": Relationship.HEAD, "principal": Relationship.HEAD, "principal applicant": Relationship.HEAD,
    "chef": Relationship.HEAD, "chef de menage": Relationship.HEAD, "chef de famille": Relationship.HEAD,
    "demandeur principal": Relationship.HEAD, "spouse": Relationship.SPOUSE, "wife": Relationship.SPOUSE,
    "husband": Relationship.SPOUSE, "partner": Relationship.SPOUSE, "epoux": Relationship.SPOUSE,
    "epouse": Relationship.SPOUSE, "conjoint": Relationship.SPOUSE, "conjointe": Relationship.SPOUSE,
    "child": Relationship.CHILD, "son": Relationship.CHILD, "daughter": Relationship.CHILD,
    "enfant": Relationship.CHILD, "fils": Relationship.CHILD, "fille": Relationship.CHILD,
    "parent": Relationship.PARENT, "father": Relationship.PARENT, "mother": Relationship.PARENT,
    "pere": Relationship.PARENT, "mere": Relationship.PARENT, "sibling": Relationship.SIBLING,
    "brother": Relationship.SIBLING, "sister": Relationship.SIBLING, "frere": Relationship.SIBLING,
    "soeur": Relationship.SIBLING, "other relative": Relationship.OTHER_RELATIVE,
    "relative": Relationship.OTHER_RELATIVE, "autre parent": Relationship.OTHER_RELATIVE,
    "unrelated": Relationship.UNRELATED, "none": Relationship.UNRELATED, "sans lien": Relationship.UNRELATED,
}


def parse_relationship(field: str, text: str) -> Relationship:
    key = fold(text.replace("_", " ").replace("œ", "oe"))
    if key in _RELATIONSHIPS:
        return _RELATIONSHIPS[key]
    close = difflib.get_close_matches(key, list(_RELATIONSHIPS), n=1, cutoff=0.7)
    raise ValidationError(field, "referral_value.not_a_relationship", text, close[0] if close else None,
                          text=text.strip())


_VULNERABILITIES = {
    "unaccompanied minor": VulnerabilityKind.UNACCOMPANIED_MINOR, "uam": VulnerabilityKind.UNACCOMPANIED_MINOR,
    "mineur non accompagne": VulnerabilityKind.UNACCOMPANIED_MINOR, "mna": VulnerabilityKind.UNACCOMPANIED_MINOR,
    "victim of trafficking": VulnerabilityKind.VICTIM_OF_TRAFFICKING,
    "vot": VulnerabilityKind.VICTIM_OF_TRAFFICKING, "trafficking": VulnerabilityKind.VICTIM_OF_TRAFFICKING,
    "victime de traite": VulnerabilityKind.VICTIM_OF_TRAFFICKING, "traite": VulnerabilityKind.VICTIM_OF_TRAFFICKING,
    "medical need": VulnerabilityKind.MEDICAL_NEED, "medical": VulnerabilityKind.MEDICAL_NEED,
    "besoin medical": VulnerabilityKind.MEDICAL_NEED, "disability": VulnerabilityKind.DISABILITY,
    "disabled": VulnerabilityKind.DISABILITY, "handicap": VulnerabilityKind.DISABILITY,
    "pregnancy": VulnerabilityKind.PREGNANCY, "pregnant": VulnerabilityKind.PREGNANCY,
    "grossesse": VulnerabilityKind.PREGNANCY, "enceinte": VulnerabilityKind.PREGNANCY,
    "elderly": VulnerabilityKind.ELDERLY, "personne agee": VulnerabilityKind.ELDERLY,
    "single parent": VulnerabilityKind.SINGLE_PARENT, "parent isole": VulnerabilityKind.SINGLE_PARENT,
}
_LIST_SEPARATORS = re.compile(r"[,;|/+]")


def parse_vulnerabilities(field: str, text: str) -> tuple[VulnerabilityKind, ...]:
    found: list[VulnerabilityKind] = []
    for part in _LIST_SEPARATORS.split(text):
        key = fold(part.replace("_", " "))
        if not key or key in ("none", "aucune", "aucun", "no", "non"):
            continue
        if key not in _VULNERABILITIES:
            close = difflib.get_close_matches(key, list(_VULNERABILITIES), n=1, cutoff=0.6)
            raise ValidationError(field, "referral_value.not_a_vulnerability", part, close[0] if close else None,
                                  text=part.strip())
        if _VULNERABILITIES[key] not in found:
            found.append(_VULNERABILITIES[key])
    return tuple(found)


def parse_country(field: str, text: str) -> str:
    """An alpha-3 code from a code, an English name, or a French name (Géorgie, Irak)."""
    raw = " ".join(text.split())
    french = _french_countries().get(fold(raw))
    if french is not None:
        return french
    return country_code(field, raw)


def parse_languages(field: str, text: str) -> tuple[str, ...]:
    codes: list[str] = []
    for part in re.split(r"[,;|/+]|\s+and\s+|\s+et\s+", text):
        word = part.strip()
        if not word:
            continue
        code = _language(field, word)
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _language(field: str, word: str) -> str:
    if len(word) in (2, 3) and word.isascii():
        try:
            return language_code(field, word)
        except ValidationError:
            pass
    key = fold(word)
    names = _language_names()
    if key in names:
        return names[key]
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.75)
    raise ValidationError(field, "referral_value.unknown_language", word, close[0] if close else None, word=word)


@cache
def _french_countries() -> dict[str, str]:
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return {}
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            out.setdefault(fold(french.gettext(name)), country.alpha_3)
    return out


@cache
def _language_names() -> dict[str, str]:
    """Folded English and French language names to a code (the two-letter one where it exists)."""
    try:
        french: gettext.NullTranslations = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        french = gettext.NullTranslations()
    out: dict[str, str] = {}
    for language in pycountry.languages:
        if getattr(language, "type", "L") != "L":
            continue
        code = getattr(language, "alpha_2", None) or language.alpha_3
        for name in (language.name, french.gettext(language.name)):
            key = fold(name)
            if getattr(language, "alpha_2", None) or key not in out:
                out[key] = code
    for key, code in (("farsi", "fa"), ("dari", "prs"), ("persan", "fa"), ("kurde", "ku"), ("kurdish", "ku")):
        out.setdefault(key, code)
    return out


#: Invisible direction marks that copy-pasting from documents leaves in names.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
                                     "\ufeff"))


def clean_name(text: str) -> tuple[str, bool]:
    """The name without invisible direction marks, squeezed spaces; whether anything was removed."""
    cleaned = text.translate(_BIDI_MARKS)
    return " ".join(cleaned.split()), cleaned != text


def has_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)
