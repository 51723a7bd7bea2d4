"""The person registry: an identity per person across cases, and the two-person decisions about a record
matching someone whose involvement ended or who was granted protection.

Existing records are given their identities here: records of different cases whose names (in any spelling),
date of birth and nationality match share one, by the rule new records are matched with
(`planning.persons.matching`), so that a person already opened again before this version is caught too.

On SQLite the column is added in place (ALTER TABLE ADD COLUMN takes a REFERENCES clause when the column may
be NULL): rebuilding `person` in batch mode would drop the table and, with foreign keys on, take every row
that cascades from it along.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from planning.persons.matching import Particulars, same_person
from planning.storage.sequences import advance_id_sequences

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_identity")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE person ADD COLUMN identity_id INTEGER CONSTRAINT fk_person_identity_id_person_identity "
                   "REFERENCES person_identity (id)")
    else:
        op.add_column("person", sa.Column("identity_id", sa.Integer(), nullable=True))
        op.create_foreign_key(op.f("fk_person_identity_id_person_identity"), "person", "person_identity",
                              ["identity_id"], ["id"])
    op.create_index(op.f("ix_person_identity_id"), "person", ["identity_id"], unique=False)
    op.create_table(
        "identity_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("other_person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum("coordinator", "monitor", "data_protection_officer", "read_only", name="role",
                                  native_enum=False, length=32), nullable=False),
        sa.Column("finding", sa.Enum("different_person", "new_decision", name="identityfinding", native_enum=False,
                                     length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=80), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["other_person_id"], ["person.id"],
                                name=op.f("fk_identity_decision_other_person_id_person"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_identity_decision_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_decision")),
        sa.UniqueConstraint("person_id", "other_person_id", "role",
                            name=op.f("uq_identity_decision_person_id_other_person_id_role")),
    )
    op.create_index(op.f("ix_identity_decision_other_person_id"), "identity_decision", ["other_person_id"],
                    unique=False)
    op.create_index(op.f("ix_identity_decision_person_id"), "identity_decision", ["person_id"], unique=False)
    _give_identities()


def _give_identities() -> None:
    """One identity per person, shared by the records of different cases that match an earlier record."""
    bind = op.get_bind()
    person = sa.table("person", sa.column("id", sa.Integer()), sa.column("case_id", sa.Integer()),
                      sa.column("given_names", sa.String()), sa.column("family_name", sa.String()),
                      sa.column("given_names_latin", sa.String()), sa.column("family_name_latin", sa.String()),
                      sa.column("search_name", sa.String()), sa.column("date_of_birth", sa.Date()),
                      sa.column("nationality", sa.String()), sa.column("identity_id", sa.Integer()))
    identity = sa.table("person_identity", sa.column("id", sa.Integer()),
                        sa.column("created_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(person).order_by(person.c.id)).all()
    if not rows:
        return
    root = {row.id: row.id for row in rows}

    def find(key: int) -> int:
        while root[key] != key:
            root[key] = root[root[key]]
            key = root[key]
        return key

    born: dict[tuple[object, str], list[sa.Row[tuple[object, ...]]]] = defaultdict(list)
    for row in rows:
        born[(row.date_of_birth, row.nationality)].append(row)
    for group in born.values():
        for i, later in enumerate(group):
            wanted = Particulars(later.given_names, later.family_name, later.given_names_latin,
                                 later.family_name_latin, later.date_of_birth, later.nationality)
            for earlier in group[:i]:
                if earlier.case_id != later.case_id and same_person(earlier.search_name, earlier.nationality,
                                                                    wanted):
                    first, second = sorted((find(earlier.id), find(later.id)))
                    root[second] = first
    now = datetime.now(UTC)
    roots = sorted({find(row.id) for row in rows})
    op.bulk_insert(identity, [{"id": key, "created_at": now} for key in roots])
    advance_id_sequences(bind, ["person_identity"])
    bind.execute(person.update().where(person.c.id == sa.bindparam("key")).values(identity_id=sa.bindparam("to")),
                 [{"key": row.id, "to": find(row.id)} for row in rows])


def downgrade() -> None:
    op.drop_index(op.f("ix_identity_decision_person_id"), table_name="identity_decision")
    op.drop_index(op.f("ix_identity_decision_other_person_id"), table_name="identity_decision")
    op.drop_table("identity_decision")
    op.drop_index(op.f("ix_person_identity_id"), table_name="person")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("person") as batch:  # rebuilt without the column and its foreign key
            batch.drop_column("identity_id")
    else:
        op.drop_constraint(op.f("fk_person_identity_id_person_identity"), "person", type_="foreignkey")
        op.drop_column("person", "identity_id")
    op.drop_table("person_identity")
