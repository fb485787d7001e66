"""Tests never read or write the user's own data folder, even from session fixtures and subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from platformdirs import user_data_dir

from rehab_planner import paths
from tests.conftest import REAL_HOME


def test_the_session_has_a_throwaway_home() -> None:
    assert os.environ["HOME"] != REAL_HOME
    assert not user_data_dir("rehab-planner").startswith(REAL_HOME + os.sep)


def test_a_subprocess_gets_the_throwaway_data_folder_too() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "from rehab_planner import paths; print(paths.user_data())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert not out.startswith(REAL_HOME + os.sep)
    assert Path(out).parent.exists()


def test_each_test_has_its_own_data_folder(_private_user_data: Path) -> None:
    assert paths.user_data() == _private_user_data
