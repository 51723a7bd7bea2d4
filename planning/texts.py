"""The English templates of the errors that planning/'s own modules raise, by key.

A key names what went wrong (`integrity`, `case.final`); `{name}` marks where a value goes. The
interface translates the same templates (`desktop/service_messages.py` marks them) and fills them with
the values in the interface language. Sub-packages with many messages keep their own table
(`planning/readiness/texts.py`, `planning/storage/texts.py`…), registered the same way.
"""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Every family
    "not_found": "No {what} {key} found",
    "conflict.version": "{what} {record} was changed by someone else (you edited version {expected}, it is now at "
                        "version {found}); nothing was saved, reload and apply your change again",
    "conflict.while_saving": "The {what} was changed by someone else while you were saving; nothing was saved, "
                             "reload and apply your change again",
    "integrity": "The change conflicts with a stored record ({constraint}); nothing was saved",
    # Text typed or imported (planning/validation.py)
    "text.empty": "must not be empty",
    "text.too_long": "is longer than {max_length} characters",
    "text.line_break": "must be on one line: it contains a line break",
    "text.control_character": "contains a control character ({character}); remove it",
    "text.direction_control": "contains {character}, which would change the direction of the text around it; "
                              "remove it",
    "text.invisible_character": "contains an invisible character ({character}); remove it",
}

messages.register(__name__, ERRORS)
