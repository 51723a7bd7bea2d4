"""The readiness check's reasons in the interface language (a safeguard's heading is its label, `desktop.labels`).

A reason carries its code and the values of its text (`Reason.params`); the English templates of
each code (`planning/readiness/texts.py`, marked for translation in the generated
`desktop/service_messages.py`) are translated and filled with those values as the interface writes
them: dates and numbers in the interface locale, vocabulary words as the interface names them, names
and references as they are. A code unknown here shows
the English text the check wrote.
"""

from __future__ import annotations

from desktop.i18n import tr
from desktop.words import fill, text
from planning.readiness import texts
from planning.readiness.reasons import Reason

#: The message and resolution of each reason code and the wordings of parts of a reason, as the check words
#: them in English; `desktop/service_messages.py` marks them for translation.
TEXTS = texts.TEXTS
#: Each phrase's template and the disambiguation its translation is looked up with.
PHRASES: dict[str, tuple[str, str | None]] = {
    key: (template, texts.disambiguation(key)) for key, template in texts.PHRASES.items()}


def message(reason: Reason) -> str:
    """What stops the case, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.message if templates is None else text(templates[0], None, reason.params, reason.message)


def resolution(reason: Reason) -> str:
    """What would resolve it, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.resolution if templates is None else text(templates[1], None, reason.params, reason.resolution)


def line(reason: Reason) -> str:
    """'S5: <message>', as lists of reasons name them (the movement planner, errors)."""
    return tr("{safeguard}: {message}").format(safeguard=reason.safeguard.value, message=message(reason))


def english(reason: Reason) -> tuple[str, str]:
    """The English templates of the reason filled as the interface fills them (for tests: with no
    locale installed they give back the check's own text)."""
    templates = TEXTS[reason.code]
    return fill(templates[0], reason.params), fill(templates[1], reason.params)
