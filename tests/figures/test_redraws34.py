"""Figures redrawn after the ninth and tenth full blind reviews (I and J, stop 34): each test states
what the picture must show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import render
from rehab_planner.figures.primitives import BLACK, WHITE, Shape, Stroke
from rehab_planner.figures.props import HORN_FILL, SHOE_GREY, attached_prop, static_prop
from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import BasePosition, PropKind, View


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _angle(p: tuple[float, float], q: tuple[float, float]) -> float:
    return math.degrees(math.atan2(q[1] - p[1], q[0] - p[0]))


def test_gentle_yoga_is_the_warrior_pose_on_both_feet(library) -> None:  # type: ignore[no-untyped-def]
    # Sitting on a chair with the arms up it read as an arm exercise in every full review E-I
    # (the overhead press, the arm raise, the arm nerve glide); the tree pose with its foot low
    # on the other ankle, as the safety note asks of a pose on one leg, read as the one leg
    # stand (reviews R and S). The warrior: both feet on the mat wide apart, the front knee
    # bent over its ankle, the back leg straight, the arms level out to the sides, held.
    exercise = library.get("gentle-yoga")
    spec = exercise.figure
    assert spec.base is BasePosition.STANDING and spec.view is View.FRONT and spec.is_held()
    assert exercise.position.value == "standing"
    _, (sk,) = render.placed_poses(spec)
    p = sk.points
    floor = min(p["left_toe"][1], p["right_toe"][1])
    for side in ("left", "right"):  # both feet down, wide apart
        assert p[f"{side}_ankle"][1] < floor + 0.1
    assert abs(p["right_ankle"][0] - p["left_ankle"][0]) > 0.7
    assert abs(p["right_knee"][0] - p["right_ankle"][0]) < 0.05  # the knee over the ankle
    assert p["right_knee"][1] < p["right_hip"][1] - 0.2
    assert abs(_angle(p["left_hip"], p["left_ankle"]) - _angle(p["left_hip"], p["left_knee"])) < 3
    for side in ("left", "right"):  # the arms level with the shoulders, out to the sides
        assert abs(p[f"{side}_hand"][1] - p[f"{side}_shoulder"][1]) < 0.05
    assert abs(p["right_hand"][0] - p["left_hand"][0]) > 1.2


def test_the_long_shoe_horn_is_a_rigid_tool_standing_upright_into_the_shoe(library) -> None:  # type: ignore[no-untyped-def]
    # With the hand at the knee the horn ran down along the shin, grey, and was not seen: the
    # foot read as the top of foot stretch in a chair (reviews E-I). Whole, it needs no close-up.
    spec = library.get("long-shoe-horn").figure
    assert spec.zoom is None
    horn = next(p for p in spec.props if p.kind is PropKind.CANE)
    _, (start, end) = render.placed_poses(spec)
    drawn = attached_prop(horn, end, start, 0.0, faded=False)
    # A rigid tool outlined black, light inside (a black one read as a band round the foot).
    assert not [i for i in drawn if isinstance(i, Stroke)]
    assert any(isinstance(i, Shape) and i.stroke == BLACK and i.fill == HORN_FILL for i in drawn)
    assert sum(HORN_FILL) / 3 > 0.75
    p = end.points
    # Upright from the hand into the shoe (slanting, it read as a band to the foot), not along
    # the shin, the hand in front of the knee.
    horn_angle = _angle(p["right_hand"], p["right_heel"])
    assert abs(horn_angle + 90) < 10
    assert abs(horn_angle - _angle(p["right_knee"], p["right_ankle"])) > 12
    assert p["right_hand"][0] > p["right_knee"][0] and p["right_hand"][1] > p["right_knee"][1]


def test_the_shoe_has_a_heel_laces_and_a_grey_upper(library) -> None:  # type: ignore[no-untyped-def]
    # A white wedge round the foot read as a pad under it (review I).
    spec = library.get("long-shoe-horn").figure
    shoe = next(p for p in spec.props if p.kind is PropKind.SHOE)
    _, (start, end) = render.placed_poses(spec)
    drawn = static_prop(shoe, start, [start, end], 0.0)
    shapes = [i for i in drawn if isinstance(i, Shape)]
    assert any(s.fill == SHOE_GREY for s in shapes)
    assert len(shapes) >= 3  # the upper, the sole and the heel
    laces = [i for i in drawn if isinstance(i, Stroke) and i.color == WHITE]
    assert len(laces) >= 2


def test_the_side_plank_on_the_knees_shows_the_shins_bent_back(library) -> None:  # type: ignore[no-untyped-def]
    # Shins cut to a third of their length read as feet on straight legs: the side plank on
    # your feet (review I). Going back away from you, seen a little from above, they rise
    # behind the knees, and each is more than half as long as its thigh.
    _, poses = render.placed_poses(library.get("side-plank-on-knees").figure)
    for sk in poses:
        p = sk.points
        for side in ("left", "right"):
            shin = math.dist(p[f"{side}_knee"], p[f"{side}_ankle"])
            thigh = math.dist(p[f"{side}_hip"], p[f"{side}_knee"])
            assert shin > 0.5 * thigh, side
            assert p[f"{side}_ankle"][1] > p[f"{side}_knee"][1] + 0.05, side


def test_the_sock_aid_cords_spread_apart_from_the_hand_to_the_sleeve() -> None:
    # Side by side all the way, the two cords read as one rigid stick: the long shoe horn
    # (review J). They meet at the hand and spread to either side of the sleeve's rim.
    from rehab_planner.figures.household import DARK, sock_aid

    for on in (False, True):
        items = sock_aid((0.5, 0.05), (0.7, 0.03), (0.52, 0.1), (0.3, 0.6), 0.0, on)
        cords = [i for i in items if isinstance(i, Stroke) and i.color == DARK]
        assert len(cords) == 2
        (a0, a1), (b0, b1) = (c.points for c in cords)
        at_hand, at_rim = math.dist(a1, b1), math.dist(a0, b0)
        assert at_rim >= 3 * at_hand and at_rim >= 0.1
