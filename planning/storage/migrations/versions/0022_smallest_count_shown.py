"""The office's smallest count shown in reports meant for sharing (statistical disclosure control, default 5).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("office_profile") as batch:
        batch.add_column(sa.Column("smallest_count_shown", sa.Integer(), nullable=False, server_default="5"))


def downgrade() -> None:
    with op.batch_alter_table("office_profile") as batch:
        batch.drop_column("smallest_count_shown")
