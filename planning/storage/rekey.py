"""Rotating the key of the embedded database (`homeward db rekey`): SQLCipher's `PRAGMA rekey`.

The new key is put in the keychain as *pending* before the file is rewritten, and replaces the old
key there only once the file opens with it. Were Homeward killed in between, the next open finds the
file unreadable with the old key, tries the pending one and, if it opens the file, makes it the key
(`finish_interrupted_rekey`); a pending key that does not open the file is dropped. So the file is
never left encrypted with a key that is nowhere stored.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path
from typing import Any

import sqlcipher3
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from planning.errors import KeychainError, StorageError, ValidationError
from planning.security import keychain
from planning.security.keys import SERVICE, DatabaseKey, account_for, load_key, store_key
from planning.storage.location import Location

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0


def pending_account_for(path: Path) -> str:
    return "pending-" + account_for(path)


def rekey(location: Location) -> DatabaseKey:
    """Re-encrypt the embedded database under a fresh random key kept in the keychain; returns it.

    Every other connection to the file must be closed (the app, other commands): the rewrite takes
    the file exclusively and waits for at most BUSY_TIMEOUT_S.
    """
    if location.path is None:
        raise ValidationError("database", "rekey.not_embedded", location.redacted())
    if location.explicit_key:
        raise ValidationError("database", "rekey.key_in_url", "<hidden>")
    path = location.path.expanduser()
    if not path.exists():
        raise ValidationError("database", "rekey.no_file", str(path))
    old = load_key(path)
    if old is None:
        raise KeychainError("rekey.no_keychain_key", path=str(path))
    new = DatabaseKey.generate()
    _keep(pending_account_for(path), new)
    try:
        _rewrite(path, old, new)
    except BaseException:
        if not _opens(path, new):  # (if it does, only switching back to WAL failed: the rotation stands)
            if _opens(path, old):  # the file still has the old key: the pending one is of no use
                _forget(pending_account_for(path))
            raise
    if not _opens(path, new):
        raise StorageError("rekey.new_key_fails", path=str(path))
    store_key(path, new)
    _forget(pending_account_for(path))
    log.info("database key rotated: %s", path)
    return new


def finish_interrupted_rekey(path: Path) -> bool:
    """After a rotation was interrupted: make the pending key the key if it opens the file."""
    path = path.expanduser()
    pending = _load(pending_account_for(path))
    if pending is None:
        return False
    if not _opens(path, pending):
        _forget(pending_account_for(path))
        return False
    store_key(path, pending)
    _forget(pending_account_for(path))
    log.warning("finished an interrupted key rotation of %s", path)
    return True


def _pragma(key: DatabaseKey) -> str:
    return '"' + key.pragma_value().replace('"', '""') + '"'


def _connect(path: Path, key: DatabaseKey) -> Any:
    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_pragma(key)}")
    return conn


def _rewrite(path: Path, old: DatabaseKey, new: DatabaseKey) -> None:
    """Rekey in rollback-journal mode (SQLCipher 4 cannot rekey a WAL database), then back to WAL."""
    conn = _connect(path, old)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise StorageError("rekey.in_use", path=str(path))
        conn.execute(f"PRAGMA rekey = {_pragma(new)}")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.DatabaseError as exc:
        detail = str(exc).lower()
        if "locked" in detail or "busy" in detail:
            raise StorageError("rekey.in_use", path=str(path)) from None
        if "not a database" in detail:
            raise StorageError("rekey.wrong_key", path=str(path)) from None
        raise StorageError("rekey.failed", path=str(path), error=type(exc).__name__) from None
    finally:
        conn.close()


def _opens(path: Path, key: DatabaseKey) -> bool:
    try:
        conn = _connect(path, key)
    except sqlcipher3.DatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _keep(account: str, key: DatabaseKey) -> None:
    try:
        keychain.set_password(SERVICE, account, key.stored_form())
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc, "rekey.keychain_refused") from None


def _load(account: str) -> DatabaseKey | None:
    try:
        stored = keychain.get_password(SERVICE, account)
    except (NoKeyringError, KeyringError, RuntimeError):
        return None
    return DatabaseKey.from_stored(stored) if stored else None


def _forget(account: str) -> None:
    with suppress(PasswordDeleteError, NoKeyringError, KeyringError, RuntimeError):
        keychain.delete_password(SERVICE, account)
