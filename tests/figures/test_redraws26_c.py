"""Figures redrawn after a blind naming test in which a physical therapist named them wrong
(issue 13), and two known defects. Each test holds the key geometry the redrawn picture shows."""

from __future__ import annotations

import math

from rehab_planner.figures.body import face
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import PropKind


def test_side_lying_bottom_leg_lift_lies_on_the_side_and_lifts_the_bottom_leg(library) -> None:  # type: ignore[no-untyped-def]
    # Read as lying face down: the top leg's shin lay over the lifted leg and the head was a
    # black disc. Now: stacked, the face toward you, the top knee forward on a pillow.
    spec = library.get("side-lying-bottom-leg-lift").figure
    floor, (start, end) = placed_poses(spec)
    s, e = start.points, end.points
    # shoulders and hips stacked one above the other in the view
    assert s["right_shoulder"][1] - s["left_shoulder"][1] > 0.25
    assert abs(s["right_shoulder"][0] - s["left_shoulder"][0]) < 0.1
    assert s["right_hip"][1] - s["left_hip"][1] > 0.12
    assert len(face(end, (0.0, 0.0, 0.0))) == 2  # two eyes: the face looks at you
    # the lifted leg is the bottom one, straight; the top leg stays put
    assert spec.moving == ["left_leg"]
    assert 0.1 < e["left_ankle"][1] - s["left_ankle"][1] < 0.25
    assert math.dist(s["right_ankle"], e["right_ankle"]) < 0.01
    # the top knee comes forward and down onto a pillow in front, below the top hip ...
    assert s["right_hip"][1] - s["right_knee"][1] > 0.12
    pillow = next(p for p in spec.props if p.kind is PropKind.PILLOW)
    assert pillow.at == "right_knee"
    # ... and its leg ends short: beyond it the lifted bottom leg is alone, clear of the mat
    assert s["right_ankle"][0] > e["left_knee"][0]
    assert e["left_knee"][1] - floor > 0.12
    # unlike the top leg lift, where the top leg goes up and the bottom one stays down
    other = library.get("side-lying-leg-lift").figure
    _, (o_start, o_end) = placed_poses(other)
    assert o_end.points["right_ankle"][1] - o_start.points["right_ankle"][1] > 0.2
    assert math.dist(o_start.points["left_ankle"], o_end.points["left_ankle"]) < 0.01
