"""Verification codes: every issued document is recorded with a digest of what it says, and checked back.

A code is 9 random Crockford base-32 symbols (45 bits, not derived from any sequence) and a check
symbol (Luhn mod 32: every single mistyped symbol and most swapped neighbours are caught), printed
as ``HW-XXXXX-XXXXX``. Checking a code answers *match* (the record still says what was printed),
*superseded* (the record changed since, the issue record itself was altered, or a newer issue of
the same document exists) or *unknown*.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.documents.signing import current_key, display_key_id, public_keys, signature_valid
from planning.documents.statement import Stated, Statement
from planning.errors import HomewardError, NotFoundError, ValidationError
from planning.messages import Message
from planning.security.permissions import Permission, require
from planning.storage.base import utcnow
from planning.storage.models import DocumentIssue
from planning.storage.store import Store
from planning.validation import required_text

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
# Crockford's reading of look-alikes.
_ALIASES = {"O": "0", "I": "1", "L": "1"}
BODY_LENGTH = 9
PREFIX = "HW"

Facts = dict[str, Any]
#: Reloads, from the current records, the facts a document of some kind printed about a subject
#: (None when the subject no longer exists).
FactsLoader = Callable[[Session, str], Facts | None]
#: What a document of some kind states in its QR code, from its facts (the default: a digest of them).
StatedFacts = Callable[[Facts], Stated]
_LOADERS: dict[str, FactsLoader] = {}
_STATED: dict[str, StatedFacts] = {}


# --- codes --------------------------------------------------------------------------------------


def check_symbol(body: str) -> str:
    """The Luhn mod 32 check symbol of a string of base-32 symbols."""
    total = 0
    factor = 2
    for symbol in reversed(body):
        addend = factor * _VALUES[symbol]
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_symbol(body)


def display(code: str) -> str:
    """'HW-7K3QX-M2P9A' from the stored 10 symbols."""
    return f"{PREFIX}-{code[:5]}-{code[5:]}"


def parse(text: str) -> str:
    """The stored form of a code as typed or scanned; `ValidationError('code', ...)` when it cannot be one."""
    cleaned = "".join(c for c in text.upper() if c not in " -_.\t")
    if cleaned.startswith(PREFIX) and len(cleaned) == BODY_LENGTH + 1 + len(PREFIX):
        cleaned = cleaned[len(PREFIX):]
    cleaned = "".join(_ALIASES.get(c, c) for c in cleaned)
    if len(cleaned) != BODY_LENGTH + 1:
        raise ValidationError("code", "verification.length", text, length=BODY_LENGTH + 1, got=len(cleaned))
    wrong = sorted({c for c in cleaned if c not in _VALUES})
    if wrong:
        raise ValidationError("code", "verification.symbols", text, symbols=tuple(wrong))
    if check_symbol(cleaned[:-1]) != cleaned[-1]:
        raise ValidationError("code", "verification.check_symbol", text)
    return cleaned


# --- digests ------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """Facts as JSON values: dates ISO, enums by value, decimals as strings, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"{type(value).__name__} is not a printable fact")


def canonical(facts: Facts) -> bytes:
    return json.dumps(plain(facts), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(facts: Facts) -> str:
    return hashlib.sha256(canonical(facts)).hexdigest()


# --- issuing ------------------------------------------------------------------------------------


def register_kind(kind: str, loader: FactsLoader, stated: StatedFacts | None = None) -> None:
    """Declare how to reload the facts of a document kind, and what its QR code states (default: their digest);
    done once by the module that prints it."""
    if _LOADERS.get(kind, loader) is not loader:
        raise ValueError(f"document kind {kind!r} is already registered")
    _LOADERS[kind] = loader
    if stated is not None:
        _STATED[kind] = stated


def stated_of(kind: str, facts: Facts) -> Stated:
    """What a document of `kind` with these facts states in its QR code."""
    found = _STATED.get(kind)
    return found(plain(facts)) if found is not None else Stated(lines=(("digest", digest(facts)[:32]),))


def statement_for(issue: DocumentIssue, facts: Facts) -> Statement:
    """The statement (unsigned) an issue's QR code would hold for these facts."""
    return Statement(display(issue.code), issue.kind, issue.subject, issue.issued_on.isoformat(),
                     display_key_id(issue.signing_key_id or ""), stated_of(issue.kind, facts))


def registered_kinds() -> tuple[str, ...]:
    return tuple(sorted(_LOADERS))


@dataclass(frozen=True)
class Issued:
    id: int
    code: str
    kind: str
    subject: str
    digest: str
    issued_on: date
    issued_by: str
    #: What the QR code holds: the document's key facts, signed with the office's key.
    statement: Statement

    @property
    def display_code(self) -> str:
        return display(self.code)

    @property
    def qr_payload(self) -> str:
        return self.statement.text()

    @property
    def key_id(self) -> str:
        """The office key's fingerprint, 'HWK-…', printed beside the QR code."""
        return self.statement.key


def issue(session: Session, store: Store, kind: str, subject: str, facts: Facts, on: date,
          language: str | None = None) -> Issued:
    """Record an issue of a document in the caller's transaction (audited), signed with the office's key,
    and return its new code."""
    if kind not in _LOADERS:
        raise ValueError(f"document kind {kind!r} is not registered")
    actor = store.actor
    facts = plain(facts)
    key = current_key(session, store)
    code = new_code()
    while session.scalar(select(DocumentIssue.id).where(DocumentIssue.code == code)) is not None:
        code = new_code()
    row = DocumentIssue(code=code, kind=kind, subject=subject, digest=digest(facts), facts=facts,
                        language=language, issued_on=on, issued_at=utcnow(), issued_by=actor.username,
                        signing_key_id=key.key_id)
    session.add(row)
    session.flush()
    unsigned = statement_for(row, facts)
    signed = replace(unsigned, signature=key.sign(unsigned.signed_part()))
    row.statement = signed.text()
    session.flush()
    audit.record(session, actor, "document.issue", ("document_issue", row.id),
                 after={"code": code, "kind": kind, "subject": subject, "digest": row.digest, "key": key.key_id})
    return Issued(row.id, code, kind, subject, row.digest, on, actor.username, signed)


# --- checking -----------------------------------------------------------------------------------


class Status(StrEnum):
    MATCH = "match"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Fact:
    """One fact the document states, beside what the records say now (None: the records no longer say it)."""

    name: str
    stated: str | None
    records: str | None

    @property
    def differs(self) -> bool:
        return self.stated != self.records


@dataclass(frozen=True)
class Verification:
    status: Status
    code: str
    kind: str | None = None
    subject: str | None = None
    issued_on: date | None = None
    issued_by: str | None = None
    #: Why it is superseded or revoked, one line each (`verification.*` keys of planning/documents/texts.py).
    reasons: tuple[Message, ...] = ()
    #: The code of the newer issue of the same document, where there is one.
    superseded_by: str | None = None
    #: The facts the document's QR code states, each beside the records.
    facts: tuple[Fact, ...] = ()
    #: The statement the QR code of this issue holds (None for documents issued before documents were signed).
    statement: Statement | None = None

    @property
    def display_code(self) -> str:
        return display(self.code)

    @property
    def differing(self) -> tuple[str, ...]:
        return tuple(fact.name for fact in self.facts if fact.differs)

    def as_dict(self) -> dict[str, object]:
        return {"status": self.status.value, "code": self.display_code, "kind": self.kind, "subject": self.subject,
                "issued_on": self.issued_on.isoformat() if self.issued_on else None, "issued_by": self.issued_by,
                "reasons": [r.plain() for r in self.reasons],  # key, params and English text each
                "superseded_by": display(self.superseded_by) if self.superseded_by else None,
                "facts": [{"name": f.name, "stated": f.stated, "records": f.records} for f in self.facts]}


def changed_paths(printed: Any, current: Any, path: str = "") -> list[str]:
    """Where two fact trees differ, as 'legs[1].departure_at'-style paths (at most the first few levels)."""
    if isinstance(printed, dict) and isinstance(current, dict):
        out: list[str] = []
        for key in sorted(set(printed) | set(current)):
            sub = f"{path}.{key}" if path else key
            if key not in printed or key not in current:
                out.append(sub)
            else:
                out.extend(changed_paths(printed[key], current[key], sub))
        return out
    if isinstance(printed, list) and isinstance(current, list) and len(printed) == len(current):
        out = []
        for index, (a, b) in enumerate(zip(printed, current, strict=True)):
            out.extend(changed_paths(a, b, f"{path}[{index}]"))
        return out
    return [] if printed == current else [path or "(everything)"]


def side_by_side(stated: Statement, current: Statement | None) -> tuple[Fact, ...]:
    """Each fact a statement gives beside the same fact in `current` (the records' statement), then those only
    the records give."""
    now = dict(current.fields()) if current is not None else {}
    out = [Fact(name, value, now.get(name)) for name, value in stated.fields()]
    named = {name for name, _ in stated.fields()}
    out += [Fact(name, None, value) for name, value in (current.fields() if current is not None else [])
            if name not in named]
    return tuple(out)


def verify(store: Store, text: str) -> Verification:
    """Whether the document carrying this code still says what the records say, fact by fact."""
    code = parse(text)
    with store.reading() as session:
        row = session.scalar(select(DocumentIssue).where(DocumentIssue.code == code))
        if row is None:
            return Verification(Status.UNKNOWN, code)
        loader = _LOADERS.get(row.kind)
        if loader is None:
            raise HomewardError("verification.kind_not_loaded", kind=row.kind)
        reasons: list[Message] = []
        if row.revoked_at is not None:
            reasons.append(Message.of("verification.revoked", day=row.revoked_at.date(), by=row.revoked_by or "",
                                      reason=row.revoked_reason or ""))
        if digest(row.facts) != row.digest:
            reasons.append(Message.of("verification.altered"))
        newer = session.scalar(select(DocumentIssue).where(
            DocumentIssue.kind == row.kind, DocumentIssue.subject == row.subject, DocumentIssue.id > row.id,
        ).order_by(DocumentIssue.id.desc()).limit(1))
        if newer is not None:
            reasons.append(Message.of("verification.newer", day=newer.issued_on, code=display(newer.code)))
        current = loader(session, row.subject)
        if current is None:
            reasons.append(Message.of("verification.subject_gone", subject=row.subject))
        elif digest(current) != row.digest:
            paths = changed_paths(row.facts, plain(current))
            if len(paths) > 6:
                reasons.append(Message.of("verification.changed_more", paths=tuple(paths[:6]), more=len(paths) - 6))
            else:
                reasons.append(Message.of("verification.changed", paths=tuple(paths)))
        stated = Statement.parse(row.statement) if row.statement else None
        facts: tuple[Fact, ...] = ()
        if stated is not None:
            key = public_keys(session).get(row.signing_key_id or "")
            if key is None or not stated.signature or not signature_valid(key.public_key, stated.signed_part(),
                                                                          stated.signature):
                reasons.append(Message.of("verification.signature_altered"))
            facts = side_by_side(stated, statement_for(row, current) if current is not None else None)
        status = (Status.REVOKED if row.revoked_at is not None else Status.SUPERSEDED if reasons else Status.MATCH)
        return Verification(status, code, row.kind, row.subject, row.issued_on, row.issued_by, tuple(reasons),
                            newer.code if newer is not None else None, facts, stated)


def revoke(store: Store, text: str, reason: str) -> Verification:
    """Withdraw an issued document (lost, stolen, issued in error): verification says so and why (audited)."""
    require(store, Permission.PRINT_DOCUMENTS)
    code = parse(text)
    why = required_text("reason", reason, max_length=500)
    with store.transaction() as session:
        row = session.scalar(select(DocumentIssue).where(DocumentIssue.code == code))
        if row is None:
            raise NotFoundError("document", display(code))
        if row.revoked_at is None:
            row.revoked_at, row.revoked_by, row.revoked_reason = utcnow(), store.actor.username, why
            audit.record(session, store.actor, "document.revoke", ("document_issue", row.id),
                         after={"code": code, "reason": why})
    return verify(store, code)
