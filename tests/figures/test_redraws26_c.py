"""Figures redrawn after a blind naming test in which a physical therapist named them wrong
(issue 13), and two known defects. Each test holds the key geometry the redrawn picture shows."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from rehab_planner.figures.body import face, point_radius
from rehab_planner.figures.body import lowest as body_lowest
from rehab_planner.figures.mirror import mirrored_spec
from rehab_planner.figures.primitives import BLACK, Shape, Stroke
from rehab_planner.figures.props import CUP_HIGH, PROP_DARK, cup
from rehab_planner.figures.render import START_GREY, arched_back, placed_poses, render_exercise
from rehab_planner.figures.trunk import back_edge
from rehab_planner.model.figure import FigureSpec, Focus, MarkKind, PropKind


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
    # a few inches: lifted higher, level with the top of the trunk, it read as the top leg (HH)
    assert 0.05 < e["left_ankle"][1] - s["left_ankle"][1] < 0.12
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


def test_side_plank_on_knees_rests_the_elbow_and_the_knee_on_the_mat(library) -> None:  # type: ignore[no-untyped-def]
    # The forearm floated above the mat: a front view with those angles could not put both
    # down. `rest_on` turns each pose as a whole until both points touch the surface.
    spec = library.get("side-plank-on-knees").figure
    assert spec.rest_on == ["left_elbow", "left_knee"]
    floor, poses = placed_poses(spec)
    for sk in poses:
        for point in spec.rest_on:
            assert abs(sk.points[point][1] - point_radius(point) - floor) < 1e-6
        assert body_lowest(sk) > floor - 0.01  # nothing sinks into the mat
    assert mirrored_spec(spec).rest_on == ["right_elbow", "right_knee"]  # the other side
    # the knee stays where it is; the hips lift
    floor, (start, end) = placed_poses(spec)
    assert math.dist(start.points["left_knee"], end.points["left_knee"]) < 1e-6
    assert end.points["pelvis"][1] - start.points["pelvis"][1] > 0.04


def test_rest_on_names_two_different_points_outside_the_feet_view() -> None:
    good = {"base": "side_lying", "view": "front", "rest_on": ["left_elbow", "left_knee"]}
    assert FigureSpec.model_validate(good).rest_on == ["left_elbow", "left_knee"]
    for bad, says in (
        ({"rest_on": ["left_elbow"]}, "two different points"),
        ({"rest_on": ["left_elbow", "left_elbow"]}, "two different points"),
        ({"rest_on": ["left_elbow", "left_kne"]}, "not a point"),
        ({"base": "lying_on_back", "view": "feet"}, "feet view"),
    ):
        with pytest.raises(ValidationError, match=says):
            FigureSpec.model_validate(good | bad)


def test_pelvic_tilt_shows_the_gap_under_the_low_back_closing(library) -> None:  # type: ignore[no-untyped-def]
    # Read as the tummy tighten: the start's arched back hid inside the black end pose. Now the
    # start's back line is drawn again over it, arching off the mat where the end lies flat.
    spec = library.get("pelvic-tilt").figure
    floor, placed = placed_poses(spec)
    start, end = (back_edge(sk) for sk in placed)
    waist = slice(len(start) // 5, len(start) * 3 // 5)
    gap_start = min(y for _, y in start[waist]) - floor
    gap_end = max(y for _, y in end[waist]) - floor
    assert gap_start > 0.06 and gap_end < 0.03  # the gap shrinks to nothing
    line = arched_back(spec, placed, floor)
    assert line == start
    drawn = render_exercise(library.get("pelvic-tilt")).items
    over = [i for i in drawn if isinstance(i, Stroke) and i.color == START_GREY
            and len(i.points) == len(line)]
    trunk = max(k for k, i in enumerate(drawn)
                if isinstance(i, Shape) and i.fill == BLACK and len(i.points) > 30)
    assert over and drawn.index(over[0]) > trunk  # over the solid end pose's trunk
    # the tummy tighten has no such line: nothing moves
    brace = library.get("abdominal-brace").figure
    assert brace.hold and arched_back(brace, placed_poses(brace)[1], floor) == []
    bridge = library.get("bridge").figure
    assert arched_back(bridge, placed_poses(bridge)[1], placed_poses(bridge)[0]) == []


def test_outer_hip_stretch_crosses_the_leg_behind_and_pushes_the_hip_to_the_counter(library) -> None:  # type: ignore[no-untyped-def]
    # Read as the front of hip stretch: the legs slanted side by side like a lunge. Now, seen
    # from the front, the near leg crosses the other and the hips push out toward the counter
    # while the head stays over the feet (a C), the stretch at the outside of that hip.
    spec = library.get("outer-hip-stretch").figure
    assert spec.view.value == "front" and spec.hold
    floor, (pose,) = placed_poses(spec)
    p = pose.points
    # The side at the counter (drawn with the left side there since stop 37, so its leg can
    # cross behind: test_audit37_hip.py); `way` points from the body to the counter.
    counter = next(q for q in spec.props if q.kind is PropKind.COUNTER)
    near = (counter.at or "").split("_")[0]
    other = "right" if near == "left" else "left"
    way = 1 if p[f"{near}_hand"][0] > p["pelvis"][0] else -1
    # the legs cross: the counter side's hip is nearer the counter, its foot past the other foot
    assert (p[f"{near}_hip"][0] - p[f"{other}_hip"][0]) * way > 0
    assert (p[f"{other}_ankle"][0] - p[f"{near}_ankle"][0]) * way > 0.08
    assert max(p["right_ankle"][1], p["left_ankle"][1]) - floor < 0.1  # both feet down
    # the hips out toward the counter, past the feet and the head
    assert (p[f"{near}_hand"][0] - p["pelvis"][0]) * way > 0.4
    feet = (p["right_ankle"][0] + p["left_ankle"][0]) / 2
    assert (p["pelvis"][0] - feet) * way > 0.15 and (p["pelvis"][0] - p["head"][0]) * way > 0.06
    (ring,) = [m for m in spec.marks if m.kind is MarkKind.RING]
    assert ring.at == f"{near}_hip" and ring.muscle == "outer_hip"


def test_band_row_sitting_sits_on_the_floor_legs_out_the_band_from_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    # Read as the standing band row: an upright trunk over a bar like a board, the band level
    # at the chest as from a door. Now the body sits back a little on the floor, the legs flat
    # along it, and the band runs down from the hands to the feet.
    spec = library.get("band-row-sitting").figure
    floor, (start, end) = placed_poses(spec)
    for sk in (start, end):
        p = sk.points
        assert p["pelvis"][1] - floor < 0.1  # on the floor
        for point in ("right_knee", "right_ankle"):  # the legs straight out along it
            assert p[point][1] - floor < 0.1
        assert p["right_ankle"][0] - p["pelvis"][0] > 0.8
        assert p["right_toe"][1] - p["right_ankle"][1] > 0.1  # toes up
        assert p["neck"][0] < p["pelvis"][0] - 0.05  # sitting back a little, not standing
    band = next(q for q in spec.props if q.kind is PropKind.BAND)
    assert (band.at, band.to) == ("right_hand", "right_toe")
    s = start.points
    # at the start the hands reach down toward the feet: the band slopes down to them
    assert s["right_hand"][1] < s["right_shoulder"][1] - 0.15
    assert s["right_hand"][0] > s["pelvis"][0] + 0.4
    # the elbows pull back past the side
    assert end.points["right_elbow"][0] < end.points["right_shoulder"][0] - 0.08


def test_marble_pick_up_zooms_on_the_toes_the_marble_and_the_cup(library) -> None:  # type: ignore[no-untyped-def]
    # Read as a seated knee straighten with a weight (the cup was a box). Now a close-up of the
    # foot: the marble in the toes goes from the floor to over an open cup.
    spec = library.get("marble-pick-up").figure
    assert spec.zoom is Focus.FOOT and spec.moving == ["right_foot"]
    floor, (start, end) = placed_poses(spec)
    marble = next(q for q in spec.props if q.kind is PropKind.BALL)
    assert marble.at == "right_toe" and (marble.size or 1) <= 0.04  # small, in the toes
    low = start.points["right_toe"][1] + marble.dy - (marble.size or 0)
    assert abs(low - floor) < 0.01  # on the floor at the start
    cup_prop = next(q for q in spec.props if q.kind is PropKind.CUP)
    cx = start.points[cup_prop.at or ""][0] + cup_prop.dx
    high = cup_prop.size or CUP_HIGH
    toe = end.points["right_toe"]
    assert abs(toe[0] - cx) < high / 2  # over the cup ...
    assert 0.0 < toe[1] + marble.dy - marble.size - (floor + high) < 0.12  # ... the marble above it
    # the cup is open: a dark mouth at its top, wider than its foot
    body, mouth = cup(cx, floor, high)
    assert isinstance(mouth, Shape) and mouth.fill == PROP_DARK
    xs = [p[0] for p in mouth.points]
    assert max(xs) - min(xs) > body.points[1][0] - body.points[0][0]
    assert not any(q.kind in (PropKind.BOX, PropKind.WEIGHT) for q in spec.props)
    # the close-up is drawn: a frame in the picture with the arrow in it
    assert render_exercise(library.get("marble-pick-up")).items
