"""Alembic's entry point: migrate over the connection storage.database hands in (never a URL)."""

from __future__ import annotations

from alembic import context

from rehab_planner.storage.db_schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the migrations through rehab_planner.storage.database, not alembic")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
