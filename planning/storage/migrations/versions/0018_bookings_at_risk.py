"""Bookings at risk: the reasons a change since booking made the household unready for its movement.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("booking") as batch:
        batch.add_column(sa.Column("at_risk", sa.Text(), nullable=True))
        batch.add_column(sa.Column("at_risk_since", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("booking") as batch:
        batch.drop_column("at_risk_since")
        batch.drop_column("at_risk")
