"""Where returnees live and where monitors start from: places for visit routes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 04:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "household_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("directions", sa.String(length=500), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("(latitude IS NULL) = (longitude IS NULL)",
                           name=op.f("ck_household_place_coordinates_together")),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_household_place_case_id_case_file"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_place")),
        sa.UniqueConstraint("case_id", name=op.f("uq_household_place_case_id")),
    )
    op.create_table(
        "field_office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_field_office_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_office")),
        sa.UniqueConstraint("country_id", "name", name=op.f("uq_field_office_country_id_name")),
    )
    op.create_index(op.f("ix_field_office_country_id"), "field_office", ["country_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_field_office_country_id"), table_name="field_office")
    op.drop_table("field_office")
    op.drop_table("household_place")
