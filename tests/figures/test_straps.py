"""Straps and bands do not look like canes (issue 13, the fifth blind test): the hamstring stretch
with a strap was read as a cane raise lying down, the band row sitting as a rowing machine."""

from __future__ import annotations

import math

from rehab_planner.figures.bands import LOOP_R, STRAP_FILL, STRAP_FLAT, ball_of_foot
from rehab_planner.figures.primitives import BLACK, Item, Shape, Stroke
from rehab_planner.figures.props import attached_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import PropKind


def _drawn(library, exercise_id: str, kind: PropKind) -> tuple[list[Item], dict]:  # type: ignore[no-untyped-def,type-arg]
    spec = library.get(exercise_id).figure
    floor, poses = placed_poses(spec)
    prop = next(p for p in spec.props if p.kind is kind)
    return attached_prop(prop, poses[-1], poses[0], floor, faded=False), poses[-1].points


def test_a_strap_is_a_flat_loop_round_the_foot_held_at_its_ends(library) -> None:  # type: ignore[no-untyped-def]
    items, points = _drawn(library, "hamstring-stretch-strap", PropKind.STRAP)
    strokes = [i for i in items if isinstance(i, Stroke)]
    # flat: two dark edges with a light middle, wider than a stick
    assert any(s.width == STRAP_FLAT for s in strokes)
    assert any(s.color == STRAP_FILL for s in strokes)
    path = max(strokes, key=lambda s: len(s.points)).points
    assert len(path) > 4  # not a straight stick
    hand = points["right_hand"]
    assert path[0] == hand and path[-1] == hand  # both ends in the hand
    ball, _ = ball_of_foot(placed_poses(library.get("hamstring-stretch-strap").figure)[1][-1], "right")
    # it goes round the foot: past the ball of the foot, away from the hand
    assert max(math.dist(p, hand) for p in path) > math.dist(ball, hand) + 0.8 * LOOP_R


def test_a_cane_stays_a_straight_rigid_stick(library) -> None:  # type: ignore[no-untyped-def]
    items, _ = _drawn(library, "cane-side-raise", PropKind.CANE)
    strokes = [i for i in items if isinstance(i, Stroke)]
    assert strokes and all(len(s.points) == 2 for s in strokes)
    assert not any(s.color == STRAP_FILL for s in strokes)
    # with a black rubber tip at each end
    assert sum(1 for s in strokes if s.color == BLACK) == 2


def test_the_sitting_band_row_band_loops_round_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    items, points = _drawn(library, "band-row-sitting", PropKind.BAND)
    path = max((i for i in items if isinstance(i, Stroke)), key=lambda s: len(s.points)).points
    hand = points["right_hand"]
    assert path[0] == hand and path[-1] == hand
    _, poses = placed_poses(library.get("band-row-sitting").figure)
    ball, _ = ball_of_foot(poses[-1], "right")
    assert max(math.dist(p, hand) for p in path) > math.dist(ball, hand) + 0.8 * LOOP_R
    # the two strands part round the foot (a loop, not one line like a rail)
    near_foot = [p for p in path if math.dist(p, ball) < 1.2 * LOOP_R]
    assert max(p[1] for p in near_foot) - min(p[1] for p in near_foot) > LOOP_R


def test_carrying_bags_hang_by_their_handles_from_both_hands(library) -> None:  # type: ignore[no-untyped-def]
    # A box held at the belly read as carrying a box: now a bag hangs from each hand at the side.
    spec = library.get("carrying-close").figure
    bags = [p for p in spec.props if p.kind is PropKind.BAG]
    assert {b.at for b in bags} == {"right_hand", "left_hand"}
    assert not any(p.kind is PropKind.BOX for p in spec.props)
    _, poses = placed_poses(spec)
    near = next(b for b in bags if b.at == "right_hand")
    items = attached_prop(near, poses[-1], poses[0], 0.0, faded=False)
    hand = poses[-1].points["right_hand"]
    handles = next(i for i in items if isinstance(i, Stroke))
    assert hand in handles.points  # the handles go up into the fist
    body = next(i for i in items if isinstance(i, Shape))
    assert max(y for _, y in body.points) < hand[1]  # the bag hangs below the hand
    assert poses[-1].points["right_hand"][1] < poses[-1].points["right_hip"][1]  # arms at the sides
