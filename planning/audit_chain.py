"""Checking the audit log's chain (see `planning.audit` for how it is written, `planning.audit_keys` for
its key, `planning.audit_checkpoints` for the checkpoints kept outside the database).

The walk goes through the entries in chain order (`seq`), streaming, and stops at the first break:

- altered: an entry's fields or payload no longer give its stored link or digest;
- recomputed: an entry's link is a plain SHA-256 where the chain key's HMAC belongs (someone without
  the key rewrote the chain from there on);
- removed: a position in the chain is missing (the entry after the gap is named), or entries after
  the last one are missing (the chain head records more);
- inserted: an entry sits at a position already used, after the recorded head, or does not link to
  the entry before it although its own link holds.

An entry recording that a write found the head moved without the key is a break too (the write that
found it signed the head again, so the head alone no longer shows it). Then the head: it must carry
the chain key's MAC (moved back to hide a cut tail, it does not), and its first keyed position must be
the one the key was made for. Then every checkpoint given and every one this desktop kept for the
installation: signed with the key, of this installation, not ahead of the head (cut) and matching the
entry at its position (rewritten) — unless a restore recorded in the chain set the chain back past it,
which is named as a note.

A redacted entry (retention) is checked without its payload: it must be empty and `redacted_by` must
name a later retention entry; the link still covers what the payload was (its digest).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning import audit_checkpoints, audit_keys
from planning.audit import GENESIS, HEAD_MOVED_ACTION, entry_hash, payload_digest
from planning.audit_checkpoints import Checkpoint
from planning.audit_keys import ChainKey, HeadRow
from planning.messages import Count, Message, Phrase, Value
from planning.security.permissions import Permission, require
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import Store

RETENTION_ACTION = "retention.apply"
RESTORE_ACTION = "database.restore"
BATCH = 5000


@dataclass(frozen=True)
class ChainBreak:
    """The first place the chain does not hold."""

    kind: str  # "altered" | "recomputed" | "removed" | "inserted" | "head" | "cut" | "rewritten" | "checkpoint"
    seq: int | None
    entry_id: int | None
    at: datetime | None
    actor: str | None
    action: str | None
    reason: Message

    @property
    def detail(self) -> str:
        return self.reason.english()

    def line(self) -> Message:
        kind = Phrase.of(f"audit.kind.{self.kind}")
        if self.entry_id is None:
            return Message.of("audit.break.chain", kind=kind, detail=self.reason)
        return Message.of("audit.break.entry", kind=kind, entry=self.entry_id, seq=self.seq, at=self.at,
                          actor=self.actor, action=self.action, detail=self.reason)

    def describe(self) -> str:
        return self.line().english()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_seq: int
    head_hash: str
    broken: ChainBreak | None
    installation_id: str = ""
    #: How many checkpoints kept outside the database were compared with the chain.
    checkpoints: int = 0
    #: What was found and is not a break (a checkpoint a recorded restore went back past).
    notes: tuple[Message, ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken is None


def _break(kind: str, entry: AuditEntry | None, key: str, **params: Any) -> ChainBreak:
    reason = Message.of(key, **params)
    if entry is None:
        return ChainBreak(kind, None, None, None, None, None, reason)
    return ChainBreak(kind, entry.seq, entry.id, entry.at, entry.actor, entry.action, reason)


def read_head(session: Session) -> HeadRow | None:
    head = session.get(AuditChainHead, 1)
    if head is None:
        return None
    return HeadRow(head.seq, head.hash, head.installation_id, head.keyed_from, head.mac, head.key_source,
                   head.wrapped_key)


def verify(store: Store, progress: Callable[[int, int], bool | None] | None = None,
           checkpoints: Sequence[Checkpoint] = (), *, kept: bool = True) -> ChainReport:
    """Walk the whole chain, then check the head and the checkpoints (`checkpoints` given, and with
    `kept` those this desktop kept for the installation). `progress(done, total)` may return False to
    stop (the report is then partial). `KeychainError` when the chain is keyed and the key is out of reach.
    Data-protection officer only."""
    require(store, Permission.VIEW_AUDIT)
    with store.reading() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        head = read_head(session)
        if head is None:
            return ChainReport(total, 0, GENESIS, _break("removed", None, "audit.head_missing"))
        key = audit_keys.load(session.connection(), head)
        if key is None and (head.mac is not None or head.seq >= head.keyed_from):
            raise audit_keys.missing(head)

        def report(broken: ChainBreak | None, entries: int = total, compared: int = 0,
                   notes: tuple[Message, ...] = ()) -> ChainReport:
            return ChainReport(entries, head.seq, head.hash, broken, head.installation_id, compared, notes)

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
                broken = _check(entry, previous, head.seq, retention_ids, key)
                if broken is not None:
                    return report(broken)
                previous = entry
                checked += 1
            last_seq = batch[-1].seq
            session.expunge_all()
            if progress is not None and progress(checked, total) is False:
                return report(None, checked)
        duplicates = total - checked
        if duplicates:
            seq = session.scalar(select(AuditEntry.seq).group_by(AuditEntry.seq).having(func.count() > 1).limit(1))
            extra = session.scalars(select(AuditEntry).where(AuditEntry.seq == seq).order_by(AuditEntry.id)).all()
            if len(extra) > 1:
                return report(_break("inserted", extra[1], "audit.second_entry", seq=seq))
        last = previous.seq if previous is not None else 0
        if last < head.seq:
            return report(_break("removed", previous, "audit.tail_missing", head=Count("audit.entry", head.seq),
                                 missing=Count("audit.entry", head.seq - last)))
        if previous is not None and previous.hash != head.hash:
            return report(_break("altered", previous, "audit.head_hash_differs"))
        broken = _check_head(head, key)
        if broken is not None:
            return report(broken)
        given = [*checkpoints, *(audit_checkpoints.local(head.installation_id) if kept else ())]
        broken, notes = _check_checkpoints(session, head, key, given)
    if progress is not None:
        progress(checked, total)
    return report(broken, compared=len(given), notes=notes)


def verify_and_record(store: Store, checkpoints: Sequence[Checkpoint] = ()) -> ChainReport:
    """`verify`, and when the chain holds, a checkpoint of it in this desktop's file (so a later cut shows
    against it)."""
    report = verify(store, checkpoints=checkpoints)
    if report.ok:
        audit_checkpoints.record_locally(store)
    return report


def _check(entry: AuditEntry, previous: AuditEntry | None, head_seq: int, retention_ids: set[int],
           key: ChainKey | None) -> ChainBreak | None:
    expected_seq = previous.seq + 1 if previous is not None else 1
    expected_prev = previous.hash if previous is not None else GENESIS
    if entry.seq > head_seq:
        return _break("inserted", entry, "audit.after_head", seq=entry.seq, head=head_seq)
    if entry.seq < expected_seq:
        return _break("inserted", entry, "audit.second_entry", seq=entry.seq)
    if entry.seq > expected_seq:
        if entry.seq - expected_seq == 1:
            return _break("removed", entry, "audit.gap_one", first=expected_seq)
        return _break("removed", entry, "audit.gap", count=Count("audit.entry", entry.seq - expected_seq),
                      first=expected_seq,
                      last=entry.seq - 1)
    if entry.redacted_by is not None:
        if entry.before is not None or entry.after is not None:
            return _break("altered", entry, "audit.redacted_with_payload")
        if entry.redacted_by not in retention_ids or entry.redacted_by <= entry.id:
            return _break("altered", entry, "audit.redacted_by_unknown", by=entry.redacted_by)
    elif payload_digest(entry.before, entry.after) != entry.digest:
        return _break("altered", entry, "audit.payload_changed")
    if entry_hash(entry, key) != entry.hash:
        if key is not None and entry.seq >= key.keyed_from and entry_hash(entry) == entry.hash:
            return _break("recomputed", entry, "audit.recomputed")
        return _break("altered", entry, "audit.fields_changed")
    if entry.prev_hash != expected_prev:
        return _break("inserted", entry, "audit.unlinked")
    if entry.action == HEAD_MOVED_ACTION:
        found = entry.after or {}
        return _break("head", entry, "audit.head_found_moved", seq=int(found.get("seq", entry.seq - 1)))
    return None


def _check_head(head: HeadRow, key: ChainKey | None) -> ChainBreak | None:
    if key is None:
        return None  # (no keyed link yet, and no key made: nothing anchors the chain so far)
    if key.keyed_from != head.keyed_from:
        return _break("head", None, "audit.keyed_from_moved", found=head.keyed_from, expected=key.keyed_from)
    if head.mac is None and head.seq < head.keyed_from:
        return None  # (a key exists but the chain was never anchored: no keyed entry, no checkpoint yet)
    if head.mac != audit_keys.head_mac(key, head.installation_id, head.seq, head.hash):
        return _break("head", None, "audit.head_unsigned", seq=head.seq)
    return None


@dataclass(frozen=True)
class _Restore:
    seq: int
    at: datetime
    actor: str
    backup_seq: int
    replaced_seq: int
    replaced_installation: str


def _restores(session: Session) -> list[_Restore]:
    found = []
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == RESTORE_ACTION)):
        after: dict[str, Any] = entry.after or {}
        found.append(_Restore(entry.seq, entry.at, entry.actor, int(after.get("backup_seq", entry.seq - 1)),
                              int(after.get("replaced_seq", 0)), str(after.get("replaced_installation", ""))))
    return found


def _check_checkpoints(session: Session, head: HeadRow, key: ChainKey | None,
                       checkpoints: Sequence[Checkpoint]) -> tuple[ChainBreak | None, tuple[Message, ...]]:
    notes: list[Message] = []
    restores = _restores(session) if checkpoints else []
    for checkpoint in sorted(checkpoints, key=lambda c: (c.seq, c.at)):
        where: dict[str, Value] = {"at": checkpoint.at, "source": checkpoint.source or "-"}
        passed = next((r for r in restores if r.at >= checkpoint.at and (
            r.replaced_installation == checkpoint.installation_id or r.replaced_installation == "")
            and r.backup_seq < checkpoint.seq <= r.replaced_seq), None)
        if checkpoint.installation_id != head.installation_id:
            passed = next((r for r in restores if r.replaced_installation == checkpoint.installation_id
                           and r.at >= checkpoint.at), None)
            if passed is None:
                return _break("checkpoint", None, "audit.checkpoint_other_installation", **where,
                              theirs=checkpoint.installation_id, ours=head.installation_id), tuple(notes)
        elif key is not None and not checkpoint.genuine(key):
            return _break("checkpoint", None, "audit.checkpoint_forged", **where), tuple(notes)
        if passed is not None:
            notes.append(Message.of("audit.checkpoint_before_restore", **where, seq=checkpoint.seq,
                                    restore_seq=passed.seq, restored_at=passed.at, actor=passed.actor,
                                    backup_seq=passed.backup_seq))
            continue
        if checkpoint.seq > head.seq:
            return _break("cut", None, "audit.cut", **where, head=head.seq, seq=checkpoint.seq,
                          missing=Count("audit.entry", checkpoint.seq - head.seq)), tuple(notes)
        if checkpoint.seq == 0:
            continue
        entry = session.scalars(select(AuditEntry).where(AuditEntry.seq == checkpoint.seq)).first()
        if entry is None or entry.hash != checkpoint.hash:
            return _break("rewritten", entry, "audit.rewritten", **where, seq=checkpoint.seq), tuple(notes)
    return None, tuple(notes)

