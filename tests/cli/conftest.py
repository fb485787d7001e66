"""A lumbar fusion plan file for the CLI tests (a module may define its own `plan_file`)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """Ann Lee's plan from the lumbar fusion template, surgery on 2 Nov 2026."""
    # Imported here: importing the package while conftest files load trips PySide's import hook
    # over pydantic's lazy imports.
    from rehab_planner.cli import main

    path = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "-o", str(path)]) == 0
    return path
