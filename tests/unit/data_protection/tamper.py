"""Tampering with the audit log the way someone with database access could: past the triggers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from planning import audit
from planning.storage.store import Actor, Store
from planning.vocabulary import Role

OFFICER = Actor("dpo", Role.DATA_PROTECTION_OFFICER)


def as_officer(store: Store) -> Store:
    """The same database, as the data-protection officer (who alone reads and verifies the audit log)."""
    return store.as_actor(OFFICER)


def write_entries(store: Store, count: int, *, case_id: int | None = None) -> list[int]:
    """`count` audited changes, one transaction each; returns the entry ids in order."""
    ids = []
    for n in range(count):
        with store.transaction() as session:
            entry = audit.record(session, store.actor, "test.change", ("thing", n), case_id=case_id,
                                 before={"value": n}, after={"value": n + 1})
            audit.chain_pending(session)
            ids.append(entry.id)
    return ids


def bypassing_triggers(store: Store, sql: str, **params: Any) -> None:
    """Run `sql` on audit_entry with its append-only trigger out of the way (restored afterwards)."""
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = 'audit_entry'")).all()
            for name, _ in rows:
                conn.execute(text(f"DROP TRIGGER {name}"))
            conn.execute(text(sql), params)
            for _, create in rows:
                conn.execute(text(create))
        else:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER trg_audit_entry_append_only"))
            conn.execute(text(sql), params)
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER trg_audit_entry_append_only"))
