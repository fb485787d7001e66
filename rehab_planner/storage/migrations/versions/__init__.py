"""One module per schema step; Alembic reads them by file name."""
