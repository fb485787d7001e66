"""Range limits and an exercise's reaches: joint motions, sane degrees, one limit per way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.model import Exercise, Phase
from rehab_planner.model.range_limit import (
    MOTIONS,
    Joint,
    Motion,
    RangeLimit,
    parse_joint_motion,
)


def test_a_limit_names_a_joint_motion_and_its_degrees() -> None:
    limit = RangeLimit.model_validate({"joint": "hip", "motion": "internal rotation",
                                       "degrees": 0})
    assert limit.key == "hip internal rotation" and limit.mode == "both" and limit.side is None
    assert limit.caps(passive=True) and limit.caps(passive=False)
    active = limit.model_copy(update={"mode": "active"})
    assert not active.caps(passive=True) and active.caps(passive=False)
    passive = limit.model_copy(update={"mode": "passive"})
    assert passive.caps(passive=True) and passive.caps(passive=False)  # the joint goes no further


@pytest.mark.parametrize(("data", "words"), [
    ({"joint": "knee", "motion": "external rotation", "degrees": 10}, "knee has no external"),
    ({"joint": "shoulder", "motion": "flexion", "degrees": 200}, "use 0 to 180"),
    ({"joint": "hip", "motion": "flexion", "degrees": -5}, "greater than or equal to 0"),
    ({"joint": "hip", "motion": "adduction", "degrees": 45}, "use 0 to 40"),
    ({"joint": "elbow", "motion": "flexion", "degrees": 90, "mode": "assisted"}, "mode"),
    ({"joint": "hip", "motion": "flexion", "degrees": 90, "only_if": ["Not An Id"]}, "valid id"),
])
def test_an_impossible_limit_is_refused_with_its_reason(data: dict[str, object], words: str
                                                        ) -> None:
    with pytest.raises(ValidationError, match=words):
        RangeLimit.model_validate(data)


@given(joint=st.sampled_from(list(Joint)), motion=st.sampled_from(list(Motion)),
       degrees=st.integers(-400, 400))
def test_any_limit_loads_or_fails_clearly(joint: Joint, motion: Motion, degrees: int) -> None:
    try:
        limit = RangeLimit(joint=joint, motion=motion, degrees=degrees)
    except ValidationError as exc:
        assert motion not in MOTIONS[joint] or not 0 <= degrees <= MOTIONS[joint][motion], exc
    else:
        assert 0 <= limit.degrees <= MOTIONS[joint][motion]


def test_a_phase_limits_one_joint_motion_once_each_way() -> None:
    flexion = {"joint": "shoulder", "motion": "flexion", "degrees": 90}
    phase = Phase(name="Protect", weeks_from=0, weeks_to=3,
                  range_limits=[{**flexion, "mode": "passive"}, {**flexion, "degrees": 60,
                                                                  "mode": "active"}])
    assert len(phase.range_limits) == 2
    with pytest.raises(ValidationError, match=r"limits shoulder flexion \(passive\) twice"):
        Phase(name="Protect", weeks_from=0, weeks_to=3,
              range_limits=[{**flexion, "mode": "passive"}, {**flexion, "mode": "passive"}])


def test_parse_joint_motion_reads_words_and_refuses_others() -> None:
    assert parse_joint_motion("Shoulder  External-Rotation") == (Joint.SHOULDER,
                                                               Motion.EXTERNAL_ROTATION)
    with pytest.raises(ValueError, match="does not start with a joint"):
        parse_joint_motion("wrist flexion")
    with pytest.raises(ValueError, match="the ankle has no flexion: use one of dorsiflexion"):
        parse_joint_motion("ankle flexion")


def _exercise(reaches: object) -> Exercise:
    return Exercise.model_validate({
        "id": "cane-raise", "name": "Cane raise", "region": "shoulder",
        "category": "range_of_motion", "position": "lying_on_back", "steps": ["Lift."],
        "dosage": {"reps": 10}, "reaches": reaches})


def test_an_exercise_says_how_far_it_reaches() -> None:
    exercise = _exercise({"shoulder flexion": 180,
                          "Shoulder external rotation": {"degrees": 60, "stops_short": True,
                                                         "passive": True}})
    assert exercise.reaches["shoulder flexion"].degrees == 180
    assert not exercise.reaches["shoulder flexion"].stops_short
    turn = exercise.reaches["shoulder external rotation"]
    assert turn.stops_short and turn.passive and turn.degrees == 60


@pytest.mark.parametrize(("reaches", "words"), [
    ({"shoulder flexion": 200}, "use 0 to 180"),
    ({"knee external rotation": 20}, "knee has no"),
    ({"shoulder flexion": {"degrees": 90, "how": "fast"}}, "Extra inputs"),
])
def test_a_wrong_reach_is_refused(reaches: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        _exercise(reaches)
