"""The OS keychain, and nothing that only looks like one.

`keyring` takes the best backend it finds. On a machine without a desktop keychain that can be a file:
keyrings.alt's PlaintextKeyring keeps each secret base64-encoded in a file the account (and anyone who
copies the home folder) can read, its EncryptedKeyring and the other keyrings.alt and keyrings.cryptfile
stores keep them in files, the registry or a document; the null and fail backends keep nothing. Homeward
keeps its secrets (the database, field, audit-chain and backup keys, server passwords) only in a real OS
keychain (GNOME Keyring or KWallet through the Secret Service, the macOS Keychain, the Windows Credential
Manager). Any other backend is refused as if there were no keychain at all (`NotAKeychain`, a
`NoKeyringError`): the embedded database then asks for its passphrase, and nothing is written to the file.
A chain of backends (keyring's default when it finds several) is used only through its real keychains.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import NoKeyringError

from planning.errors import KeychainError

#: Backends that keep secrets in a file, the registry or a document, or nowhere (module prefixes).
NOT_KEYCHAINS = ("keyring.backends.null", "keyring.backends.fail", "keyrings.alt.", "keyrings.cryptfile")
#: keyrings.alt's one backend that talks to a real keychain (GNOME Keyring through GObject).
KEYCHAINS_IN_ALT = ("keyrings.alt.Gnome",)


class NotAKeychain(NoKeyringError):
    """The keyring backend configured here is not an OS keychain; Homeward keeps no secret in it."""

    def __init__(self, backend: str) -> None:
        super().__init__(backend)
        self.backend = backend


def name_of(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__name__}"


def is_keychain(backend: KeyringBackend) -> bool:
    """Whether one backend (not a chain) is an OS keychain Homeward may keep secrets in."""
    module = type(backend).__module__
    return module.startswith(KEYCHAINS_IN_ALT) or not module.startswith(NOT_KEYCHAINS)


def _links(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]


def usable() -> list[KeyringBackend]:
    """The configured backend's links that are OS keychains, in order (a chain may hold a file store beside a
    real keychain: only the keychain is used); `NotAKeychain` when there is none."""
    backend = keyring.get_keyring()
    links = _links(backend)
    kept = [link for link in links if is_keychain(link)]
    if not kept:
        raise NotAKeychain(next((name_of(link) for link in links), name_of(backend)))
    return kept


def refused() -> str | None:
    """The name of the configured backend when it is not (and does not chain) an OS keychain, else None."""
    try:
        usable()
    except NotAKeychain as exc:
        return exc.backend
    return None


def get_password(service: str, account: str) -> str | None:
    """`keyring.get_password`, from an OS keychain only (`NotAKeychain` when there is none)."""
    for link in usable():
        found = link.get_password(service, account)
        if found is not None:
            return str(found)
    return None


def set_password(service: str, account: str, secret: str) -> None:
    """`keyring.set_password`, into an OS keychain only (`NotAKeychain` when there is none: nothing is
    written anywhere)."""
    links = usable()
    for link in links:
        try:
            link.set_password(service, account, secret)
            return
        except NotImplementedError:
            continue
    raise NotAKeychain(name_of(links[0]))


def delete_password(service: str, account: str) -> None:
    for link in usable():
        try:
            link.delete_password(service, account)
            return
        except NotImplementedError:
            continue


def unavailable(exc: Exception, key: str = "keychain.unavailable") -> KeychainError:
    """The error to show for a keychain that failed (`key` with the failure's name), or that is not one."""
    if isinstance(exc, NotAKeychain):
        return KeychainError("keychain.not_a_keychain", backend=exc.backend)
    return KeychainError(key, error=type(exc).__name__)
