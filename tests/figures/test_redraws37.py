"""Figures redrawn in stop 37, after full reviews H-P: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_the_band_leg_press_holds_the_band_over_the_chest(library) -> None:  # type: ignore[no-untyped-def]
    # With the arms reaching out straight to the knee, the thick near arm beside the leg read as
    # a second, bent leg, and the band as a frame round it: a heel slide or a knee machine
    # (reviews H, I and P). The hands stay up over the chest, the elbows bent, in both poses.
    _, poses = placed_poses(library.get("band-leg-press").figure)
    for pose in poses:
        pts = pose.points
        shoulder, hip, hand = pts["right_shoulder"], pts["right_hip"], pts["right_hand"]
        trunk = math.dist(shoulder, hip)
        assert abs(hand[0] - shoulder[0]) < 0.5 * trunk  # over the chest, not out at the knee
        assert hand[1] - shoulder[1] > 0.3 * trunk  # held up off the body
        elbow = pts["right_elbow"]
        upper = math.atan2(elbow[1] - shoulder[1], elbow[0] - shoulder[0])
        fore = math.atan2(hand[1] - elbow[1], hand[0] - elbow[0])
        bend = abs(math.degrees((fore - upper + math.pi) % (2 * math.pi) - math.pi))
        assert bend >= 45  # the elbows bent
    start = poses[0].points
    (kx, ky), (ax, ay) = start["right_knee"], start["right_ankle"]
    assert abs(ay - ky) < 0.3 * abs(ax - kx)  # the knee starts bent over the hip, the shin level
