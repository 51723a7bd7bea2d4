"""Field-level encryption of sensitive free text and attachments (AES-256-GCM), each value bound to its record.

A sealed text is `hw2:<key id>:<base64 of nonce + ciphertext + tag>`; sealed bytes are nonce + ciphertext +
tag. The associated data is the value's `Binding`: its table, column, row id and the person (or household)
the record is about. A value copied into another row, another column or another person's record does not
open, and neither does one sealed the older way (`hw1`, bound to its column only: migration 0013 re-sealed
those) or plain text written where a sealed value belongs: each is refused with its own error, and
`homeward keys check` lists them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from planning.errors import HomewardError

PREFIX = "hw2"
#: Sealed before values were bound to their record (column only).
UNBOUND_PREFIX = "hw1"
NONCE_BYTES = 12
KEY_BYTES = 32


class FieldCryptoError(HomewardError):
    """A sealed field could not be opened: the wrong key, or the stored value was altered."""

    family = "storage.field_crypto"


@dataclass(frozen=True)
class Binding:
    """Where a sealed value belongs: the table, column and row that hold it, and whom the record is about
    (`person:12`, or `case:7/follow_up:31` for what a follow-up holds)."""

    table: str
    column: str
    row_id: int
    subject: str

    def associated_data(self) -> bytes:
        return json.dumps([PREFIX, self.table, self.column, self.row_id, self.subject]).encode()

    def __str__(self) -> str:
        return f"{self.table}.{self.column} {self.row_id}"


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

    def seal_bytes(self, data: bytes, binding: Binding) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, data, binding.associated_data())

    def open_bytes(self, sealed: bytes, binding: Binding) -> bytes:
        try:
            return AESGCM(self.key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], binding.associated_data())
        except (InvalidTag, ValueError):
            raise FieldCryptoError("field_crypto.altered", context=str(binding)) from None

    def seal(self, text: str | None, binding: Binding) -> str | None:
        if text is None:
            return None
        blob = base64.b64encode(self.seal_bytes(text.encode("utf-8"), binding)).decode("ascii")
        return f"{PREFIX}:{self.key_id}:{blob}"

    def open(self, stored: str | None, binding: Binding) -> str | None:
        """The text sealed in `stored` for this record; `FieldCryptoError` for anything else (None stays None)."""
        if stored is None:
            return None
        if not is_sealed(stored):
            if stored.startswith(UNBOUND_PREFIX + ":"):
                raise FieldCryptoError("field_crypto.unbound", context=str(binding))
            raise FieldCryptoError("field_crypto.not_sealed", context=str(binding))
        _, key_id, blob = stored.split(":", 2)
        if key_id != self.key_id:
            raise FieldCryptoError("field_crypto.other_key", context=str(binding), sealed_with=key_id,
                                   held=self.key_id)
        try:
            raw = base64.b64decode(blob, validate=True)
        except ValueError:
            raise FieldCryptoError("field_crypto.damaged", context=str(binding)) from None
        return self.open_bytes(raw, binding).decode("utf-8")


def is_sealed(stored: str) -> bool:
    """Whether `stored` has the form of a value sealed bound to its record (whether it opens is another matter)."""
    return stored.startswith(PREFIX + ":") and stored.count(":") >= 2
