"""The first schema: patients, plans, revisions, custom exercises, clinic templates."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehab_planner.storage.db_schema import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table."""
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("record_number", sa.String(40), nullable=True),
        sa.Column("date_of_birth", sa.Date, nullable=True),
        sa.Column("search_key", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_patients"),
    )
    op.create_index("ix_patients_record_number", "patients", ["record_number"])
    op.create_index("ix_patients_search_key", "patients", ["search_key"])
    op.create_table(
        "plans",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("patient_id", sa.Integer, nullable=False),
        sa.Column("procedure", sa.String(120), nullable=False),
        sa.Column("surgery_date", sa.Date, nullable=False),
        sa.Column("therapist", sa.String(120), nullable=False),
        sa.Column("latest_revision", sa.Integer, nullable=False),
        sa.Column("created", UtcDateTime, nullable=False),
        sa.Column("updated", UtcDateTime, nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
        sa.Column("search_key", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name="fk_plans_patient_id"),
    )
    op.create_index("ix_plans_updated", "plans", ["updated"])
    op.create_index("ix_plans_patient_id", "plans", ["patient_id"])
    op.create_index("ix_plans_search_key", "plans", ["search_key"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("saved_by", sa.String(120), nullable=False),
        sa.Column("saved_at", UtcDateTime, nullable=False),
        sa.Column("plan_json", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name="fk_revisions_plan_id"),
        sa.UniqueConstraint("plan_id", "number", name="uq_revisions_plan_number"),
    )
    op.create_table(
        "custom_exercises",
        sa.Column("id", sa.String(80), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("exercise_json", sa.Text, nullable=False),
        sa.Column("photo", sa.LargeBinary, nullable=True),
        sa.Column("saved_by", sa.String(120), nullable=False),
        sa.Column("saved_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_custom_exercises"),
    )
    op.create_table(
        "templates",
        sa.Column("id", sa.String(80), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("procedure", sa.String(120), nullable=False),
        sa.Column("template_json", sa.Text, nullable=False),
        sa.Column("saved_by", sa.String(120), nullable=False),
        sa.Column("saved_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_templates"),
    )


def downgrade() -> None:
    """Drop every table (used by tests only)."""
    for table in ("templates", "custom_exercises", "revisions", "plans", "patients"):
        op.drop_table(table)
