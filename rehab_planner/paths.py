"""The only place that knows where the library, resources and the user's data live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from rehab_planner.errors import RehabError

_PACKAGE = Path(__file__).resolve().parent
_ROOT = _PACKAGE.parent

APP_NAME = "rehab-planner"


def project_root() -> Path:
    """The folder that holds exercises/ and resources/ (the repository root)."""
    return _ROOT


def exercises_dir() -> Path:
    """The shipped exercise library folder."""
    return Path(os.environ.get("REHAB_EXERCISES_DIR", _ROOT / "exercises"))


def resources_dir() -> Path:
    """The shipped resources folder (fonts, icons, guidance texts, templates)."""
    return _ROOT / "resources"


def templates_dir() -> Path:
    """Protocol templates."""
    return resources_dir() / "templates"


def guidance_dir() -> Path:
    """Patient guidance texts."""
    return resources_dir() / "guidance"


def fonts_dir() -> Path:
    """Fonts shipped for the handout."""
    return resources_dir() / "fonts"


def icon(name: str) -> Path:
    """An icon file by name (without extension)."""
    return resources_dir() / "icons" / f"{name}.svg"


def user_data() -> Path:
    """The user's private data folder (custom exercises, database, recovery files).

    REHAB_PLANNER_DATA overrides it (tests, portable installs).
    """
    override = os.environ.get("REHAB_PLANNER_DATA")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if path.exists() and not path.is_dir():
        raise RehabError(f"{path}: the data folder is a file; point REHAB_PLANNER_DATA at a folder")
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def custom_exercises_dir() -> Path:
    """Where the therapist's own exercises (and their photos) are kept."""
    path = user_data() / "custom-exercises"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def shared_photos_dir() -> Path:
    """A cache of the photos of the clinic's shared exercises (copied from the patient database)."""
    path = user_data() / "shared-exercise-photos"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def figure_words_file() -> Path:
    """The words printed inside exercise pictures and in the handout's picture key."""
    return resources_dir() / "figures" / "words.yaml"
