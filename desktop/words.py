"""Keyed texts in the interface language: a template translated, each value written as the locale writes it.

planning/ and monitoring/ give people keys and typed values (`planning.messages`); here the key's
English template is translated (`tr`, the catalogues know it from `desktop/service_messages.py`) and
filled: dates, times and numbers in the interface locale, vocabulary words as the interface names them,
counted nouns in the right plural form, phrases and nested messages translated in turn, a readiness
reason as its translated line, names and references as they are.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from desktop.i18n import current_locale, right_to_left, tr
from desktop.labels import clock, day, in_sentence, long_month, money, number, when
from desktop.places import country_name, place_name
from planning import messages
from planning.errors import HomewardError
from planning.messages import Count, Country, Message, Money, Month, Params, Phrase, Place, Value

#: Names, references and places up to this length stay on one line in right-to-left text.
UNBROKEN = 32


def text(template: str, disambiguation: str | None, params: Params, fallback: str) -> str:
    """`template` translated and filled with `params`; `fallback` when neither the translation nor the
    English template can be filled (a translation that lost or misspelled a placeholder)."""
    try:
        return fill(tr(template, disambiguation), params)
    except (KeyError, IndexError, ValueError):
        try:
            return fill(template, params)
        except (KeyError, IndexError, ValueError):
            return fallback


def fill(template: str, params: Params) -> str:
    return template.format_map({name: value(v) for name, v in params})


def message(line: Message) -> str:
    """A keyed line (an explanation, a report line) in the interface language."""
    template = messages.TEMPLATES.get(line.key)
    if template is None:
        return line.english()
    return text(template, messages.disambiguation(line.key, messages.TEMPLATES), line.params, line.english())


def plural_source(key: str) -> str:
    """The catalogue's source of a counted noun: its English plural with `%n` for the number."""
    return messages.PLURALS[key][1].replace("{n}", "%n")


def value(item: Value) -> str:
    """One value as the interface writes it."""
    from desktop.readiness_words import line, resolution  # a reason words itself through the readiness templates
    from desktop.readiness_words import message as reason_message
    from planning.gates import Resolution
    from planning.readiness.reasons import Reason, ReasonMessage

    if isinstance(item, Phrase):
        template = messages.PHRASES.get(item.key)
        if template is None:
            return ""
        return text(template, messages.disambiguation(item.key), item.params, "")
    if isinstance(item, Count):
        return tr(plural_source(item.key), None, item.n) if current_locale() is not None else messages.english(item)
    if isinstance(item, Message):
        return message(item)
    if isinstance(item, Money):
        return money(item.amount)
    if isinstance(item, Month):
        return long_month(item.first)
    if isinstance(item, Country):
        return unbroken(country_name(item.code, item.name))
    if isinstance(item, Place):
        return unbroken(place_name(item.name))
    if isinstance(item, HomewardError):
        from desktop.service_text import error_text

        return error_text(item)
    if isinstance(item, Reason):
        return line(item)
    if isinstance(item, ReasonMessage):
        return reason_message(item.reason)
    if isinstance(item, Resolution):
        return resolution(item.reason)
    if isinstance(item, StrEnum):
        return in_sentence(item)
    if isinstance(item, tuple):
        words = [value(v) for v in item]
        if words and all(isinstance(v, Reason | ReasonMessage | Message | Resolution) for v in item):
            return "; ".join(words)
        locale = current_locale()
        return locale.createSeparatedList(words) if locale is not None else ", ".join(words)
    if isinstance(item, datetime):
        return when(item)
    if isinstance(item, date):
        written = day(item)
        # Right to left the locale's date holds direction marks, where lines would otherwise break.
        return "\u2060".join(written) if right_to_left() else written
    if isinstance(item, time):
        return clock(item)
    if item is None:
        return "None" if current_locale() is None else "—"
    if isinstance(item, bool):
        return str(item)
    if isinstance(item, int):
        return number(item)
    if isinstance(item, Decimal):  # as precise as it was made (a percent rounded to a tenth: 0.1, not 0.10)
        exponent = item.as_tuple().exponent
        decimals = 0 if item == item.to_integral_value() or not isinstance(exponent, int) else min(6, -exponent)
        return number(item, decimals)
    if isinstance(item, float):
        decimals = 0 if Decimal(item) == Decimal(item).to_integral_value() else 2
        return number(item, decimals)
    if isinstance(item, messages.Worded) and not isinstance(item, str):
        return item.english()
    return unbroken(item)


def unbroken(item: str) -> str:
    """A name, reference or place as right-to-left text shows it: up to `UNBROKEN` characters, kept on one line
    (broken over two, its hyphen or slash would land on the wrong side)."""
    if right_to_left() and len(item) <= UNBROKEN:
        return item.replace(" ", "\u00a0").replace("-", "-\u2060").replace("/", "/\u2060")
    return item
