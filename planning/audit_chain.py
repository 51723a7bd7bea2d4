"""Checking the audit log's hash chain (see `planning.audit` for how it is written).

The walk goes through the entries in chain order (`seq`), streaming, and stops at the first break:

- altered: an entry's fields or payload no longer give its stored hash or digest;
- removed: a position in the chain is missing (the entry after the gap is named), or entries after
  the last one are missing (the chain head records more);
- inserted: an entry sits at a position already used, after the recorded head, or does not link to
  the entry before it although its own hash holds.

A redacted entry (retention) is checked without its payload: it must be empty and `redacted_by` must
name a later retention entry; the digest in the chain still covers what the payload was.

The chain is plain SHA-256 (no secret): it shows edits made with ordinary database access, and an
edit that recomputes every later hash changes the head hash, which `verify` prints so it can be
noted outside the database (in the office's records) and compared later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from planning.audit import GENESIS, entry_hash, payload_digest
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import Store

RETENTION_ACTION = "retention.apply"
BATCH = 5000


@dataclass(frozen=True)
class ChainBreak:
    """The first place the chain does not hold."""

    kind: str  # "altered" | "removed" | "inserted"
    seq: int | None
    entry_id: int | None
    at: datetime | None
    actor: str | None
    action: str | None
    detail: str

    def describe(self) -> str:
        if self.entry_id is None:
            return f"{self.kind}: {self.detail}"
        when = self.at.strftime("%Y-%m-%d %H:%M:%S UTC") if self.at else "?"
        return (f"{self.kind}: entry {self.entry_id} (position {self.seq}, {when}, {self.actor}, "
                f"{self.action}): {self.detail}")


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_seq: int
    head_hash: str
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def _break(kind: str, entry: AuditEntry | None, detail: str) -> ChainBreak:
    if entry is None:
        return ChainBreak(kind, None, None, None, None, None, detail)
    return ChainBreak(kind, entry.seq, entry.id, entry.at, entry.actor, entry.action, detail)


def verify(store: Store, progress: Callable[[int, int], bool | None] | None = None) -> ChainReport:
    """Walk the whole chain; `progress(done, total)` may return False to stop (the report is then partial)."""
    with store.reading() as session:
        head = session.get(AuditChainHead, 1)
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        head_seq, head_hash = (head.seq, head.hash) if head is not None else (0, GENESIS)
        if head is None:
            return ChainReport(total, 0, GENESIS, _break("removed", None, "the chain head row is missing"))
        retention_ids = set(session.scalars(select(AuditEntry.id).where(AuditEntry.action == RETENTION_ACTION)))
        checked = 0
        previous: AuditEntry | None = None
        last_seq = 0
        while True:
            batch = session.scalars(
                select(AuditEntry).where(AuditEntry.seq > last_seq).order_by(AuditEntry.seq, AuditEntry.id)
                .limit(BATCH)
            ).all()
            if not batch:
                break
            for entry in batch:
                broken = _check(entry, previous, head_seq, retention_ids)
                if broken is not None:
                    return ChainReport(total, head_seq, head_hash, broken)
                previous = entry
                checked += 1
            last_seq = batch[-1].seq
            session.expunge_all()
            if progress is not None and progress(checked, total) is False:
                return ChainReport(checked, head_seq, head_hash, None)
        duplicates = total - checked
        if duplicates:
            seq = session.scalar(select(AuditEntry.seq).group_by(AuditEntry.seq).having(func.count() > 1).limit(1))
            extra = session.scalars(select(AuditEntry).where(AuditEntry.seq == seq).order_by(AuditEntry.id)).all()
            if len(extra) > 1:
                return ChainReport(total, head_seq, head_hash,
                                   _break("inserted", extra[1], f"a second entry at position {seq}"))
        last = previous.seq if previous is not None else 0
        if last < head_seq:
            return ChainReport(total, head_seq, head_hash, _break(
                "removed", previous,
                f"the chain head records {head_seq} entries; the last {head_seq - last} after this one are missing"))
        if previous is not None and previous.hash != head_hash:
            return ChainReport(total, head_seq, head_hash, _break(
                "altered", previous, "the last entry's hash is not the one the chain head records"))
    if progress is not None:
        progress(checked, total)
    return ChainReport(total, head_seq, head_hash, None)


def _check(entry: AuditEntry, previous: AuditEntry | None, head_seq: int, retention_ids: set[int]) -> ChainBreak | None:
    expected_seq = previous.seq + 1 if previous is not None else 1
    expected_prev = previous.hash if previous is not None else GENESIS
    if entry.seq > head_seq:
        return _break("inserted", entry, f"position {entry.seq} is after the end the chain head records ({head_seq})")
    if entry.seq < expected_seq:
        return _break("inserted", entry, f"a second entry at position {entry.seq}")
    if entry.seq > expected_seq:
        missing = entry.seq - expected_seq
        return _break("removed", entry, f"{missing} entr{'y' if missing == 1 else 'ies'} before this one "
                      f"(position {expected_seq}{'' if missing == 1 else f' to {entry.seq - 1}'}) "
                      f"{'is' if missing == 1 else 'are'} missing")
    if entry.redacted_by is not None:
        if entry.before is not None or entry.after is not None:
            return _break("altered", entry, "marked redacted but holds a payload")
        if entry.redacted_by not in retention_ids or entry.redacted_by <= entry.id:
            return _break("altered", entry, f"marked redacted by entry {entry.redacted_by}, which is not a later "
                          "retention run")
    elif payload_digest(entry.before, entry.after) != entry.digest:
        return _break("altered", entry, "its before/after values were changed")
    if entry_hash(entry) != entry.hash:
        return _break("altered", entry, "its fields (time, actor, action, entity or case) were changed")
    if entry.prev_hash != expected_prev:
        return _break("inserted", entry, "it does not link to the entry before it (an entry was replaced or "
                      "inserted here)")
    return None
