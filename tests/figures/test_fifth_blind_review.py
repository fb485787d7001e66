"""Figures redrawn after the fifth blind naming test (issue 13): each was named as another
exercise. Each test holds what the redrawn picture now shows."""

from __future__ import annotations

import math

from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import ArrowKind, MarkKind, PropKind


def test_golfers_lift_reaches_down_to_a_thing_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # Read (with high confidence) as a standing leg lift back: no reaching hand, nothing to pick.
    spec = library.get("golfers-lift").figure
    assert "right_arm" in spec.moving and "right_leg" in spec.moving
    ball = next(p for p in spec.props if p.kind is PropKind.BALL)
    floor, (start, end) = placed_poses(spec)
    hand = end.points["right_hand"]
    assert hand[1] - floor < 0.25  # the hand is down near the floor
    thing = (start.points[ball.at or ""][0] + ball.dx, start.points[ball.at or ""][1] + ball.dy)
    assert thing[1] - (ball.size or 0.0) <= floor + 0.06  # the thing is on the floor
    assert math.dist(hand, thing) < 0.15  # under the reaching hand
    # the other leg goes back as a counterweight, the other hand on the counter
    assert end.points["right_ankle"][0] < end.points["left_ankle"][0] - 0.5
    assert any(p.kind is PropKind.COUNTER for p in spec.props)


def test_chin_tuck_head_lift_lifts_the_head_clear_of_the_mat_with_an_up_arrow(library) -> None:  # type: ignore[no-untyped-def]
    # Read as the chin nod lying down: a close-up with a curved arrow.
    spec = library.get("chin-tuck-head-lift").figure
    assert spec.arrow is ArrowKind.NONE
    (up,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert up.at == "head" and up.direction == 90
    assert not any(p.kind is PropKind.PILLOW for p in spec.props)
    floor, (start, end) = placed_poses(spec)
    assert start.points["head"][1] - HEAD_R - floor < 0.03  # rests on the mat
    assert end.points["head"][1] - HEAD_R - floor > 0.06  # a gap under the lifted head
    assert end.points["head"][1] - start.points["head"][1] > 0.04
    assert spec.end is not None and (spec.end.chin_back or 0) > 0  # the chin tucked


def test_chin_nod_lying_stays_on_its_pillow_with_a_curved_arrow(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("chin-nod-lying").figure
    assert any(p.kind is PropKind.PILLOW for p in spec.props)
    assert any(m.kind is MarkKind.TURN for m in spec.marks)
    _, (start, end) = placed_poses(spec)
    assert abs(end.points["head"][1] - start.points["head"][1]) < 0.03


def test_one_leg_stand_holds_the_knee_up_in_front_unlike_the_knee_curl(library) -> None:  # type: ignore[no-untyped-def]
    # The far foot up behind the standing knee read as a standing knee curl.
    # (Since stop 40 the near leg lifts, drawn black in front of the standing one: the far
    # leg lifted in dark grey read as the knee curl again, review CC.)
    stand = library.get("one-leg-stand").figure
    assert stand.hold and not stand.far_grey
    _, (pose,) = placed_poses(stand)
    assert pose.points["right_knee"][0] > pose.points["right_hip"][0] + 0.2  # the knee in front
    assert pose.points["right_ankle"][1] > pose.points["left_ankle"][1] + 0.2  # the foot well up
    _, (_, curl) = placed_poses(library.get("standing-hamstring-curl").figure)
    assert curl.points["right_ankle"][0] < curl.points["right_hip"][0]  # a curl: the foot behind


def test_split_squat_and_the_lunges_differ_by_which_foot_moves(library) -> None:  # type: ignore[no-untyped-def]
    def moved(exercise_id: str, point: str) -> float:
        _, poses = placed_poses(library.get(exercise_id).figure)
        return poses[-1].points[point][0] - poses[0].points[point][0]

    # split squat: the front foot stays, the body lowers
    assert abs(moved("split-squat", "right_ankle")) < 0.02
    # forward lunge: from standing the front foot steps forward; reverse: the back foot steps back
    assert moved("forward-lunge", "right_ankle") > 0.3
    assert moved("reverse-lunge", "left_ankle") < -0.3
