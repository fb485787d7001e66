"""Visits (what the patient reported, criteria met, notes) and the outcome measures taken at them."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehab_planner.storage.db_schema import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add two new tables; nothing that exists changes."""
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("visit_date", sa.Date, nullable=False),
        sa.Column("therapist", sa.String(120), nullable=False),
        sa.Column("phase_id", sa.String(64), nullable=True),
        sa.Column("phase_name", sa.String(80), nullable=False),
        sa.Column("days_per_week", sa.Integer, nullable=True),
        sa.Column("pain_before", sa.Integer, nullable=True),
        sa.Column("pain_after", sa.Integer, nullable=True),
        sa.Column("problems", sa.Text, nullable=False),
        sa.Column("criteria_json", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("plan_revision", sa.Integer, nullable=False),
        sa.Column("next_revision", sa.Integer, nullable=True),
        sa.Column("saved_by", sa.String(120), nullable=False),
        sa.Column("saved_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name="fk_visits_plan_id"),
    )
    op.create_index("ix_visits_plan_id", "visits", ["plan_id"])
    op.create_table(
        "measure_results",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("visit_id", sa.Integer, nullable=False),
        sa.Column("measure_id", sa.String(20), nullable=False),
        sa.Column("answers_json", sa.Text, nullable=False),
        sa.Column("raw", sa.Float, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_measure_results"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_measure_results_visit_id"),
        sa.UniqueConstraint("visit_id", "measure_id", name="uq_measure_results_visit_measure"),
    )


def downgrade() -> None:
    """Drop them again (used by tests only)."""
    op.drop_table("measure_results")
    op.drop_index("ix_visits_plan_id", table_name="visits")
    op.drop_table("visits")
