"""Figures redrawn after the blind test (fig8): each would read as another exercise if it slid back."""

from __future__ import annotations

from rehab_planner.figures import inset
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Stroke
from rehab_planner.figures.props import pedal_exerciser
from rehab_planner.figures.render import (
    START_GREY,
    _start_arm_on_top,
    placed_poses,
    render_exercise,
)
from rehab_planner.model.figure import ArrowKind, CloseHand, MarkKind, PropKind, View

Point = tuple[float, float]


def _poses(library, exercise_id: str):  # type: ignore[no-untyped-def]
    spec = library.get(exercise_id).figure
    _, placed = placed_poses(spec)
    return spec, placed


def test_elbow_bend_is_seated_and_only_the_elbow_moves(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.pose import base_for, resolve

    spec = library.get("elbow-bend-straighten").figure
    assert spec.base.value == "sitting" and spec.view is View.SIDE  # the steps say: sit tall
    base = base_for(spec.base, spec.view)
    (a0, s0), (a1, s1) = resolve(base, spec.start), resolve(base, spec.start, spec.end)
    changed = {k for k in set(a0) | set(a1) if abs(a0.get(k, 0.0) - a1.get(k, 0.0)) > 1e-6}
    assert changed == {"right_elbow"}, changed  # no ghost shift of the head, legs or far arm
    assert s0 == s1
    assert not any(getattr(p, "lift", None) or getattr(p, "shift", None) for p in (spec.start, spec.end))
    assert a0["right_elbow"] <= 10 and a1["right_elbow"] >= 130
    _, placed = placed_poses(spec)
    start, end = placed
    # The straight start arm hangs a little in front of the trunk (drawn along it, it did not
    # show; since stop 40 its outline is drawn again over the trunk, tests/figures/
    # test_redraws40.py) and the bent end brings the hand up toward the shoulder.
    assert start.points["right_hand"][0] - start.points["right_shoulder"][0] > 0.08
    assert end.points["right_hand"][1] > end.points["right_elbow"][1] + 0.15
    assert spec.arrow is ArrowKind.BOTH_WAYS and spec.moving == ["right_hand"]


def test_band_pull_up_and_across_starts_at_the_other_hip_and_ends_up_and_out(library) -> None:  # type: ignore[no-untyped-def]
    spec, (start, end) = _poses(library, "band-diagonal-up")
    assert spec.view is View.FRONT
    pelvis = start.points["pelvis"]
    # Front view: the figure's right side is on the viewer's left (x below the pelvis).
    hand0, hand1 = start.points["right_hand"], end.points["right_hand"]
    assert hand0[0] > pelvis[0] and abs(hand0[1] - start.points["left_hip"][1]) < 0.15  # other hip
    assert hand1[1] > end.points["right_shoulder"][1] + 0.3  # up
    assert hand1[0] < end.points["right_shoulder"][0] - 0.2  # and out on its own side
    # The band is tied low on the door on the other side.
    door = next(p for p in spec.props if p.kind is PropKind.DOOR)
    band = next(p for p in spec.props if p.kind is PropKind.BAND)
    anchor = (hand0[0] + band.dx, hand0[1] + band.dy)
    assert door.dx > 0.3 and anchor[0] > pelvis[0] + 0.3 and anchor[1] < pelvis[1] - 0.2
    # One long arrow along the diagonal, from low on the door side up toward the raised side.
    assert spec.arrow is ArrowKind.NONE
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert 100 <= move.direction <= 140 and (move.size or 0) >= 0.8
    # The start arm crossing the body is drawn over the solid end pose, so it shows.
    assert _start_arm_on_top(spec, [start, end], START_GREY)


def test_band_arm_drawn_over_the_body_only_when_it_crosses_it(library) -> None:  # type: ignore[no-untyped-def]
    spec, placed = _poses(library, "band-side-steps")
    assert _start_arm_on_top(spec, placed, START_GREY) == []


def test_grip_squeeze_ball_is_a_ball_not_a_shaded_mark(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("grip-squeeze").figure
    assert any(p.kind is PropKind.BALL and p.at == "right_hand" for p in spec.props)
    # No shaded muscle over the ball: the squeeze shades the forearm.
    assert not any(m.kind in (MarkKind.SQUEEZE, MarkKind.RING) and m.at.endswith("_hand")
                   for m in spec.marks)
    assert any(m.kind is MarkKind.SQUEEZE and m.at == "right_forearm" for m in spec.marks)
    assert spec.inset is not None and spec.inset.hands == [CloseHand.FIST]
    assert spec.inset.holds == "ball"
    # The close-up's ball: white inside a black outline, wider than the fist, with seams.
    drawn = inset.ball((0.0, 0.0), inset.BALL_R)
    (disc,) = [i for i in drawn if isinstance(i, Circle)]
    assert disc.fill == WHITE and disc.stroke == BLACK and inset.BALL_R > 0.64
    assert sum(isinstance(i, Stroke) for i in drawn) == 2
    items = render_exercise(library.get("grip-squeeze")).items
    assert any(isinstance(i, Circle) and i.fill == WHITE and i.stroke == BLACK for i in items)


def test_side_stepping_and_band_side_steps_differ_in_props_and_poses(library) -> None:  # type: ignore[no-untyped-def]
    walk = library.get("side-stepping").figure
    band = library.get("band-side-steps").figure
    walk_kinds = {p.kind for p in walk.props}
    band_kinds = {p.kind for p in band.props}
    assert PropKind.COUNTER in walk_kinds and PropKind.BAND not in walk_kinds
    assert PropKind.BAND in band_kinds  # both at a counter: their steps say to stay near one
    (loop,) = [p for p in band.props if p.kind is PropKind.BAND]
    assert {loop.at, loop.to} == {"right_knee", "left_knee"}  # the loop above the knees
    assert walk.middle is not None and band.middle is None  # steps along vs one step out


def test_pedal_exerciser_has_pedals_under_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    spec, (pose,) = _poses(library, "pedal-exerciser")
    assert any(p.kind is PropKind.PEDALS for p in spec.props)
    assert not any(p.kind in (PropKind.BOX, PropKind.STEP) for p in spec.props)
    # The feet at the crank's two ends: the near one up in front, the far one down behind.
    r, left = pose.points["right_ankle"], pose.points["left_ankle"]
    assert r[1] - left[1] > 0.1 and r[0] - left[0] > 0.15
    assert spec.arrow is ArrowKind.CIRCLE


def test_stair_climber_stands_on_levered_pedals_not_steps(library) -> None:  # type: ignore[no-untyped-def]
    spec, (pose,) = _poses(library, "stair-climber")
    (pedals,) = [p for p in spec.props if p.kind is PropKind.PEDALS]
    assert pedals.dx < 0  # levers from a pivot behind the feet
    assert not any(p.kind is PropKind.STEP for p in spec.props)
    levers = pedal_exerciser(pose, 0.0, pedals.dx)
    # A pivot behind the feet, not a crank's round path between them.
    assert not any(isinstance(i, Circle) and i.fill is None for i in levers)
    (pivot,) = [i for i in levers if isinstance(i, Circle)]
    assert pivot.center[0] < min(pose.points["right_heel"][0], pose.points["left_heel"][0])


def test_hip_hike_tips_the_pelvis_with_straight_legs(library) -> None:  # type: ignore[no-untyped-def]
    spec, (start, end) = _poses(library, "hip-hike")
    assert spec.view is View.FRONT
    # Left: the hanging side (viewer's right). It drops below the other hip, then rises above it.
    assert start.points["left_hip"][1] < start.points["right_hip"][1] - 0.02
    assert end.points["left_hip"][1] > end.points["right_hip"][1] + 0.02
    assert end.points["left_ankle"][1] - start.points["left_ankle"][1] > 0.08
    assert start.points["right_ankle"] == end.points["right_ankle"]  # the standing foot stays
    # The hanging foot hangs past the step's edge.
    (step,) = [p for p in spec.props if p.kind is PropKind.STEP]
    assert step.dx <= -0.15


def test_hammer_turns_holds_a_hammer_unlike_bare_palm_turns(library) -> None:  # type: ignore[no-untyped-def]
    hammer = library.get("hammer-turns").figure
    bare = library.get("forearm-turns").figure
    # The hammer's close-up drew a dumbbell held in the middle, against the steps ("hold a hammer
    # by one end", audit of stop 37): the hammer shows, its head above the fist, and since review
    # V a close-up of the fist from the front tips that hammer (holds: hammer), not a dumbbell;
    # the bare palm turns keep their palm close-up, nothing held.
    assert hammer.inset is not None and hammer.inset.holds == "hammer"
    assert bare.inset is not None and bare.inset.holds is None
    assert any(p.kind is PropKind.HAMMER and p.at == "right_hand" for p in hammer.props)
    # The bare turns keep their ring round the forearm, clear of the hand; the hammer's ring
    # read as cranking (the arm bike, review V): its close-up carries the arrow instead.
    (roll,) = [m for m in bare.marks if m.kind is MarkKind.ROLL]
    assert roll.dx <= -0.05
    assert not any(m.kind is MarkKind.ROLL for m in hammer.marks)


def test_fire_hydrant_greys_the_far_limbs(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("fire-hydrant").figure
    assert spec.far_grey
    assert (spec.end.shorten or {}).get("right_thigh", 1.0) < 0.6  # the knee out toward you
