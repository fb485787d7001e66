"""Figures redrawn after the thirteenth full blind review (M, stop 35): each test states what the
picture must show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import render
from rehab_planner.figures.focus import region
from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import Focus, MarkKind, PropKind


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _inside(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    return x0 <= point[0] <= x1 and y0 <= point[1] <= y1


@pytest.mark.parametrize("exercise_id", ["heel-lower-step-straight", "heel-lower-step-bent"])
def test_the_heel_lowers_fill_the_picture_with_the_legs_the_free_foot_behind(
    library, exercise_id: str  # type: ignore[no-untyped-def]
) -> None:
    # A whole figure with a close-up of the standing foot read as the hip hike, the close-up's
    # foot taken for the free one dropping (reviews I, K and M); with the free foot up in front,
    # over the step, as a step-up (reviews H and J). The legs now fill the picture: the standing
    # knee (straight or bent: the two names differ by that word) and the heel past the step's
    # edge show large, and the free foot is lifted behind the standing heel, not over the step.
    spec = library.get(exercise_id).figure
    assert spec.focus is Focus.LEGS and spec.zoom is None
    _, poses = render.placed_poses(spec)
    box = region(Focus.LEGS, poses)
    end = poses[-1].points
    for name in ("right_knee", "right_heel", "right_toe", "left_toe"):
        assert _inside(end[name], box), name
    assert not _inside(end["head"], box)
    assert end["left_toe"][0] < end["right_heel"][0] - 0.1  # lifted behind
    assert end["right_heel"][1] < end["right_toe"][1] - 0.04  # the heel sinks below the toes
    assert any(p.kind is PropKind.STEP for p in spec.props)
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "right_heel" and move.direction == -90


def _knee_bend(points: dict[str, tuple[float, float]]) -> float:
    """How far the standing (right) knee bends, in degrees: 0 when the leg is straight."""
    hip, knee, ankle = points["right_hip"], points["right_knee"], points["right_ankle"]
    thigh = math.atan2(knee[1] - hip[1], knee[0] - hip[0])
    shin = math.atan2(ankle[1] - knee[1], ankle[0] - knee[0])
    return abs(math.degrees(math.remainder(shin - thigh, math.tau)))


def test_the_heel_lowers_differ_in_the_standing_knee(library) -> None:  # type: ignore[no-untyped-def]
    # The two names differ by one word, straight or bent: the close-up shows the knee large.
    # Bent 35 degrees the standing leg still read as straight (review R): it bends over 45.
    bends = {}
    for exercise_id in ("heel-lower-step-straight", "heel-lower-step-bent"):
        _, poses = render.placed_poses(library.get(exercise_id).figure)
        bends[exercise_id] = [_knee_bend(sk.points) for sk in poses]
    assert max(bends["heel-lower-step-straight"]) < 5
    assert min(bends["heel-lower-step-bent"]) > 45


def test_the_other_leg_helping_crosses_in_front_of_the_sore_ankle_lifted_in_a_legs_close_up(library) -> None:  # type: ignore[no-untyped-def]
    # The two feet side by side on the floor read as the seated knee bend, whole (reviews E-I)
    # and in a close-up of the lower legs (reviews J and M). The legs fill the picture, and the
    # helping foot, lifted a little off the floor, crosses in front of the sore ankle.
    spec = library.get("knee-bend-leg-helping").figure
    assert spec.focus is Focus.LEGS and spec.zoom is None
    _, (start, end) = render.placed_poses(spec)
    # The hands are out of the picture (folded on the chest): resting on a thigh, a forearm cut
    # off at the top stood beside the legs like a third one.
    box = region(Focus.LEGS, [start, end])
    hands = [sk.points[f"{side}_hand"] for sk in (start, end) for side in ("left", "right")]
    assert not any(_inside(hand, box) for hand in hands)
    # Since review NN the sore leg is the near one (black), the helping one the far one, drawn
    # dark grey: two black legs ran together in the close-up.
    from rehab_planner.figures import far

    assert spec.far_grey and "leg" in far.kinds(spec) and spec.moving == ["right_foot"]
    helper, sore = end.points["left_heel"], end.points["right_ankle"]
    assert 0.02 < helper[0] - sore[0] < 0.12  # in front of the sore ankle
    assert helper[1] > end.points["right_heel"][1] + 0.03  # lifted off the floor
    assert end.points["right_ankle"][0] < start.points["right_ankle"][0] - 0.1  # slides back
    (push,) = spec.marks
    assert push.at == "left_heel" and push.direction == 180


def test_the_push_up_plus_push_arrow_stands_behind_the_wrist_not_under_the_face(library) -> None:  # type: ignore[no-untyped-def]
    # Straight under the face, the hands' push arrow read as the head dropping: the cat of the
    # cat and cow (reviews J and M).
    spec = library.get("push-up-plus").figure
    _, (_, end) = render.placed_poses(spec)
    (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
    assert push.at == "right_hand" and push.direction == 270
    arrow_x = end.points["right_hand"][0] + push.dx
    assert arrow_x < end.points["right_hand"][0] - 0.05  # toward the knees
    assert end.points["head"][0] > end.points["right_hand"][0]  # the face is the other way
