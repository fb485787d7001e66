"""The therapist's own exercises: one YAML file each in the user's data folder."""

from __future__ import annotations

from pathlib import Path

import yaml

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_text_atomic
from rehab_planner.text import slug


def custom_id(name: str, taken: set[str] | frozenset[str]) -> str:
    """A new id from an exercise name, unique among the taken ids: 'My Bridge' -> 'custom-my-bridge'."""
    base = f"custom-{slug(name) or 'exercise'}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def custom_file(exercise_id: str, folder: Path | None = None) -> Path:
    """Where a custom exercise is kept."""
    return (folder or paths.custom_exercises_dir()) / f"{exercise_id}.yaml"


def save_custom_exercise(exercise: Exercise, folder: Path | None = None) -> Path:
    """Write a custom exercise to its own file (atomic, readable by the user only).

    Raises:
        RehabError: the file could not be written; the previous copy is unchanged.
    """
    exercise = exercise.model_copy(update={"custom": True})
    data = {
        "schema_version": 1,
        "exercises": [exercise.model_dump(mode="json", exclude_defaults=True) | {"custom": True}],
    }
    path = custom_file(exercise.id, folder)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise RehabError(f"Could not save the exercise '{exercise.name}': {exc.strerror}") from None
    return path


def delete_custom_exercise(exercise_id: str, folder: Path | None = None) -> None:
    """Remove a custom exercise's file (its photo stays, plans may still show it)."""
    custom_file(exercise_id, folder).unlink(missing_ok=True)
