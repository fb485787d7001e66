"""Figures fixed after the fourth blind naming test (issue 13), second round: what each redrawn
picture must keep showing so it is not named as another exercise again."""

from __future__ import annotations

import math

from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.model.figure import MarkKind


def _angle(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def test_pelvic_tilt_moves_the_low_back_and_not_the_arms(library) -> None:  # type: ignore[no-untyped-def]
    # Read as an elbow bend: the arms moved between start and end while the pelvis barely did.
    spec = library.get("pelvic-tilt").figure
    assert not spec.hold and spec.end is not None
    _, (start, end) = placed_poses(spec)
    for side in ("left", "right"):  # the arms lie the same in both poses, straight
        for a, b in (("shoulder", "elbow"), ("elbow", "wrist")):
            turn = _angle(start.points[f"{side}_{a}"], start.points[f"{side}_{b}"]) - _angle(
                end.points[f"{side}_{a}"], end.points[f"{side}_{b}"]
            )
            assert abs(turn) < 1.0
        assert math.dist(start.points[f"{side}_hand"], end.points[f"{side}_hand"]) < 0.05
    # the low back: arched off the mat at the start, flat on it at the end
    pelvis = (start.points["pelvis"], end.points["pelvis"])
    assert start.points["mid_back"][1] - pelvis[0][1] > 0.06
    assert abs(end.points["mid_back"][1] - pelvis[1][1]) < 0.01
    assert abs(_angle(*[p.points[k] for p, k in ((start, "pelvis"), (start, "mid_back"))])
               - _angle(end.points["pelvis"], end.points["mid_back"])) > 10
    # the head, the shoulders and the legs stay where they are
    for point in ("neck", "head", "right_knee", "right_heel"):
        assert math.dist(start.points[point], end.points[point]) < 0.05
    (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
    assert push.at == "low_back" and push.direction == 270
    assert render_exercise(library.get("pelvic-tilt")).items
