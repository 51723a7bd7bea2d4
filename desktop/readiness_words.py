"""The readiness check's reasons and safeguard headings in the interface language.

A reason carries its code and the values of its text (`Reason.params`); the English templates of
each code (`planning/readiness/texts.py`, marked for translation in the generated
`desktop/service_messages.py`) are translated and filled with those values as the interface writes
them: dates and numbers in the interface locale, vocabulary words as the interface names them, names
and references as they are. A code unknown here shows
the English text the check wrote.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.i18n import current_locale, right_to_left, tr
from desktop.labels import day, label, number
from planning.readiness import texts
from planning.readiness.reasons import Reason, Safeguard
from planning.readiness.texts import Params, Phrase, Value

#: The safeguards' headings, the message and resolution of each reason code and the wordings of parts of
#: a reason, as the check words them in English; `desktop/service_messages.py` marks them for translation.
HEADINGS = {safeguard: safeguard.heading for safeguard in Safeguard}
TEXTS = texts.TEXTS
#: Each phrase's template and the disambiguation its translation is looked up with.
PHRASES: dict[str, tuple[str, str | None]] = {
    key: (template, texts.disambiguation(key)) for key, template in texts.PHRASES.items()}


#: Names, references and places up to this length stay on one line in right-to-left text.
UNBROKEN = 32


def heading(safeguard: Safeguard) -> str:
    """'Voluntariness', 'Readmission assurance'… in the interface language."""
    return tr(HEADINGS[safeguard]) if safeguard in HEADINGS else safeguard.heading


def message(reason: Reason) -> str:
    """What stops the case, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.message if templates is None else _text(templates[0], None, reason.params, reason.message)


def resolution(reason: Reason) -> str:
    """What would resolve it, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.resolution if templates is None else _text(templates[1], None, reason.params, reason.resolution)


def line(reason: Reason) -> str:
    """'S5: <message>', as lists of reasons name them (the movement planner, errors)."""
    return tr("{safeguard}: {message}").format(safeguard=reason.safeguard.value, message=message(reason))


def english(reason: Reason) -> tuple[str, str]:
    """The English templates of the reason filled as the interface fills them (for tests: with no
    locale installed they give back the check's own text)."""
    templates = TEXTS[reason.code]
    return _fill(templates[0], reason.params), _fill(templates[1], reason.params)


def _text(template: str, disambiguation: str | None, params: Params, fallback: str) -> str:
    try:
        return _fill(tr(template, disambiguation), params)
    except (KeyError, IndexError, ValueError):  # a translation that lost or misspelled a placeholder
        try:
            return _fill(template, params)
        except (KeyError, IndexError, ValueError):
            return fallback


def _fill(template: str, params: Params) -> str:
    return template.format_map({name: _value(value) for name, value in params})


def _value(value: Value) -> str:
    if isinstance(value, Phrase):
        if value.key not in PHRASES:
            return ""
        template, disambiguation = PHRASES[value.key]
        return _text(template, disambiguation, value.params, "")
    if isinstance(value, StrEnum):
        word = label(value)
        return word[:1].lower() + word[1:]
    if isinstance(value, tuple):
        words = [_value(v) for v in value]
        locale = current_locale()
        return locale.createSeparatedList(words) if locale is not None else ", ".join(words)
    if isinstance(value, date):
        written = day(value)
        # Right to left the locale's date holds direction marks, where lines would otherwise break.
        return "\u2060".join(written) if right_to_left() else written
    if value is None:
        return "None" if current_locale() is None else "—"
    if isinstance(value, int):
        return number(value)
    if right_to_left() and len(value) <= UNBROKEN:
        # A name or a reference broken over two lines of right-to-left text puts its hyphen or slash on the
        # wrong side: kept whole.
        return value.replace(" ", "\u00a0").replace("-", "-\u2060").replace("/", "/\u2060")
    return value
