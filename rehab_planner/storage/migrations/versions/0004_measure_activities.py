"""The patient's own words for a measure's items (the PSFS activities), stored with the answers."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add one column that may be empty; measures saved before it keep no names."""
    with op.batch_alter_table("measure_results") as batch:
        batch.add_column(sa.Column("activities_json", sa.Text, nullable=True))


def downgrade() -> None:
    """Drop it again (used by tests only)."""
    with op.batch_alter_table("measure_results") as batch:
        batch.drop_column("activities_json")
