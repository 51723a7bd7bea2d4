"""Movements: actual departure and arrival times, cancellation reason; departure check-in ticks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("departed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("cancelled_reason", sa.Text(), nullable=True))
    op.create_table(
        "booking_check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"], name=op.f("fk_booking_check_in_booking_id_booking"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_booking_check_in_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_check_in")),
        sa.UniqueConstraint("booking_id", "person_id", name=op.f("uq_booking_check_in_booking_id_person_id")),
    )
    op.create_index(op.f("ix_booking_check_in_booking_id"), "booking_check_in", ["booking_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_booking_check_in_booking_id"), table_name="booking_check_in")
    op.drop_table("booking_check_in")
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.drop_column("cancelled_reason")
        batch_op.drop_column("arrived_at")
        batch_op.drop_column("departed_at")
