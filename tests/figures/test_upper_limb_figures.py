"""Arm, shoulder and upper back figures redrawn after the blind review (matched without names)."""

from __future__ import annotations

import math

from rehab_planner.figures.mirror import mirrored_spec
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.model.figure import ArrowKind, FigureSpec, MarkKind, Pose, PropKind

Point = tuple[float, float]
Points = dict[str, Point]


def _start_and_end(spec: FigureSpec) -> tuple[Points, Points]:
    """The start pose's points and the last pose's points (pelvis at the origin)."""
    base = base_for(spec.base, spec.view)
    poses = [p for p in (spec.start, spec.middle, spec.end) if p is not None] or [Pose()]
    first = skeleton(*resolve(base, poses[0]), spec.view).points
    last = skeleton(*resolve(base, *poses), spec.view).points
    return first, last


def _off_segment(p: Point, a: Point, b: Point) -> float:
    """How far p is from the line segment a-b."""
    ax, ay = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * ax + (p[1] - a[1]) * ay) / (ax * ax + ay * ay)))
    return math.dist(p, (a[0] + ax * t, a[1] + ay * t))


def test_hand_and_wrist_moves_bend_the_wrist_and_squeeze_a_ball_unlike_a_curl(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("hand-wrist-and-elbow-motion-with-ball-squeeze").figure
    _, wrist, _ = spec.panels()  # the wrist bends in the second numbered panel
    base = base_for(wrist.base, wrist.view)
    start, end = resolve(base, wrist.start)[0], resolve(base, wrist.start, wrist.end)[0]
    assert end["right_wrist"] - start["right_wrist"] >= 90  # the wrist bends down, then up
    assert end["right_elbow"] == start["right_elbow"]  # the forearm stays on the pillow
    assert any(p.kind is PropKind.BALL for p in spec.props)
    assert spec.inset is not None and spec.inset.holds == "ball"
    curl = library.get("biceps-curl").figure
    assert (curl.end.right_elbow or 0) - (curl.start.right_elbow or 0) >= 90


def test_band_turns_swing_the_hand_out_or_in_round_an_elbow_kept_at_the_side(library) -> None:  # type: ignore[no-untyped-def]
    for ex_id, outward in (("band-outward-turn", True), ("band-inward-turn", False)):
        spec = library.get(ex_id).figure
        start, end = _start_and_end(spec)
        for pts in (start, end):  # the upper arm hangs by the side, the elbow below the shoulder
            assert abs(pts["right_elbow"][0] - pts["right_shoulder"][0]) < 0.1
            assert pts["right_shoulder"][1] - pts["right_elbow"][1] > 0.2
        gone_out = abs(end["right_hand"][0]) - abs(start["right_hand"][0])
        assert (gone_out > 0.1) if outward else (gone_out < -0.1)
        # The band is tied to the door: across the belly from the far side for the outward turn,
        # straight out to a door on the working side for the inward turn.
        door = next(p for p in spec.props if p.kind is PropKind.DOOR)
        band = next(p for p in spec.props if p.kind is PropKind.BAND)
        assert abs(start["right_hand"][0] + band.dx - door.dx) < 0.05
        same_side = door.dx * start["right_hand"][0] > 0
        assert same_side is not outward
        # The flat arrow round the elbow turns the same way as the hand, on either side.
        (twist,) = [m for m in spec.marks if m.kind is MarkKind.TWIST]
        assert twist.at == "right_elbow"
        assert (twist.direction < 0) is outward  # < 0: the hand goes to the viewer's left
        (mirrored,) = [m for m in mirrored_spec(spec).marks if m.kind is MarkKind.TWIST]
        assert mirrored.at == "left_elbow" and (mirrored.direction < 0) is not outward


def test_cross_body_stretch_holds_the_arm_across_the_chest_with_the_other_hand(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("cross-body-stretch").figure
    pts, _ = _start_and_end(spec)
    # The right arm crosses the middle of the body (front view: the right side is at -x) ...
    assert pts["right_hand"][0] > 0.2
    assert pts["chest"][1] - 0.1 < pts["right_hand"][1] < pts["right_shoulder"][1] + 0.05
    # ... and the left hand holds it.
    assert _off_segment(pts["left_hand"], pts["right_shoulder"], pts["right_wrist"]) < 0.08
    assert spec.arrow is ArrowKind.NONE  # a hold, not a raise out to the side


def test_shoulder_blade_squeeze_shows_arrows_meeting_on_the_upper_back(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("shoulder-blade-squeeze").figure
    (mark,) = spec.marks
    assert mark.kind is MarkKind.SQUEEZE and mark.at == "mid_back" and mark.both_ways
    assert mark.direction % 180 == 0 and mark.direction != 0  # from both sides, not from above


def test_band_row_draws_the_elbow_straight_back(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("band-row").figure
    start, end = _start_and_end(spec)
    assert start["right_hand"][0] > start["right_shoulder"][0] + 0.4  # arms straight out in front
    assert end["right_elbow"][0] < end["right_shoulder"][0]  # the elbow ends behind the body
    (mark,) = spec.marks
    assert mark.kind is MarkKind.MOVE and mark.at == "right_elbow" and mark.direction == 180


def test_pull_apart_goes_straight_out_while_the_thumbs_up_raise_comes_up_from_the_sides(library) -> None:  # type: ignore[no-untyped-def]
    apart = library.get("band-pull-apart").figure
    start, end = _start_and_end(apart)
    for side in ("left", "right"):
        hand, shoulder = f"{side}_hand", f"{side}_shoulder"
        assert abs(start[hand][1] - start[shoulder][1]) < 0.15  # out in front at chest height
        assert abs(start[hand][0]) < 0.4 < abs(end[hand][0])  # then wide apart ...
        assert abs(end[hand][1] - start[hand][1]) < 0.12  # ... at the same height
    assert any(p.kind is PropKind.BAND and p.to == "left_hand" for p in apart.props)
    raise_ = library.get("thumbs-up-arm-raise").figure
    start, end = _start_and_end(raise_)
    for side in ("left", "right"):
        assert start[f"{side}_hand"][1] < start["pelvis"][1] + 0.1  # arms down by the sides
        assert end[f"{side}_hand"][1] <= end[f"{side}_shoulder"][1]  # no higher than the shoulder
