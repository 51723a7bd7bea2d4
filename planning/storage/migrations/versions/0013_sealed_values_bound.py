"""Sealed values bound to their record: every protection statement, follow-up note and attachment re-sealed.

Until this revision a sealed value's associated data named only its column (and, for what a follow-up
holds, the follow-up), so a statement could be swapped between two people's records, and a value with
no `hw1:` prefix was read as plain text. Each value is now sealed (`hw2:`) with its table, column, row
id and the person or household its record is about; values written before field encryption existed
(plain) are sealed too, so that from now on plain text where a sealed value belongs is refused. The
field key comes from the keychain, or for an embedded database from its own copy; without it this
revision cannot run (nothing is changed). The sealing is copied here as it is at this revision.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 09:00:00
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.errors import KeyringError, NoKeyringError

from planning.errors import StorageError
from planning.messages import Count
from planning.security import keychain

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD, NEW = "hw1", "hw2"
NONCE = 12

#: (table, column, row id, the old associated data, the new subject) of every sealed value.
Place = tuple[str, str, int, str, str]


def _places(conn: sa.Connection) -> Iterator[tuple[Place, str | bytes]]:
    for row_id, person_id, statement in conn.execute(sa.text(
            "SELECT id, person_id, statement FROM protection_referral ORDER BY id")):
        yield ("protection_referral", "statement", row_id, "protection_referral.statement",
               f"person:{person_id}"), statement
    for row_id, case_id, notes in conn.execute(sa.text(
            "SELECT f.id, p.case_id, f.notes FROM follow_up f JOIN monitoring_plan p ON p.id = f.plan_id "
            "WHERE f.notes IS NOT NULL ORDER BY f.id")):
        yield ("follow_up", "notes", row_id, f"follow_up.notes:{row_id}", f"case:{case_id}"), notes
    for row_id, follow_up_id, case_id, name, content in conn.execute(sa.text(
            "SELECT a.id, a.follow_up_id, p.case_id, a.filename, a.content FROM follow_up_attachment a "
            "JOIN follow_up f ON f.id = a.follow_up_id JOIN monitoring_plan p ON p.id = f.plan_id ORDER BY a.id")):
        subject = f"case:{case_id}/follow_up:{follow_up_id}"
        yield ("follow_up_attachment", "filename", row_id, f"follow_up_attachment.filename:{follow_up_id}",
               subject), name
        yield ("follow_up_attachment", "content", row_id, f"follow_up_attachment.content:{follow_up_id}",
               subject), bytes(content)


def _bound(place: Place) -> bytes:
    table, column, row_id, _, subject = place
    return json.dumps([NEW, table, column, row_id, subject]).encode()


def _key(conn: sa.Connection, values: list[tuple[Place, str | bytes]]) -> tuple[str, AESGCM]:
    count = Count("sealed_value", len(values))
    row = conn.execute(sa.text("SELECT key_id, embedded_copy FROM field_key WHERE id = 1")).first()
    if row is None:
        if any(isinstance(v, bytes) or v.startswith(f"{OLD}:") for _, v in values):
            raise StorageError("storage.reseal_no_key_record", values=count)
        return _new_key(conn, count)  # only statements from before field encryption: their key is made now
    key_id, embedded = row
    try:
        stored = keychain.get_password("homeward", f"field-key:{key_id}")
    except (NoKeyringError, KeyringError, RuntimeError):
        stored = None
    key = base64.b64decode(stored) if stored else (bytes(embedded) if embedded is not None else None)
    if key is None or _key_id(key) != key_id:
        raise StorageError("storage.reseal_needs_key", values=count, key_id=key_id)
    return key_id, AESGCM(key)


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"homeward field key id\0" + key).hexdigest()[:16]


def _new_key(conn: sa.Connection, count: Count) -> tuple[str, AESGCM]:
    """The field key, as `planning.security.field_keys` makes it: in the keychain, and for an embedded file
    a copy inside it."""
    key = secrets.token_bytes(32)
    key_id = _key_id(key)
    embedded = conn.dialect.name == "sqlite"
    try:
        keychain.set_password("homeward", f"field-key:{key_id}", base64.b64encode(key).decode("ascii"))
    except (NoKeyringError, KeyringError, RuntimeError):
        if not embedded:
            raise StorageError("storage.reseal_needs_key", values=count, key_id=key_id) from None
    conn.execute(sa.text("INSERT INTO field_key (id, key_id, embedded_copy, created_at, created_by) "
                         "VALUES (1, :key_id, :copy, :at, 'system')"),
                 {"key_id": key_id, "copy": key if embedded else None, "at": datetime.now(UTC)})
    return key_id, AESGCM(key)


def _seal(aead: AESGCM, data: bytes, associated: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE)
    return nonce + aead.encrypt(nonce, data, associated)


def _open(aead: AESGCM, sealed: bytes, associated: bytes) -> bytes:
    return aead.decrypt(sealed[:NONCE], sealed[NONCE:], associated)


def _move(from_old: bool) -> None:
    conn = op.get_bind()
    values = list(_places(conn))
    if not values:
        return
    key_id, aead = _key(conn, values)
    prefix_from, prefix_to = (OLD, NEW) if from_old else (NEW, OLD)
    for place, value in values:
        old_data, new_data = place[3].encode(), _bound(place)
        read_with, write_with = (old_data, new_data) if from_old else (new_data, old_data)
        table, column, row_id = place[0], place[1], place[2]
        if isinstance(value, bytes):
            changed: str | bytes = _seal(aead, _open(aead, value, read_with), write_with)
        else:
            if value.startswith(f"{prefix_from}:"):
                plain = _open(aead, base64.b64decode(value.split(":", 2)[2]), read_with)
            elif value.startswith(f"{prefix_to}:"):
                continue  # already as this revision writes it
            else:
                plain = value.encode("utf-8")  # written before field encryption: sealed now
            changed = f"{prefix_to}:{key_id}:{base64.b64encode(_seal(aead, plain, write_with)).decode('ascii')}"
        conn.execute(sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                     {"value": changed, "id": row_id})


def upgrade() -> None:
    _move(from_old=True)


def downgrade() -> None:
    _move(from_old=False)


