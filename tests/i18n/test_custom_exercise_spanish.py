"""A therapist's own exercise can carry its Spanish in its own file; what it lacks prints marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from rehab_planner.i18n import MARK
from rehab_planner.i18n.content import language_lookup, translate_exercise
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.library.loader import load_library
from rehab_planner.model import Dosage, Exercise
from rehab_planner.model.vocab import Category, Position, Region


def _exercise(**extra: object) -> Exercise:
    return Exercise.model_validate({
        "id": "towel-squeeze", "name": "Towel squeeze", "region": Region.KNEE,
        "category": Category.STRENGTHENING, "position": Position.SITTING,
        "steps": ["Sit in a chair.", "Squeeze a rolled towel between your knees."],
        "safety_notes": ["Stop if it hurts."],
        "dosage": Dosage(reps=10), "custom": True, **extra})


def test_the_exercises_own_spanish_is_used_and_the_rest_is_marked() -> None:
    exercise = _exercise(translations={"es": {
        "name": "Apretar una toalla",
        "steps": ["Siéntese en una silla.", "Apriete una toalla enrollada entre las rodillas."]}})
    lookup = language_lookup("es")
    spanish = translate_exercise(exercise, lookup)
    assert spanish.name == "Apretar una toalla"
    assert spanish.steps[1] == "Apriete una toalla enrollada entre las rodillas."
    assert spanish.safety_notes == [f"{MARK}Stop if it hurts."]
    assert [f.where for f in lookup.fallbacks] == [
        "exercises.yaml: exercises.towel-squeeze.safety_notes[0]"]


def test_a_custom_exercise_file_keeps_its_translation(tmp_path: Path) -> None:
    exercise = _exercise(translations={"es": {"name": "Apretar una toalla"}})
    save_custom_exercise(exercise, tmp_path)
    loaded = load_library(tmp_path, include_custom=False).get("towel-squeeze")
    assert loaded.translations["es"].name == "Apretar una toalla"


def test_a_translation_with_more_lines_than_the_english_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"translations\.es\.steps has 3 lines for 2"):
        _exercise(translations={"es": {"steps": ["Uno.", "Dos.", "Tres."]}})
    with pytest.raises(ValidationError, match="safety_notes has 2 lines for 1"):
        _exercise(translations={"es": {"safety_notes": ["Pare.", "Pare otra vez."]}})
