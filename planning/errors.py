"""Domain errors with stable codes: what the UI and the command line show to people.

`HomewardError` and its subclasses are *known* errors: bad input, a safeguard, a conflict, an
environment failure. Anything else escaping a service is a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planning.readiness.reasons import Reason


class HomewardError(Exception):
    """A known error with a stable machine-readable code and a message for people."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class ValidationError(HomewardError):
    """Input that cannot be accepted; names the field and the bad value."""

    code = "validation"

    def __init__(self, field: str, message: str, value: Any = None, suggestion: str | None = None) -> None:
        text = f"{field}: {message}"
        if suggestion:
            text += f" (did you mean {suggestion}?)"
        super().__init__(text)
        self.field = field
        self.value = value
        self.suggestion = suggestion


class NotFoundError(HomewardError):
    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"No {what} {key!s} found")
        self.what = what
        self.key = key


class ConflictError(HomewardError):
    """Someone else changed the record since it was read; nothing was overwritten."""

    code = "conflict"

    def __init__(self, what: str, key: object, expected: int, found: int,
                 current: dict[str, Any] | None = None) -> None:
        super().__init__(
            f"{what} {key} was changed by someone else (you edited version {expected}, "
            f"it is now at version {found}); nothing was saved, reload and apply your change again"
        )
        self.expected = expected
        self.found = found
        self.current = current or {}


class SafeguardError(HomewardError):
    """An action refused because a safeguard (S1–S10) forbids it."""

    code = "safeguard"

    def __init__(self, safeguard: str, message: str, reasons: tuple[Reason, ...] = ()) -> None:
        super().__init__(f"{safeguard}: {message}", code=f"safeguard.{safeguard.lower()}")
        self.safeguard = safeguard
        #: The readiness reasons the message repeats (for the interface to word them in its language).
        self.reasons = reasons


class PermissionDenied(HomewardError):
    code = "permission"


class StorageError(HomewardError):
    """The database could not be used: locked, unreadable, wrong key, unreachable."""

    code = "storage"


class KeychainError(StorageError):
    code = "storage.keychain"
