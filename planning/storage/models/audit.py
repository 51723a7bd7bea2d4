"""The audit log: who changed what, when, from what to what; chained so that tampering shows.

Each entry carries its place in the chain (`seq`), a digest of its payload (before/after), the hash of
the entry before it and its own hash over all of that (see `planning.audit_chain`). The payload can be
redacted by retention (`redacted_by` names the retention entry); the digest stays, so the chain still
verifies. `AuditChainHead` is a one-row table: the last position and hash, locked by every writer, and
what anchors the chain: the installation's id, the first position linked with the chain key, and the
head's own MAC under that key (see `planning.audit_keys`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column()
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="SET NULL"), index=True
    )
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Position in the chain: 1, 2, 3, ... with no gaps.
    seq: Mapped[int] = mapped_column(unique=True)
    #: SHA-256 of the canonical payload (before and after), kept when the payload is redacted.
    digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    #: The retention entry that redacted the payload, if any.
    redacted_by: Mapped[int | None] = mapped_column()


class AuditChainHead(Base):
    """The end of the chain; every audited transaction locks this row until it commits."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64))
    #: This database's identity, made once when it is created (or migrated); backups and checkpoints
    #: carry it, so a restore can tell this database's past from another installation's.
    installation_id: Mapped[str] = mapped_column(String(32))
    #: The first position whose link is an HMAC under the chain key; the ones before it (written
    #: before revision 0012) stay plain SHA-256 and are still verified so.
    keyed_from: Mapped[int] = mapped_column(default=1)
    #: HMAC of (installation, seq, hash, keyed_from) under the chain key; None until the first keyed link.
    mac: Mapped[str | None] = mapped_column(String(64))
    #: Where the chain key is kept: "keychain", "passphrase" (wrapped below) or "server".
    key_source: Mapped[str | None] = mapped_column(String(16))
    #: The chain key sealed with the database passphrase, for a desktop without a keychain.
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
