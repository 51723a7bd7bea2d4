"""Names in Arabic script are searchable in Latin letters too: their search text gains the transliteration's skeleton.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 13:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from planning.validation import search_key

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
person = sa.table("person", sa.column("id", sa.Integer()), sa.column("given_names", sa.String()),
                  sa.column("family_name", sa.String()), sa.column("given_names_latin", sa.String()),
                  sa.column("family_name_latin", sa.String()), sa.column("search_name", sa.String()))


def upgrade() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = list(bind.execute(sa.select(person).where(person.c.id > last).order_by(person.c.id).limit(BATCH)))
        if not rows:
            return
        changed = [{"pid": r.id, "key": key} for r in rows
                   if (key := search_key(r.given_names, r.family_name, r.given_names_latin, r.family_name_latin))
                   != r.search_name]
        if changed:
            bind.execute(person.update().where(person.c.id == sa.bindparam("pid"))
                         .values(search_name=sa.bindparam("key")), changed)
        last = rows[-1].id


def downgrade() -> None:
    """Nothing to undo: the longer search text finds what the shorter did."""
