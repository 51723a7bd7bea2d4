"""Documents a border official can rely on: the office's signatory, flight numbers, the office's signing key,
each issue's signature and its revocation.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("office_profile") as batch:
        batch.add_column(sa.Column("signatory_name", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("signatory_title", sa.String(length=200), nullable=True))
    with op.batch_alter_table("movement_leg") as batch:
        batch.add_column(sa.Column("flight_number", sa.String(length=12), nullable=True))
    with op.batch_alter_table("document_issue") as batch:
        batch.add_column(sa.Column("signing_key_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("statement", sa.Text(), nullable=True))
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("revoked_by", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("revoked_reason", sa.Text(), nullable=True))
    op.create_table(
        "document_signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_signing_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_document_signing_key_key_id")),
    )


def downgrade() -> None:
    op.drop_table("document_signing_key")
    with op.batch_alter_table("document_issue") as batch:
        for column in ("revoked_reason", "revoked_by", "revoked_at", "statement", "signing_key_id"):
            batch.drop_column(column)
    with op.batch_alter_table("movement_leg") as batch:
        batch.drop_column("flight_number")
    with op.batch_alter_table("office_profile") as batch:
        batch.drop_column("signatory_title")
        batch.drop_column("signatory_name")
