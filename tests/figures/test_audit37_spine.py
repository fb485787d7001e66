"""Spine and core figures redrawn after the physical therapist's audit of stop 37 (each drawing
compared with its exercise text): each test says what was wrong and what the picture must show.
The promises a constraint can measure are in the figure data (exercises/figures/spine_core.yaml)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import body
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library

Point = tuple[float, float]


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _off_line(p: Point, a: Point, b: Point) -> tuple[float, float, float]:
    """Where p lies against the segment a-b: how far along it (0 at a, 1 at b), how far from
    its line, and on which side (positive: to the left of a->b, above a thigh pointing right)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    along = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length**2
    side = (dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / length
    return along, abs(side), side


def test_the_partial_curl_up_rests_the_hands_on_the_thighs(library) -> None:  # type: ignore[no-untyped-def]
    # Both poses held the straight arms in the air, the hands well above the thighs (0.11 and
    # 0.15 off the thigh's line), not resting on them as the steps say ("rest your hands on the
    # front of your thighs", "slide your hands up toward your knees"). The hand lies on the
    # front of the thigh, touching it, in both poses, and further up it at the end.
    _, (start, end) = placed_poses(library.get("partial-curl-up").figure)
    touching = body.LIMB_W / 2 + body.HAND_W / 2
    along = []
    for sk in (start, end):
        p = sk.points
        t, gap, side = _off_line(p["right_hand"], p["right_hip"], p["right_knee"])
        assert 0.1 < t < 0.9, t  # over the thigh, between the hip and the knee
        assert side > 0  # on its front (upper) side
        assert gap < touching, gap  # touching it, not held above it
        along.append(t)
    assert along[1] > along[0] + 0.1  # slid up toward the knee


def test_the_heel_slide_ends_with_the_heel_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # Its end held the straightened leg level with the hip, the foot upright, its heel drawn
    # 0.05 over the floor: a leg held up, read as the straight leg raise, which can arch the low
    # back (audit of stop 37). The drawn foot of the sliding leg comes down near the floor, as
    # the flat foot does at the start, and the hips stay where they were.
    ground, (start, end) = placed_poses(library.get("heel-slide-with-brace").figure)

    def foot_bottom(sk) -> float:  # type: ignore[no-untyped-def]
        outline = body.side_foot(sk, "right")
        return min(y for _, y in outline) - body.FOOT_EDGE / 2 - ground

    assert foot_bottom(start) < 0.02
    assert foot_bottom(end) < 0.03
    assert end.points["pelvis"] == pytest.approx(start.points["pelvis"])
