"""Archived plans (who and when, on the plan) and an audit log of archive, restore, rename, delete."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehab_planner.storage.db_schema import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the plans' archive columns (empty: every plan stays active) and the audit log."""
    # Nullable columns with no default: a plain ALTER TABLE on SQLite too, no table copy.
    op.add_column("plans", sa.Column("archived_at", UtcDateTime, nullable=True))
    op.add_column("plans", sa.Column("archived_by", sa.String(120), nullable=True))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("done_at", UtcDateTime, nullable=False),
        sa.Column("done_by", sa.String(120), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        sa.Column("detail", sa.String(400), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_subject", "audit_log", ["subject"])


def downgrade() -> None:
    """Drop them again (used by tests only; SQLite 3.35 or later drops a column in place)."""
    op.drop_index("ix_audit_log_subject", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_column("plans", "archived_by")
    op.drop_column("plans", "archived_at")
