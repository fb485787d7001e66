"""Tests of the preferences file: defaults, round trip, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.errors import DataFileError
from rehab_planner.model import Clinic
from rehab_planner.storage.preferences import (
    Preferences,
    load_preferences,
    preferences_file,
    save_preferences,
)


def test_defaults_without_a_file() -> None:
    assert load_preferences() == Preferences()


def test_round_trip_in_user_data(_private_user_data: Path) -> None:
    prefs = Preferences(clinic=Clinic(name="Bay PT", phone="555"), therapist="Kim", page_size="a4",
                        large_print=True)
    path = save_preferences(prefs)
    assert path == preferences_file() and path.parent == _private_user_data
    assert load_preferences() == prefs


def test_broken_file_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"page_size": "a3"}')
    with pytest.raises(DataFileError, match="page_size"):
        load_preferences(path)
    path.write_text("{not json")
    with pytest.raises(DataFileError, match="broken JSON"):
        load_preferences(path)
