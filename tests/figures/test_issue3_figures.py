"""Issue 3 pictograms: neck push, side bend vs back of neck stretch, side plank arm, wall slides."""

from __future__ import annotations

import math

from rehab_planner.figures.body import HAND_W
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Item, Shape, Stroke
from rehab_planner.figures.render import (
    START_GREY,
    START_GREY_ON_WALL,
    render_exercise,
)
from rehab_planner.model.figure import FigureSpec, Pose

BLACK = (0.0, 0.0, 0.0)


def _head(items: list[Item]) -> Circle:
    return max(
        (i for i in items if isinstance(i, Circle) and i.fill == BLACK), key=lambda c: c.radius
    )


def _end_points(spec: FigureSpec) -> dict[str, tuple[float, float]]:
    base = base_for(spec.base, spec.view)
    poses = [p for p in (spec.start, spec.middle, spec.end) if p is not None] or [Pose()]
    angles, shorten = resolve(base, *poses)
    return skeleton(angles, shorten, spec.view).points


def test_the_neck_push_has_the_palm_on_the_forehead_and_the_arrow_toward_it(library) -> None:  # type: ignore[no-untyped-def]
    items = render_exercise(library.get("neck-isometrics")).items
    head = _head(items)
    hands = [i for i in items if isinstance(i, Stroke) and i.color == BLACK and i.width == HAND_W]
    hand = max(hands, key=lambda s: max(p[1] for p in s.points))  # the raised hand
    hx = head.center[0]
    # The palm touches the front of the head (the face side is +x): its line edge meets the circle.
    near = min(math.dist(p, head.center) for p in hand.points) - HAND_W / 2
    assert near < head.radius * 1.15
    assert all(p[0] > hx for p in hand.points)
    # The push arrow points forward, at the hand, and its tip is in front of the head's centre.
    tips = [i.points[0] for i in items if isinstance(i, Shape) and i.fill == BLACK]
    assert tips and all(hx < t[0] < max(p[0] for p in hand.points) for t in tips)


def test_side_bend_and_back_of_neck_stretch_look_different(library) -> None:  # type: ignore[no-untyped-def]
    bend = library.get("neck-side-bend").figure
    levator = library.get("levator-stretch").figure
    assert bend.end.head_turn in (None, 0) and bend.end.nod in (None, 0)
    assert abs(levator.end.head_turn) >= 55 and levator.end.nod >= 60
    items = render_exercise(library.get("levator-stretch")).items
    head = _head(items)
    dots = [
        i
        for i in items
        if isinstance(i, Circle)
        and i.fill == WHITE
        and i.radius < head.radius / 2
        and math.dist(i.center, head.center) < head.radius
    ]
    # The face dot is inside the head (visible when small) and well below its centre.
    assert dots
    dot = dots[-1]
    assert math.dist(dot.center, head.center) + dot.radius < head.radius
    assert dot.center[1] < head.center[1] - 0.25 * head.radius
    # The side bend's head sits out to the side; the stretch's head hangs lower, nearer the middle.
    b, s = _end_points(bend), _end_points(levator)
    assert abs(b["head"][0] - b["neck"][0]) > abs(s["head"][0] - s["neck"][0])


def test_the_side_plank_top_arm_rests_on_the_side(library) -> None:  # type: ignore[no-untyped-def]
    pts = _end_points(library.get("side-plank-on-knees").figure)
    # The top (right) arm lies along the body: the hand near the hip, far from raised.
    assert math.dist(pts["right_hand"], pts["right_hip"]) < 0.25


def test_wall_slides_draw_the_start_pose_darker_in_front_of_the_wall(library) -> None:  # type: ignore[no-untyped-def]
    items = render_exercise(library.get("wall-angels")).items
    colours = {i.color for i in items if isinstance(i, Stroke)}
    assert START_GREY_ON_WALL in colours
    assert START_GREY not in colours
    # Elsewhere the start pose keeps its usual light grey.
    colours = {i.color for i in render_exercise(library.get("bridge")).items if isinstance(i, Stroke)}
    assert START_GREY in colours
