"""Loading the library: every problem named by file, entry and field; search and filters."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.errors import DataFilesError, UnknownExerciseError
from rehab_planner.library import Query, load_library
from rehab_planner.library.custom import custom_id, save_custom_exercise
from rehab_planner.library.loader import validate_library
from rehab_planner.model import Category, Equipment, Exercise, Region

GOOD = {
    "id": "heel-slide", "name": "Heel slide", "region": "knee", "category": "range_of_motion",
    "position": "lying_on_back", "equipment": ["towel"], "steps": ["Lie on your back."],
    "dosage": {"reps": 10, "times_a_day": 3}, "movements": [],
}


def write(folder: Path, name: str, exercises: object) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump({"schema_version": 1, "exercises": exercises}), encoding="utf-8")
    return path


def test_loads_a_valid_folder(tmp_path: Path) -> None:
    write(tmp_path, "knee.yaml", [GOOD, {**GOOD, "id": "quad-set", "name": "Quad set",
                                          "regressions": ["heel-slide"]}])
    library = load_library(tmp_path)
    assert len(library) == 2
    assert library.get("quad-set").regressions == ["heel-slide"]
    assert validate_library(tmp_path) == []


def test_every_problem_names_file_entry_and_field(tmp_path: Path) -> None:
    bad = {**GOOD, "id": "bad-one", "dosage": {"reps": -4}}
    write(tmp_path, "knee.yaml", [GOOD, bad, {**GOOD, "category": "stretching"}])
    lines = validate_library(tmp_path)
    assert any(line.startswith(f"{tmp_path / 'knee.yaml'}: bad-one: dosage.reps:") for line in lines)
    assert any(": heel-slide: category:" in line for line in lines)
    with pytest.raises(DataFilesError) as err:
        load_library(tmp_path)
    assert "bad-one: dosage.reps" in str(err.value)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", [GOOD])
    write(tmp_path, "b.yaml", [GOOD])
    assert validate_library(tmp_path) == [f"{tmp_path / 'b.yaml'}: heel-slide: id: already used in a.yaml"]


def test_unknown_link_named(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", [{**GOOD, "progressions": ["wall-slide"]}])
    assert validate_library(tmp_path) == [
        f"{tmp_path / 'a.yaml'}: heel-slide: progressions: unknown exercise 'wall-slide'"
    ]


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("schema_version: 1\nexercises: [\n  - {id: a\n", encoding="utf-8")
    [line] = validate_library(tmp_path)
    assert line.startswith(f"{tmp_path / 'x.yaml'}: line ")


def test_newer_file_refused(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("schema_version: 7\nexercises: []\n", encoding="utf-8")
    assert "newer" in validate_library(tmp_path)[0]


def test_unknown_id_error_names_it(library) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownExerciseError, match="'moon-walk'"):
        library.get("moon-walk")


def test_search_text_and_filters(library) -> None:  # type: ignore[no-untyped-def]
    hits = library.search(Query(text="heel"))
    assert hits and "heel" in hits[0].name.lower()
    knee = library.search(Query(regions=frozenset({Region.KNEE}),
                                categories=frozenset({Category.STRENGTHENING})))
    assert knee and all(e.region == Region.KNEE and e.category == Category.STRENGTHENING for e in knee)
    assert len(library.search(Query())) == len(library)
    band = library.search(Query(equipment=frozenset({Equipment.BAND})))
    assert band and all(Equipment.BAND in e.equipment for e in band)
    assert library.search(Query(text="zzzz-nothing")) == []


def test_search_ignores_case_and_accents(library) -> None:  # type: ignore[no-untyped-def]
    assert library.search(Query(text="HÉEL")) == library.search(Query(text="heel"))


def test_custom_exercises_join_the_library(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    exercise = Exercise.model_validate({**GOOD, "id": custom_id("My Heel Slide", set(library.exercises)),
                                        "name": "My heel slide"})
    assert exercise.id == "custom-my-heel-slide"
    save_custom_exercise(exercise)
    combined = load_library()
    assert combined.get("custom-my-heel-slide").custom is True
    assert len(combined) == len(library) + 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
          max_examples=60)
@given(st.lists(st.dictionaries(
    st.sampled_from([*list(GOOD), "bogus"]),
    st.one_of(st.none(), st.text(max_size=6), st.integers(-5, 500), st.lists(st.text(max_size=4))),
), max_size=3))
def test_any_entries_load_or_are_reported(tmp_path_factory: pytest.TempPathFactory,
                                          entries: list[dict[str, object]]) -> None:
    folder = tmp_path_factory.mktemp("lib")
    write(folder, "x.yaml", [{**GOOD, **e} for e in entries])
    try:
        load_library(folder)
    except DataFilesError as exc:
        assert all(line.startswith(str(folder / "x.yaml")) for line in exc.lines())
