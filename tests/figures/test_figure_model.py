"""Figure data: angle limits, named points and parts, and the shipped library's figure files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.model.figure import LIMITS, FigureSpec, Pose


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("left_knee", 200, "knee angle 200 is impossible: use 0 to 160"),
        ("knees", -10, "knee angle -10 is impossible: use 0 to 160"),
        ("right_elbow", 170, "elbow angle 170 is impossible: use 0 to 160"),
        ("hips", 170, "hip angle 170 is impossible: use -45 to 150"),
        ("neck", 95, "neck angle 95 is impossible: use -60 to 70"),
        ("left_ankle", 80, "ankle angle 80 is impossible: use -60 to 45"),
        ("shoulders", 200, "shoulder angle 200 is impossible: use -90 to 180"),
    ],
)
def test_impossible_angles_are_rejected_with_a_clear_message(
    field: str, value: float, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Pose.model_validate({field: value})
    assert message in str(info.value)
    assert info.value.errors()[0]["loc"] == (field,)


def test_impossible_angle_inside_a_spec_names_the_pose() -> None:
    with pytest.raises(ValidationError) as info:
        FigureSpec.model_validate({"base": "standing", "end": {"right_knee": 200}})
    assert info.value.errors()[0]["loc"] == ("end", "right_knee")


@given(
    joint=st.sampled_from(sorted(j for j in LIMITS if j != "trunk")),
    value=st.floats(min_value=-400, max_value=400, allow_nan=False),
)
def test_an_angle_loads_exactly_when_it_is_within_its_limits(joint: str, value: float) -> None:
    field = joint if joint in ("spine", "neck", "head_turn", "twist", "nod") else f"left_{joint}"
    low, high = LIMITS[joint]
    if low <= value <= high:
        assert Pose.model_validate({field: value}).angles()[field] == value
    else:
        with pytest.raises(ValidationError, match="is impossible"):
            Pose.model_validate({field: value})


def test_both_side_names_expand_and_a_sided_value_wins() -> None:
    pose = Pose(knees=90, left_knee=10)
    assert pose.angles() == {"left_knee": 10, "right_knee": 90}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"base": "sitting", "props": [{"kind": "chair", "at": "elbowz"}]}, "not a point"),
        ({"base": "sitting", "moving": ["tail"]}, "not a body part"),
        ({"base": "sitting", "anchor": "nose"}, "not a point"),
        (
            {"base": "sitting", "start": {"shorten": {"left_thigh": 1.5}}},
            "length 1.5 is impossible",
        ),
        ({"base": "sitting", "start": {"shorten": {"tail": 0.5}}}, "not a segment"),
        ({"base": "floating"}, "base"),
        ({"base": "sitting", "props": [{"kind": "trampoline"}]}, "kind"),
    ],
)
def test_bad_figure_data_is_rejected(data: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        FigureSpec.model_validate(data)


def test_every_exercise_in_the_library_has_figure_data(library) -> None:  # type: ignore[no-untyped-def]
    missing = [e.id for e in library if e.figure is None]
    assert missing == []
    assert len(library) >= 100


def test_figure_files_have_the_loader_shape_and_name_real_exercises(library) -> None:  # type: ignore[no-untyped-def]
    files = sorted((paths.exercises_dir() / "figures").glob("*.yaml"))
    assert files
    seen: set[str] = set()
    for path in files:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        assert data["schema_version"] == 1
        for exercise_id, spec in data["figures"].items():
            assert exercise_id in library, f"{path.name}: {exercise_id}"
            assert exercise_id not in seen, f"{exercise_id} has two figures"
            seen.add(exercise_id)
            FigureSpec.model_validate(spec)
