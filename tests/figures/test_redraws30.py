"""Figures redrawn after the second full review (issue 13, stop 30)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.primitives import BLACK, WHITE, Label, Shape, Stroke
from rehab_planner.figures.props import FRAME_W, ROPE_OVER, static_prop
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.model.figure import Mark, MarkKind, Muscle, PropKind, View
from rehab_planner.model.vocab import Movement


def _frame(picture) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """The close-up's white frame (x0, y0, x1, y1) in a zoomed picture."""
    (frame,) = [i for i in picture.items if isinstance(i, Shape) and i.fill is None
                and i.width == FRAME_W and len(i.points) == 4]
    xs, ys = [p[0] for p in frame.points], [p[1] for p in frame.points]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("exercise_id", ["toe-raises", "step-calf-stretch"])
def test_standing_foot_exercises_show_the_whole_person_and_a_foot_close_up(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # A lone lower leg read as a seated or lying ankle move (review #29): the whole person
    # stands at the counter, the foot large in a close-up.
    spec = library.get(exercise_id).figure
    assert spec.focus is None and str(spec.zoom) == "foot"
    assert {p.kind for p in spec.props} & {PropKind.COUNTER, PropKind.RAIL}  # what the steps hold
    picture = render_spec(spec)
    x0, y0, x1, y1 = _frame(picture)
    # the close-up sits in a top corner off the body (the corner above the feet hid the body of
    # a person standing at a counter): no line of the whole figure's body runs under it
    back = next(k for k, i in enumerate(picture.items)
                if isinstance(i, Shape) and i.fill == WHITE and i.width == FRAME_W)
    body = [p for i in picture.items[:back] if isinstance(i, Stroke) and i.color == BLACK
            for p in i.points]
    assert body and not [p for p in body if x0 < p[0] < x1 and y0 < p[1] < y1]


def test_the_toe_raise_lifts_the_toes_with_the_heels_down(library) -> None:  # type: ignore[no-untyped-def]
    _, (start, end) = placed_poses(library.get("toe-raises").figure)
    assert end.points["right_heel"] == pytest.approx(start.points["right_heel"], abs=0.02)
    assert end.points["right_toe"][1] > start.points["right_toe"][1] + 0.05


@pytest.mark.parametrize("exercise_id", ["heel-lower-step-straight", "heel-lower-step-bent"])
def test_the_slow_heel_lowers_show_the_heel_past_the_step_in_a_close_up(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The whole figure alone drew the step too small to see the heel sink past its edge. Since
    # stop 35 the legs fill the picture (test_redraws35.py).
    spec = library.get(exercise_id).figure
    assert str(spec.focus) == "legs"
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "right_heel" and move.direction == -90
    # the arrow sits beside the heel in the close-up, not far off in the air
    assert math.hypot(move.dx, move.dy) < 0.12


def test_a_mark_at_a_point_the_close_up_shows_goes_into_the_close_up(library) -> None:  # type: ignore[no-untyped-def]
    # A ring at the heel of a zoomed foot: its word is drawn in the close-up, not left in the
    # whole figure (where it covered the line to the close-up).
    spec = library.get("step-calf-stretch").figure
    ring = Mark.model_validate({"kind": "ring", "at": "right_heel"})
    picture = render_spec(spec.model_copy(update={"marks": [ring]}))
    x0, y0, x1, y1 = _frame(picture)
    (word,) = [i for i in picture.items if isinstance(i, Label) and i.text == "stretch"]
    assert x0 <= word.at[0] <= x1 and y0 <= word.at[1] <= y1


def test_the_side_lunge_bends_the_stepping_knee_into_an_l(library) -> None:  # type: ignore[no-untyped-def]
    # Both legs nearly straight in a wide stance read as side stepping (review #29).
    _, (start, end) = placed_poses(library.get("side-lunge").figure)
    p = end.points
    hip, knee, ankle = p["right_hip"], p["right_knee"], p["right_ankle"]
    thigh = math.degrees(math.atan2(abs(knee[1] - hip[1]), abs(knee[0] - hip[0])))
    assert thigh < 30  # the thigh out toward level
    assert abs(knee[0] - ankle[0]) < 0.06  # the shin upright under the knee
    low = [min(p[f"{s}_toe"][1], p[f"{s}_heel"][1]) for s in ("left", "right")]
    assert abs(low[0] - low[1]) < 0.03  # both feet on the floor
    assert p["pelvis"][1] < start.points["pelvis"][1] - 0.15  # the hips sink


def test_the_jump_rope_arcs_over_the_head_from_hand_to_hand(library) -> None:  # type: ignore[no-untyped-def]
    # A rope drawn taut from the hands under the feet read as a band stood on (review #29).
    spec = library.get("jump-rope").figure
    (rope,) = [p for p in spec.props if p.kind is PropKind.ROPE]
    assert PropKind.STRAP not in {p.kind for p in spec.props}
    floor, (pose,) = placed_poses(spec)
    (arc,) = [i for i in static_prop(rope, pose, [pose], floor) if isinstance(i, Stroke)]
    top = max(y for _, y in arc.points)
    assert top > pose.points["head"][1] + ROPE_OVER * 0.9
    ends = (arc.points[0], arc.points[-1])
    for hand in ("left_hand", "right_hand"):
        assert min(math.dist(e, pose.points[hand]) for e in ends) < 0.08


def test_the_wrist_stretch_down_holds_the_arm_out_the_fingers_down(library) -> None:  # type: ignore[no-untyped-def]
    # A bent elbow with the other hand pressing merged both hands into one dark blob that read
    # as a grip (review #29, WRONG): the arm straight out, the wrist bent down, the stretch
    # shaded on the top of the forearm, an arrow pressing the back of the hand toward the body.
    exercise = library.get("wrist-stretch-down")
    spec = exercise.figure
    _, (pose,) = placed_poses(spec)
    p = pose.points
    assert p["right_hand"][1] < p["right_wrist"][1] - 0.05  # the fingers point to the floor
    assert abs(p["right_wrist"][1] - p["right_shoulder"][1]) < 0.08  # the arm out level
    assert math.dist(p["left_hand"], p["right_hand"]) > 0.3  # no second hand on it
    (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
    assert push.at == "right_hand" and push.direction == 180
    (ring,) = [m for m in spec.marks if m.kind is MarkKind.RING]
    assert ring.muscle is Muscle.FOREARM_BACK_SIDE
    assert "straight out in front" in exercise.steps[0]


@pytest.mark.parametrize("exercise_id", ["wrist-stretch-up", "wrist-stretch-down"])
def test_wrist_stretches_with_the_arm_held_out_count_as_lifting_the_arm(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # Holding the arm straight out in front lifts it by its own muscles: a sling's precaution
    # must flag it.
    assert Movement.ACTIVE_SHOULDER_ELEVATION in library.get(exercise_id).movements


def test_the_forward_lunge_steps_then_sinks_in_two_panels(library) -> None:  # type: ignore[no-untyped-def]
    # Stepping and sinking in one frame read as a walking step or a table rock (blind test #22).
    step, sink = library.get("forward-lunge").figure.panels()
    _, (s0, s1) = placed_poses(step)
    assert math.dist(s0.points["left_ankle"], s0.points["right_ankle"]) < 0.05  # feet together
    assert s1.points["right_ankle"][0] - s0.points["right_ankle"][0] > 0.3  # one foot steps forward
    _, (k0, k1) = placed_poses(sink)
    assert k1.points["pelvis"][1] < k0.points["pelvis"][1] - 0.04  # the body sinks (a little)
    for side in ("left", "right"):  # the feet stay where the step put them
        assert k1.points[f"{side}_toe"] == pytest.approx(k0.points[f"{side}_toe"], abs=0.03)
    assert k1.points["left_heel"][1] > k1.points["left_toe"][1] + 0.03  # the back heel up


@pytest.mark.parametrize("exercise_id", ["side-lying-leg-lift", "side-lying-bottom-leg-lift",
                                         "side-lying-double-leg-lift", "clamshell"])
def test_side_lying_top_hand_rests_on_the_hip_not_on_the_mat(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The top hand planted on the mat in front stood up from the trunk like a bent knee: the
    # figure read as lying on the back (blind test #22, review #29).
    _, (start, *_) = placed_poses(library.get(exercise_id).figure)
    p = start.points
    assert p["right_hand"][1] > p["pelvis"][1]  # up by the top hip, not down on the mat
    assert abs(p["right_hand"][0] - p["right_hip"][0]) < abs(p["right_shoulder"][0] - p["right_hip"][0])


def test_the_hip_hike_arrow_is_at_the_hip_that_lifts(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("hip-hike").figure
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "left_hip" and move.direction == 90
    _, (start, end) = placed_poses(spec)
    assert end.points["left_hip"][1] > start.points["left_hip"][1] + 0.03


def test_the_half_step_stand_is_seen_from_the_side_one_foot_half_a_step_ahead(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from the front like the feet together stand, the half step read as feet together
    # with high confidence (blind test #23).
    half, together = library.get("half-step-stand").figure, library.get("feet-together-stand").figure
    assert half.view is View.SIDE and together.view is View.FRONT
    _, (pose,) = placed_poses(half)
    ahead = pose.points["right_heel"][0] - pose.points["left_heel"][0]
    assert 0.08 <= ahead <= 0.2  # about half a foot, not a whole step


def test_lying_on_the_stomach_the_leg_lift_folds_the_arms_under_the_forehead(library) -> None:  # type: ignore[no-untyped-def]
    # An arm lying along the side looked like a thigh, the pillow under it like a roll under a
    # knee: the picture read as a knee straighten lying on the back (blind test #23).
    _, (start, _) = placed_poses(library.get("prone-hip-extension").figure)
    p = start.points
    for side in ("left", "right"):
        assert math.dist(p[f"{side}_hand"], p["head"]) < 0.3  # by the head, not along the side
        assert abs(p[f"{side}_elbow"][0] - p["pelvis"][0]) > abs(p["head"][0] - p["pelvis"][0])


def test_the_standing_side_leg_lift_band_rounds_the_lower_legs_not_under_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    # Cuffed at the ankles the band lay along the floor like a slider board (blind test #23).
    spec = library.get("band-standing-side-leg-lift").figure
    (band,) = [p for p in spec.props if p.kind is PropKind.BAND]
    assert {band.at, band.to} == {"right_shin", "left_shin"}
    _, (_, end) = placed_poses(spec)
    assert end.points["right_shin"][1] - end.points["right_toe"][1] > 0.1  # well off the floor


def test_the_reacher_grips_a_cup_and_is_drawn_only_in_the_end_hand(library) -> None:  # type: ignore[no-untyped-def]
    # A faded second reacher from the start hand and a small box at the tip read as a band
    # anchored low, both strands pulled: a band row (blind test #24).
    from rehab_planner.figures.props import PROP_DARK, REACHER_CUP, attached_prop

    spec = library.get("reaching-low-with-tools").figure
    (reacher,) = [p for p in spec.props if p.kind is PropKind.REACHER]
    floor, (start, end) = placed_poses(spec)
    assert attached_prop(reacher, start, start, floor, faded=True) == []
    items = attached_prop(reacher, end, start, floor, faded=False)
    mouths = [i for i in items if isinstance(i, Shape) and i.fill == PROP_DARK]
    assert len(mouths) == 1  # the cup's open mouth
    top = max(p[1] for p in mouths[0].points)
    assert floor + REACHER_CUP * 0.8 < top < floor + REACHER_CUP * 1.3  # a cup standing on the floor


def test_the_band_push_down_starts_with_the_hands_up_at_the_chest(library) -> None:  # type: ignore[no-untyped-def]
    # A forearm level at the waist read as a straight arm held forward: the straight arms back
    # (blind test #24). The elbows stay at the sides; only the forearms move.
    first, second = library.get("band-push-down").figure.panels()  # two steps since stop 31
    _, (start,) = placed_poses(first)
    _, (_, end) = placed_poses(second)
    s, e = start.points, end.points
    assert s["right_hand"][1] > s["right_elbow"][1] + 0.1  # the hand up above the elbow
    assert math.dist(s["right_elbow"], e["right_elbow"]) < 0.03  # the elbow stays put
    assert e["right_hand"][1] < e["right_elbow"][1] - 0.2  # pushed straight down
