"""The embedded database key, kept in the OS keychain through `keyring` and nowhere else.

With no keychain, the caller must supply a passphrase (the app asks for one); the key is never
written to a plaintext file, a log or an error message.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from keyring.errors import KeyringError, NoKeyringError

from planning.errors import KeychainError
from planning.messages import Message, Value
from planning.security import keychain

SERVICE = "homeward"

#: Asked for a passphrase; `new` is True when the database is being created.
PassphrasePrompt = Callable[[Path, bool], str | None]


@dataclass(frozen=True, repr=False)
class DatabaseKey:
    """A SQLCipher key: 32 random bytes (raw, no KDF) or a passphrase (PBKDF2 in SQLCipher)."""

    secret: str
    raw: bool

    def pragma_value(self) -> str:
        """The value for `PRAGMA key`, before quoting."""
        return f"x'{self.secret}'" if self.raw else self.secret

    def __repr__(self) -> str:
        return f"DatabaseKey(raw={self.raw}, secret=<hidden>)"

    def stored_form(self) -> str:
        return ("raw:" if self.raw else "passphrase:") + self.secret

    @classmethod
    def from_stored(cls, text: str) -> DatabaseKey:
        kind, _, secret = text.partition(":")
        return cls(secret=secret, raw=(kind == "raw"))

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secret=secrets.token_hex(32), raw=True)


def account_for(path: Path) -> str:
    return f"database-key:{path.expanduser().resolve()}"


def load_key(path: Path) -> DatabaseKey | None:
    """The key the keychain holds for this database file, if any; `KeychainError` if no keychain."""
    try:
        stored = keychain.get_password(SERVICE, account_for(path))
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc) from None
    return DatabaseKey.from_stored(stored) if stored else None


def store_key(path: Path, key: DatabaseKey) -> None:
    try:
        keychain.set_password(SERVICE, account_for(path), key.stored_form())
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc, "keychain.refused_key") from None


def database_key(path: Path, ask_passphrase: PassphrasePrompt | None = None) -> DatabaseKey:
    """The key for the embedded database at `path`, creating one for a new database.

    Order: the keychain's key; for a new file with a keychain, a fresh random key stored there;
    otherwise a passphrase from `ask_passphrase`. Raises `KeychainError` naming what is missing.
    """
    new = not path.exists()
    try:
        key = load_key(path)
    except KeychainError as exc:
        return _passphrase(path, new, ask_passphrase, reason=exc)
    if key is not None:
        return key
    if new:
        key = DatabaseKey.generate()
        store_key(path, key)
        return key
    return _passphrase(path, new, ask_passphrase, reason=Message.of("keychain.no_key", path=str(path)))


def _passphrase(path: Path, new: bool, ask: PassphrasePrompt | None, *, reason: Value) -> DatabaseKey:
    """The passphrase `ask` gives; `reason` says why there is no key (an error or a `Message`)."""
    if ask is None:
        raise KeychainError("keychain.not_interactive", reason=reason)
    given = ask(path, new)
    if not given:
        raise KeychainError("keychain.no_passphrase", reason=reason)
    return DatabaseKey(secret=given, raw=False)


def backup_key(account: str, ask_passphrase: PassphrasePrompt | None = None) -> DatabaseKey:
    """The key for backups of a server database: kept in the keychain, created on first use."""
    name = f"backup-key:{account}"
    try:
        stored = keychain.get_password(SERVICE, name)
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        return _passphrase(Path(account), True, ask_passphrase, reason=keychain.unavailable(exc))
    if stored:
        return DatabaseKey.from_stored(stored)
    key = DatabaseKey.generate()
    try:
        keychain.set_password(SERVICE, name, key.stored_form())
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc, "keychain.refused_backup_key") from None
    return key
