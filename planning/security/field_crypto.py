"""Field-level encryption of sensitive free text and attachments (AES-256-GCM).

A sealed value is `hw1:<key id>:<base64 of nonce + ciphertext + tag>`. The associated data binds it
to where it is stored ("follow_up.notes"), so a sealed note pasted into another column does not open.
Values written before field encryption existed carry no prefix and are read as they are.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from planning.errors import HomewardError

PREFIX = "hw1"
NONCE_BYTES = 12
KEY_BYTES = 32


class FieldCryptoError(HomewardError):
    """A sealed field could not be opened: the wrong key, or the stored value was altered."""

    family = "storage.field_crypto"


def key_id_of(key: bytes) -> str:
    """A public fingerprint of a field key (never enough to recover it)."""
    return hashlib.sha256(b"homeward field key id\0" + key).hexdigest()[:16]


@dataclass(frozen=True, repr=False)
class FieldCipher:
    key: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("a field key is 32 bytes")

    def __repr__(self) -> str:
        return f"FieldCipher(key_id={self.key_id}, key=<hidden>)"

    @classmethod
    def generate(cls) -> FieldCipher:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def key_id(self) -> str:
        return key_id_of(self.key)

    def seal_bytes(self, data: bytes, context: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, data, context.encode())

    def open_bytes(self, sealed: bytes, context: str) -> bytes:
        try:
            return AESGCM(self.key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
        except (InvalidTag, ValueError):
            raise FieldCryptoError("field_crypto.altered", context=context) from None

    def seal(self, text: str | None, context: str) -> str | None:
        if text is None:
            return None
        blob = base64.b64encode(self.seal_bytes(text.encode("utf-8"), context)).decode("ascii")
        return f"{PREFIX}:{self.key_id}:{blob}"

    def open(self, stored: str | None, context: str) -> str | None:
        if stored is None or not is_sealed(stored):
            return stored
        _, key_id, blob = stored.split(":", 2)
        if key_id != self.key_id:
            raise FieldCryptoError("field_crypto.other_key", context=context, sealed_with=key_id, held=self.key_id)
        try:
            raw = base64.b64decode(blob, validate=True)
        except ValueError:
            raise FieldCryptoError("field_crypto.damaged", context=context) from None
        return self.open_bytes(raw, context).decode("utf-8")


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX + ":") and stored.count(":") >= 2
