"""Writing the audit log: every change, in the same transaction, with before and after.

The log is a hash chain (tamper-evident, see `planning.audit_chain` for the checks): entry n stores
`seq` = n, `digest` = SHA-256 of its canonical payload (before/after), `prev_hash` = the hash of entry
n-1, and `hash` = SHA-256 of its canonical fields (seq, time, actor, action, entity, ids, digest,
prev_hash). The chain runs over the payload's digest, not the payload, so retention can redact the
before/after values of anonymised people while the chain still verifies.

Many desktops write to one PostgreSQL database at once, so the chain must stay a single line.
`record` only prepares an entry; when the transaction commits, its entries are chained: the other
changes are flushed first, then the one-row `audit_chain_head` is locked (an UPDATE: a row lock on
PostgreSQL, the write lock on SQLite), the entries take the next positions and the head moves on.
The head is taken after every other row lock and held only while the transaction finishes, so
writers queue on it briefly and never deadlock over it. `chain_pending` does it earlier when a
caller needs the entries' ids before committing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Session

from planning.storage.base import Base, utcnow
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import CHAINED_AUDIT, PENDING_AUDIT, Actor

GENESIS = "0" * 64
_PENDING = PENDING_AUDIT
_HEAD_TABLE: Table = AuditChainHead.__table__  # type: ignore[assignment]

Snapshot = dict[str, Any]


#: Columns never copied into the audit log: scanned files, and a user's password hash.
UNLOGGED = frozenset({"scan", "password_hash"})


def snapshot(obj: Base) -> Snapshot:
    """The column values of a row, as JSON-safe plain values."""
    mapper = inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs
            if attr.key not in UNLOGGED}


def snapshot_value(value: Any) -> Any:
    """A value as snapshots hold it (enums by value, dates in ISO form, tuples as lists)."""
    return _plain(list(value) if isinstance(value, tuple) else value)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: Base | tuple[str, int | None],
    *,
    case_id: int | None = None,
    before: Snapshot | None = None,
    after: Snapshot | None = None,
) -> AuditEntry:
    """Add an audit entry to the session's transaction. `entity` is a row or (table, id)."""
    if isinstance(entity, tuple):
        table, entity_id = entity
    else:
        session.flush()
        table = entity.__tablename__
        entity_id = getattr(entity, "id", None)
        if after is None:
            after = snapshot(entity)
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before[k] for k in changed if k in before}
        after = {k: after[k] for k in changed}
    entry = AuditEntry(
        at=utcnow(), actor=actor.username, action=action, entity=table, entity_id=entity_id,
        case_id=case_id, before=before, after=after, digest=payload_digest(before, after),
    )
    session.info.setdefault(_PENDING, []).append(entry)
    return entry


def chain_pending(session: Session) -> None:
    """Put the transaction's pending entries on the chain now (done at commit anyway).

    Flushes the other changes first, so that every row lock is taken before the chain head's; the
    head is then held only while the transaction finishes, and two writers cannot deadlock on it.
    """
    pending: list[AuditEntry] = session.info.pop(_PENDING, [])
    if not pending:
        return
    session.info.setdefault(CHAINED_AUDIT, []).extend(pending)
    session.flush()
    seq, previous = _lock_head(session)
    for entry in pending:
        seq += 1
        entry.seq, entry.prev_hash = seq, previous
        entry.hash = previous = entry_hash(entry)
    session.connection().execute(_HEAD_TABLE.update().where(_HEAD_TABLE.c.id == 1).values(seq=seq, hash=previous))
    session.add_all(pending)
    session.flush()


def _lock_head(session: Session) -> tuple[int, str]:
    """The chain head (last position and hash), locked until this transaction ends."""
    row = session.connection().execute(
        _HEAD_TABLE.update().where(_HEAD_TABLE.c.id == 1).values(seq=_HEAD_TABLE.c.seq)
        .returning(_HEAD_TABLE.c.seq, _HEAD_TABLE.c.hash)
    ).one_or_none()
    if row is None:
        raise RuntimeError("the audit chain head is missing: the database was not migrated")
    return int(row[0]), str(row[1])


@event.listens_for(Session, "before_commit")
def _chain_at_commit(session: Session) -> None:
    chain_pending(session)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(CHAINED_AUDIT, None)


def canonical(value: Any) -> bytes:
    """The one serialisation that is hashed: JSON, keys sorted, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def payload_digest(before: Snapshot | None, after: Snapshot | None) -> str:
    return hashlib.sha256(canonical({"before": before, "after": after})).hexdigest()


def entry_hash(entry: AuditEntry) -> str:
    """The hash of an entry: its fields, its payload's digest and the previous hash."""
    at = entry.at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = [entry.seq, at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.case_id,
              entry.digest, entry.prev_hash]
    return hashlib.sha256(canonical(fields)).hexdigest()
