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
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.errors import HomewardError, ValidationError
from planning.messages import Message
from planning.storage.base import utcnow
from planning.storage.models import DocumentIssue
from planning.storage.store import Actor, Store

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
_LOADERS: dict[str, FactsLoader] = {}


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


def register_kind(kind: str, loader: FactsLoader) -> None:
    """Declare how to reload the facts of a document kind; done once by the module that prints it."""
    if _LOADERS.get(kind, loader) is not loader:
        raise ValueError(f"document kind {kind!r} is already registered")
    _LOADERS[kind] = loader


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

    @property
    def display_code(self) -> str:
        return display(self.code)

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: the code, and the kind, subject and digest it binds (for a reader offline).

        Upper case only, so that the QR code can use its compact alphanumeric mode.
        """
        return f"HOMEWARD:{self.display_code}:{self.kind}:{self.subject}:{self.digest[:16]}".upper()


def issue(session: Session, actor: Actor, kind: str, subject: str, facts: Facts, on: date,
          language: str | None = None) -> Issued:
    """Record an issue of a document in the caller's transaction (audited) and return its new code."""
    if kind not in _LOADERS:
        raise ValueError(f"document kind {kind!r} is not registered")
    facts = plain(facts)
    code = new_code()
    while session.scalar(select(DocumentIssue.id).where(DocumentIssue.code == code)) is not None:
        code = new_code()
    row = DocumentIssue(code=code, kind=kind, subject=subject, digest=digest(facts), facts=facts,
                        language=language, issued_on=on, issued_at=utcnow(), issued_by=actor.username)
    session.add(row)
    session.flush()
    audit.record(session, actor, "document.issue", ("document_issue", row.id),
                 after={"code": code, "kind": kind, "subject": subject, "digest": row.digest})
    return Issued(row.id, code, kind, subject, row.digest, on, actor.username)


# --- checking -----------------------------------------------------------------------------------


class Status(StrEnum):
    MATCH = "match"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verification:
    status: Status
    code: str
    kind: str | None = None
    subject: str | None = None
    issued_on: date | None = None
    issued_by: str | None = None
    #: Why it is superseded, one line each (`verification.*` keys of planning/documents/texts.py).
    reasons: tuple[Message, ...] = ()
    #: The code of the newer issue of the same document, where there is one.
    superseded_by: str | None = None

    @property
    def display_code(self) -> str:
        return display(self.code)

    def as_dict(self) -> dict[str, object]:
        return {"status": self.status.value, "code": self.display_code, "kind": self.kind, "subject": self.subject,
                "issued_on": self.issued_on.isoformat() if self.issued_on else None, "issued_by": self.issued_by,
                "reasons": [r.plain() for r in self.reasons],  # key, params and English text each
                "superseded_by": display(self.superseded_by) if self.superseded_by else None}


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


def verify(store: Store, text: str) -> Verification:
    """Whether the document carrying this code still says what the records say."""
    code = parse(text)
    with store.reading() as session:
        row = session.scalar(select(DocumentIssue).where(DocumentIssue.code == code))
        if row is None:
            return Verification(Status.UNKNOWN, code)
        loader = _LOADERS.get(row.kind)
        if loader is None:
            raise HomewardError("verification.kind_not_loaded", kind=row.kind)
        reasons: list[Message] = []
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
        status = Status.SUPERSEDED if reasons else Status.MATCH
        return Verification(status, code, row.kind, row.subject, row.issued_on, row.issued_by, tuple(reasons),
                            newer.code if newer is not None else None)
