"""Files already validated: their entries wait and are validated at first use; marks never trusted
for another text, app version or model code, and a broken mark is only a miss."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rehab_planner import paths
from rehab_planner.errors import DataFilesError
from rehab_planner.library import checked, load_library
from rehab_planner.library.entries import Exercises
from rehab_planner.library.loader import Library, collect_library, validate_library
from rehab_planner.library.shared import without_exercises
from rehab_planner.model import Exercise

GOOD = {
    "id": "heel-slide", "name": "Heel slide", "region": "knee", "category": "range_of_motion",
    "position": "lying_on_back", "equipment": ["towel"], "steps": ["Lie on your back."],
    "dosage": {"reps": 10, "times_a_day": 3}, "movements": [],
}
QUAD = {**GOOD, "id": "quad-set", "name": "Quad set", "regressions": ["heel-slide"]}


@pytest.fixture(autouse=True)
def _marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "checked"
    monkeypatch.setattr(paths, "checked_cache_dir", lambda: folder)
    return folder


def write(folder: Path, name: str, exercises: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump({"schema_version": 1, "exercises": exercises}), encoding="utf-8")
    return path


def waiting(library: Library) -> int:
    exercises = library.exercises
    assert isinstance(exercises, Exercises)
    return exercises.unbuilt_count()


def test_a_valid_file_is_validated_once_then_waits(tmp_path: Path, _marks: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD])
    first = load_library(folder)
    assert waiting(first) == 0  # validated as read, then marked
    assert len(list(_marks.glob("*.json"))) == 1
    second = load_library(folder)
    assert waiting(second) == 2
    assert second.get("quad-set").regressions == ["heel-slide"]
    assert waiting(second) == 1  # only what was used is validated
    assert [e.model_dump() for e in second] == [e.model_dump() for e in first]
    assert waiting(second) == 0


def test_the_shipped_library_is_the_same_waiting_or_not() -> None:
    eager, errors = collect_library([paths.exercises_dir()], lazy=False)
    assert errors == []
    collect_library([paths.exercises_dir()])  # marks the files
    lazy, errors = collect_library([paths.exercises_dir()])
    assert errors == []
    assert waiting(lazy) == len(eager)
    assert list(lazy.exercises) == list(eager.exercises)
    # figures from the figures folder are attached to waiting entries too
    assert all(lazy.get(e.id) == e for e in eager)
    assert sum(e.figure is not None for e in lazy) == sum(e.figure is not None for e in eager) > 0


def test_a_changed_file_is_validated_again(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    path = write(folder, "knee.yaml", [GOOD])
    load_library(folder)
    write(folder, "knee.yaml", [{**GOOD, "dosage": {"reps": -4}}])
    with pytest.raises(DataFilesError) as err:
        load_library(folder)
    assert f"{path}: heel-slide: dosage.reps:" in str(err.value)


def test_a_broken_mark_is_no_mark_and_is_written_again(tmp_path: Path, _marks: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD])
    load_library(folder)
    (mark,) = _marks.glob("*.json")
    good = mark.read_bytes()
    assert checked.read_mark(mark.stem) == [checked.entry_mark(Exercise.model_validate(GOOD))]
    for broken in (b"", b"{not json", good.replace(b'"key": "', b'"key": "x'),
                   good.replace(b'"heel-slide"', b"7"), good.replace(b"false", b"0"),
                   good.replace(b'"towel"', b'{"towel": 1}'), good.replace(b'"Heel slide"', b""),
                   b"[" * 100_000, b" " * (checked.MAX_MARK_BYTES + 1)):
        assert broken != good
        mark.write_bytes(broken)
        assert waiting(load_library(folder)) == 0
        assert checked.is_checked(mark.stem)  # the load marked it again
    assert waiting(load_library(folder)) == 1


def test_a_mark_of_another_version_or_model_code_is_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD])
    load_library(folder)
    assert waiting(load_library(folder)) == 1
    monkeypatch.setattr(checked, "__version__", "0.0.0-other")
    assert waiting(load_library(folder)) == 0
    monkeypatch.undo()
    monkeypatch.setattr(checked, "_model_code", lambda: b"other rules")
    assert waiting(load_library(folder)) == 0


def test_an_invalid_waiting_entry_is_named_when_used(tmp_path: Path, _marks: Path) -> None:
    """A mark made by hand for a bad file: the bad entry fails when used, with file, entry and
    field; `library validate` never trusts marks."""
    folder = tmp_path / "lib"
    path = write(folder, "knee.yaml", [GOOD, {**QUAD, "dosage": {"reps": -4}}])
    marks = [checked.entry_mark(Exercise.model_validate(e)) for e in (GOOD, QUAD)]
    checked.mark_checked(checked.mark_key(path.read_text(encoding="utf-8")), marks)
    library = load_library(folder)
    assert library.get("heel-slide").name == "Heel slide"
    with pytest.raises(DataFilesError) as err:
        library.get("quad-set")
    assert f"{path}: quad-set: dosage.reps:" in str(err.value)
    assert any(line.startswith(f"{path}: quad-set: dosage.reps:")
               for line in validate_library(folder))


def test_links_and_duplicates_of_waiting_entries_are_still_checked(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "a.yaml", [QUAD])
    write(folder, "b.yaml", [GOOD])
    load_library(folder)
    (folder / "b.yaml").unlink()
    with pytest.raises(DataFilesError) as err:
        load_library(folder)
    assert "quad-set: regressions: unknown exercise 'heel-slide'" in str(err.value)
    write(folder, "b.yaml", [GOOD])
    write(folder, "c.yaml", [GOOD])  # the same text as b.yaml: marked already
    with pytest.raises(DataFilesError) as err:
        load_library(folder)
    assert f"{folder / 'c.yaml'}: heel-slide: id: already used in b.yaml" in str(err.value)


def test_copies_keep_entries_waiting(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD])
    load_library(folder)
    library = load_library(folder)
    other = Exercise.model_validate({**GOOD, "id": "wall-slide", "name": "Wall slide"})
    bigger = library.with_exercise(other)
    assert waiting(bigger) == 2 and len(bigger) == 3
    smaller = without_exercises(bigger, ["heel-slide"])
    assert waiting(smaller) == 1 and list(smaller.exercises) == ["quad-set", "wall-slide"]
    assert dict(smaller.exercises)["quad-set"].name == "Quad set"


def test_a_plan_check_validates_only_what_it_uses(tmp_path: Path) -> None:
    from rehab_planner.safety.index import build_index

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD, {**GOOD, "id": "wall-slide", "name": "Wall slide"}])
    load_library(folder)
    library = load_library(folder)
    index = build_index(library)
    facts = index.get("quad-set")
    assert facts is not None and facts.regressions == ("heel-slide",)
    assert index.get("no-such") is None
    assert waiting(library) == 2
    assert index.same_kind(facts.exercise) == ("heel-slide", "quad-set", "wall-slide")


def test_a_checked_file_is_parsed_only_when_an_exercise_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rehab_planner import datafile
    from rehab_planner.library import entries, loader

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD])
    load_library(folder)
    parsed: list[Path] = []
    real = datafile.parse_text

    def counting(path: Path, text: str) -> object:
        parsed.append(path)
        return real(path, text)

    for module in (datafile, loader, entries):
        monkeypatch.setattr(module, "parse_text", counting)
    library = load_library(folder)
    assert parsed == []
    assert library.get("quad-set").name == "Quad set"
    assert library.get("heel-slide").name == "Heel slide"
    assert parsed == [folder / "knee.yaml"]  # once for the file


def test_a_mark_that_disagrees_with_its_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    path = write(folder, "knee.yaml", [GOOD])
    checked.mark_checked(checked.mark_key(path.read_text(encoding="utf-8")),
                         [checked.entry_mark(Exercise.model_validate({**GOOD, "id": "wall-slide"}))])
    library = load_library(folder)
    with pytest.raises(DataFilesError) as err:
        library.get("wall-slide")
    assert str(err.value).startswith(f"{path}: wall-slide: id:")


def test_a_list_by_facets_validates_nothing_and_matches_search(tmp_path: Path) -> None:
    from rehab_planner.library import Query
    from rehab_planner.model import Category, Equipment, Region

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD, {**GOOD, "id": "wall-slide", "name": "Wall slide",
                                              "equipment": [], "category": "strengthening"}])
    eager = load_library(folder)
    library = load_library(folder)
    queries = [Query(), Query(regions=frozenset([Region.KNEE])),
               Query(categories=frozenset([Category.STRENGTHENING])),
               Query(equipment=frozenset([Equipment.TOWEL])), Query(regions=frozenset([Region.HIP]))]
    for query in queries:
        listed = library.search_listed(query)
        assert [e.id for e in listed] == [e.id for e in eager.search(query)]
        assert all(e.name == eager.get(e.id).name and str(e.region) == eager.get(e.id).region
                   for e in listed)
    assert waiting(library) == 3
    worded = library.search_listed(Query(text="wall"))
    assert [e.id for e in worded] == [e.id for e in eager.search(Query(text="wall"))] == ["wall-slide"]


def test_a_search_index_lists_and_filters_before_validating(tmp_path: Path) -> None:
    from rehab_planner.library import Query
    from rehab_planner.library.search import SearchIndex
    from rehab_planner.model import Category

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD, {**GOOD, "id": "wall-slide", "name": "Wall slide",
                                              "category": "strengthening",
                                              "steps": ["Slide down the wall."]}])
    eager = SearchIndex(list(load_library(folder)))
    library = load_library(folder)
    index = library.search_index()
    strong = Query(categories=frozenset([Category.STRENGTHENING]))
    for query in (Query(), strong):
        assert index.search_ids(query) == eager.search_ids(query)
    assert waiting(library) == 3
    for query in (Query(text="wall"), Query(text="back", categories=strong.categories),
                  Query(text="slide")):
        assert index.search_ids(query) == eager.search_ids(query)
    assert waiting(library) == 0  # the texts need the whole exercises
    assert index.search(Query(text="quad")) == [library.get("quad-set")]


def test_names_match_before_the_texts_are_made_validating_none(tmp_path: Path) -> None:
    from rehab_planner.library import Query
    from rehab_planner.model import Category

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD, {**GOOD, "id": "wall-slide", "name": "Wall slide",
                                              "category": "strengthening",
                                              "steps": ["Slide down the wall."]}])
    load_library(folder)  # checked once: the next load validates none
    library = load_library(folder)
    index = library.search_index()
    strong = frozenset([Category.STRENGTHENING])
    assert index.search_names(Query(text="WALL")) == ["wall-slide"]
    assert index.search_names(Query(text="slide", categories=strong)) == ["wall-slide"]
    assert index.search_names(Query(text="down")) == []  # a word of the steps only: not yet
    assert not index.is_prepared() and waiting(library) == 3
    index.prepare()
    assert index.is_prepared() and index.search_ids(Query(text="down")) == ["wall-slide"]


def test_copies_share_each_exercise_built_once(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from rehab_planner import datafile
    from rehab_planner.library import entries

    folder = tmp_path / "lib"
    write(folder, "knee.yaml", [GOOD, QUAD])
    load_library(folder)
    library = load_library(folder)
    copy = library.with_exercise(Exercise.model_validate({**GOOD, "id": "wall-slide"}))
    parsed: list[Path] = []
    real = datafile.parse_text
    for module in (datafile, entries):
        monkeypatch.setattr(module, "parse_text",
                            lambda path, text: parsed.append(path) or real(path, text))
    first = copy.get("quad-set")
    assert library.get("quad-set") is first  # the same object through either library
    assert [e.id for e in library] == [e.id for e in copy][:2]
    assert [e.id for e in copy] == ["heel-slide", "quad-set", "wall-slide"]
    assert parsed == [folder / "knee.yaml"]
