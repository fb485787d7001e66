"""Arrows on the moving part, one way, easy to read (issue 13, sixth blind test).

The sixth blind test found two-headed straight arrows (ball toss, gentle neck push, kneecap
glide), arrows at a point away from the moving joint (standing march, seated knee straighten,
one leg stand with head turns) and up arrows in a view from above (arms by your sides lift on
your stomach) hard to read.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise

import pytest

from rehab_planner.figures import arrows
from rehab_planner.figures.primitives import BLACK, Item, Label, Point, Shape, Stroke
from rehab_planner.figures.props import KNEECAP_LONG, PROP_FILL, kneecap
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.model.figure import ArrowKind, MarkKind, PropKind, View

# Growing a short path to MIN_ARROW moves its ends out by at most this much.
GROWTH = arrows.MIN_ARROW / 2


def _near_path(p: Point, path: list[Point]) -> float:
    """How far p lies from the polyline."""

    def seg(a: Point, b: Point) -> float:
        dx, dy = b[0] - a[0], b[1] - a[1]
        length2 = dx * dx + dy * dy
        along = (p[0] - a[0]) * dx + (p[1] - a[1]) * dy
        t = 0.0 if length2 < 1e-12 else max(0.0, min(1.0, along / length2))
        return math.dist(p, (a[0] + dx * t, a[1] + dy * t))

    return min(seg(a, b) for a, b in pairwise(path)) if len(path) > 1 else math.dist(p, path[0])


def _recorded(library, exercise_id: str, monkeypatch) -> list[tuple[list[Point], float, list[Item]]]:  # type: ignore[no-untyped-def]
    """Each path arrow drawn for the exercise: the moving point's path, the unit, the arrow."""
    calls: list[tuple[list[Point], float, list[Item]]] = []
    real = arrows.side_arrow

    def spy(path: list[Point], centre: Point, both_ways: bool, unit: float = 1.0) -> list[Item]:
        out = real(path, centre, both_ways, unit)
        calls.append((list(path), unit, out))
        return out

    with monkeypatch.context() as m:
        m.setattr(arrows, "side_arrow", spy)
        render_exercise(library.get(exercise_id))
    return calls


def _line(arrow_items: list[Item]) -> list[Point]:
    """The arrow's shaft, from its tail to (inside) its head."""
    return list(next(i for i in arrow_items if isinstance(i, Stroke)).points)


def _tip(arrow_items: list[Item]) -> tuple[Point, Point]:
    """The arrow's tip at the path's end and the way its head points (a both-ways arrow's
    second head, at the path's start, comes after it)."""
    head = next(i for i in arrow_items if isinstance(i, Shape) and i.fill == BLACK)
    tip, left, right = head.points
    return tip, (tip[0] - (left[0] + right[0]) / 2, tip[1] - (left[1] + right[1]) / 2)


def _path_arrow_ids(library) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for exercise in library:
        spec = exercise.figure
        if spec is None:
            continue
        specs = [spec, *spec.then]
        if any(s.arrow in (ArrowKind.PATH, ArrowKind.BOTH_WAYS) and s.moving and s.end is not None
               for s in specs):
            yield exercise.id


def test_every_path_arrow_runs_beside_its_moving_part_from_start_to_end(library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = list(_path_arrow_ids(library))
    assert len(ids) > 50
    far: list[str] = []
    backward: list[str] = []
    kinked: list[str] = []
    for exercise_id in ids:
        for path, unit, drawn in _recorded(library, exercise_id, monkeypatch):
            if not drawn:  # a part that hardly moves gets no arrow
                continue
            tail, (tip, _) = _line(drawn)[0], _tip(drawn)
            room = arrows.ARROW_GAP * unit + 0.05 + GROWTH + 0.02
            if max(_near_path(tail, path), _near_path(tip, path)) > room:
                far.append(exercise_id)
            # the arrow goes the way the part goes: its tip is nearer the path's end
            if math.dist(tip, path[-1]) > math.dist(tip, path[0]):
                backward.append(exercise_id)
            if _sharpest_turn(_line(drawn)[1:-1]) > 60:  # a smooth line (the ends sit in heads)
                kinked.append(exercise_id)
    assert sorted(set(far)) == []
    assert sorted(set(backward)) == []
    assert sorted(set(kinked)) == []


def _sharpest_turn(line: list[Point]) -> float:
    """The largest turn (degrees) between two steps of the line longer than a line width or
    two (0.02 body units; a notch smaller than that does not show)."""
    steps = [(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(line) if math.dist(a, b) > 0.02]
    worst = 0.0
    for (ax, ay), (bx, by) in pairwise(steps):
        cos = (ax * bx + ay * by) / (math.hypot(ax, ay) * math.hypot(bx, by))
        worst = max(worst, math.degrees(math.acos(max(-1.0, min(1.0, cos)))))
    return worst


def test_standing_march_arrow_is_at_the_knee_not_the_foot(library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Read as a seated knee straighten: the arrow sat by the foot.
    # Since stop 42 the far knee lifts, the near standing leg whole (test_redraws42).
    spec = library.get("standing-march").figure
    assert spec.moving == ["left_knee"]
    _, (_, end) = placed_poses(spec)
    _, unit, drawn = _recorded(library, "standing-march", monkeypatch)[-1]
    tip, way = _tip(drawn)
    knee, ankle = end.points["left_knee"], end.points["left_ankle"]
    assert math.dist(tip, knee) < 0.05 + arrows.ARROW_GAP * unit
    assert math.dist(tip, knee) < math.dist(tip, ankle) / 2
    assert abs(tip[1] - knee[1]) < 0.1  # beside the knee, not down by the shin or foot
    assert way[1] > abs(way[0])  # and it points up: the knee lifting


def test_seated_knee_straighten_shows_the_lift_and_nothing_else(library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Read with the arrow showing the lowering, and a stray arrow in front of the face.
    spec = library.get("long-arc-quad").figure
    assert spec.marks == []
    _, _, drawn = _recorded(library, "long-arc-quad", monkeypatch)[-1]
    tail, (tip, way) = _line(drawn)[0], _tip(drawn)
    _, (start, end) = placed_poses(spec)
    assert end.points["right_ankle"][1] > start.points["right_ankle"][1] + 0.2  # the foot lifts
    assert tip[1] > tail[1] + 0.2 and tip[0] > tail[0]  # the arrow goes up and forward
    assert way[1] > 0  # its head points up
    # one head only: the lift, not back and forth
    heads = [i for i in drawn if isinstance(i, Shape) and i.fill == BLACK]
    assert len(heads) == 1


def test_one_leg_stand_with_head_turns_has_only_the_head_turn_arrow(library) -> None:  # type: ignore[no-untyped-def]
    # A curved arrow at the lifted foot read as a standing knee curl.
    spec = library.get("one-leg-stand-head-turns").figure
    assert spec.arrow is ArrowKind.NONE
    assert [(m.kind, m.at) for m in spec.marks] == [(MarkKind.TWIST, "head")]


def _heads(items: list[Item]) -> list[Shape]:
    return [i for i in items if isinstance(i, Shape) and i.fill == BLACK and len(i.points) == 3]


def test_ball_toss_goes_to_the_wall_straight_and_comes_back_over_a_curve(library) -> None:  # type: ignore[no-untyped-def]
    # A two-headed arrow at the wall read as "to the wall and back" only with doubt.
    spec = library.get("one-leg-ball-toss").figure
    assert not any(m.both_ways for m in spec.marks)
    kinds = sorted((m.kind, m.direction) for m in spec.marks)
    assert kinds == [(MarkKind.HOP, 180), (MarkKind.MOVE, 0)]
    items = render_exercise(library.get("one-leg-ball-toss")).items
    strokes = [i for i in items if isinstance(i, Stroke) and i.color == BLACK and len(i.points) > 1]
    heads = _heads(items)
    assert len(heads) == 2  # two arrows, one head each
    # one points at the wall (right), one back to the hands (left)
    ways = []
    for h in heads:
        tip = h.points[0]
        mid_x = sum(p[0] for p in h.points) / 3
        ways.append(1 if tip[0] > mid_x else -1)
    assert sorted(ways) == [-1, 1]
    straight = [s for s in strokes if len(s.points) == 2]
    curved = [s for s in strokes if len(s.points) > 8]
    assert straight and curved


def test_gentle_neck_push_has_one_push_arrow_and_hold(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("neck-isometrics").figure
    assert spec.hold
    assert [(m.kind, m.at, m.direction) for m in spec.marks] == [(MarkKind.PUSH, "head", 0)]
    items = render_exercise(library.get("neck-isometrics")).items
    assert len(_heads(items)) == 1
    assert any(isinstance(i, Label) and i.text == "hold" for i in items)


def test_kneecap_glide_draws_the_kneecap_under_the_fingers(library) -> None:  # type: ignore[no-untyped-def]
    # Bare hands on the knee with a two-headed arrow read as sliding the hands along the leg.
    spec = library.get("kneecap-glide").figure
    assert any(p.kind is PropKind.KNEECAP for p in spec.props)
    _, placed = placed_poses(spec)
    pose = placed[-1]
    oval = kneecap(pose, "right_knee", KNEECAP_LONG)
    xs, ys = [p[0] for p in oval.points], [p[1] for p in oval.points]
    centre = (sum(xs) / len(xs), sum(ys) / len(ys))
    knee, hand = pose.points["right_knee"], pose.points["right_hand"]
    assert math.dist(centre, knee) < KNEECAP_LONG  # on the knee
    assert centre[1] > knee[1]  # on its front (top) edge
    assert math.dist(hand, centre) < KNEECAP_LONG  # the fingers rest on it
    items = render_exercise(library.get("kneecap-glide")).items
    caps = [i for i in items if isinstance(i, Shape) and i.fill == PROP_FILL and len(i.points) == 18]
    assert len(caps) == 1
    # drawn before (under) the body's black strokes
    first_black = next(k for k, i in enumerate(items) if isinstance(i, Stroke) and i.color == BLACK)
    assert items.index(caps[0]) < first_black
    # the arrow both ways sits over the kneecap
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.both_ways and move.at == "right_knee"


# Seen from above, an up arrow reads as "lift" or "slide toward the head". A lift from lying on
# the stomach is drawn from the side, unless the arms' shape is the exercise and shows only from
# above (each listed with its reason).
FROM_ABOVE_LIFTS = {
    "prone-y-t-raise": "the T and the Y: the arms' shape shows only from above",
    "prone-arm-out": "the arm out to the side like a T shows only from above",
    "prone-arms-side-lift": "from the side the two raised arms read as a row or the arm back "
                            "(full reviews E-I); from above they lie along the sides",
    "prone-opposite-arm-leg-lift": "which arm and which leg lift shows only from above: from the "
                                   "side it read as the superman (reviews Y and Z)",
    "prone-arm-lift": "from the side the lifted arm lay over the head a few pixels off the bed: "
                      "read as the arms and legs lift (#10, #16) and the row (review II)",
}


def test_lifts_lying_on_the_stomach_are_drawn_from_the_side(library) -> None:  # type: ignore[no-untyped-def]
    from_above = sorted(
        e.id for e in library
        if e.figure is not None and e.figure.view is View.FEET
        and e.figure.base.value == "lying_on_stomach" and e.figure.moving
    )
    assert from_above == sorted(FROM_ABOVE_LIFTS)
    spec = library.get("prone-arms-side-lift").figure
    _, (start, end) = placed_poses(spec)
    for side in ("left", "right"):  # along the sides (not out like a T), lifting
        hand, shoulder = end.points[f"{side}_hand"], end.points[f"{side}_shoulder"]
        assert abs(hand[0] - shoulder[0]) < 0.2, side
        assert end.points[f"{side}_hand"][1] > start.points[f"{side}_hand"][1] + 0.02, side


@pytest.mark.parametrize("exercise_id", ["standing-march", "long-arc-quad"])
def test_fixed_path_arrows_have_one_head(library, monkeypatch, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    _, _, drawn = _recorded(library, exercise_id, monkeypatch)[-1]  # the last fit's arrow
    assert len([i for i in drawn if isinstance(i, Shape) and i.fill == BLACK]) == 1
