"""Reintegration: catalogue, partners, demand index, needs, budgets and allocations.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 04:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _money(name: str, precision: int = 12, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Numeric(precision=precision, scale=2), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "reintegration_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_reintegration_partner_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_reintegration_partner_name")),
    )
    op.create_index(op.f("ix_reintegration_partner_country_id"), "reintegration_partner", ["country_id"],
                    unique=False)
    op.create_table(
        "partner_capacity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["reintegration_partner.id"],
                                name=op.f("fk_partner_capacity_partner_id_reintegration_partner"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_capacity")),
        sa.UniqueConstraint("partner_id", "region", "month", name=op.f("uq_partner_capacity_partner_id_region_month")),
    )
    op.create_table(
        "reintegration_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        _money("in_kind"),
        _money("cash"),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("head_only", sa.Boolean(), nullable=False),
        sa.Column("vulnerabilities", sa.JSON(), nullable=False),
        sa.Column("skill", sa.String(length=80), nullable=True),
        sa.Column("lead_min_months", sa.Integer(), nullable=False),
        sa.Column("lead_max_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["reintegration_partner.id"],
                                name=op.f("fk_reintegration_package_partner_id_reintegration_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_package")),
        sa.UniqueConstraint("code", name=op.f("uq_reintegration_package_code")),
    )
    op.create_index(op.f("ix_reintegration_package_partner_id"), "reintegration_package", ["partner_id"],
                    unique=False)
    op.create_table(
        "skill_demand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("skill", sa.String(length=80), nullable=False),
        sa.Column("demand_index", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_skill_demand_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_demand")),
        sa.UniqueConstraint("country_id", "region", "skill", name=op.f("uq_skill_demand_country_id_region_skill")),
    )
    op.create_table(
        "reintegration_budget",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funding_line", sa.String(length=160), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        _money("in_kind_total", 14),
        _money("cash_total", 14),
        _money("in_kind_per_adult"),
        _money("in_kind_per_dependant"),
        _money("cash_per_adult"),
        _money("cash_per_dependant"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country_profile.id"],
                                name=op.f("fk_reintegration_budget_country_id_country_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_budget")),
    )
    op.create_index(op.f("ix_reintegration_budget_country_id"), "reintegration_budget", ["country_id"], unique=False)
    op.create_table(
        "needs_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.String(length=120), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_needs_assessment_case_id_case_file"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_assessment")),
        sa.UniqueConstraint("case_id", name=op.f("uq_needs_assessment_case_id")),
    )
    op.create_table(
        "assessed_need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=80), nullable=True),
        sa.Column("skills_held", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["needs_assessment.id"],
                                name=op.f("fk_assessed_need_assessment_id_needs_assessment"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_assessed_need_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessed_need")),
        sa.UniqueConstraint("assessment_id", "person_id", "kind",
                            name=op.f("uq_assessed_need_assessment_id_person_id_kind")),
    )
    op.create_index(op.f("ix_assessed_need_person_id"), "assessed_need", ["person_id"], unique=False)
    op.create_table(
        "package_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("budget_id", sa.Integer(), nullable=False),
        sa.Column("delivery_month", sa.Date(), nullable=False),
        _money("in_kind"),
        _money("cash"),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_by", sa.String(length=120), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("delivered_by", sa.String(length=120), nullable=True),
        sa.Column("handover_notes", sa.Text(), nullable=True),
        sa.Column("cancelled_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["budget_id"], ["reintegration_budget.id"],
                                name=op.f("fk_package_allocation_budget_id_reintegration_budget")),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_package_allocation_case_id_case_file"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["need_id"], ["assessed_need.id"],
                                name=op.f("fk_package_allocation_need_id_assessed_need"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["package_id"], ["reintegration_package.id"],
                                name=op.f("fk_package_allocation_package_id_reintegration_package")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_package_allocation_person_id_person"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_allocation")),
    )
    op.create_index(op.f("ix_package_allocation_budget_id"), "package_allocation", ["budget_id"], unique=False)
    op.create_index("ix_package_allocation_case_status", "package_allocation", ["case_id", "status"], unique=False)
    op.create_index(op.f("ix_package_allocation_package_id"), "package_allocation", ["package_id"], unique=False)
    op.create_index(op.f("ix_package_allocation_person_id"), "package_allocation", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_package_allocation_person_id"), table_name="package_allocation")
    op.drop_index(op.f("ix_package_allocation_package_id"), table_name="package_allocation")
    op.drop_index("ix_package_allocation_case_status", table_name="package_allocation")
    op.drop_index(op.f("ix_package_allocation_budget_id"), table_name="package_allocation")
    op.drop_table("package_allocation")
    op.drop_index(op.f("ix_assessed_need_person_id"), table_name="assessed_need")
    op.drop_table("assessed_need")
    op.drop_table("needs_assessment")
    op.drop_index(op.f("ix_reintegration_budget_country_id"), table_name="reintegration_budget")
    op.drop_table("reintegration_budget")
    op.drop_table("skill_demand")
    op.drop_index(op.f("ix_reintegration_package_partner_id"), table_name="reintegration_package")
    op.drop_table("reintegration_package")
    op.drop_table("partner_capacity")
    op.drop_index(op.f("ix_reintegration_partner_country_id"), table_name="reintegration_partner")
    op.drop_table("reintegration_partner")
