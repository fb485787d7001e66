"""Alembic migrations of the patient database, applied by storage.database on start."""
