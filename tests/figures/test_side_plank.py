"""Side plank on the knees (issue 13): up on the forearm, the body a straight line to the knees."""

from __future__ import annotations

from rehab_planner.figures.render import placed_poses
from rehab_planner.library.loader import load_library

LIBRARY = {e.id: e for e in load_library(include_custom=False)}


def _above_line(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far p is above the line through a and b (at p's x)."""
    t = (p[0] - a[0]) / (b[0] - a[0])
    return p[1] - (a[1] + t * (b[1] - a[1]))


def test_side_plank_on_knees_lifts_the_hips_into_a_line() -> None:
    figure = LIBRARY["side-plank-on-knees"].figure
    assert figure is not None
    ground, (start, end) = placed_poses(figure.panels()[0])
    for sk in (start, end):
        # the forearm rests on the mat in both poses, the elbow under the shoulder
        assert sk.points["left_elbow"][1] - ground < 0.08
        assert abs(sk.points["left_elbow"][0] - sk.points["left_shoulder"][0]) < 0.08
    # at the end the hip is on the line from the shoulder to the knee (not sagging) ...
    e = end.points
    assert abs(_above_line(e["left_hip"], e["left_shoulder"], e["left_knee"])) < 0.03
    # ... and higher than at the start, where the hips rest lower
    assert e["pelvis"][1] > start.points["pelvis"][1] + 0.02
