"""The text for a language, with English fallback that reports what fell back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import DataFileError
from rehab_planner.i18n import MARK, TextLookup
from rehab_planner.i18n.files import read_translation
from rehab_planner.i18n.overlay import text_paths, translated


def test_translation_found_is_used_and_nothing_is_reported() -> None:
    lookup = TextLookup("es", {"a.b": "Hola"})
    assert lookup.text("a.b", "Hello") == "Hola"
    assert lookup.fallbacks == []


def test_missing_translation_falls_back_marked_and_is_reported_once() -> None:
    lookup = TextLookup("es", {})
    assert lookup.text("a.b", "Hello") == f"{MARK}Hello"
    assert lookup.text("a.b", "Hello") == f"{MARK}Hello"
    assert [(f.where, f.english) for f in lookup.fallbacks] == [("a.b", "Hello")]


def test_english_needs_no_translation() -> None:
    lookup = TextLookup("en", {})
    assert lookup.text("a.b", "Hello") == "Hello"
    assert lookup.fallbacks == []


def test_overlay_keys_entries_by_id_and_lines_by_position_and_keeps_conditions() -> None:
    english = {"topics": [{"id": "walk", "title": "Walking",
                           "bullets": [{"text": "Walk daily.", "when": "brace"},
                                       {"text": "Rest.", "only_for": ["spine"]}]}]}
    spanish = {"topics": {"walk": {"title": "Caminar", "bullets": ["Camine a diario."]}}}
    lookup = TextLookup("es", dict(text_paths(spanish)))
    out = translated(english, lookup, "")
    topic = out["topics"][0]  # type: ignore[index]
    assert topic["title"] == "Caminar" and topic["id"] == "walk"
    assert topic["bullets"][0] == {"text": "Camine a diario.", "when": "brace"}
    assert topic["bullets"][1] == {"text": f"{MARK}Rest.", "only_for": ["spine"]}
    assert [f.where for f in lookup.fallbacks] == ["topics.walk.bullets[1]"]


def test_a_broken_translation_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text("topics: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"topics\.yaml"):
        read_translation(path)


def test_no_translation_file_means_every_text_falls_back(tmp_path: Path) -> None:
    assert read_translation(tmp_path / "missing.yaml") == {}


@given(st.text(max_size=300))
def test_any_translation_file_reads_or_fails_with_a_named_error(text: str) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "labels.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            texts = read_translation(path)
        except DataFileError as err:
            assert "labels.yaml" in str(err)
        else:
            assert all(isinstance(v, str) for v in texts.values())


def test_the_library_in_spanish_keeps_each_figure_and_translates_the_words() -> None:
    from rehab_planner.i18n.content import library_in_language
    from rehab_planner.library import load_library

    english = load_library(include_custom=False)
    spanish = library_in_language(english, "es")
    assert library_in_language(english, "en") is english
    assert set(spanish.exercises) == set(english.exercises)
    for exercise_id, exercise in english.exercises.items():
        translated = spanish.get(exercise_id)
        assert translated.figure is exercise.figure  # no words in it: kept, not checked again
        assert translated.dosage == exercise.dosage and translated.category == exercise.category
    heel = spanish.get("heel-slide")
    assert heel.name == "Deslizar el talón" and heel.steps != english.get("heel-slide").steps
