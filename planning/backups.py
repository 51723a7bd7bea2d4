"""Backups and restores as people's acts: who may, what a restore would undo, and the record kept outside.

- A backup of the whole database is taken by a coordinator or the data-protection officer (never a
  monitor or a read-only user); it carries the installation id, the audit chain's head and the chain
  key inside (`backup_meta`), a signed checkpoint of that head beside it (`FILE.checkpoint`), and is
  audited. The automatic backup when the window closes is everyone's: it is made with the database's
  own key into the user's own data folder, where the database file itself already is.
- A restore is the officer's. Before anything is replaced the backup is compared with the live
  database (`compare`): the same installation at the same place, a backup that continues the live
  history, one that is older (its head is behind the live chain) or whose history went another way,
  or another installation's. An older or diverging backup needs `older=True`, another installation's
  `other_installation=True`; the refusal says what would be lost: the audit entries after the last
  position both share, counted, with the kinds of records they touched and their period.
- Each attempt is written to the restore log in the user data folder (`restore-log.jsonl`), outside the
  file being replaced: refused, started, done or failed, who, which backup, both heads and what was
  lost. The restored database's chain then gets a `database.restore` entry right after the backup's
  head, naming the head it replaced, so `audit verify` can tell checkpoints taken before the restore
  from a cut tail.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select

from planning import audit, audit_checkpoints, audit_keys
from planning.audit_chain import RESTORE_ACTION, read_head
from planning.audit_keys import ChainKey
from planning.errors import HomewardError, StorageError
from planning.messages import Count, Value
from planning.security.keys import DatabaseKey
from planning.security.permissions import Permission, require
from planning.storage import backup as storage
from planning.storage.backup import BackupInfo
from planning.storage.location import data_folder
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import Store

RESTORE_LOG = "restore-log.jsonl"
BACKUP_ACTION = "database.backup"
CHAIN_KEY_META = "chain_key"

SAME, NEWER, OLDER, DIVERGED, OTHER_INSTALLATION = "same", "newer", "older", "diverged", "other_installation"
_HEAD: Table = AuditChainHead.__table__  # type: ignore[assignment]


class RestoreNeedsConsent(HomewardError):
    """A restore that would undo recorded history, refused until the officer says so explicitly."""

    family = "restore"


@dataclass(frozen=True)
class Comparison:
    """The backup against the live database, before a restore."""

    kind: str
    backup: BackupInfo
    live_installation: str
    live_seq: int
    live_hash: str
    #: The last position both histories share (0: none).
    common_seq: int
    #: Audit entries of the live database the restore undoes, their period and what they touched.
    lost: int
    lost_from: datetime | None
    lost_to: datetime | None
    lost_actions: tuple[tuple[str, int], ...]

    @property
    def consent(self) -> str | None:
        """What the officer must say to go ahead: "older", "other_installation", or nothing."""
        if self.kind == OTHER_INSTALLATION:
            return OTHER_INSTALLATION
        if self.kind in (OLDER, DIVERGED):
            return OLDER
        return None

    def refusal(self) -> RestoreNeedsConsent:
        what = ", ".join(f"{action} ×{count}" for action, count in self.lost_actions) or "-"
        common: dict[str, Value] = dict(lost=Count("audit.entry", self.lost), actions=what,
                      start=self.lost_from or self.lost_to or datetime.now(UTC),
                      end=self.lost_to or datetime.now(UTC),
                      backup_seq=self.backup.head_seq or 0, live_seq=self.live_seq)
        if self.kind == OTHER_INSTALLATION:
            return RestoreNeedsConsent("restore.other_installation", theirs=self.backup.installation_id or "?",
                                       ours=self.live_installation, **common)
        if self.kind == DIVERGED:
            return RestoreNeedsConsent("restore.diverged", common_seq=self.common_seq, **common)
        return RestoreNeedsConsent("restore.older", **common)


# --- backups -----------------------------------------------------------------------------------------

def side_file(target: Path) -> Path:
    """Where a backup's checkpoint is written: beside it, `FILE.checkpoint`."""
    return target.with_name(target.name + ".checkpoint")


def _chain_meta(store: Store) -> tuple[str, ChainKey, dict[str, str]]:
    """This installation's chain key (made now if the chain has none yet), for the backup to carry."""
    with store.transaction() as session:
        head, key = audit.anchor(session)
    document = json.dumps({"key": key.secret.hex(), "keyed_from": key.keyed_from})
    return head.installation_id, key, {CHAIN_KEY_META: document}


def _write(store: Store, target: Path, key: DatabaseKey) -> BackupInfo:
    assert store.location is not None
    installation, chain_key, meta = _chain_meta(store)
    info = storage.backup(store.engine, store.location, target, key, meta)
    if info.head_seq is not None and info.head_hash is not None:
        checkpoint = audit_checkpoints.sign(chain_key, installation, info.head_seq, info.head_hash)
        audit_checkpoints.write(side_file(info.path), checkpoint)
        audit_checkpoints.append(audit_checkpoints.local_file(installation), checkpoint)
    return info


def take_backup(store: Store, target: Path, key: DatabaseKey, *, own_key: bool) -> BackupInfo:
    """A backup of the whole database to `target` (a coordinator or the officer). Audited first, so the
    backup holds its own record and restoring it at once undoes nothing."""
    require(store, Permission.BACK_UP)
    with store.transaction() as session:
        audit.record(session, store.actor, BACKUP_ACTION, ("database", None),
                     after={"file": str(target.expanduser()), "key": "database" if own_key else "passphrase"})
    return _write(store, target, key)


def automatic_backup(store: Store, target: Path, key: DatabaseKey) -> BackupInfo:
    """The backup made when the window closes, whoever is signed in: `target` is in the user's own data
    folder and `key` the database's own, so it exposes nothing the database file beside it does not."""
    assert store.location is not None and store.location.embedded
    return _write(store, target, key)


# --- comparing and restoring ---------------------------------------------------------------------------

def compare(store: Store, source: Path, key: DatabaseKey) -> Comparison:
    """What restoring `source` would do to the live database (nothing is changed). Officer only."""
    require(store, Permission.RESTORE)
    info = storage.inspect_backup(source, key)
    with store.reading() as session:
        head = read_head(session)
        assert head is not None
        if info.installation_id is not None and info.installation_id != head.installation_id and head.seq > 0:
            return _with_loss(session, OTHER_INSTALLATION, info, head.installation_id, head.seq, head.hash, 0)
        backup_seq = info.head_seq or 0
        if backup_seq <= head.seq:
            ours = _hash_at(session, backup_seq)
            if ours == (info.head_hash or audit.GENESIS):
                kind = SAME if backup_seq == head.seq else OLDER
                return _with_loss(session, kind, info, head.installation_id, head.seq, head.hash, backup_seq)
        elif head.seq == 0:
            return _into_an_empty_database(session, info, head.installation_id)
        elif storage.entry_hash_at(source, key, head.seq) == head.hash:
            return _with_loss(session, NEWER, info, head.installation_id, head.seq, head.hash, head.seq)
        common = _common_seq(session, source, key, min(backup_seq, head.seq))
        return _with_loss(session, DIVERGED, info, head.installation_id, head.seq, head.hash, common)


def _into_an_empty_database(session: Any, info: BackupInfo, installation: str) -> Comparison:
    """A database with nothing in it yet (a new computer, or a file someone removed): what this desktop's
    checkpoints of the backup's installation say the backup is behind, if anything."""
    backup_seq = info.head_seq or 0
    kept = audit_checkpoints.local(info.installation_id) if info.installation_id else []
    newest = audit_checkpoints.newest(kept)
    if info.installation_id is None or newest is None or newest.seq <= backup_seq:
        return _with_loss(session, NEWER, info, installation, 0, audit.GENESIS, 0)
    return Comparison(OLDER, info, info.installation_id, newest.seq, newest.hash, backup_seq, newest.seq - backup_seq,
                      None, newest.at, ())


def _hash_at(session: Any, seq: int) -> str | None:
    if seq == 0:
        return audit.GENESIS
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    return str(found) if found is not None else None


def _common_seq(session: Any, source: Path, key: DatabaseKey, highest: int) -> int:
    """The last position both chains share. Each link covers the one before it, so the shared part is a
    prefix and a binary search finds its end (0 when the backup's entries cannot be read: a dump)."""
    low, high = 0, highest
    while low < high:
        middle = (low + high + 1) // 2
        theirs = storage.entry_hash_at(source, key, middle)
        if theirs is not None and theirs == _hash_at(session, middle):
            low = middle
        else:
            high = middle - 1
    return low


def _with_loss(session: Any, kind: str, info: BackupInfo, installation: str, seq: int, hash_: str,
               common: int) -> Comparison:
    after = AuditEntry.seq > common
    lost = session.scalar(select(func.count()).select_from(AuditEntry).where(after)) or 0
    start, end = session.execute(select(func.min(AuditEntry.at), func.max(AuditEntry.at)).where(after)).one()
    families: dict[str, int] = {}
    for action, count in session.execute(select(AuditEntry.action, func.count()).where(after)
                                         .group_by(AuditEntry.action)):
        family = action.split(".")[0] + "."
        families[family] = families.get(family, 0) + int(count)
    ranked = tuple(sorted(families.items(), key=lambda item: (-item[1], item[0])))
    return Comparison(kind, info, installation, seq, hash_, common, int(lost), start, end, ranked)


def restore(store: Store, source: Path, key: DatabaseKey, *, older: bool = False,
            other_installation: bool = False, live_key: DatabaseKey | None = None) -> Comparison:
    """Replace the database's content with the backup's (officer only), after comparing them; an older or
    diverging backup needs `older`, another installation's `other_installation`. Logged outside the
    database, then recorded in the restored chain."""
    require(store, Permission.RESTORE)
    assert store.location is not None
    comparison = compare(store, source, key)
    consent = comparison.consent
    confirmed = [name for name, given in ((OLDER, older), (OTHER_INSTALLATION, other_installation)) if given]
    if consent is not None and consent not in confirmed:
        refusal = comparison.refusal()
        log(store, "refused", comparison, confirmed, error=refusal.key)
        raise refusal
    carried = _carried_key(comparison.backup)
    log(store, "started", comparison, confirmed)
    try:
        storage.restore(store.engine, store.location, source, key, live_key)
        audit_keys.forget(store.engine)
        if carried is not None and comparison.backup.installation_id is not None:
            _adopt(store, comparison.backup.installation_id, carried)
        _record(store, comparison)
        audit_checkpoints.record_locally(store)
    except HomewardError as error:
        log(store, "failed", comparison, confirmed, error=error.key)
        raise
    except BaseException as error:
        log(store, "failed", comparison, confirmed, error=type(error).__name__)
        raise
    log(store, "done", comparison, confirmed)
    return comparison


def _carried_key(info: BackupInfo) -> ChainKey | None:
    document = info.meta.get(CHAIN_KEY_META)
    if not document:
        return None
    parsed = json.loads(document)
    return ChainKey(bytes.fromhex(parsed["key"]), int(parsed["keyed_from"]))


def _adopt(store: Store, installation: str, key: ChainKey) -> None:
    """The restored chain's key where this desktop keeps chain keys: its keychain, or sealed with the
    database passphrase in the chain head (a keychain's own key for the installation is left alone)."""
    with store.transaction() as session:
        head = audit.lock_head(session)
        if audit_keys.load(session.connection(), head) is not None:
            return
        values = audit_keys.adopt(session.connection(), head, key)
        session.connection().execute(_HEAD.update().where(_HEAD.c.id == 1).values(**values))


def _record(store: Store, comparison: Comparison) -> None:
    info = comparison.backup
    with store.transaction() as session:
        audit.record(session, store.actor, RESTORE_ACTION, ("database", None), after={
            "backup": str(info.path), "backup_installation": info.installation_id, "backup_seq": info.head_seq,
            "backup_hash": info.head_hash, "replaced_installation": comparison.live_installation,
            "replaced_seq": comparison.live_seq, "replaced_hash": comparison.live_hash, "kind": comparison.kind,
            "lost": comparison.lost})


# --- the restore log -------------------------------------------------------------------------------------

def log_file() -> Path:
    """The restore log, in the user data folder: outside every database a restore replaces."""
    return data_folder() / RESTORE_LOG


def log(store: Store, event: str, comparison: Comparison, confirmed: Sequence[str], *,
        error: str | None = None) -> None:
    """One line of the restore log: an attempt refused, started, done or failed."""
    info = comparison.backup
    line = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "event": event, "user": store.actor.username,
            "database": store.location.describe() if store.location else "", "backup": str(info.path),
            "backup_installation": info.installation_id, "backup_seq": info.head_seq, "backup_hash": info.head_hash,
            "live_installation": comparison.live_installation, "live_seq": comparison.live_seq,
            "live_hash": comparison.live_hash, "kind": comparison.kind, "lost": comparison.lost,
            "lost_actions": dict(comparison.lost_actions), "confirmed": list(confirmed)}
    if error is not None:
        line["error"] = error
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise StorageError("restore.log_not_written", path=str(path), reason=exc.strerror or str(exc)) from None
