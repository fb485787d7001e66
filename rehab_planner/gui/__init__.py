"""The desktop app: a thin PySide6 shell over the core."""
