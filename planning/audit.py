"""Writing the audit log: every change, in the same transaction, with before and after.

The log is a hash chain (tamper-evident, see `planning.audit_chain` for the checks): entry n stores
`seq` = n, `digest` = SHA-256 of its canonical payload (before/after), `prev_hash` = the hash of entry
n-1, and `hash` = HMAC-SHA256 under the installation's chain key (`planning.audit_keys`) of its
canonical fields (seq, time, actor, action, entity, ids, digest, prev_hash); entries written before
revision 0012 keep a plain SHA-256 there. The chain runs over the payload's digest, not the payload,
so retention can redact the before/after values of anonymised people while the chain still verifies.
The head row carries a MAC of its own, so it cannot be moved back without the key either.

Many desktops write to one PostgreSQL database at once, so the chain must stay a single line.
`record` only prepares an entry; when the transaction commits, its entries are chained: the other
changes are flushed first, then the one-row `audit_chain_head` is locked (an UPDATE: a row lock on
PostgreSQL, the write lock on SQLite), the entries take the next positions and the head moves on.
The head is taken after every other row lock and held only while the transaction finishes, so
writers queue on it briefly and never deadlock over it. `chain_pending` does it earlier when a
caller needs the entries' ids before committing. On PostgreSQL the head is locked, the entries
inserted and the head moved through SECURITY DEFINER functions (`planning.storage.server_functions`):
no desktop role may write those tables itself.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, event, inspect, text
from sqlalchemy.orm import Session

from planning import audit_keys
from planning.audit_keys import ChainKey, HeadRow
from planning.audit_keys import canonical as canonical
from planning.storage.base import Base, utcnow
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import CHAINED_AUDIT, PENDING_AUDIT, SYSTEM, Actor

GENESIS = "0" * 64
#: Written by the first write that finds the chain head moved without the chain key.
HEAD_MOVED_ACTION = "audit.head_moved"
_PENDING = PENDING_AUDIT
_HEAD_TABLE: Table = AuditChainHead.__table__  # type: ignore[assignment]

Snapshot = dict[str, Any]


#: Columns never copied into the audit log: scanned files, and a user's password and recovery code hashes.
UNLOGGED = frozenset({"scan", "password_hash", "recovery_code_hash"})


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
    The first keyed link of an installation makes its chain key (under the head's lock, so two
    desktops cannot make two).
    """
    pending: list[AuditEntry] = session.info.pop(_PENDING, [])
    if not pending:
        return
    session.info.setdefault(CHAINED_AUDIT, []).extend(pending)
    session.flush()
    head, key, anchoring, evidence = _anchored(session)
    _link(session, head, key, [*evidence, *pending], anchoring)


def anchor(session: Session) -> tuple[HeadRow, ChainKey]:
    """The chain head, locked, and the installation's chain key, made now if the chain has none yet
    (the head is then signed where it stands)."""
    head, key, anchoring, evidence = _anchored(session)
    if evidence or anchoring or head.mac is None:
        _link(session, head, key, evidence, anchoring)
    return lock_head(session), key


def _link(session: Session, head: HeadRow, key: ChainKey, entries: list[AuditEntry],
          anchoring: dict[str, Any]) -> None:
    seq, previous = head.seq, head.hash
    for entry in entries:
        seq += 1
        entry.seq, entry.prev_hash = seq, previous
        entry.hash = previous = entry_hash(entry, key)
    if _on_server(session):
        _append_on_server(session, head, key, entries, seq, previous, anchoring)
        return
    _move_head(session, head, key, seq, previous, anchoring)
    session.add_all(entries)
    session.flush()


def _on_server(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def _append_on_server(session: Session, head: HeadRow, key: ChainKey, entries: list[AuditEntry], seq: int,
                      hash_: str, anchoring: dict[str, Any]) -> None:
    """The entries and the head's new place, handed to `homeward_audit_append`, which checks that they
    continue the chain from its head and stand under the caller's own account; the entries get its ids."""
    rows = [{"seq": e.seq, "at": e.at.astimezone(UTC).isoformat(timespec="microseconds"), "actor": e.actor,
             "action": e.action, "entity": e.entity, "entity_id": e.entity_id, "case_id": e.case_id,
             "before": e.before, "after": e.after, "digest": e.digest, "prev_hash": e.prev_hash, "hash": e.hash}
            for e in entries]
    moved = {"seq": seq, "hash": hash_, "mac": audit_keys.head_mac(key, head.installation_id, seq, hash_),
             **{k: (v.hex() if isinstance(v, bytes) else v) for k, v in anchoring.items()}}
    ids = session.connection().execute(text("SELECT homeward_audit_append(CAST(:entries AS json), "
                                             "CAST(:head AS json))"),
                                       {"entries": json.dumps(rows), "head": json.dumps(moved)}).scalars().all()
    for entry, entry_id in zip(entries, ids, strict=True):
        entry.id = entry_id


def _anchored(session: Session) -> tuple[HeadRow, ChainKey, dict[str, Any], list[AuditEntry]]:
    """The locked head, the key, how to anchor a first keyed link, and the evidence of a head found
    moved without the key (written into the chain before anything else, so a later write never
    makes a cut tail look whole)."""
    bind = session.connection()
    head = lock_head(session)
    key = audit_keys.load(bind, head)
    first = head.mac is None and head.seq < head.keyed_from
    if key is None:
        if not first:
            raise audit_keys.missing(head)
        key = audit_keys.create(bind, head)
    if first:
        return head, key, audit_keys.anchoring(bind, head, key), []
    if head.keyed_from == key.keyed_from and head.mac == audit_keys.head_mac(key, head.installation_id, head.seq,
                                                                              head.hash):
        return head, key, {}, []
    found = {"seq": head.seq, "hash": head.hash, "keyed_from": head.keyed_from, "mac": head.mac}
    evidence = AuditEntry(at=utcnow(), actor=SYSTEM.username, action=HEAD_MOVED_ACTION, entity="audit_chain_head",
                          entity_id=1, before=None, after=found, digest=payload_digest(None, found))
    return head, key, {"keyed_from": key.keyed_from}, [evidence]


def _move_head(session: Session, head: HeadRow, key: ChainKey, seq: int, hash_: str,
               anchoring: dict[str, Any]) -> None:
    session.connection().execute(_HEAD_TABLE.update().where(_HEAD_TABLE.c.id == 1).values(
        seq=seq, hash=hash_, mac=audit_keys.head_mac(key, head.installation_id, seq, hash_), **anchoring))


def lock_head(session: Session) -> HeadRow:
    """The chain head, locked until this transaction ends."""
    c = _HEAD_TABLE.c
    if _on_server(session):
        row = session.connection().execute(text(
            "SELECT seq, hash, installation_id, keyed_from, mac, key_source, wrapped_key "
            "FROM homeward_audit_lock()")).one_or_none()
    else:
        row = session.connection().execute(
            _HEAD_TABLE.update().where(c.id == 1).values(seq=c.seq)
            .returning(c.seq, c.hash, c.installation_id, c.keyed_from, c.mac, c.key_source, c.wrapped_key)
        ).one_or_none()
    if row is None:
        raise RuntimeError("the audit chain head is missing: the database was not migrated")
    return HeadRow(int(row[0]), str(row[1]), str(row[2]), int(row[3]), row[4], row[5], row[6])


@event.listens_for(Session, "before_commit")
def _chain_at_commit(session: Session) -> None:
    chain_pending(session)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(CHAINED_AUDIT, None)


def payload_digest(before: Snapshot | None, after: Snapshot | None) -> str:
    return hashlib.sha256(canonical({"before": before, "after": after})).hexdigest()


def entry_hash(entry: AuditEntry, key: ChainKey | None = None) -> str:
    """The link of an entry over its fields, its payload's digest and the previous hash: HMAC-SHA256
    under the chain key from the key's first position on, plain SHA-256 before it (or without a key)."""
    at = entry.at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = canonical([entry.seq, at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.case_id,
                        entry.digest, entry.prev_hash])
    if key is not None and entry.seq >= key.keyed_from:
        return key.link(fields)
    return hashlib.sha256(fields).hexdigest()
