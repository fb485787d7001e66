"""The only place that knows where the library, resources and the user's data live.

The shipped data (exercises/ and resources/ at the top of the repository) is installed inside the
package as rehab_planner/data/exercises and rehab_planner/data/resources (setup.py maps the folders at
build time; a frozen bundle adds them at the same place). It is found through importlib.resources, so
the same code reads it from an installed wheel, a zipped package, a frozen bundle and the source tree.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from rehab_planner import __version__
from rehab_planner.errors import RehabError

APP_NAME = "rehab-planner"
#: The private patient database's file in the data folder, and the variable naming another database.
DATABASE_FILE = "patients.sqlite3"
DATABASE_VARIABLE = "REHAB_PLANNER_DB"

#: The shipped data folders, by the name they have in the repository and inside the package.
SHIPPED = ("exercises", "resources")

# Data that is only read from the data folder; used to tell whether a shipped folder is complete.
_MARKERS = {"exercises": "figures", "resources": "precautions.yaml"}


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.is_dir():
            _copy_tree(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())


def _unpacked(name: str, packaged: Traversable) -> Path:
    """A zipped package's data folder, unpacked once per version into the user's cache."""
    target = Path(user_cache_dir(APP_NAME, appauthor=False)) / __version__ / name
    if (target / _MARKERS[name]).exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    _copy_tree(packaged, work)
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    return target


@cache
def shipped_dir(name: str) -> Path:
    """A shipped data folder ("exercises" or "resources") as a real folder on disk.

    Raises:
        RehabError: the folder is in neither the package nor the source tree.
    """
    packaged = resources.files("rehab_planner").joinpath("data", name)
    if packaged.is_dir():
        if isinstance(packaged, Path):
            return packaged
        return _unpacked(name, packaged)
    # The source tree (a checkout, or an editable install): the folders beside the package.
    source = Path(__file__).resolve().parent.parent / name
    if source.is_dir():
        return source
    raise RehabError(
        f"the app's {name} folder is missing (looked in {packaged} and {source}); reinstall Rehab Planner"
    )


def exercises_dir() -> Path:
    """The shipped exercise library folder (REHAB_EXERCISES_DIR replaces it)."""
    override = os.environ.get("REHAB_EXERCISES_DIR")
    return Path(override) if override else shipped_dir("exercises")


def resources_dir() -> Path:
    """The shipped resources folder (fonts, icons, guidance texts, templates)."""
    return shipped_dir("resources")


def templates_dir() -> Path:
    """Protocol templates."""
    return resources_dir() / "templates"


def guidance_dir() -> Path:
    """Patient guidance texts."""
    return resources_dir() / "guidance"


def i18n_dir(language: str) -> Path:
    """One language's translations of the patient texts (resources/i18n/<language>/)."""
    return resources_dir() / "i18n" / language


def messages_dir(language: str) -> Path:
    """The app's own messages to the therapist (findings, history lines, errors) in a language:
    resources/messages/ for English, resources/i18n/<language>/messages/ for the others."""
    if language == "en":
        return resources_dir() / "messages"
    return i18n_dir(language) / "messages"


def translations_dir() -> Path:
    """The app's compiled interface translations (Qt .qm files)."""
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    """Fonts shipped for the handout."""
    return resources_dir() / "fonts"


def icon(name: str) -> Path:
    """An icon file by name (without extension)."""
    return resources_dir() / "icons" / f"{name}.svg"


def parsed_cache_dir() -> Path:
    """Where parsed data files are kept (storage.parse_cache), one folder per app version.

    The folder may not exist yet; the cache makes it when it first writes.
    """
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / __version__ / "parsed"


def checked_cache_dir() -> Path:
    """Where marks of exercise files already validated without a problem are kept (library.checked).

    The folder may not exist yet; the first mark makes it.
    """
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / __version__ / "checked"


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


def private_database() -> Path:
    """The private patient database (SQLite) in the data folder; it may not exist yet."""
    return user_data() / DATABASE_FILE


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


def clinic_pictures_dir() -> Path:
    """The clinic's own pictures (its logo), imported there through the photo import."""
    path = user_data() / "clinic-pictures"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def outcomes_dir() -> Path:
    """Outcome measures: items, scoring rules, MCIDs, sources and terms of use."""
    return resources_dir() / "outcomes"


def figure_words_file() -> Path:
    """The words printed inside exercise pictures and in the handout's picture key."""
    return resources_dir() / "figures" / "words.yaml"
