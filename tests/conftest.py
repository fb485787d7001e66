"""Test set-up shared by every test: no real screen, no real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each test gets its own user data folder: custom exercises, database, recovery files."""
    folder = tmp_path_factory.mktemp("user-data")
    old = os.environ.get("REHAB_PLANNER_DATA")
    os.environ["REHAB_PLANNER_DATA"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("REHAB_PLANNER_DATA", None)
    else:
        os.environ["REHAB_PLANNER_DATA"] = old


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    """The shipped exercise library (loaded once)."""
    from rehab_planner.library import load_library

    return load_library(include_custom=False)
