"""The PostgreSQL password of a server database, kept in the OS keychain rather than in the URL.

Each desktop runs `homeward db set-password` once (the URL then carries no password: in
`HOMEWARD_DATABASE_URL`, a shortcut or a script it would be readable). The keychain entry is keyed
by user, host, port and database, so one desktop can reach several servers. A password written in
the URL still wins, for tests and one-off scripts.
"""

from __future__ import annotations

from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy.engine import URL

from planning.errors import ValidationError
from planning.security import keychain
from planning.security.keys import SERVICE


def account_for(url: URL) -> str:
    return f"postgresql:{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def load_password(url: URL) -> str | None:
    try:
        return keychain.get_password(SERVICE, account_for(url))
    except (NoKeyringError, KeyringError, RuntimeError):
        return None


def store_password(url: URL, password: str) -> None:
    if not password:
        raise ValidationError("password", "server_password.empty")
    try:
        keychain.set_password(SERVICE, account_for(url), password)
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc, "keychain.refused_server_password") from None


def with_password(url: URL) -> URL:
    """`url` with the keychain's password for it, unless it carries one already."""
    if url.password:
        return url
    stored = load_password(url)
    return url.set(password=stored) if stored else url
