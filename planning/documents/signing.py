"""The office's document key (Ed25519): made once per database, its private half sealed with the field key.

Every issued document's QR code holds a signed statement (`statement`): the document's key facts as
text a phone's camera shows, then the signature. Whoever holds the office's public key (exported with
`homeward office public-key`, its fingerprint printed on every document) can check it without Homeward
and without the records, e.g. with OpenSSL 3::

    openssl pkeyutl -verify -pubin -inkey office-key.pem -rawin -in signed.txt -sigfile signature.bin

The fingerprint printed on a document only says which key to use: it proves nothing by itself (a forger
prints his own), so the public key must come from the office by another channel.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.security.field_crypto import Binding
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.storage.models import DocumentSigningKey
from planning.storage.store import Store

KEY_PREFIX = "HWK"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _base32(data: bytes) -> str:
    """Crockford base 32 (no padding), as the verification codes use."""
    number = int.from_bytes(data, "big")
    out = []
    for _ in range((len(data) * 8 + 4) // 5):
        out.append(_ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(out))


def key_id_of(public_key: bytes) -> str:
    """16 base-32 symbols (80 bits) of SHA-256 over the raw public key."""
    return _base32(hashlib.sha256(b"homeward document key\0" + public_key).digest()[:10])


def display_key_id(key_id: str) -> str:
    """'HWK-7K3Q-XM2P-9A4B-CD5E'."""
    return "-".join([KEY_PREFIX, *(key_id[i:i + 4] for i in range(0, len(key_id), 4))])


def parse_key_id(text: str) -> str:
    cleaned = "".join(c for c in text.upper() if c not in " -")
    return cleaned[len(KEY_PREFIX):] if cleaned.startswith(KEY_PREFIX) else cleaned


def _binding(row_id: int) -> Binding:
    return Binding("document_signing_key", "private_key_sealed", row_id, "office")


@dataclass(frozen=True, repr=False)
class SigningKey:
    """The office's current key: signs statements; its public half is what a verifier needs."""

    key_id: str
    private: Ed25519PrivateKey

    def __repr__(self) -> str:
        return f"SigningKey({display_key_id(self.key_id)}, private=<hidden>)"

    def sign(self, message: bytes) -> str:
        return base64.urlsafe_b64encode(self.private.sign(message)).decode("ascii").rstrip("=")


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(public_key: bytes) -> str:
    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_public_key(data: bytes) -> bytes:
    """A public key given as PEM (what `homeward office public-key` writes) or as 32 raw bytes."""
    if len(data) == 32:
        return data
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return public_bytes(key)


def signature_valid(public_key: bytes, message: bytes, signature: str) -> bool:
    try:
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def current_key(session: Session, store: Store) -> SigningKey:
    """The office's key in use, made (and audited) the first time a document is issued."""
    row = session.scalar(select(DocumentSigningKey).where(DocumentSigningKey.retired_at.is_(None))
                         .order_by(DocumentSigningKey.id.desc()).limit(1))
    cipher = field_cipher(store)
    if row is None:
        private = Ed25519PrivateKey.generate()
        public = public_bytes(private.public_key())
        row = DocumentSigningKey(key_id=key_id_of(public), public_key=public, private_key_sealed=b"")
        session.add(row)
        session.flush()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        row.private_key_sealed = cipher.seal_bytes(raw, _binding(row.id))
        session.flush()
        audit.record(session, store.actor, "document_key.create", row, after={"key_id": row.key_id})
        return SigningKey(row.key_id, private)
    raw = cipher.open_bytes(row.private_key_sealed, _binding(row.id))
    return SigningKey(row.key_id, Ed25519PrivateKey.from_private_bytes(raw))


@dataclass(frozen=True)
class PublicKey:
    key_id: str
    public_key: bytes
    created_at: datetime
    retired_at: datetime | None

    @property
    def display_id(self) -> str:
        return display_key_id(self.key_id)

    @property
    def pem(self) -> str:
        return public_pem(self.public_key)


def public_keys(session: Session) -> dict[str, PublicKey]:
    """Every key the office has signed with, by key id (retired ones still verify what they signed)."""
    return {row.key_id: PublicKey(row.key_id, row.public_key, row.created_at, row.retired_at)
            for row in session.scalars(select(DocumentSigningKey).order_by(DocumentSigningKey.id))}


def office_public_key(store: Store) -> PublicKey:
    """The public half of the office's key in use (made now if no document was issued yet), to publish."""
    require(store, Permission.PRINT_DOCUMENTS)
    with store.transaction() as session:
        key = current_key(session, store)
        return public_keys(session)[key.key_id]
