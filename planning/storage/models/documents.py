"""Issued documents (each with its verification code) and the office whose letterhead they carry."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, utcnow


class DocumentIssue(Base):
    """One printed document: what it says (the facts and their digest) and the code printed on it.

    Never updated: printing again makes a new issue, which supersedes the older ones of the same
    kind and subject.
    """

    __tablename__ = "document_issue"
    __table_args__ = (Index("ix_document_issue_kind_subject", "kind", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The verification code without its 'HW-' prefix and hyphens (10 Crockford base-32 symbols).
    code: Mapped[str] = mapped_column(String(16), unique=True)
    #: e.g. 'travel-letter', 'declaration'; the module printing the kind knows how to reload its facts.
    kind: Mapped[str] = mapped_column(String(40))
    #: What the document is about: a case reference, a movement code, a country code.
    subject: Mapped[str] = mapped_column(String(120))
    #: SHA-256 (hex) of the canonical JSON of `facts`.
    digest: Mapped[str] = mapped_column(String(64))
    #: The facts printed, as plain JSON values, so a changed record can say what changed.
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    language: Mapped[str | None] = mapped_column(String(8))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(80))
    #: The office key that signed the statement printed in the QR code (`DocumentSigningKey.key_id`), and that
    #: statement as printed, with its Ed25519 signature; None for documents issued before documents were signed.
    signing_key_id: Mapped[str | None] = mapped_column(String(32))
    statement: Mapped[str | None] = mapped_column(Text)
    #: Withdrawn by the office (lost, stolen, issued in error): verification says so and why.
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(80))
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class OfficeProfile(Versioned, Base):
    """The office printing the documents: the letterhead and the contacts printed on them (one row)."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    #: A number answered at any hour while returnees travel.
    emergency_phone: Mapped[str | None] = mapped_column(String(40))
    #: Language of the office (documents are printed in it, bilingual ones also in the returnee's).
    language: Mapped[str] = mapped_column(String(8), default="en")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_filename: Mapped[str | None] = mapped_column(String(255))
    #: Who signs travel letters for the office, and their title, printed in the signature and stamp block.
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    #: Reports meant for sharing show a cell standing for fewer people or records than this as "<N" (0 or 1: none).
    smallest_count_shown: Mapped[int] = mapped_column(default=5, server_default="5")


class DocumentSigningKey(Base):
    """The office's Ed25519 key that signs what each document's QR code states; the public half is published.

    The private half is sealed with the field key (bound to this row), so a server administrator reading the
    table cannot sign. A retired key stays: documents it signed still verify.
    """

    __tablename__ = "document_signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: A short public fingerprint of the public key, printed on documents ('HWK-XXXX-XXXX-XXXX-XXXX' without
    #: its prefix and hyphens).
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
