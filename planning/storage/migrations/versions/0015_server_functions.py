"""On PostgreSQL, the audit chain and the append-only tables written through SECURITY DEFINER functions.

`homeward db grant` then gives each Homeward role its group role and leaves these functions the only way
to append to the audit log or redact it (`planning.storage.server_functions`, `planning.storage.grants`).
Nothing changes on SQLite.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from planning.storage import server_functions

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    server_functions.install(op.get_bind())


def downgrade() -> None:
    server_functions.drop(op.get_bind())
