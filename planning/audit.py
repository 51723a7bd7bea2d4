"""Writing the audit log: every change, in the same transaction, with before and after."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from planning.storage.base import Base
from planning.storage.models import AuditEntry
from planning.storage.store import Actor

Snapshot = dict[str, Any]


def snapshot(obj: Base) -> Snapshot:
    """The column values of a row, as JSON-safe plain values."""
    mapper = inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs
            if attr.key != "scan"}


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
        actor=actor.username, action=action, entity=table, entity_id=entity_id,
        case_id=case_id, before=before, after=after,
    )
    session.add(entry)
    return entry
