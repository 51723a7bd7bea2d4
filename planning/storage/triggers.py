"""Database-level guards: append-only tables refuse UPDATE and DELETE on every backend.

One narrow exception each, for retention (`planning.retention`): an audit entry's payload may be
redacted once (before/after cleared, `redacted_by` set, every chained field unchanged), and a
voluntariness event's statement, counsellor and interpreter may be removed once (`redacted_on` set,
everything else unchanged). Nothing else passes. The audit log's hash chain covers the payload's
digest, not the payload, so a redacted entry still verifies.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import DDL, Connection, Table, event

from planning.storage import name_index, server_functions
from planning.storage.models import AuditChainHead, AuditEntry, Person, VoluntarinessEvent

APPEND_ONLY_TABLES: tuple[Table, ...] = (VoluntarinessEvent.__table__, AuditEntry.__table__)  # type: ignore[assignment]
GENESIS = "0" * 64

#: Columns a redaction must leave unchanged, and the condition it must meet, per table.
_KEPT = {
    "audit_entry": ("id", "seq", "at", "actor", "action", "entity", "entity_id", "case_id", "digest",
                    "prev_hash", "hash"),
    "voluntariness_event": ("id", "person_id", "kind", "occurred_on", "recorded_at", "recorded_by",
                            "language", "movement_id"),
}
_REDACTION = {
    "audit_entry": "OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL "
                   "AND NEW.before IS NULL AND NEW.after IS NULL",
    "voluntariness_event": "OLD.redacted_on IS NULL AND NEW.redacted_on IS NOT NULL AND NEW.statement IS NULL "
                           "AND NEW.counsellor IS NULL AND NEW.interpreter IS NULL",
}

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION homeward_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def redaction_condition(table: str, dialect: str) -> str:
    """The SQL condition under which an UPDATE of `table` is a permitted redaction."""
    same = " IS " if dialect == "sqlite" else " IS NOT DISTINCT FROM "
    kept = " AND ".join(f"NEW.{c}{same}OLD.{c}" for c in _KEPT[table])
    return f"({_REDACTION[table]} AND {kept})"


def _pg_guard(table: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION homeward_{table}_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {redaction_condition(table, "postgresql")} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def sqlite_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_update BEFORE UPDATE ON {table} "
        f"WHEN NOT {redaction_condition(table, 'sqlite')} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
    ]


def postgresql_statements(table: str) -> list[str]:
    return [
        _PG_FUNCTION,
        _pg_guard(table),
        f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}",
        f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION homeward_{table}_guard()",
    ]


def drop_statements(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS trg_{table}_no_{op}" for op in ("update", "delete")]
    if dialect == "postgresql":
        return [f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}",
                f"DROP FUNCTION IF EXISTS homeward_{table}_guard()"]
    return []


def statements(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return sqlite_statements(table)
    if dialect == "postgresql":
        return postgresql_statements(table)
    return []


def new_installation_id() -> str:
    """A database's identity: 128 random bits, as 32 hex digits."""
    return uuid.uuid4().hex


def _chain_head_row(target: Table, connection: Connection, **_kw: Any) -> None:
    connection.execute(target.insert().values(id=1, seq=0, hash=GENESIS, installation_id=new_installation_id(),
                                              keyed_from=1))


def _attach() -> None:
    """Make `metadata.create_all` (tests) install the same triggers, chain head and name index as the migrations."""
    for table in APPEND_ONLY_TABLES:
        for sql in sqlite_statements(table.name):
            event.listen(table, "after_create", DDL(sql).execute_if(dialect="sqlite"))
        for sql in postgresql_statements(table.name):
            event.listen(table, "after_create", DDL(sql).execute_if(dialect="postgresql"))
    event.listen(AuditChainHead.__table__, "after_create", _chain_head_row)
    event.listen(AuditChainHead.metadata, "after_create", _server_functions)
    event.listen(Person.__table__, "after_create", _name_index)


def _name_index(_target: Any, connection: Connection, **_kw: Any) -> None:
    name_index.install(connection)


def _server_functions(_target: Any, connection: Connection, **_kw: Any) -> None:
    server_functions.install(connection)


_attach()
