"""The parse cache: a data file read again is not parsed again; an edited one always is."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from rehab_planner import datafile, paths
from rehab_planner.errors import DataFileError
from rehab_planner.library import load_library
from rehab_planner.storage import parse_cache

EXERCISES = """schema_version: 1
exercises:
  - id: heel-slide
    name: Heel slide
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own (and no marks of checked library files, which
    would spare a load the parsing of those files: library.checked)."""
    folder = tmp_path / "cache" / "parsed"
    monkeypatch.setattr(paths, "parsed_cache_dir", lambda: folder)
    monkeypatch.setattr(paths, "checked_cache_dir", lambda: tmp_path / "cache" / "checked")
    return folder


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(path: Path, text: str) -> object:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(datafile, "_parse", parse)


def test_a_file_read_again_comes_from_the_cache(tmp_path: Path, cache: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(EXERCISES, encoding="utf-8")
    first = datafile.read_yaml(path)
    assert len(list(cache.glob("*.json"))) == 1
    _no_parsing(monkeypatch)
    assert datafile.read_yaml(path) == first == {
        "schema_version": 1, "exercises": [{"id": "heel-slide", "name": "Heel slide"}]}


def test_an_edit_is_read_even_with_the_same_size_and_time(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(EXERCISES, encoding="utf-8")
    before = path.stat()
    assert datafile.read_yaml(path)["exercises"][0]["name"] == "Heel slide"
    path.write_text(EXERCISES.replace("Heel slide", "Heel glide"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert datafile.read_yaml(path)["exercises"][0]["name"] == "Heel glide"


def test_data_json_would_change_is_not_kept(tmp_path: Path, cache: Path) -> None:
    """Dates and numbers as keys come back from JSON as text: such files are parsed every time."""
    for name, text in (("dates.yaml", "when: 2026-11-02\n"), ("keys.yaml", "1: one\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert datafile.read_yaml(path) == datafile.read_yaml(path)
    assert datafile.read_yaml(tmp_path / "dates.yaml") == {"when": dt.date(2026, 11, 2)}
    assert datafile.read_yaml(tmp_path / "keys.yaml") == {1: "one"}
    assert list(cache.glob("*.json")) == []


def test_a_broken_cache_file_is_a_miss(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(EXERCISES, encoding="utf-8")
    datafile.read_yaml(path)
    (entry,) = cache.glob("*.json")
    for broken in (b"{not json", b"[1, 2]", json.dumps({"format": 99, "data": 1}).encode(), b""):
        entry.write_bytes(broken)
        assert datafile.read_yaml(path)["exercises"][0]["id"] == "heel-slide"


def test_a_cached_entry_beyond_the_limits_is_not_trusted(tmp_path: Path, cache: Path) -> None:
    """A cache file changed behind the app's back goes through the same limits as a YAML file."""
    path = tmp_path / "a.yaml"
    path.write_text(EXERCISES, encoding="utf-8")
    datafile.read_yaml(path)
    (entry,) = cache.glob("*.json")
    deep: object = "x"
    for _ in range(200):
        deep = [deep]
    entry.write_text(json.dumps({"format": parse_cache.CACHE_FORMAT, "data": deep}), encoding="utf-8")
    assert datafile.read_yaml(path)["exercises"][0]["id"] == "heel-slide"


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(paths, "parsed_cache_dir", lambda: blocker / "parsed")
    path = tmp_path / "a.yaml"
    path.write_text(EXERCISES, encoding="utf-8")
    assert datafile.read_yaml(path)["exercises"][0]["id"] == "heel-slide"


def test_broken_yaml_is_still_reported_with_its_line(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("exercises: [\n  - a\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line"):
        datafile.read_yaml(path)
    assert list(cache.glob("*.json")) == []


def test_the_shipped_library_loads_the_same_from_the_cache(cache: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_library(include_custom=False)
    assert list(cache.glob("*.json"))
    _no_parsing(monkeypatch)
    again = load_library(include_custom=False)
    assert [e.model_dump() for e in again] == [e.model_dump() for e in first]
    assert len(again) > 100
