"""Checkpoints of the audit chain kept outside the database: where the chain stood, signed with its key.

A checkpoint is (installation, position, hash, first keyed position, time) and an HMAC of all that
under the chain key. They are written where the database cannot reach them: a file per installation
in the user data folder (`checkpoints/<installation>.jsonl`, one line each time the app closes, a
backup is made, the chain is verified or a restore is done), a side file beside every backup, and
`homeward audit checkpoint -o FILE` for the office's records. `audit verify` compares the chain with
them (`planning.audit_chain`): a chain whose head is behind a checkpoint lost its tail, one whose entry
at a checkpoint's position has another hash was rewritten, whoever held the key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planning import audit
from planning.audit_keys import ChainKey, canonical
from planning.errors import ValidationError
from planning.security.permissions import Permission, require
from planning.storage.location import data_folder
from planning.storage.models import AuditChainHead
from planning.storage.store import Store

FORMAT = "homeward-audit-checkpoint/1"
FOLDER = "checkpoints"


@dataclass(frozen=True)
class Checkpoint:
    """Where the chain of an installation stood at a moment, signed with its chain key."""

    installation_id: str
    seq: int
    hash: str
    keyed_from: int
    at: datetime
    mac: str
    #: The file it was read from (for messages; not signed).
    source: str = ""

    def signed_part(self) -> bytes:
        return canonical(["checkpoint", self.installation_id, self.seq, self.hash, self.keyed_from,
                          self.at.astimezone(UTC).isoformat(timespec="seconds")])

    def genuine(self, key: ChainKey) -> bool:
        return key.link(self.signed_part()) == self.mac

    def document(self) -> dict[str, Any]:
        return {"format": FORMAT, "installation": self.installation_id, "seq": self.seq, "hash": self.hash,
                "keyed_from": self.keyed_from, "at": self.at.astimezone(UTC).isoformat(timespec="seconds"),
                "mac": self.mac}


def sign(key: ChainKey, installation_id: str, seq: int, hash_: str, at: datetime | None = None) -> Checkpoint:
    moment = (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    unsigned = Checkpoint(installation_id, seq, hash_, key.keyed_from, moment, "")
    return replace(unsigned, mac=key.link(unsigned.signed_part()))


def take(store: Store) -> Checkpoint:
    """A checkpoint of the chain as it stands now (the chain key is made if the chain has none yet)."""
    with store.transaction() as session:
        head, key = audit.anchor(session)
    return sign(key, head.installation_id, head.seq, head.hash)


def installation_of(store: Store) -> str:
    with store.reading() as session:
        return str(session.scalars(select(AuditChainHead.installation_id).where(AuditChainHead.id == 1)).one())


# --- files -------------------------------------------------------------------------------------------

def local_file(installation_id: str) -> Path:
    """This desktop's checkpoints of one installation, in the user data folder."""
    return data_folder() / FOLDER / f"{installation_id}.jsonl"


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def append(path: Path, checkpoint: Checkpoint) -> None:
    """Add a checkpoint line to `path` (created 0600 in a private folder)."""
    _private_folder(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(checkpoint.document()) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def write(path: Path, checkpoint: Checkpoint) -> None:
    """Write one checkpoint to `path` (replaced), for the office's records or beside a backup."""
    path = path.expanduser()
    if path.is_dir():
        raise ValidationError("file", "checkpoint.file_is_folder", str(path), path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(checkpoint.document(), handle, indent=2)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def read(path: Path) -> list[Checkpoint]:
    """The checkpoints in a file: one JSON document, or one per line."""
    path = path.expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError("checkpoint", "checkpoint.no_file", str(path), path=str(path)) from None
    except OSError as exc:
        raise ValidationError("checkpoint", "checkpoint.unreadable", str(path), path=str(path),
                              reason=exc.strerror or type(exc).__name__) from None
    stripped = text.strip()
    documents: list[Any]
    try:
        documents = [json.loads(stripped)] if stripped.startswith("{") and "\n{" not in stripped else [
            json.loads(line) for line in stripped.splitlines() if line.strip()]
        return [_parse(document, str(path)) for document in documents]
    except (ValueError, KeyError, TypeError):
        raise ValidationError("checkpoint", "checkpoint.not_a_checkpoint", str(path), path=str(path)) from None


def _parse(document: dict[str, Any], source: str) -> Checkpoint:
    if document.get("format") != FORMAT:
        raise ValueError(document.get("format"))
    at = datetime.fromisoformat(str(document["at"]))
    return Checkpoint(str(document["installation"]), int(document["seq"]), str(document["hash"]),
                      int(document["keyed_from"]), at if at.tzinfo else at.replace(tzinfo=UTC),
                      str(document["mac"]), source)


def local(installation_id: str) -> list[Checkpoint]:
    """This desktop's checkpoints of an installation (none when it never wrote one)."""
    path = local_file(installation_id)
    if not path.exists():
        return []
    return read(path)


def record_locally(store: Store) -> Checkpoint:
    """Take a checkpoint and add it to this desktop's file for the installation."""
    checkpoint = take(store)
    append(local_file(checkpoint.installation_id), checkpoint)
    return checkpoint


def record(store: Store) -> Checkpoint:
    """`homeward audit checkpoint`: the officer records where the chain stands, in the user data folder."""
    require(store, Permission.VIEW_AUDIT)
    return record_locally(store)


def export(store: Store, path: Path) -> Checkpoint:
    """`homeward audit checkpoint -o FILE`: a checkpoint for the office's records (officer only); also kept
    in the user data folder."""
    checkpoint = record(store)
    write(path, checkpoint)
    return checkpoint


def newest(checkpoints: Sequence[Checkpoint]) -> Checkpoint | None:
    return max(checkpoints, key=lambda c: (c.seq, c.at), default=None)
