"""The clinic profile and default preferences, kept as JSON in the user's data folder (CLI and GUI)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from rehab_planner import paths
from rehab_planner.datafile import validation_problems
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model import Clinic
from rehab_planner.model.base import Model
from rehab_planner.storage.atomic import write_text_atomic
from rehab_planner.storage.safe_read import DATA_FILE_LIMITS, FileRefused, read_text

FILE_NAME = "preferences.json"

PageSize = Literal["letter", "a4"]


class Preferences(Model):
    """What a new plan and a new handout start from."""

    schema_version: int = Field(default=1, ge=1, le=1)
    clinic: Clinic = Field(default_factory=Clinic)
    therapist: str = Field(default="", max_length=120)
    page_size: PageSize = "letter"
    large_print: bool = False
    # The patient database: "" is the private SQLite file; a PostgreSQL URL shares one in a clinic.
    database_url: str = Field(default="", max_length=2000)


def preferences_file() -> Path:
    """Where the preferences are kept."""
    return paths.user_data() / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """Read the preferences; defaults when there is no file yet.

    Raises:
        DataFileError: the file exists but is broken (names the field).
    """
    path = path or preferences_file()
    if not path.exists() and not path.is_symlink():
        return Preferences()
    try:
        text = read_text(path, DATA_FILE_LIMITS.max_bytes, "preferences file")
    except FileRefused as exc:
        raise DataFileError(path, [("", "", exc.reason)]) from None
    try:
        return Preferences.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise DataFileError(path, [("", "", f"broken JSON at line {exc.lineno}")]) from None
    except ValidationError as exc:
        raise DataFileError(path, validation_problems("preferences", exc)) from None
    except (RecursionError, ValueError):
        raise DataFileError(
            path, [("", "", "broken JSON: nested too deeply or a number too large")]
        ) from None


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Write the preferences atomically.

    Raises:
        RehabError: the file could not be written.
    """
    path = path or preferences_file()
    try:
        write_text_atomic(path, preferences.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        raise RehabError(f"{path}: could not save the preferences ({exc.strerror or exc})") from None
    return path
