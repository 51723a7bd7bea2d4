"""Attachments on follow-ups; field-encrypted monitoring notes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 04:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "field_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("embedded_copy", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_field_key_key_id")),
    )
    op.create_table(
        "follow_up_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=800), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["follow_up_id"], ["follow_up.id"],
                                name=op.f("fk_follow_up_attachment_follow_up_id_follow_up"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_attachment")),
    )
    with op.batch_alter_table("follow_up_attachment") as batch:
        batch.create_index(batch.f("ix_follow_up_attachment_follow_up_id"), ["follow_up_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_up_attachment") as batch:
        batch.drop_index(batch.f("ix_follow_up_attachment_follow_up_id"))
    op.drop_table("follow_up_attachment")
    op.drop_table("field_key")
