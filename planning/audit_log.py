"""Reading the audit log for the data-protection officer: filtered, newest first, a page at a time.

The log can hold millions of entries, so pages are keyset-paginated on the chain position (`seq`):
each page asks for entries below the last position seen, which the unique index on `seq` answers
without counting or skipping rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from planning.errors import ValidationError
from planning.security.permissions import Permission, require
from planning.storage.models import AuditEntry, Case
from planning.storage.store import Store

PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    case_reference: str | None = None
    start: date | None = None
    end: date | None = None
    #: An action, or its start: "consent." matches every consent action.
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    case_reference: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    redacted: bool


def page(store: Store, where: AuditFilter, below: int | None = None, limit: int = PAGE) -> list[AuditRow]:
    """Up to `limit` entries matching `where`, newest first, with positions below `below` (None: the newest)."""
    require(store, Permission.VIEW_AUDIT)
    if where.start is not None and where.end is not None and where.end < where.start:
        raise ValidationError("end", "audit_log.end_before_start", where.end, end=where.end, start=where.start)
    query = (select(AuditEntry, Case.reference).outerjoin(Case, Case.id == AuditEntry.case_id)
             .order_by(AuditEntry.seq.desc()).limit(max(1, min(limit, 1000))))
    if below is not None:
        query = query.where(AuditEntry.seq < below)
    if where.actor and where.actor.strip():
        query = query.where(func.lower(AuditEntry.actor) == where.actor.strip().lower())
    if where.case_reference and where.case_reference.strip():
        query = query.where(Case.reference == where.case_reference.strip().upper())
    if where.action and where.action.strip():
        text = where.action.strip().lower()
        query = query.where(AuditEntry.action.startswith(text) if text.endswith(".") else AuditEntry.action == text)
    if where.start is not None:
        query = query.where(AuditEntry.at >= datetime.combine(where.start, time(), UTC))
    if where.end is not None:
        query = query.where(AuditEntry.at < datetime.combine(where.end + timedelta(days=1), time(), UTC))
    with store.reading() as session:
        return [AuditRow(e.seq, e.id, e.at, e.actor, e.action, e.entity, e.entity_id, reference, e.before, e.after,
                         e.redacted_by is not None) for e, reference in session.execute(query)]


def actions(store: Store) -> list[str]:
    """The action families in use ('case.', 'consent.', ...), for the filter's suggestions."""
    require(store, Permission.VIEW_AUDIT)
    with store.reading() as session:
        names = session.scalars(select(AuditEntry.action).distinct().limit(500)).all()
    return sorted({name.split(".")[0] + "." for name in names} | set(names))
