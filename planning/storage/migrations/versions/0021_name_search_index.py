"""Name search reads an index instead of scanning every person: FTS5 trigrams on SQLite, pg_trgm on PostgreSQL.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from planning.storage import name_index

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the index and fill it from the people already recorded."""
    name_index.install(op.get_bind())


def downgrade() -> None:
    name_index.drop(op.get_bind())
