"""Figures redrawn after the blind tests of stop 30 (issue 13, stop 31)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import render


def _hand_path(spec, point: str):  # type: ignore[no-untyped-def]
    """The placed start and end poses and the path the arrow follows."""
    base = render.base_for(spec.base, spec.view)
    placer = render._Placer(spec, base)
    poses = render._pose_chain(spec)
    resolved = [render.resolve(base, *poses[: i + 1]) for i in range(len(poses))]
    placed = [placer.place(a, s, p) for (a, s), p in zip(resolved, poses, strict=True)]
    return placed, render._path(spec, resolved, placer, point)


@pytest.mark.parametrize("exercise_id", ["prone-arm-back", "prone-row"])
def test_a_hand_hanging_off_the_bed_has_its_arrow_start_at_the_hand(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The start pose hangs lower on purpose (lift < 0, the arm off the bed's edge); the arrow's
    # path counted that lift twice and began far below the hand, a big swoop from under the bed.
    spec = library.get(exercise_id).figure
    assert (spec.start.lift or 0) < 0
    (start, end), path = _hand_path(spec, "right_hand")
    # the body stays on the bed in both poses (a hand still off the edge used to lift the rower)
    assert start.points["pelvis"] == pytest.approx(end.points["pelvis"])
    assert math.dist(path[0], start.points["right_hand"]) < 0.01
    assert math.dist(path[-1], end.points["right_hand"]) < 0.01
    # on the way the hand swings round the shoulder, never further off it than the arm is long
    arm = math.dist(start.points["right_shoulder"], start.points["right_hand"])
    assert all(math.dist(p, end.points["right_shoulder"]) < arm * 1.1 for p in path)


def test_the_side_lying_leg_lift_starts_with_the_top_leg_resting_on_the_bottom_one(library) -> None:  # type: ignore[no-untyped-def]
    # The bottom knee bent, drawn short from the front, left the top leg's start in the air over
    # nothing, and the picture read as a straight leg raise on the back (blind tests #21-#23).
    exercise = library.get("side-lying-leg-lift")
    assert "legs straight, one on top of the other" in exercise.steps[0]
    _, (start, end) = render.placed_poses(exercise.figure)
    p = start.points
    assert math.dist(p["right_ankle"], p["left_ankle"]) < 0.1  # they meet at the feet
    assert abs(p["left_knee"][1] - p["left_hip"][1]) < 0.03  # the bottom leg lies straight out
    assert p["right_knee"][1] - p["left_knee"][1] < p["right_hip"][1] - p["left_hip"][1]  # the legs close toward the feet
    assert end.points["right_ankle"][1] > p["right_ankle"][1] + 0.2  # then the top leg lifts
