"""Database-level guards: append-only tables refuse UPDATE and DELETE on every backend."""

from __future__ import annotations

from sqlalchemy import DDL, Table, event

from planning.storage.models import AuditEntry, VoluntarinessEvent

APPEND_ONLY_TABLES: tuple[Table, ...] = (VoluntarinessEvent.__table__, AuditEntry.__table__)  # type: ignore[assignment]

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION homeward_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def sqlite_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_{op.lower()} BEFORE {op} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        for op in ("UPDATE", "DELETE")
    ]


def postgresql_statements(table: str) -> list[str]:
    return [
        _PG_FUNCTION,
        f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}",
        f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION homeward_append_only()",
    ]


def statements(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return sqlite_statements(table)
    if dialect == "postgresql":
        return postgresql_statements(table)
    return []


def _attach() -> None:
    """Make `metadata.create_all` (tests) install the same triggers as the migrations."""
    for table in APPEND_ONLY_TABLES:
        for sql in sqlite_statements(table.name):
            event.listen(table, "after_create", DDL(sql).execute_if(dialect="sqlite"))
        for sql in postgresql_statements(table.name):
            event.listen(table, "after_create", DDL(sql).execute_if(dialect="postgresql"))


_attach()
