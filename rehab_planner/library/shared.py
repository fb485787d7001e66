"""The clinic's shared custom exercises: kept in the patient database, merged into the library."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_planner import paths
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.figures.photo import checked_photo_path
from rehab_planner.library.entries import copy_of
from rehab_planner.library.loader import Library, read_exercise_file
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.pictures import PictureRefused, decode, load_picture

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")


def stored_copy(exercise: Exercise) -> Exercise:
    """The exercise as the database keeps it: marked custom, its photo a file name only."""
    photo = Path(exercise.photo).name if exercise.photo else None
    return exercise.model_copy(update={"custom": True, "photo": photo or None})


def photo_bytes(exercise: Exercise, source: Path | None = None) -> bytes | None:
    """The exercise's photo (found as the figures find it), re-encoded; None without one.

    Only a PNG or JPEG picture in an allowed folder is read, and only its re-encoded pixels are
    returned, so no other file's bytes can reach the clinic database.

    Raises:
        RehabError: the photo is refused (outside the picture folders, not a picture, too large)
            or cannot be read.
    """
    photo = checked_photo_path(exercise, source)
    if photo is None:
        return None
    return load_picture(photo).data


def share_exercise(
    db: PatientDatabase, exercise: Exercise, *, by: str, source: Path | None = None
) -> bool:
    """Save a custom exercise, with its photo's bytes, in the database for the whole clinic.

    Args:
        db: the open patient database.
        exercise: the exercise.
        by: who saves it.
        source: the data file it came from, when its photo lies beside that file.

    Returns:
        True when a photo was stored with it.

    Raises:
        RehabError: the photo cannot be read or the database cannot be written.
    """
    data = photo_bytes(exercise, source)
    db.save_custom_exercise(stored_copy(exercise), data, by=by)
    return data is not None


def _cache_name(exercise: Exercise) -> str:
    suffix = Path(exercise.photo or "").suffix.lower()
    return Path(exercise.id).name + (suffix if suffix in PHOTO_SUFFIXES else ".png")


def _write_photo(path: Path, data: bytes) -> None:
    """Write the photo unless the cache already holds exactly these bytes."""
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return
        write_atomic(path, data)
    except OSError as exc:
        raise RehabError(f"The photo cache {path.parent} cannot be written: {exc.strerror}") from None


def fetch_shared_exercises(db: PatientDatabase, folder: Path | None = None) -> list[Exercise]:
    """The database's custom exercises, their photos copied into the photo cache (slow: a worker).

    An exercise with a stored photo comes back with the photo's full path in the cache, so the
    figures and the handout find it; one whose photo is not stored keeps its file name.

    Args:
        db: the open patient database.
        folder: the photo cache (default paths.shared_photos_dir()).

    Raises:
        RehabError: the database cannot be read or the cache cannot be written.
    """
    cache = folder or paths.shared_photos_dir()
    out: list[Exercise] = []
    for shared in db.shared_exercises():
        exercise = shared.exercise.model_copy(update={"custom": True})
        if exercise.photo and shared.photo is not None:
            try:  # the database is shared: its bytes are checked before they are cached
                clean = decode(shared.photo, f"the shared photo of {exercise.id}")
            except PictureRefused:
                out.append(exercise)
                continue
            target = cache / _cache_name(exercise)
            _write_photo(target, clean.data)
            exercise = exercise.model_copy(update={"photo": str(target)})
        out.append(exercise)
    return out


def with_shared_exercises(library: Library, exercises: Iterable[Exercise]) -> Library:
    """A copy of the library with the shared exercises added.

    A shared exercise replaces the therapist's own copy with the same id (the database is what
    the clinic agreed on), never a shipped exercise.
    """
    merged = Library(copy_of(library.exercises), dict(library.sources))
    for exercise in exercises:
        current = merged.exercises.get(exercise.id)
        if current is not None and not current.custom:
            continue
        merged.exercises[exercise.id] = exercise
        merged.sources.pop(exercise.id, None)  # not the local file any more
    return merged


def without_exercises(library: Library, exercise_ids: Iterable[str]) -> Library:
    """A copy of the library without these exercises (a closed database's shared ones)."""
    gone = set(exercise_ids)
    exercises = copy_of(library.exercises)  # exercises not yet used stay unvalidated
    for exercise_id in gone & exercises.keys():
        del exercises[exercise_id]
    return Library(exercises, {k: v for k, v in library.sources.items() if k not in gone})


def merge_database_exercises(
    library: Library, db: PatientDatabase, folder: Path | None = None
) -> Library:
    """The library with the database's custom exercises (photos copied into the cache).

    Raises:
        RehabError: the database cannot be read or the photo cache cannot be written.
    """
    return with_shared_exercises(library, fetch_shared_exercises(db, folder))


@dataclass
class PushResult:
    """What push_custom_exercises did: the exercises saved, how many with a photo, the problems."""

    saved: list[Exercise] = field(default_factory=list)
    photos: int = 0
    problems: list[str] = field(default_factory=list)


def push_custom_exercises(
    db: PatientDatabase, *, by: str, folder: Path | None = None
) -> PushResult:
    """Save every custom exercise file of this computer in the database (with its photo).

    A broken file is skipped and named in `problems`; the others are still saved.

    Raises:
        RehabError: the database cannot be written.
    """
    result = PushResult()
    folder = folder or paths.custom_exercises_dir()
    for path in sorted(p for p in folder.glob("*.yaml") if p.is_file()):
        try:
            good, problems = read_exercise_file(path)
        except DataFileError as exc:
            result.problems.extend(exc.lines())
            continue
        if problems:
            result.problems.extend(DataFileError(path, problems).lines())
        for exercise in good:
            try:
                data = photo_bytes(exercise, path)
            except RehabError as exc:
                result.problems.append(f"{path}: {exercise.id}: photo: {exc}")
                continue
            db.save_custom_exercise(stored_copy(exercise), data, by=by)
            result.saved.append(exercise)
            result.photos += int(data is not None)
    return result
