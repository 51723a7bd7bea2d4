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
from planning.messages import Params, Value, fill

if TYPE_CHECKING:
    from planning.readiness.reasons import Reason

__all__ = ["ConflictError", "HomewardError", "KeychainError", "NotFoundError", "PermissionDenied",
           "SafeguardError", "StorageError", "ValidationError", "ValidationErrors", "texts"]


class HomewardError(Exception):
    """A known error: a stable key (`key`, also `code`) and the values of its text (`params`)."""

    #: The family of errors a class stands for (what a caller may branch on besides the key).
    family: str = "error"
    #: Transitional: a subclass's fixed code, for raise sites not yet given a key.
    _default_code: str | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = cls.__dict__.get("code")
        if isinstance(declared, str):  # transitional: a class-level code becomes the default key
            cls._default_code = declared
            delattr(cls, "code")

    def __init__(self, key: str, /, **params: Value) -> None:
        super().__init__(key)
        # Transitional: a raise site not yet given a key passes its English text (and maybe a code).
        self._literal: str | None = None
        if key in messages.TEMPLATES:
            self.key = key
        else:
            declared = params.pop("code", None) or self._default_code
            self._literal, self.key = key, declared if isinstance(declared, str) else self.family
        self.params: Params = tuple(params.items())

    @property
    def code(self) -> str:
        """The stable key (the command line prints it in brackets)."""
        return self.key

    @property
    def template(self) -> str:
        if self._literal is not None:
            return self._literal.replace("{", "{{").replace("}", "}}")
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
        self.key, self._literal = first.key, first._literal
        self.errors: tuple[ValidationError, ...] = tuple(errors)

    @property
    def message(self) -> str:
        return "; ".join(error.message for error in self.errors)


class NotFoundError(HomewardError):
    family = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__("not_found", what=what, key=str(key))
        self.what = what
        self.missing = key


class ConflictError(HomewardError):
    """Someone else changed the record since it was read; nothing was overwritten."""

    family = "conflict"

    def __init__(self, what: str, key: object, expected: int, found: int,
                 current: dict[str, Any] | None = None) -> None:
        if expected or found:
            super().__init__("conflict.version", what=what, record=str(key), expected=expected, found=found)
        else:
            super().__init__("conflict.while_saving", what=what)
        self.expected = expected
        self.found = found
        self.current = current or {}


class SafeguardError(HomewardError):
    """An action refused because a safeguard (S1–S10) forbids it; `reasons` are the readiness reasons
    the text repeats (the interface words them in its language)."""

    family = "safeguard"

    def __init__(self, safeguard: str, key: str, reasons: tuple[Reason, ...] = (), **params: Value) -> None:
        if key not in messages.TEMPLATES:
            params["code"] = f"safeguard.{safeguard.lower()}"
        super().__init__(key, **params)
        self.safeguard = safeguard
        self.reasons = reasons

    @property
    def message(self) -> str:
        return f"{self.safeguard}: {fill(self.template, self.params)}"


class PermissionDenied(HomewardError):
    family = "permission"


class StorageError(HomewardError):
    """The database could not be used: locked, unreadable, wrong key, unreachable."""

    family = "storage"


class KeychainError(StorageError):
    family = "storage.keychain"
