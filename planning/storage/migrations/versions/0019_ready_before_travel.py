"""A case is listed as ready only while it has yet to travel: ready or booked, never departed, returned or ended.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

case_file = sa.table("case_file", sa.column("status", sa.String()), sa.column("ready", sa.Boolean()))


def upgrade() -> None:
    op.execute(case_file.update().where(case_file.c.ready.is_(True), case_file.c.status.not_in(("ready", "booked")))
               .values(ready=False))


def downgrade() -> None:
    """Nothing to undo: the next change to each case derives its readiness again."""
