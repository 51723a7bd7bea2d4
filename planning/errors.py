"""Domain errors with stable keys: what the UI and the command line show to people.

`HomewardError` and its subclasses are *known* errors: bad input, a safeguard, a conflict, an
environment failure. Anything else escaping a service is a bug.

An error is a key and the typed values of its text (`HomewardError("storage.locked", where=path)`):
the English template of every key lives in the table of the package that raises it (`planning/texts.py`,
`monitoring/texts.py`…, registered in `planning.messages`); the interface fills the translated
template, writing each value in the interface language. `message` is the English text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from planning import messages, texts
from planning.messages import Params, Phrase, Value, fill

if TYPE_CHECKING:
    from planning.readiness.reasons import Reason

__all__ = ["ConflictError", "HomewardError", "KeychainError", "NotFoundError", "PermissionDenied",
           "SafeguardError", "StorageError", "ValidationError", "ValidationErrors", "texts"]


class HomewardError(Exception):
    """A known error: a stable key (`key`) and the values of its text (`params`); a caller branches on the key
    or on the class's `family`, never on the text."""

    #: The family of errors a class stands for (what a caller may branch on besides the key).
    family: str = "error"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "code" in cls.__dict__:  # it would hide the key; a kind of error is its `family`
            raise TypeError(f"{cls.__name__} sets `code`: give each raise site a key, the class a `family`")

    def __init__(self, key: str, /, **params: Value) -> None:
        """`key` is registered (an unknown key is a bug: KeyError); `params` are the values of its text."""
        if key not in messages.TEMPLATES:
            raise KeyError(f"no message {key!r}: register it in the table beside the code that raises it")
        super().__init__(key)
        self.key = key
        self.params: Params = tuple(params.items())

    @property
    def template(self) -> str:
        return messages.TEMPLATES[self.key]

    @property
    def message(self) -> str:
        """The English text."""
        return fill(self.template, self.params)

    def param(self, name: str) -> Value:
        """One of the values of the text (KeyError when the key has no such value)."""
        return dict(self.params)[name]

    def english(self) -> str:
        return self.message

    def __str__(self) -> str:
        return self.message


class ValidationError(HomewardError):
    """Input that cannot be accepted; names the field and the bad value (`key` words what is wrong)."""

    family = "validation"

    def __init__(self, field: str, key: str, value: Any = None, suggestion: str | None = None,
                 **params: Value) -> None:
        super().__init__(key, **params)
        self.field = field
        self.value = value
        self.suggestion = suggestion

    @property
    def detail(self) -> str:
        """What is wrong, in English, without the field's name."""
        text = fill(self.template, self.params)
        if self.suggestion:
            text += f" (did you mean {self.suggestion}?)"
        return text

    @property
    def message(self) -> str:
        return f"{self.field}: {self.detail}"


class ValidationErrors(ValidationError):
    """Several inputs that cannot be accepted, each naming its field, so that a form shows them all at once.

    It reads as its first error (field, key, values) wherever one error is expected; `errors` holds them all."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        first = errors[0]
        super().__init__(first.field, first.key, first.value, first.suggestion, **dict(first.params))
        self.errors: tuple[ValidationError, ...] = tuple(errors)

    @property
    def message(self) -> str:
        return "; ".join(error.message for error in self.errors)


class NotFoundError(HomewardError):
    """No record of a kind (`what`: a table's name or another kind of `texts.KINDS`) has this key."""

    family = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__("not_found", what=kind(what), key=str(key))
        self.what = what
        self.missing = key


class ConflictError(HomewardError):
    """Someone else changed the record since it was read; nothing was overwritten."""

    family = "conflict"

    def __init__(self, what: str, key: object, expected: int, found: int,
                 current: dict[str, Any] | None = None) -> None:
        if expected or found:
            super().__init__("conflict.version", what=kind(what), record=str(key), expected=expected, found=found)
        else:
            super().__init__("conflict.while_saving", what=kind(what))
        self.what = what
        self.expected = expected
        self.found = found
        self.current = current or {}


class SafeguardError(HomewardError):
    """An action refused because a safeguard (S1–S10) forbids it; `reasons` are the readiness reasons
    the text repeats (the interface words them in its language)."""

    family = "safeguard"

    def __init__(self, safeguard: str, key: str, reasons: tuple[Reason, ...] = (), **params: Value) -> None:
        super().__init__(key, **params)
        self.safeguard = safeguard
        self.reasons = reasons

    @property
    def message(self) -> str:
        return f"{self.safeguard}: {fill(self.template, self.params)}"


def kind(what: str) -> Value:
    """A kind of record as the text names it: its phrase (`kind.<what>`), or `what` itself if it has none."""
    key = f"kind.{what}"
    return Phrase(key) if key in messages.PHRASES else what


class PermissionDenied(HomewardError):
    family = "permission"


class StorageError(HomewardError):
    """The database could not be used: locked, unreadable, wrong key, unreachable."""

    family = "storage"


class KeychainError(StorageError):
    family = "storage.keychain"
