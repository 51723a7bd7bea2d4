"""Monitoring after arrival: schedules, plans, follow-ups and incidents.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "monitoring_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope_key", sa.String(length=60), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=True),
        sa.Column("profile", sa.String(length=40), nullable=True),
        sa.Column("months", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_monitoring_schedule_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_schedule")),
        sa.UniqueConstraint("scope_key", name=op.f("uq_monitoring_schedule_scope_key")),
    )
    op.create_table(
        "monitoring_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.Column("arrived_on", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("needed", sa.String(length=32), nullable=False),
        sa.Column("needed_because", sa.JSON(), nullable=False),
        sa.Column("authorised", sa.String(length=32), nullable=True),
        sa.Column("monitor", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_monitoring_plan_case_id_case_file"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_monitoring_plan_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_plan")),
        sa.UniqueConstraint("case_id", name=op.f("uq_monitoring_plan_case_id")),
    )
    op.create_index(op.f("ix_monitoring_plan_country_id"), "monitoring_plan", ["country_id"], unique=False)
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("monitor", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("escalated_from_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("logged_by", sa.String(length=120), nullable=True),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("contact_made", sa.Boolean(), nullable=True),
        sa.Column("readmitted_without_problems", sa.Boolean(), nullable=True),
        sa.Column("readmission_refused", sa.Boolean(), nullable=True),
        sa.Column("punished", sa.Boolean(), nullable=True),
        sa.Column("detained", sa.Boolean(), nullable=True),
        sa.Column("fined", sa.Boolean(), nullable=True),
        sa.Column("prosecuted", sa.Boolean(), nullable=True),
        sa.Column("harassed", sa.Boolean(), nullable=True),
        sa.Column("package_delivered", sa.Boolean(), nullable=True),
        sa.Column("livelihood", sa.Boolean(), nullable=True),
        sa.Column("economic_score", sa.Integer(), nullable=True),
        sa.Column("social_score", sa.Integer(), nullable=True),
        sa.Column("psychosocial_score", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["escalated_from_id"], ["follow_up.id"],
                                name=op.f("fk_follow_up_escalated_from_id_follow_up"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["monitoring_plan.id"],
                                name=op.f("fk_follow_up_plan_id_monitoring_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    op.create_index("ix_follow_up_monitor_status_due_on", "follow_up", ["monitor", "status", "due_on"], unique=False)
    op.create_index(op.f("ix_follow_up_plan_id"), "follow_up", ["plan_id"], unique=False)
    op.create_index("ix_follow_up_status_due_on", "follow_up", ["status", "due_on"], unique=False)
    op.create_table(
        "monitoring_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("assurance_ids", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_monitoring_incident_case_id_case_file"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_monitoring_incident_country_id_country_profile")),
        sa.ForeignKeyConstraint(["follow_up_id"], ["follow_up.id"],
                                name=op.f("fk_monitoring_incident_follow_up_id_follow_up"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_incident")),
    )
    op.create_index(op.f("ix_monitoring_incident_case_id"), "monitoring_incident", ["case_id"], unique=False)
    op.create_index(op.f("ix_monitoring_incident_country_id"), "monitoring_incident", ["country_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_monitoring_incident_country_id"), table_name="monitoring_incident")
    op.drop_index(op.f("ix_monitoring_incident_case_id"), table_name="monitoring_incident")
    op.drop_table("monitoring_incident")
    op.drop_index("ix_follow_up_status_due_on", table_name="follow_up")
    op.drop_index(op.f("ix_follow_up_plan_id"), table_name="follow_up")
    op.drop_index("ix_follow_up_monitor_status_due_on", table_name="follow_up")
    op.drop_table("follow_up")
    op.drop_index(op.f("ix_monitoring_plan_country_id"), table_name="monitoring_plan")
    op.drop_table("monitoring_plan")
    op.drop_table("monitoring_schedule")
