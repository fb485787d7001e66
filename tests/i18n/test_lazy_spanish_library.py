"""The library shown in Spanish translates each exercise when it is first used (issue 17: a
Spanish start lists the library as fast as an English one), and a language's texts are read
once and kept in the parse cache."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest

from rehab_planner.errors import DataFileError
from rehab_planner.i18n import content
from rehab_planner.i18n.files import read_language_files
from rehab_planner.library import Query, load_library
from rehab_planner.model.vocab import Region
from rehab_planner.storage import parse_cache


@pytest.fixture(scope="module")
def english():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_listing_and_filtering_translate_nothing_and_a_row_translates_itself(english) -> None:  # type: ignore[no-untyped-def]
    spanish = content.library_in_language(english, "es")
    waiting = spanish.exercises.unbuilt_count()  # type: ignore[attr-defined]
    assert waiting == len(english)
    index = spanish.search_index(english.exercises)
    knee = index.search_ids(Query(regions=frozenset({Region.KNEE})))
    assert "heel-slide" in knee and "bridge" not in knee
    assert spanish.exercises.unbuilt_count() == waiting  # type: ignore[attr-defined]
    # a painted row reads its name: that exercise, and only it, is translated
    assert spanish.listed("heel-slide").name == "Deslizar el talón"
    assert spanish.exercises.unbuilt_count() == waiting - 1  # type: ignore[attr-defined]
    assert spanish.listed("heel-slide").region == english.get("heel-slide").region.value
    assert spanish.get("heel-slide").steps != english.get("heel-slide").steps


def test_threads_asking_at_once_get_one_translation(english) -> None:  # type: ignore[no-untyped-def]
    spanish = content.library_in_language(english, "es")
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(spanish.get("bridge")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(g is got[0] for g in got)


def test_an_exercise_whose_translation_fails_stays_english_and_the_rest_translate(
        english, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    real = content.translate_exercise

    def broken_for_bridge(exercise, lookup):  # type: ignore[no-untyped-def]
        if exercise.id == "bridge":
            raise DataFileError(Path("exercises.yaml"), [("bridge", "steps", "too long")])
        return real(exercise, lookup)

    monkeypatch.setattr(content, "translate_exercise", broken_for_bridge)
    spanish = content.library_in_language(english, "es")
    with caplog.at_level(logging.WARNING):
        assert spanish.get("bridge").name == english.get("bridge").name
    assert "bridge stays English" in caplog.text
    assert spanish.get("heel-slide").name == "Deslizar el talón"


def _spanish_files(tmp_path: Path) -> dict[str, Path]:
    from rehab_planner import paths

    folder = tmp_path / "es"
    shutil.copytree(paths.i18n_dir("es"), folder)
    return {name: folder / name for name in ("exercises.yaml", "labels.yaml", "no-such.yaml")}


def test_a_language_read_again_comes_from_the_cache_and_an_edit_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _spanish_files(tmp_path)
    texts, hashes = read_language_files(files)
    assert texts["exercises.yaml: exercises.heel-slide.name"] == "Deslizar el talón"
    assert hashes["exercises.yaml: exercises.heel-slide"]
    assert not any(k.startswith("no-such.yaml") for k in texts)  # a missing file has no texts
    # read again: from the cache (no file is parsed)
    monkeypatch.setattr("rehab_planner.i18n.files.parse_text",
                        lambda *a: pytest.fail("parsed again"))
    assert read_language_files(files) == (texts, hashes)
    monkeypatch.undo()
    # an edited file has other texts: read again
    path = files["exercises.yaml"]
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Deslizar el talón", "Deslice el talón", 1), encoding="utf-8")
    edited, _ = read_language_files(files)
    assert edited["exercises.yaml: exercises.heel-slide.name"] == "Deslice el talón"


def test_a_cache_entry_of_the_wrong_shape_is_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _spanish_files(tmp_path)
    real = parse_cache.cached

    def wrong_shape(text: str) -> object:
        if text.startswith("translation lookup"):
            return {"texts": {"a": 1}, "hashes": {}}
        return real(text)

    monkeypatch.setattr(parse_cache, "cached", wrong_shape)
    texts, _ = read_language_files(files)
    assert "a" not in texts
    assert texts["exercises.yaml: exercises.heel-slide.name"] == "Deslizar el talón"


def test_one_entry_being_made_does_not_hold_up_another(english) -> None:  # type: ignore[no-untyped-def]
    """A worker making entry after entry must not keep the window's thread from another entry
    (one lock for all held it for 50 ms at a Spanish start)."""
    from rehab_planner.library.entries import Exercises, _building, copy_of

    source = copy_of(english.exercises)
    slow_id = "bridge"
    other_id = next(i for i in source if _building(i) is not _building(slow_id))
    entered, release = threading.Event(), threading.Event()

    def make(exercise):  # type: ignore[no-untyped-def]
        if exercise.id == slow_id:
            entered.set()
            release.wait(10)
        return exercise

    derived = Exercises()
    for exercise_id in (slow_id, other_id):
        derived.add_derived(source, exercise_id, make)
    worker = threading.Thread(target=lambda: derived[slow_id])
    worker.start()
    assert entered.wait(10)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(derived[other_id]))
    reader.start()
    reader.join(5)
    done_while_held = bool(got)
    release.set()
    worker.join()
    reader.join()
    assert done_while_held  # made while the other entry was still being made

