"""The file gate: regular files only, size counted while reading, parsed data bounded."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_planner.datafile import read_yaml
from rehab_planner.errors import DataFileError, PlanFileError
from rehab_planner.storage.planfile import load_plan, plan_from_json
from rehab_planner.storage.safe_read import (
    PLAN_LIMITS,
    FileRefused,
    Limits,
    _first_problem,
    read_bytes,
    regular_file_or_missing,
    shape_problem,
)


def test_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 70_000)
    assert read_bytes(path, 70_000) == b"x" * 70_000


def test_size_is_counted_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(FileRefused, match="too large"):
        read_bytes(path, 1000)


def test_a_device_is_refused_not_read(tmp_path: Path) -> None:
    # /dev/zero reports size 0 and never ends: the gate must not trust stat nor read it
    with pytest.raises(FileRefused, match="not a regular file"):
        read_bytes("/dev/zero", 1000, "plan file")
    with pytest.raises(PlanFileError, match="not a regular file"):
        load_plan("/dev/zero")


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    with pytest.raises(PlanFileError, match="not a regular file"):
        load_plan(fifo)
    with pytest.raises(DataFileError, match="not a regular file"):
        read_yaml(fifo)
    with pytest.raises(FileRefused):
        regular_file_or_missing(fifo)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a folder"):
        read_bytes(tmp_path, 10)
    regular_file_or_missing(tmp_path / "missing")  # a missing path is fine (it may be created)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_json_nested_deeper_than_python_recursion_is_one_error() -> None:
    text = '{"schema_version": 1, "x": ' + _nested(100_000) + "}"
    with pytest.raises(PlanFileError, match="nested"):
        plan_from_json(text, "deep.json")


def test_json_nested_beyond_the_limit_is_refused_before_validation() -> None:
    text = '{"schema_version": 1, "x": ' + _nested(PLAN_LIMITS.max_depth + 2) + "}"
    with pytest.raises(PlanFileError, match="nested more than"):
        plan_from_json(text, "deep.json")


def test_huge_integer_is_one_error() -> None:
    text = '{"schema_version": 1, "x": ' + "9" * 5000 + "}"
    with pytest.raises(PlanFileError, match="too large"):
        plan_from_json(text, "big.json")
    text = '{"schema_version": 1, "x": ' + "9" * 40 + "}"
    with pytest.raises(PlanFileError, match="digits"):
        plan_from_json(text, "big.json")


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity"])
def test_infinite_numbers_are_refused(number: str) -> None:
    with pytest.raises(PlanFileError):
        plan_from_json('{"schema_version": 1, "x": ' + number + "}", "inf.json")


def test_long_strings_and_lists_are_refused() -> None:
    text = json.dumps({"schema_version": 1, "procedure": "x" * 30_000})
    with pytest.raises(PlanFileError, match="longer than"):
        plan_from_json(text, "long.json")
    text = json.dumps({"schema_version": 1, "guidance": ["a"] * 5_000})
    with pytest.raises(PlanFileError, match="more than"):
        plan_from_json(text, "many.json")


def test_yaml_alias_bomb_is_stopped_by_the_value_count(tmp_path: Path) -> None:
    lines = ["schema_version: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("exercises: *a8")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines))
    with pytest.raises(DataFileError, match="values in the file"):
        read_yaml(path)


def test_deep_yaml_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("x: " + _nested(50_000))
    with pytest.raises(DataFileError):
        read_yaml(path)


def test_a_large_yaml_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("w") as handle:
        handle.write("schema_version: 1\nexercises:\n")
        handle.write("  - id: x\n" * 600_000)
    with pytest.raises(DataFileError, match="too large"):
        read_yaml(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=6),
    max_leaves=60,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_shape_problem_never_crashes(value: object) -> None:
    limits = Limits(max_bytes=1000, max_depth=4, max_items=4, max_string=10, max_nodes=40)
    problem = shape_problem(value, limits)
    assert problem is None or isinstance(problem, str)


@settings(max_examples=300, deadline=None)
@given(json_values, st.integers(1, 5), st.integers(1, 6), st.integers(1, 12), st.integers(1, 60))
def test_the_quick_shape_walk_agrees_with_the_walk_that_names_the_place(
        value: object, depth: int, items: int, string: int, nodes: int) -> None:
    """Data that fits is passed by a quick walk; it must pass exactly the data the full walk passes."""
    limits = Limits(max_bytes=1000, max_depth=depth, max_items=items, max_string=string,
                    max_nodes=nodes, max_int_digits=3)
    assert (shape_problem(value, limits) is None) == (_first_problem(value, limits) is None)
    assert shape_problem(value, limits) == _first_problem(value, limits)


def test_a_problem_found_by_the_quick_walk_is_still_named_with_its_place() -> None:
    limits = Limits(max_bytes=1000, max_string=10)
    data = {"exercises": [{"id": "ok"}, {"id": "x", "steps": ["fine", "far far too long"]}]}
    assert shape_problem(data, limits) == "exercises[1].steps[1]: a text longer than 10 characters"
