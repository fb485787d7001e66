"""Test set-up shared by every test: no real screen, no real user data folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The real home folder, for the few tests that need the user's package caches (pip).
REAL_HOME = os.environ.get("HOME", "")
# Nothing a test runs (session fixtures before the per-test folder exists, subprocesses, Qt, libraries
# that write caches) may read or write the user's own data: the whole session gets a throwaway home.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="rehab-test-home-"))
os.environ["HOME"] = str(_SESSION_HOME)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ["REHAB_PLANNER_DATA"] = str(_SESSION_HOME / "rehab-planner-data")
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)


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


@pytest.fixture(autouse=True)
def _english_core_messages() -> Iterator[None]:
    """The core's messages are English in every test unless it chooses another language (a test
    that installs the Spanish interface sets them Spanish for the process)."""
    from rehab_planner.i18n.messages import set_interface_language

    yield
    set_interface_language("en")


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    """The shipped exercise library (loaded once)."""
    from rehab_planner.library import load_library

    return load_library(include_custom=False)
