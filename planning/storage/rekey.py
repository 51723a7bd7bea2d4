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

import keyring
import sqlcipher3
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from planning.errors import KeychainError, StorageError, ValidationError
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
        raise ValidationError("database", "only the embedded (encrypted file) database has a key to rotate; a "
                              "PostgreSQL server's password is changed on the server", location.redacted())
    if location.explicit_key:
        raise ValidationError("database", "the key is given in the database URL; rotate a key the keychain "
                              "holds (open the file by its path)", "<hidden>")
    path = location.path.expanduser()
    if not path.exists():
        raise ValidationError("database", "no database file at this path", str(path))
    old = load_key(path)
    if old is None:
        raise KeychainError(f"The keychain holds no key for {path} (it is opened with a passphrase); the key "
                            "can be rotated only where the keychain holds it")
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
        raise StorageError(f"The database {path} does not open with its new key after the rotation; the new "
                           "key stays in the keychain as pending and is tried at the next start",
                           code="storage.rekey_failed")
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
            raise StorageError(f"The database {path} is in use by another program; close Homeward everywhere it "
                               "is open and try again", code="storage.locked")
        conn.execute(f"PRAGMA rekey = {_pragma(new)}")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.DatabaseError as exc:
        detail = str(exc).lower()
        if "locked" in detail or "busy" in detail:
            raise StorageError(f"The database {path} is in use by another program; close Homeward everywhere it "
                               "is open and try again", code="storage.locked") from None
        if "not a database" in detail:
            raise StorageError(f"The database {path} cannot be read with the keychain's key",
                               code="storage.wrong_key") from None
        raise StorageError(f"Rotating the key of {path} failed ({type(exc).__name__}); the old key still opens "
                           "it", code="storage.rekey_failed") from None
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
        keyring.set_password(SERVICE, account, key.stored_form())
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise KeychainError(f"The OS keychain refused to store the new key ({type(exc).__name__}); nothing "
                            "was changed") from None


def _load(account: str) -> DatabaseKey | None:
    try:
        stored = keyring.get_password(SERVICE, account)
    except (NoKeyringError, KeyringError, RuntimeError):
        return None
    return DatabaseKey.from_stored(stored) if stored else None


def _forget(account: str) -> None:
    with suppress(PasswordDeleteError, NoKeyringError, KeyringError, RuntimeError):
        keyring.delete_password(SERVICE, account)
