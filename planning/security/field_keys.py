"""The field key of a database: created once, kept in the OS keychain, moved between desktops sealed.

The database records only the key's public id (`field_key`), so a desktop can tell "this keychain
holds the wrong key" from "no key yet". On a server database each desktop imports the key from a file
an administrator exported, sealed with a passphrase (scrypt + AES-GCM); the key is never written in
the clear anywhere.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import weakref
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy import Engine, select

from planning import audit, audit_keys
from planning.audit_keys import ChainKey
from planning.errors import HomewardError, KeychainError, ValidationError
from planning.messages import Count
from planning.security import keychain
from planning.security.field_crypto import Binding, FieldCipher
from planning.security.keys import SERVICE
from planning.security.permissions import Permission, require
from planning.storage.models import AuditChainHead, FieldKey
from planning.storage.store import Store
from planning.texts import INTEGRITY

EXPORT_FORMAT = "homeward-field-key/1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 10

_ciphers: weakref.WeakKeyDictionary[Engine, FieldCipher] = weakref.WeakKeyDictionary()


def account_for(key_id: str) -> str:
    return f"field-key:{key_id}"


def field_cipher(store: Store) -> FieldCipher:
    """The cipher for this database's sealed fields, creating the field key on first use."""
    cached = _ciphers.get(store.engine)
    if cached is not None:
        return cached
    cipher = _load(store) or _create(store)
    _ciphers[store.engine] = cipher
    return cipher


def forget_cached(store: Store) -> None:
    _ciphers.pop(store.engine, None)


def _embedded(store: Store) -> bool:
    return store.engine.dialect.name == "sqlite"


def _load(store: Store) -> FieldCipher | None:
    with store.reading() as session:
        row = session.scalar(select(FieldKey).where(FieldKey.id == 1))
    if row is None:
        return None
    stored = _keychain_get(row.key_id)
    if stored is not None:
        cipher = FieldCipher(stored)
    elif row.embedded_copy is not None:
        cipher = FieldCipher(row.embedded_copy)
    else:
        raise KeychainError("field_key.missing", key_id=row.key_id)
    if cipher.key_id != row.key_id:
        raise KeychainError("field_key.other_database", held=cipher.key_id, expected=row.key_id)
    return cipher


def _create(store: Store) -> FieldCipher:
    cipher = FieldCipher.generate()
    embedded = _embedded(store)
    try:
        _keychain_set(cipher)
    except KeychainError:
        if not embedded:
            raise
    try:
        with store.transaction() as session:
            session.add(FieldKey(id=1, key_id=cipher.key_id, created_by=store.actor.username,
                                 embedded_copy=cipher.key if embedded else None))
    except HomewardError as exc:
        if exc.key != INTEGRITY:
            raise
        loaded = _load(store)  # another desktop created it first
        if loaded is None:
            raise
        return loaded
    return cipher


def _keychain_get(key_id: str) -> bytes | None:
    try:
        stored = keychain.get_password(SERVICE, account_for(key_id))
    except (NoKeyringError, KeyringError, RuntimeError):
        return None
    return base64.b64decode(stored) if stored else None


def _keychain_set(cipher: FieldCipher) -> None:
    try:
        keychain.set_password(SERVICE, account_for(cipher.key_id), base64.b64encode(cipher.key).decode("ascii"))
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise keychain.unavailable(exc, "keychain.refused_field_key") from None


def _wrapping_key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def export_field_key(store: Store, path: Path, passphrase: str) -> str:
    """Write the field key to `path`, sealed with `passphrase`, with the audit chain key beside it (a desktop
    that writes to a shared database needs both); returns the key id."""
    require(store, Permission.MANAGE_KEYS)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "field_key.short_passphrase", None,
                              length=Count("character", MIN_PASSPHRASE))
    cipher = field_cipher(store)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = AESGCM(_wrapping_key(passphrase, salt))
    sealed = wrapping.encrypt(nonce, cipher.key, cipher.key_id.encode())
    document: dict[str, object] = {
        "format": EXPORT_FORMAT, "key_id": cipher.key_id, "scrypt": [SCRYPT_N, SCRYPT_R, SCRYPT_P],
        "salt": base64.b64encode(salt).decode(), "sealed": base64.b64encode(nonce + sealed).decode()}
    with store.transaction() as session:
        head, chain = audit.anchor(session)
    chain_nonce = secrets.token_bytes(12)
    sealed_chain = wrapping.encrypt(chain_nonce, chain.secret, _chain_context(head.installation_id, chain.keyed_from))
    document["chain_key"] = {"installation": head.installation_id, "keyed_from": chain.keyed_from,
                             "sealed": base64.b64encode(chain_nonce + sealed_chain).decode()}
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    return cipher.key_id


def _chain_context(installation: str, keyed_from: int) -> bytes:
    return f"audit-chain-key:{installation}:{keyed_from}".encode()


def _import_chain_key(store: Store, document: dict[str, object], wrapping: AESGCM, path: Path) -> None:
    """The audit chain key an export carries, into this desktop's keychain (it must be this database's)."""
    carried = document.get("chain_key")
    if not isinstance(carried, dict):
        return
    installation, keyed_from = str(carried["installation"]), int(carried["keyed_from"])
    blob = base64.b64decode(str(carried["sealed"]))
    secret = wrapping.decrypt(blob[:12], blob[12:], _chain_context(installation, keyed_from))
    with store.reading() as session:
        ours = session.scalar(select(AuditChainHead.installation_id).where(AuditChainHead.id == 1))
    if ours != installation:
        raise ValidationError("file", "field_key.other_installation", str(path), held=installation, expected=ours)
    audit_keys.keychain_set(installation, ChainKey(secret, keyed_from))
    audit_keys.forget(store.engine)


def import_field_key(store: Store, path: Path, passphrase: str) -> str:
    """Put the key exported to `path` into this desktop's keychain; it must be this database's key."""
    require(store, Permission.MANAGE_KEYS)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != EXPORT_FORMAT:
            raise ValueError
        salt = base64.b64decode(document["salt"])
        blob = base64.b64decode(document["sealed"])
        key_id = str(document["key_id"])
    except OSError as exc:
        raise ValidationError("file", "field_key.unreadable", str(path), reason=exc.strerror or str(exc)) from None
    except (ValueError, KeyError, TypeError):
        raise ValidationError("file", "field_key.not_an_export", str(path)) from None
    wrapping = AESGCM(_wrapping_key(passphrase, salt))
    try:
        key = wrapping.decrypt(blob[:12], blob[12:], key_id.encode())
    except (InvalidTag, ValueError):
        raise ValidationError("passphrase", "field_key.wrong_passphrase", None) from None
    cipher = FieldCipher(key)
    with store.reading() as session:
        row = session.scalar(select(FieldKey).where(FieldKey.id == 1))
    if row is not None and row.key_id != cipher.key_id:
        raise ValidationError("file", "field_key.other_key", str(path), held=cipher.key_id, expected=row.key_id)
    try:
        _import_chain_key(store, document, wrapping, path)
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise ValidationError("file", "field_key.not_an_export", str(path)) from None
    _keychain_set(cipher)
    if row is None:
        try:
            with store.transaction() as session:
                session.add(FieldKey(id=1, key_id=cipher.key_id, created_by=store.actor.username,
                                     embedded_copy=cipher.key if _embedded(store) else None))
        except HomewardError as exc:
            if exc.key != INTEGRITY:
                raise
    forget_cached(store)
    return cipher.key_id



def seal(store: Store, text: str | None, binding: Binding) -> str | None:
    """`text` sealed with the database's field key, bound to its record (None stays None)."""
    return None if text is None else field_cipher(store).seal(text, binding)


def readable(store: Store, stored: str | None, binding: Binding) -> str | None:
    """The plain text of a sealed field, or a visible note saying why it cannot be opened here (never a value
    that is not sealed for this record, shown as if it were)."""
    if stored is None:
        return None
    try:
        return field_cipher(store).open(stored, binding)
    except HomewardError as exc:
        return f"[encrypted; cannot be shown here: {exc.message}]"
