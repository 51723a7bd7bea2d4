"""The audit chain's key: made once per installation, kept outside the database, linking every entry.

Each entry's link is HMAC-SHA256 under the chain key, so someone who can write the database but does
not hold the key cannot recompute the chain after an edit: a hash made without it shows. The key is
32 random bytes, kept

- in the OS keychain (service `homeward`, account `audit-chain-key:<installation id>`), with the
  position it started at, so a database cannot be talked into "no keyed links yet";
- where the embedded database has no keychain (a passphrase opens it), sealed in the chain head with
  a key derived from that passphrase (scrypt + AES-GCM, the position as associated data);
- on PostgreSQL, on the server, once `homeward db grant` has given it to the role that writes the chain.

The head row carries its own MAC (installation, position, hash, first keyed position), so moving the
head back to hide a cut tail needs the key too. Whoever holds the key (the keychain of a desktop that
writes, or the passphrase) can still recompute everything: the checkpoints kept outside the database
(`planning.audit_checkpoints`) are what shows that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import weakref
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy import Connection, Engine

from planning.errors import KeychainError
from planning.security import keychain
from planning.security.keys import SERVICE

KEYCHAIN = "keychain"
PASSPHRASE = "passphrase"
SERVER = "server"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

_cached: weakref.WeakKeyDictionary[Engine, dict[str, ChainKey]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, repr=False)
class ChainKey:
    """The chain key of one installation, and the first position it links."""

    secret: bytes
    keyed_from: int

    def __repr__(self) -> str:
        return f"ChainKey(keyed_from={self.keyed_from}, secret=<hidden>)"

    def link(self, message: bytes) -> str:
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class HeadRow:
    """The chain head as locked or read: where the chain ends and what anchors it."""

    seq: int
    hash: str
    installation_id: str
    keyed_from: int
    mac: str | None
    key_source: str | None
    wrapped_key: bytes | None


def account_for(installation_id: str) -> str:
    return f"audit-chain-key:{installation_id}"


def canonical(value: Any) -> bytes:
    """The one serialisation that is hashed: JSON, keys sorted, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def head_mac(key: ChainKey, installation_id: str, seq: int, hash_: str) -> str:
    return key.link(canonical(["head", installation_id, seq, hash_, key.keyed_from]))


# --- where the key lives ---------------------------------------------------------------------------

def _engine(bind: Engine | Connection) -> Engine:
    return bind if isinstance(bind, Engine) else bind.engine


def _passphrase(bind: Engine | Connection) -> str | None:
    """The embedded database's key as SQLCipher was given it (None on PostgreSQL)."""
    engine = _engine(bind)
    return engine.url.password if engine.dialect.name == "sqlite" and engine.url.password else None


def _keychain_get(installation_id: str) -> ChainKey | None:
    try:
        stored = keychain.get_password(SERVICE, account_for(installation_id))
    except (NoKeyringError, KeyringError, RuntimeError):
        return None
    if not stored:
        return None
    document = json.loads(stored)
    return ChainKey(bytes.fromhex(document["key"]), int(document["keyed_from"]))


def keychain_set(installation_id: str, key: ChainKey) -> None:
    """Keep `key` in this desktop's keychain (`KeychainError` when there is none)."""
    try:
        keychain.set_password(SERVICE, account_for(installation_id),
                             json.dumps({"key": key.secret.hex(), "keyed_from": key.keyed_from}))
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise KeychainError("audit.chain_key_refused", name=type(exc).__name__) from None


def _aad(installation_id: str, keyed_from: int) -> bytes:
    return canonical(["audit-chain-key", installation_id, keyed_from])


def wrap(key: ChainKey, installation_id: str, passphrase: str) -> bytes:
    """`key` sealed with `passphrase` (salt, nonce, ciphertext)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return salt + nonce + AESGCM(kek).encrypt(nonce, key.secret, _aad(installation_id, key.keyed_from))


def unwrap(blob: bytes, installation_id: str, keyed_from: int, passphrase: str) -> ChainKey | None:
    salt, nonce, sealed = blob[:16], blob[16:28], blob[28:]
    kek = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    try:
        return ChainKey(AESGCM(kek).decrypt(nonce, sealed, _aad(installation_id, keyed_from)), keyed_from)
    except (InvalidTag, ValueError):
        return None


def load(bind: Engine | Connection, head: HeadRow) -> ChainKey | None:
    """This installation's chain key where this desktop can reach it, or None.

    The keychain comes first: a key it holds is never overridden by one the database offers.
    """
    engine = _engine(bind)
    known = _cached.get(engine, {}).get(head.installation_id)
    if known is not None:
        return known
    key = _keychain_get(head.installation_id)
    if key is None and head.wrapped_key is not None:
        passphrase = _passphrase(bind)
        if passphrase is not None:
            key = unwrap(head.wrapped_key, head.installation_id, head.keyed_from, passphrase)
    if key is not None:
        remember(engine, head.installation_id, key)
    return key


def remember(engine: Engine, installation_id: str, key: ChainKey) -> None:
    _cached.setdefault(engine, {})[installation_id] = key


def forget(engine: Engine) -> None:
    """Drop what this engine cached (after a restore replaced the database under it)."""
    _cached.pop(engine, None)


def create(bind: Engine | Connection, head: HeadRow) -> ChainKey:
    """A new chain key for an installation that has none yet, linking from the head's `keyed_from`;
    kept in the keychain if there is one (`anchoring` says where it ended up)."""
    key = ChainKey(secrets.token_bytes(32), head.keyed_from)
    try:
        keychain_set(head.installation_id, key)
    except KeychainError:
        if _passphrase(bind) is None:
            raise KeychainError("audit.chain_key_nowhere") from None
    remember(_engine(bind), head.installation_id, key)
    return key


def anchoring(bind: Engine | Connection, head: HeadRow, key: ChainKey) -> dict[str, Any]:
    """The chain head's `key_source` and `wrapped_key` for the first keyed link: the keychain when it
    holds the key, else the key sealed with the database passphrase."""
    if _keychain_get(head.installation_id) == key:
        return {"key_source": KEYCHAIN, "wrapped_key": None}
    passphrase = _passphrase(bind)
    if passphrase is None:
        raise KeychainError("audit.chain_key_nowhere")
    return {"key_source": PASSPHRASE, "wrapped_key": wrap(key, head.installation_id, passphrase)}


def adopt(bind: Engine | Connection, head: HeadRow, key: ChainKey) -> dict[str, Any]:
    """A chain key that came with a restored backup, kept where this desktop keeps chain keys: the
    keychain, else sealed with the database passphrase. Returns the chain head's `key_source` and
    `wrapped_key` to write."""
    try:
        keychain_set(head.installation_id, key)
        values: dict[str, Any] = {"key_source": KEYCHAIN, "wrapped_key": None}
    except KeychainError:
        passphrase = _passphrase(bind)
        if passphrase is None:
            raise KeychainError("audit.chain_key_nowhere") from None
        values = {"key_source": PASSPHRASE, "wrapped_key": wrap(key, head.installation_id, passphrase)}
    remember(_engine(bind), head.installation_id, key)
    return values


def missing(head: HeadRow) -> KeychainError:
    """The refusal when this desktop cannot reach the chain key of a chain already keyed."""
    if head.key_source == PASSPHRASE:
        return KeychainError("audit.chain_key_unopened", installation=head.installation_id)
    return KeychainError("audit.chain_key_missing", installation=head.installation_id)
