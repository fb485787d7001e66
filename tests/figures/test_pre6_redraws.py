"""Four pictures a blind reviewer named wrong (issue 13): each would read as another exercise again
if its fix were undone.

Band knee lock was read as a standing leg lift back against a band, the elliptical machine as
vacuuming, the ladder drill as a feet-together stand and the small forward lunge as a split squat.
"""

from __future__ import annotations

import itertools
import math

from rehab_planner.figures.checks import check
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Item
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.model.figure import ArrowKind, MarkKind, PropKind


def _poses(library, exercise_id: str, panel: int = 0):  # type: ignore[no-untyped-def]
    spec = library.get(exercise_id).figure.panels()[panel]
    ground, poses = placed_poses(spec)
    return spec, ground, poses


def _head(items: list[Item]) -> Circle:
    """The solid head: the largest black disc."""
    return max((i for i in items if isinstance(i, Circle) and i.fill == BLACK), key=lambda c: c.radius)


# --- Band knee lock (terminal knee extension) ---------------------------------------------------


def test_knee_lock_faces_the_door_the_band_is_tied_to(library) -> None:  # type: ignore[no-untyped-def]
    spec, _, (start, end) = _poses(library, "band-knee-lock")
    door = next(p for p in spec.props if p.kind is PropKind.DOOR)
    band = next(p for p in spec.props if p.kind is PropKind.BAND)
    pelvis = start.points["pelvis"]
    # The figure faces right (side view); the door and the band's anchor are in front of it.
    assert start.face == 0 and end.face == 0
    assert start.points["right_toe"][0] > start.points["right_heel"][0]
    assert start.points[door.at or "pelvis"][0] + door.dx > pelvis[0] + 0.5
    knee = start.points[band.at or ""]
    assert band.to is None and knee[0] + band.dx > pelvis[0] + 0.5
    # The face shows which way it looks: an eye and a nose on the door's side of the head.
    items = render_exercise(library.get("band-knee-lock")).items
    head = _head(items)
    face = [i for i in items if isinstance(i, Circle) and i is not head
            and i.radius < head.radius / 2 and math.dist(i.center, head.center) < head.radius * 1.2]
    nose = [c for c in face if c.fill == BLACK]
    eye = [c for c in face if c.fill == WHITE]
    assert nose and eye
    assert all(c.center[0] > head.center[0] for c in nose + eye)


def test_knee_lock_starts_bent_over_the_flat_foot_and_ends_straight_pressing_back(library) -> None:  # type: ignore[no-untyped-def]
    spec, _, (start, end) = _poses(library, "band-knee-lock")
    assert all(m.ok for m in check(library.get("band-knee-lock").figure))
    s, e = start.points, end.points
    # Start: the knee bent forward, in front of the ankle; end: straight over it.
    assert s["right_knee"][0] - s["right_ankle"][0] > 0.15
    assert abs(e["right_knee"][0] - e["right_ankle"][0]) < 0.02
    # The foot never leaves the floor: flat (heel as low as the toes) and in the same place in
    # both poses, and as low as the other foot (not hanging off a straight far leg).
    for pts in (s, e):
        assert abs(pts["right_heel"][1] - pts["right_toe"][1]) < 0.01
        lowest = min(pts[f"{side}_{p}"][1] for side in ("left", "right") for p in ("heel", "toe"))
        assert pts["right_heel"][1] - lowest < 0.01
    for point in ("right_heel", "right_toe"):
        assert math.dist(s[point], e[point]) < 0.01
    # One short arrow at the knee, in front of it, pressing back (toward the heel side).
    (mark,) = spec.marks
    assert mark.kind is MarkKind.PUSH and mark.at == "right_knee" and mark.direction == 180
    assert math.hypot(mark.dx, mark.dy) < 0.25
    assert spec.arrow is ArrowKind.NONE
    # The band loops round the knee (a cuff across the leg) in both poses.
    band = next(p for p in spec.props if p.kind is PropKind.BAND)
    assert band.at == "right_knee"


# --- Elliptical machine --------------------------------------------------------------------------


def test_elliptical_figure_stands_tall_on_raised_pedals_holding_both_handles(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.elliptical import _pedal

    spec, ground, (pose,) = _poses(library, "elliptical")
    pts = pose.points
    assert any(p.kind is PropKind.ELLIPTICAL for p in spec.props)
    assert spec.base.value == "standing" and spec.hands == {"right": "grip", "left": "grip"}
    # Upright: the head over the pelvis; one foot forward and one back.
    assert abs(pts["head"][0] - pts["pelvis"][0]) < 0.1
    assert pts["right_ankle"][0] - pts["left_ankle"][0] > 0.2
    for side in ("right", "left"):
        back, front = _pedal(pose, side)
        # Each foot stands on its own pedal (the pedal just under the sole, longer than the
        # foot), the pedal well above the floor.
        heel, toe = pts[f"{side}_heel"], pts[f"{side}_toe"]
        assert back[0] < heel[0] and front[0] > toe[0]
        assert 0 < min(heel[1], toe[1]) - back[1] < 0.06
        assert back[1] - ground > 0.15
    # The hands are at chest height in front, apart (one handle forward, one back).
    for side in ("right", "left"):
        assert pts[f"{side}_hand"][0] > pts["chest"][0] + 0.2
        assert abs(pts[f"{side}_hand"][1] - pts["chest"][1]) < 0.2
    assert abs(pts["right_hand"][0] - pts["left_hand"][0]) > 0.03


def test_elliptical_machine_has_a_frame_flywheel_pedals_handles_and_console(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.elliptical import HOUSING_R
    from rehab_planner.figures.primitives import Shape, Stroke
    from rehab_planner.figures.props import PROP_DARK, static_prop

    spec, ground, (pose,) = _poses(library, "elliptical")
    (prop,) = spec.props
    items = static_prop(prop, pose, [pose], ground)
    pts = pose.points
    strokes = [i for i in items if isinstance(i, Stroke)]
    # A base frame on the floor, longer than the figure's stride.
    base = [s for s in strokes if all(abs(y - ground) < 0.05 for _, y in s.points)]
    assert base and max(abs(s.points[-1][0] - s.points[0][0]) for s in base) > 1.0
    # A flywheel housing in front of the toes, on the floor.
    housing = max((i for i in items if isinstance(i, Circle)), key=lambda c: c.radius)
    assert housing.radius == HOUSING_R and housing.center[0] > pts["right_toe"][0] + 0.2
    assert housing.center[1] - housing.radius - ground < 0.1
    # Two long handles, each running through a hand from below (a pivot on the post).
    for hand in ("right_hand", "left_hand"):
        assert any(
            len(s.points) == 2 and s.points[0][1] < pts["pelvis"][1] - 0.2
            and _near_segment(pts[hand], s.points) < 0.02
            for s in strokes
        ), hand
    # The near pedal (under the near, right foot) is darker than the far one.
    assert any(s.color == PROP_DARK and _near_segment(pts["right_heel"], s.points) < 0.1
               for s in strokes)
    # A console at chest height above the housing.
    (console,) = [i for i in items if isinstance(i, Shape)]
    assert min(y for _, y in console.points) > pts["belly"][1]
    assert abs(sum(x for x, _ in console.points) / 4 - housing.center[0]) < 0.2


def test_elliptical_arrow_is_an_oval_round_both_feet(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.elliptical import foot_oval

    spec, _, (pose,) = _poses(library, "elliptical")
    assert spec.arrow is ArrowKind.CIRCLE
    oval = foot_oval(spec.props, pose)
    assert oval is not None
    (cx, cy), rx, ry = oval
    pts = pose.points
    # Wider than high, round both feet's stride, low on the legs.
    assert rx > 1.5 * ry
    for side in ("right", "left"):
        assert abs(pts[f"{side}_ankle"][0] - cx) < rx
    assert cy < pts["right_knee"][1] and cy + ry > pts["right_ankle"][1]
    # The picture draws it: a black arrow wider than high low in the picture, not a circle.
    from rehab_planner.figures.primitives import Stroke

    items = render_exercise(library.get("elliptical")).items
    curves = [i for i in items if isinstance(i, Stroke) and i.color == BLACK and len(i.points) > 10]
    assert curves
    xs = [x for x, _ in curves[0].points]
    ys = [y for _, y in curves[0].points]
    assert max(xs) - min(xs) > 2 * (max(ys) - min(ys))


def _near_segment(p: tuple[float, float], points: tuple[tuple[float, float], ...]) -> float:
    """How far p is from a polyline."""
    best = math.inf
    for a, b in itertools.pairwise(points):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ((dx * dx + dy * dy) or 1)))
        best = min(best, math.dist(p, (a[0] + t * dx, a[1] + t * dy)))
    return best


# --- Small forward lunge --------------------------------------------------------------------------


def test_forward_lunge_starts_with_the_feet_together_and_steps_a_small_step_forward(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.pose import base_for, resolve

    spec, _, (start, end) = _poses(library, "forward-lunge")
    assert all(m.ok for m in check(library.get("forward-lunge").figure))
    s, e = start.points, end.points
    # Start (outline): standing tall, the feet together, the knees straight.
    base = base_for(spec.base, spec.view)
    (a0, _) = resolve(base, spec.start)
    assert math.dist(s["left_ankle"], s["right_ankle"]) < 0.05
    assert a0["right_knee"] <= 10 and a0["left_knee"] <= 10
    # Panel 1 (solid): one foot a small step ahead, the back foot where it was (on its toes).
    step = e["right_ankle"][0] - s["right_ankle"][0]
    assert 0.3 < step < 0.55
    assert math.dist(e["left_toe"], s["left_toe"]) < 0.01
    assert e["left_heel"][1] > e["left_toe"][1] + 0.05
    # Panel 2: both knees a little bent, so the body is lower.
    sink, _, (k0, k1) = _poses(library, "forward-lunge", 1)
    (_, _), (b1, _) = resolve(base, sink.start), resolve(base, sink.start, sink.end)
    assert 20 <= b1["right_knee"] <= 55 and 20 <= b1["left_knee"] <= 60
    assert k0.points["pelvis"][1] - k1.points["pelvis"][1] > 0.04
    # The arrow follows the stepping leg forward, from where it stood to where it lands.
    assert spec.arrow is ArrowKind.PATH and spec.moving and spec.moving[0].startswith("right_")
    from rehab_planner.figures.render import TRACKED

    point = TRACKED[spec.moving[0]]
    assert e[point][0] - s[point][0] > 0.3


def test_forward_lunge_differs_from_split_squat_and_back_lunge(library) -> None:  # type: ignore[no-untyped-def]
    _, _, (lunge0, lunge1) = _poses(library, "forward-lunge")
    _, _, (split0, split1) = _poses(library, "split-squat")
    _, _, (back0, back1) = _poses(library, "reverse-lunge")
    # A split squat starts with the feet apart and keeps them there; the lunge starts together.
    for pose in (split0, split1):
        assert math.dist(pose.points["left_ankle"], pose.points["right_ankle"]) > 0.3
    assert math.dist(lunge0.points["left_ankle"], lunge0.points["right_ankle"]) < 0.05
    # A back lunge steps the other foot back; the forward lunge steps the front foot forward.
    moved = {side: lunge1.points[f"{side}_ankle"][0] - lunge0.points[f"{side}_ankle"][0]
             for side in ("left", "right")}
    assert moved["right"] > 0.3 and abs(moved["left"]) < 0.1
    assert back1.points["left_ankle"][0] - back0.points["left_ankle"][0] < -0.3


# --- In and out quick steps (ladder drill) --------------------------------------------------------


def _ladder_parts(library):  # type: ignore[no-untyped-def]
    from rehab_planner.figures.ladder import ladder_close_up
    from rehab_planner.figures.primitives import Stroke
    from rehab_planner.figures.props import PROP_LINE

    spec, _, poses = _poses(library, "ladder-drill")
    items = ladder_close_up(spec.props, poses[0], (0.0, 0.0))
    lines = [i for i in items if isinstance(i, Stroke) and i.color == PROP_LINE and len(i.points) == 2]
    rails = [s for s in lines if abs(s.points[0][0] - s.points[1][0]) < 1e-9]
    rungs = [s for s in lines if abs(s.points[0][1] - s.points[1][1]) < 1e-9]
    soles = [i for i in items if not isinstance(i, Circle) and not isinstance(i, Stroke)
             and getattr(i, "fill", None) == BLACK and len(i.points) > 10]
    return spec, items, rails, rungs, soles


def test_ladder_drill_shows_the_ladder_from_above_with_rails_and_rungs(library) -> None:  # type: ignore[no-untyped-def]
    spec, items, rails, rungs, _ = _ladder_parts(library)
    assert any(p.kind is PropKind.LADDER for p in spec.props)
    assert not any(p.kind is PropKind.FOOTPRINT for p in spec.props)
    # Two rails up the page and at least three squares' worth of rungs across them.
    assert len(rails) == 2 and len(rungs) >= 4
    left, right = sorted(r.points[0][0] for r in rails)
    for rung in rungs:
        assert rung.points[0][0] == left and rung.points[1][0] == right
    ys = sorted(r.points[0][1] for r in rungs)
    gaps = [b - a for a, b in itertools.pairwise(ys)]
    assert max(gaps) - min(gaps) < 1e-9 and abs(gaps[0] - (right - left)) < 1e-9  # squares
    # In a frame (a close-up of the floor) joined to the figure's feet by a line.
    assert any(getattr(i, "fill", None) == WHITE and getattr(i, "width", 0) > 0 for i in items)
    # The handout's picture draws it (not only this module).
    drawn = render_exercise(library.get("ladder-drill")).items
    assert sum(1 for i in drawn if isinstance(i, Circle) and i.fill == BLACK) >= 6 * 5  # toes


def test_ladder_drill_footprints_go_in_in_out_out_in_in(library) -> None:  # type: ignore[no-untyped-def]
    _, _, rails, rungs, soles = _ladder_parts(library)
    left, right = sorted(r.points[0][0] for r in rails)
    middle = (left + right) / 2
    ys = sorted(r.points[0][1] for r in rungs)
    centres = []
    for sole in soles:
        xs = [x for x, _ in sole.points]
        yy = [y for _, y in sole.points]
        centres.append(((min(xs) + max(xs)) / 2, (min(yy) + max(yy)) / 2))
    assert len(centres) == 6
    for n, square in enumerate(itertools.pairwise(ys)):
        if n >= 3:
            break
        feet = sorted(c for c in centres if square[0] < c[1] < square[1])
        assert len(feet) == 2, n
        (lx, _), (rx, _) = feet
        assert lx < middle < rx  # one foot on each side of the middle line
        inside = left < lx and rx < right
        outside = lx < left and rx > right
        assert inside if n != 1 else outside, n  # in, in / out, out / in, in


def test_ladder_drill_figure_steps_out_wide_from_the_feet_in(library) -> None:  # type: ignore[no-untyped-def]
    spec, _, (start, end) = _poses(library, "ladder-drill")
    apart = [math.dist(p.points["left_ankle"], p.points["right_ankle"]) for p in (start, end)]
    # The solid pose is the step out (feet wide), not a feet-together stand; the outline is in.
    assert apart[1] > apart[0] + 0.2
    assert sum(1 for m in spec.marks if m.kind is MarkKind.MOVE and m.both_ways) == 2
