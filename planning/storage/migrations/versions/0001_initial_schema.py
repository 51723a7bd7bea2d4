"""Initial schema: every table of the first release, and the append-only triggers.

Enum columns are portable VARCHARs (the models use `native_enum=False` without CHECK constraints),
so new enum values never need a migration. The trigger SQL is copied from `storage.triggers` as it
stood at this revision: a migration is frozen once released.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 00:12:30.443184
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("voluntariness_event", "audit_entry")

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION homeward_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only', ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def create_append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(PG_FUNCTION)
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}")
            op.execute(
                f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION homeward_append_only()"
            )


def drop_append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_{action}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS homeward_append_only()")


def upgrade() -> None:
    op.create_table(
        "country_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("irregular_exit_punished", sa.Boolean(), nullable=False),
        sa.Column("active_monitoring_profiles", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_country_profile")),
        sa.UniqueConstraint("code", name=op.f("uq_country_profile_code")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "advisory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.Column("profile", sa.String(length=40), nullable=True),
        sa.Column("suspends_returns", sa.Boolean(), nullable=False),
        sa.Column("in_force_from", sa.Date(), nullable=False),
        sa.Column("in_force_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_id"], ["country_profile.id"], name=op.f("fk_advisory_country_id_country_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisory")),
    )
    op.create_index(op.f("ix_advisory_country_id"), "advisory", ["country_id"], unique=False)
    op.create_table(
        "assurance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("issuing_authority", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("monitoring_level", sa.String(length=32), nullable=True),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("scan_filename", sa.String(length=255), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_id"], ["country_profile.id"], name=op.f("fk_assurance_country_id_country_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assurance")),
    )
    op.create_index(op.f("ix_assurance_country_id"), "assurance", ["country_id"], unique=False)
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("referral_source", sa.String(length=32), nullable=False),
        sa.Column("referral_note", sa.Text(), nullable=True),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("region_of_return", sa.String(length=120), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("ready", sa.Boolean(), nullable=False),
        sa.Column("status_checked_on", sa.Date(), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=False),
        sa.Column("head_name", sa.String(length=250), nullable=False),
        sa.Column("vulnerable", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_id"], ["country_profile.id"], name=op.f("fk_case_file_country_id_country_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
    )
    op.create_index(op.f("ix_case_file_country_id"), "case_file", ["country_id"], unique=False)
    op.create_index(op.f("ix_case_file_decided_on"), "case_file", ["decided_on"], unique=False)
    op.create_index(op.f("ix_case_file_ready"), "case_file", ["ready"], unique=False)
    op.create_index(op.f("ix_case_file_status"), "case_file", ["status"], unique=False)
    op.create_index("ix_case_file_status_country", "case_file", ["status", "country_id"], unique=False)
    op.create_index(op.f("ix_case_file_vulnerable"), "case_file", ["vulnerable"], unique=False)
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=120), nullable=False),
        sa.Column("destination", sa.String(length=120), nullable=False),
        sa.Column("departure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrival_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("cost_per_seat", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("charter_cost", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("medical_escort_places", sa.Integer(), nullable=False),
        sa.Column("minor_escort_places", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_id"], ["country_profile.id"], name=op.f("fk_movement_country_id_country_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
        sa.UniqueConstraint("code", name=op.f("uq_movement_code")),
    )
    op.create_index(op.f("ix_movement_country_id"), "movement", ["country_id"], unique=False)
    op.create_index(op.f("ix_movement_departure_at"), "movement", ["departure_at"], unique=False)
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_audit_entry_case_id_case_file"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_actor"), "audit_entry", ["actor"], unique=False)
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"], unique=False)
    op.create_index(op.f("ix_audit_entry_case_id"), "audit_entry", ["case_id"], unique=False)
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("medical_escorts", sa.Integer(), nullable=False),
        sa.Column("minor_escorts", sa.Integer(), nullable=False),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_booking_case_id_case_file"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_booking_movement_id_movement"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
    )
    op.create_index("ix_booking_case_status", "booking", ["case_id", "status"], unique=False)
    op.create_index(op.f("ix_booking_movement_id"), "booking", ["movement_id"], unique=False)
    op.create_table(
        "counselling_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("counsellor", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("interpreter", sa.String(length=120), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_counselling_session_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counselling_session")),
    )
    op.create_index(op.f("ix_counselling_session_case_id"), "counselling_session", ["case_id"], unique=False)
    op.create_table(
        "movement_leg",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=120), nullable=False),
        sa.Column("destination", sa.String(length=120), nullable=False),
        sa.Column("departure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrival_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("carrier", sa.String(length=120), nullable=True),
        sa.Column("transit_visa_required", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_movement_leg_movement_id_movement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_leg")),
    )
    op.create_index(op.f("ix_movement_leg_movement_id"), "movement_leg", ["movement_id"], unique=False)
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("given_names", sa.String(length=120), nullable=False),
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_names_latin", sa.String(length=120), nullable=True),
        sa.Column("family_name_latin", sa.String(length=120), nullable=True),
        sa.Column("search_name", sa.String(length=500), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("permanent_residence", sa.String(length=3), nullable=True),
        sa.Column("exit_irregular", sa.Boolean(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("preferred_language", sa.String(length=8), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("relationship_to_head", sa.String(length=32), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=True),
        sa.Column("escort_need", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_person_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"], ["person.id"], name=op.f("fk_person_guardian_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_index(op.f("ix_person_case_id"), "person", ["case_id"], unique=False)
    op.create_index(op.f("ix_person_search_name"), "person", ["search_name"], unique=False)
    op.create_table(
        "assurance_person",
        sa.Column("assurance_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assurance_id"],
            ["assurance.id"],
            name=op.f("fk_assurance_person_assurance_id_assurance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_assurance_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assurance_id", "person_id", name=op.f("pk_assurance_person")),
    )
    op.create_table(
        "best_interests_determination",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("reception_arrangement", sa.Text(), nullable=True),
        sa.Column("reception_confirmed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_best_interests_determination_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_best_interests_determination")),
    )
    op.create_index(
        op.f("ix_best_interests_determination_person_id"),
        "best_interests_determination",
        ["person_id"],
        unique=False,
    )
    op.create_table(
        "counselling_participant",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_counselling_participant_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["counselling_session.id"],
            name=op.f("fk_counselling_participant_session_id_counselling_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "person_id", name=op.f("pk_counselling_participant")),
    )
    op.create_table(
        "fit_to_travel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.String(length=200), nullable=False),
        sa.Column("fit", sa.Boolean(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_fit_to_travel_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_to_travel")),
    )
    op.create_index(op.f("ix_fit_to_travel_person_id"), "fit_to_travel", ["person_id"], unique=False)
    op.create_table(
        "protection_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("raised_by", sa.String(length=80), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("authority", sa.String(length=32), nullable=True),
        sa.Column("authority_name", sa.String(length=200), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("outcome_reference", sa.String(length=120), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_protection_referral_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_referral")),
    )
    op.create_index(
        op.f("ix_protection_referral_person_id"), "protection_referral", ["person_id"], unique=False
    )
    op.create_table(
        "travel_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issuing_country", sa.String(length=3), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_travel_document_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_document")),
    )
    op.create_index(op.f("ix_travel_document_person_id"), "travel_document", ["person_id"], unique=False)
    op.create_table(
        "voluntariness_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("counsellor", sa.String(length=120), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("interpreter", sa.String(length=120), nullable=True),
        sa.Column("information_given", sa.JSON(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_voluntariness_event_movement_id_movement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_voluntariness_event_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voluntariness_event")),
    )
    op.create_index(
        "ix_voluntariness_event_person_occurred",
        "voluntariness_event",
        ["person_id", "occurred_on"],
        unique=False,
    )
    op.create_table(
        "vulnerability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_vulnerability_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vulnerability")),
    )
    op.create_index(op.f("ix_vulnerability_person_id"), "vulnerability", ["person_id"], unique=False)
    create_append_only_triggers()


def downgrade() -> None:
    drop_append_only_triggers()
    op.drop_index(op.f("ix_vulnerability_person_id"), table_name="vulnerability")
    op.drop_table("vulnerability")
    op.drop_index("ix_voluntariness_event_person_occurred", table_name="voluntariness_event")
    op.drop_table("voluntariness_event")
    op.drop_index(op.f("ix_travel_document_person_id"), table_name="travel_document")
    op.drop_table("travel_document")
    op.drop_index(op.f("ix_protection_referral_person_id"), table_name="protection_referral")
    op.drop_table("protection_referral")
    op.drop_index(op.f("ix_fit_to_travel_person_id"), table_name="fit_to_travel")
    op.drop_table("fit_to_travel")
    op.drop_table("counselling_participant")
    op.drop_index(
        op.f("ix_best_interests_determination_person_id"), table_name="best_interests_determination"
    )
    op.drop_table("best_interests_determination")
    op.drop_table("assurance_person")
    op.drop_index(op.f("ix_person_search_name"), table_name="person")
    op.drop_index(op.f("ix_person_case_id"), table_name="person")
    op.drop_table("person")
    op.drop_index(op.f("ix_movement_leg_movement_id"), table_name="movement_leg")
    op.drop_table("movement_leg")
    op.drop_index(op.f("ix_counselling_session_case_id"), table_name="counselling_session")
    op.drop_table("counselling_session")
    op.drop_index(op.f("ix_booking_movement_id"), table_name="booking")
    op.drop_index("ix_booking_case_status", table_name="booking")
    op.drop_table("booking")
    op.drop_index(op.f("ix_audit_entry_case_id"), table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_at"), table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_actor"), table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_index(op.f("ix_movement_departure_at"), table_name="movement")
    op.drop_index(op.f("ix_movement_country_id"), table_name="movement")
    op.drop_table("movement")
    op.drop_index(op.f("ix_case_file_vulnerable"), table_name="case_file")
    op.drop_index("ix_case_file_status_country", table_name="case_file")
    op.drop_index(op.f("ix_case_file_status"), table_name="case_file")
    op.drop_index(op.f("ix_case_file_ready"), table_name="case_file")
    op.drop_index(op.f("ix_case_file_decided_on"), table_name="case_file")
    op.drop_index(op.f("ix_case_file_country_id"), table_name="case_file")
    op.drop_table("case_file")
    op.drop_index(op.f("ix_assurance_country_id"), table_name="assurance")
    op.drop_table("assurance")
    op.drop_index(op.f("ix_advisory_country_id"), table_name="advisory")
    op.drop_table("advisory")
    op.drop_table("user_account")
    op.drop_table("country_profile")
