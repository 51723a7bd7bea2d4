"""The services' messages in the interface language.

planning/ and monitoring/ write their errors in English (the command line and the logs read them
so). The interface matches such a message against the templates of `desktop/service_messages.py`,
takes the values back out of it and fills the translated template; a message no template matches
is shown as it came.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from desktop import words
from desktop.i18n import current_locale, tr
from desktop.labels import day
from desktop.readiness_words import message as reason_message
from desktop.service_messages import FIELDS, KINDS, TEMPLATES
from planning import messages
from planning.errors import ConflictError, HomewardError, NotFoundError, SafeguardError, ValidationError
from planning.messages import fill

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each template as a regular expression capturing its values, the most specific first."""
    compiled = []
    for template in TEMPLATES:
        pattern, position, seen = "", 0, set()
        plain = template.replace("{{", "\x00").replace("}}", "\x01")
        for match in _PLACEHOLDER.finditer(plain):
            pattern += re.escape(plain[position:match.start()])
            name = match.group(1)
            pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
            position = match.end()
        pattern += re.escape(plain[position:])
        pattern = pattern.replace("\x00", r"\{").replace("\x01", r"\}")
        literal = len(_PLACEHOLDER.sub("", plain))
        compiled.append((literal, re.compile(pattern, re.DOTALL), template))
    compiled.sort(key=lambda item: -item[0])
    return [(pattern, template) for _literal, pattern, template in compiled]


def _value(text: str) -> str:
    """A value taken out of an English message, as the interface locale writes it (dates for now)."""
    if current_locale() is not None and _ISO_DAY.fullmatch(text):
        try:
            return day(date.fromisoformat(text))
        except ValueError:
            return text
    return text


def message(english: str) -> str:
    """One service message in the interface language (as it came when no template matches)."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(english)
        if found is None:
            continue
        translated = tr(template)
        if translated == template:
            return english
        values = {name: _value(value) for name, value in found.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return english
    return english


def field(name: str) -> str:
    """A field a validation error names: 'date_of_birth' → 'date of birth', translated when known."""
    label = messages.FIELDS.get(name)
    if label is not None:
        return tr(label)
    label = name.replace("_", " ")
    return tr(label) if label in FIELDS else label


def kind(name: str) -> str:
    label = messages.KINDS.get(name)
    if label is not None:
        return tr(label)
    return tr(name) if name in KINDS else name


def _body(error: HomewardError) -> str:
    """A keyed error's own text (without a field's name or a safeguard), in the interface language."""
    params = error.params
    if isinstance(error, NotFoundError | ConflictError):  # the kind of record, as the interface names it
        params = tuple((name, kind(str(v).replace("_", " ")) if name == "what" else v) for name, v in params)
    english = fill(error.template, error.params)
    return words.text(error.template, messages.disambiguation(error.key, messages.TEMPLATES), params, english)


def error_text(error: HomewardError) -> str:
    """What the interface shows for a known error, in the interface language (as the service wrote it
    before a language is installed)."""
    if current_locale() is None:
        return error.message
    if error._literal is None:
        if isinstance(error, ValidationError):
            return tr("{field}: {message}").format(field=field(error.field), message=detail(error))
        if isinstance(error, SafeguardError):
            return f"{error.safeguard}: {_body(error)}"
        return _body(error)
    if isinstance(error, ValidationError):
        return tr("{field}: {message}").format(field=field(error.field), message=detail(error))
    if isinstance(error, SafeguardError):
        rest = error.message.removeprefix(f"{error.safeguard}: ")
        return f"{error.safeguard}: {with_reasons(error, message(rest))}"
    if isinstance(error, NotFoundError):
        return tr("No {what} {key} found").format(what=kind(str(error.what)), key=error.missing)
    if isinstance(error, ConflictError):
        return tr("The record was changed by someone else (you edited version {expected}, it is now at version "
                  "{found}); nothing was saved, reload and apply your change again").format(
            expected=error.expected, found=error.found)
    return message(error.message)


_MORE = re.compile(r" \(and (\d+) more reason\(s\)\)")


def with_reasons(error: SafeguardError, text: str) -> str:
    """A refusal's text with the readiness reasons it repeats in the interface language too."""
    for reason in error.reasons:
        text = text.replace(reason.message, reason_message(reason))
    if error.reasons:
        text = _MORE.sub(lambda m: tr(" (and %n more reason(s))", None, int(m.group(1))), text)
    return text


def detail(error: ValidationError) -> str:
    """A validation error's message without its field name (shown under the field it names)."""
    if error._literal is None:
        if current_locale() is None:
            return error.detail
        body = _body(error)
        if error.suggestion:
            body += tr(" (did you mean {suggestion}?)").format(suggestion=error.suggestion)
        return body
    text = error.message.removeprefix(f"{error.field}: ")
    if current_locale() is None:
        return text
    suffix = f" (did you mean {error.suggestion}?)" if error.suggestion else ""
    text = text.removesuffix(suffix) if suffix else text
    translated = message(text)
    if error.suggestion:
        translated += tr(" (did you mean {suggestion}?)").format(suggestion=error.suggestion)
    return translated
