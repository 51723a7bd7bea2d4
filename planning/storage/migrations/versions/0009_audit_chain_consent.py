"""Tamper-evident audit chain; consent, legitimate basis and data sharing per person; retention.

Existing audit entries are chained in id order (seq 1, 2, ...), exactly as `planning.audit` chains
new ones; the append-only triggers are replaced by ones that allow only the retention redaction
(see `storage.triggers`). The hashing and trigger SQL are copied here as they were at this revision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 04:35:00
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
APPEND_ONLY = ("voluntariness_event", "audit_entry")
KEPT = {
    "audit_entry": ("id", "seq", "at", "actor", "action", "entity", "entity_id", "case_id", "digest",
                    "prev_hash", "hash"),
    "voluntariness_event": ("id", "person_id", "kind", "occurred_on", "recorded_at", "recorded_by",
                            "language", "movement_id"),
}
REDACTION = {
    "audit_entry": "OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL "
                   "AND NEW.before IS NULL AND NEW.after IS NULL",
    "voluntariness_event": "OLD.redacted_on IS NULL AND NEW.redacted_on IS NOT NULL AND NEW.statement IS NULL "
                           "AND NEW.counsellor IS NULL AND NEW.interpreter IS NULL",
}
PG_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION homeward_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def _condition(table: str, dialect: str) -> str:
    same = " IS " if dialect == "sqlite" else " IS NOT DISTINCT FROM "
    kept = " AND ".join(f"NEW.{c}{same}OLD.{c}" for c in KEPT[table])
    return f"({REDACTION[table]} AND {kept})"


def _drop_triggers(dialect: str, *, guards: bool) -> None:
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_{action}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}")
            if guards:
                op.execute(f"DROP FUNCTION IF EXISTS homeward_{table}_guard()")


def _create_guarded_triggers(dialect: str) -> None:
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            op.execute(f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_delete BEFORE DELETE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
            op.execute(f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_update BEFORE UPDATE ON {table} "
                       f"WHEN NOT {_condition(table, 'sqlite')} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        elif dialect == "postgresql":
            op.execute(PG_APPEND_ONLY)
            op.execute(f"""
CREATE OR REPLACE FUNCTION homeward_{table}_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_condition(table, "postgresql")} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
""")
            op.execute(f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION homeward_{table}_guard()")


def _create_plain_triggers(dialect: str) -> None:
    if dialect == "postgresql":
        op.execute(PG_APPEND_ONLY)
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        elif dialect == "postgresql":
            op.execute(f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION homeward_append_only()")


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _chain_existing_entries() -> tuple[int, str]:
    """Chain the entries written before this revision, in id order; returns the head."""
    entries = sa.table(
        "audit_entry", sa.column("id", sa.Integer), sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String), sa.column("action", sa.String), sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer), sa.column("case_id", sa.Integer), sa.column("before", sa.JSON),
        sa.column("after", sa.JSON), sa.column("seq", sa.Integer), sa.column("digest", sa.String),
        sa.column("prev_hash", sa.String), sa.column("hash", sa.String),
    )
    bind = op.get_bind()
    seq, previous = 0, GENESIS
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(entries.c.id, entries.c.at, entries.c.actor, entries.c.action, entries.c.entity,
                      entries.c.entity_id, entries.c.case_id, entries.c.before, entries.c.after)
            .where(entries.c.id > last_id).order_by(entries.c.id).limit(5000)
        ).all()
        if not rows:
            return seq, previous
        updates = []
        for row in rows:
            seq += 1
            at: datetime = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
            digest = hashlib.sha256(_canonical({"before": row.before, "after": row.after})).hexdigest()
            fields = [seq, at.astimezone(UTC).isoformat(timespec="microseconds"), row.actor, row.action,
                      row.entity, row.entity_id, row.case_id, digest, previous]
            own = hashlib.sha256(_canonical(fields)).hexdigest()
            updates.append({"key": row.id, "seq": seq, "digest": digest, "prev_hash": previous, "hash": own})
            previous = own
        bind.execute(
            entries.update().where(entries.c.id == sa.bindparam("key")).values(
                seq=sa.bindparam("seq"), digest=sa.bindparam("digest"), prev_hash=sa.bindparam("prev_hash"),
                hash=sa.bindparam("hash")),
            updates,
        )
        last_id = rows[-1].id


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect, guards=False)

    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("digest", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("redacted_by", sa.Integer(), nullable=True))
    head_seq, head_hash = _chain_existing_entries()
    with op.batch_alter_table("audit_entry") as batch:
        for name in ("seq", "digest", "prev_hash", "hash"):
            batch.alter_column(name, nullable=False)
        batch.create_unique_constraint(batch.f("uq_audit_entry_seq"), ["seq"])

    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.bulk_insert(head, [{"id": 1, "seq": head_seq, "hash": head_hash}])

    with op.batch_alter_table("voluntariness_event") as batch:
        batch.add_column(sa.Column("redacted_on", sa.Date(), nullable=True))
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))

    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=120), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_consent_record_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    op.create_index(op.f("ix_consent_record_person_id"), "consent_record", ["person_id"], unique=False)
    op.create_table(
        "data_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=120), nullable=False),
        sa.Column("safeguard", sa.Text(), nullable=False),
        sa.Column("shared_on", sa.Date(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("shared_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["consent_id"], ["consent_record.id"],
                                name=op.f("fk_data_transfer_consent_id_consent_record"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_data_transfer_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_transfer")),
    )
    op.create_index(op.f("ix_data_transfer_person_id"), "data_transfer", ["person_id"], unique=False)

    _create_guarded_triggers(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect, guards=True)
    op.drop_index(op.f("ix_data_transfer_person_id"), table_name="data_transfer")
    op.drop_table("data_transfer")
    op.drop_index(op.f("ix_consent_record_person_id"), table_name="consent_record")
    op.drop_table("consent_record")
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("anonymised_on")
    with op.batch_alter_table("voluntariness_event") as batch:
        batch.drop_column("redacted_on")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_constraint(batch.f("uq_audit_entry_seq"), type_="unique")
        for name in ("redacted_by", "hash", "prev_hash", "digest", "seq"):
            batch.drop_column(name)
    _create_plain_triggers(dialect)
