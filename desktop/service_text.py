"""The services' errors in the interface language.

An error is a key and typed values (`planning.errors`): its template is translated and filled by
`desktop.words`, the field a validation error names is translated from the fields' table
(`planning.messages.FIELDS`), a safeguard keeps its code in front. Before a language is installed
(tests, the logs) the English text is shown.
"""

from __future__ import annotations

import re

from desktop import words
from desktop.i18n import current_locale, tr
from desktop.labels import number
from planning import messages
from planning.errors import HomewardError, SafeguardError, ValidationError

#: A household member's field: 'members[0].sex' (counted from 0).
MEMBER_FIELD = re.compile(r"members\[(\d+)\]\.(\w+)")


def field(name: str) -> str:
    """A field a validation error names, as the interface names it: 'date_of_birth' → 'date of birth',
    'members[0].sex' → 'Member 1 — Sex'."""
    member = MEMBER_FIELD.fullmatch(name)
    if member is not None:
        own = field(member.group(2))
        return tr("Member {n} — {field}").format(n=number(int(member.group(1)) + 1), field=own[:1].upper() + own[1:])
    label = messages.FIELDS.get(name)
    return tr(label) if label is not None else name.replace("_", " ")


def _body(error: HomewardError) -> str:
    """A keyed error's own text (without a field's name or a safeguard), in the interface language."""
    return words.text(error.template, messages.disambiguation(error.key, messages.TEMPLATES), error.params,
                      messages.fill(error.template, error.params))


def error_text(error: HomewardError) -> str:
    """What the interface shows for a known error, in the interface language (as the service wrote it
    before a language is installed)."""
    if current_locale() is None:
        return error.message
    if isinstance(error, ValidationError):
        return tr("{field}: {message}").format(field=field(error.field), message=detail(error))
    if isinstance(error, SafeguardError):
        return f"{error.safeguard}: {_body(error)}"
    return _body(error)


def detail(error: ValidationError) -> str:
    """A validation error's message without its field name (shown under the field it names)."""
    if current_locale() is None:
        return error.detail
    body = _body(error)
    if error.suggestion:
        body += tr(" (did you mean {suggestion}?)").format(suggestion=error.suggestion)
    return body
