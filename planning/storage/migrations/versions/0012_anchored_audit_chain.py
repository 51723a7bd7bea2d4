"""An anchored audit chain: an installation id, keyed links from the next entry on, the head's MAC.

The entries written so far keep their plain SHA-256 links (they are still verified so); the next
entry is the first linked with the chain key (`keyed_from` = the head's position + 1). The chain key
itself is made by the first write after this revision (`planning.audit_keys`), never here: a migration
runs where no keychain may be reachable. The database gets its installation id now.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_chain_head") as batch:
        batch.add_column(sa.Column("installation_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("keyed_from", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("key_source", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("wrapped_key", sa.LargeBinary(), nullable=True))
    head = sa.table("audit_chain_head", sa.column("id", sa.Integer), sa.column("seq", sa.Integer),
                    sa.column("installation_id", sa.String), sa.column("keyed_from", sa.Integer))
    op.execute(head.update().values(installation_id=uuid.uuid4().hex, keyed_from=head.c.seq + 1))
    with op.batch_alter_table("audit_chain_head") as batch:
        batch.alter_column("installation_id", nullable=False)
        batch.alter_column("keyed_from", nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_chain_head") as batch:
        for name in ("wrapped_key", "key_source", "mac", "keyed_from", "installation_id"):
            batch.drop_column(name)
