"""Recovery codes: a data-protection officer's one-time code (its Argon2id hash) for a forgotten password.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("recovery_code_hash", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("recovery_code_made_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("recovery_code_made_at")
        batch.drop_column("recovery_code_hash")
