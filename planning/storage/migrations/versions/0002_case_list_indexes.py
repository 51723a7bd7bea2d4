"""Case list indexes: every sortable column paired with the reference, so sorting is an index scan.

Replaces the single-column indexes on status, ready and decided_on, which the pairs make redundant.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 00:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIST_COLUMNS = ("status", "ready", "decided_on", "household_size", "head_name")
REPLACED = ("status", "ready", "decided_on")


def upgrade() -> None:
    for column in REPLACED:
        op.drop_index(f"ix_case_file_{column}", table_name="case_file")
    for column in LIST_COLUMNS:
        op.create_index(f"ix_case_file_list_{column}", "case_file", [column, "reference"], unique=False)


def downgrade() -> None:
    for column in LIST_COLUMNS:
        op.drop_index(f"ix_case_file_list_{column}", table_name="case_file")
    for column in REPLACED:
        op.create_index(f"ix_case_file_{column}", "case_file", [column], unique=False)
