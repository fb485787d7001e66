"""Four pictures a blind reviewer named wrong (issue 13): each would read as another exercise again
if its fix were undone.

Band knee lock was read as a standing leg lift back against a band, the elliptical machine as
vacuuming, the ladder drill as a feet-together stand and the small forward lunge as a split squat.
"""

from __future__ import annotations

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
