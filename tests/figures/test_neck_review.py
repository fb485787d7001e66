"""Neck figures redrawn after the blind naming test: back of neck stretch, look up, chin tuck."""

from __future__ import annotations

import math

from rehab_planner.figures.pose import HEAD_R, base_for, resolve, skeleton
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Item, Shape
from rehab_planner.figures.render import render_exercise
from rehab_planner.model.figure import FigureSpec, MarkKind, Pose, View


def _pose(spec: FigureSpec, which: str):  # type: ignore[no-untyped-def]
    base = base_for(spec.base, spec.view)
    poses = [spec.start] if which == "start" else [p for p in (spec.start, spec.end) if p]
    return skeleton(*resolve(base, *(poses or [Pose()])), spec.view)


def _head(items: list[Item]) -> Circle:
    return max((i for i in items if isinstance(i, Circle) and i.fill == BLACK), key=lambda c: c.radius)


def _eyes(items: list[Item], head: Circle) -> list[Circle]:
    return [
        i for i in items[items.index(head):]
        if isinstance(i, Circle) and i.fill == WHITE and i.radius < head.radius / 2
        and math.dist(i.center, head.center) < head.radius
    ]


def _nose(items: list[Item], head: Circle) -> Circle:
    (nose,) = [
        i for i in items[items.index(head):]
        if isinstance(i, Circle) and i.fill == BLACK and i.radius < head.radius / 2
        and math.dist(i.center, head.center) > head.radius * 0.6
    ]
    return nose


def test_back_of_neck_stretch_bows_the_head_with_a_hand_on_its_back(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from the side (stop 34): seen from the front, turned and bowed, it read as the side
    # neck stretch in every full review J-L.
    ex = library.get("levator-stretch")
    spec = ex.figure
    assert spec.hold and spec.start is not None and spec.view is View.SIDE
    assert spec.start.neck >= 55 and abs(spec.start.head_turn) >= 45  # nose toward the armpit
    pts = _pose(spec, "start").points
    # The far hand rests on the back of the bowed head, behind it (the figure faces right).
    assert math.dist(pts["left_hand"], pts["head"]) < 2 * HEAD_R
    assert pts["left_hand"][0] < pts["head"][0]
    assert "left" in spec.hands
    # The head hangs forward and low, nearer the shoulders than a head looking ahead.
    assert pts["head"][0] - pts["neck"][0] > HEAD_R
    ahead = _pose(library.get("upper-trap-stretch").figure, "start").points
    assert pts["head"][1] - pts["neck"][1] < ahead["head"][1] - ahead["neck"][1] - 0.03
    assert any("back of your head" in step for step in ex.steps)  # the text says it too


def test_side_neck_stretch_shows_a_face_looking_ahead_the_back_of_neck_stretch_one_eye() -> None:
    from rehab_planner.library import load_library

    lib = load_library(include_custom=False)
    side = render_exercise(lib.get("upper-trap-stretch")).items
    back = render_exercise(lib.get("levator-stretch")).items
    assert len(_eyes(side, _head(side))) == 2  # ear to shoulder, the face still ahead
    assert len(_eyes(back, _head(back))) == 1  # turned well away and looking down


def test_look_up_tips_the_head_back_with_the_face_up(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("neck-extension").figure
    assert _pose(spec, "start").face == 0  # the start outline sits upright
    assert _pose(spec, "end").face >= 30  # the face turned up
    items = render_exercise(library.get("neck-extension")).items
    head = _head(items)
    nose = _nose(items, head)
    (eye,) = _eyes(items, head)
    # The nose points up and forward: above the head's middle and the eye.
    assert nose.center[1] > head.center[1] + head.radius * 0.4
    assert nose.center[0] > head.center[0]
    # No curved arrow over the top of the head toward the back (it read as a tuck): the arrow
    # sweeps up in front of the face.
    (mark,) = spec.marks
    assert mark.kind is MarkKind.TURN and mark.dx > HEAD_R
    assert eye.center[1] > head.center[1]


def test_chin_tuck_slides_the_head_straight_back_with_a_straight_arrow(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("chin-tuck").figure
    start, end = _pose(spec, "start"), _pose(spec, "end")
    assert start.face == end.face == 0  # no nod, no tilt
    assert start.points["head"][0] - end.points["head"][0] >= 0.06  # straight back
    assert abs(start.points["head"][1] - end.points["head"][1]) < 0.005
    (mark,) = spec.marks
    assert mark.kind is MarkKind.PUSH and mark.direction == 180 and mark.dy < 0  # at the chin
    items = render_exercise(library.get("chin-tuck")).items
    head = _head(items)
    nose = _nose(items, head)
    assert abs(nose.center[1] - head.center[1]) < head.radius * 0.4  # the face level
    heads = [i for i in items if isinstance(i, Shape) and i.fill == BLACK and len(i.points) == 3]
    assert heads  # the arrow's head: its tip level with its back, below the head's middle
    tip = min(heads[-1].points, key=lambda p: p[0])
    assert tip[1] < head.center[1]
