"""Pictures the ninth to twelfth blind naming tests (issue 13) read wrong or without confidence,
redrawn, and the bugs found on the way: each test fails if the picture slid back."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import body
from rehab_planner.figures.body import point_radius
from rehab_planner.figures.feet import mat_outline
from rehab_planner.figures.primitives import BLACK, Circle, Shape
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.figures.trunk import front_outline, widths
from rehab_planner.model.figure import FigureSpec, MarkKind, PropKind, View
from rehab_planner.model.figure_vocab import ArrowKind, BasePosition, Focus, Hand

SIDE_LYING = ["side-lying-leg-lift", "clamshell", "side-lying-double-leg-lift", "side-lying-arm-raise",
              "side-lying-outward-turn", "side-lying-bottom-leg-lift"]


@pytest.mark.parametrize("exercise_id", SIDE_LYING)
def test_side_lying_trunk_lies_flat_on_the_mat_dipping_at_the_waist_on_top(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # Pinched on both sides the trunk read as two blocks (a bow tie) floating over the mat, and
    # the body as lying on the back or the stomach.
    _, poses = placed_poses(library.get(exercise_id).figure)
    sk = poses[0]
    shoulder_r, shoulder_l = (sk.points[f"{s}_shoulder"] for s in ("right", "left"))
    low, high = ("left", "right") if shoulder_l[1] < shoulder_r[1] else ("right", "left")
    outline = front_outline(sk, on_side=True)
    # The outline runs right shoulder, left shoulder, chest, waist, hip, right hip, waist, chest.
    sides = {"left": list(outline[1:5]), "right": [outline[0], outline[7], outline[6], outline[5]]}
    bottom = sides[low]
    # The lower side is level: its hip reaches down as far as its shoulder, the waist between.
    assert bottom[3][1] == pytest.approx(bottom[0][1], abs=1e-6)
    assert all(abs(p[1] - bottom[0][1]) < 0.02 for p in bottom)
    # The top side dips at the waist: lower than the top shoulder and the top hip.
    top = sides[high]
    assert top[2][1] < top[0][1] - 0.05 and top[2][1] < top[3][1]
    # And the picture draws it so: the trunk's bottom edge is level.
    trunks = [i for i in render_exercise(library.get(exercise_id)).items
              if isinstance(i, Shape) and i.fill == BLACK and len(i.points) == 8]
    levels = sorted(p[1] for p in trunks[-1].points)
    span = levels[-1] - levels[0]
    assert levels[3] - levels[0] < 0.08 * span or levels[-1] - levels[-4] < 0.08 * span


def test_lying_on_the_back_seen_from_above_keeps_a_waist_on_both_sides(library) -> None:  # type: ignore[no-untyped-def]
    # Only a body lying on its side rests one side flat; seen from above both sides curve in.
    spec = library.get("hip-slide-out").figure
    _, (sk, _) = placed_poses(spec)
    outline = front_outline(sk)
    assert outline != front_outline(sk, on_side=True)
    pelvis, neck = sk.points["pelvis"], sk.points["neck"]
    axis = (neck[0] - pelvis[0], neck[1] - pelvis[1])
    # The waist points (3 and 6) lie on either side of the trunk's middle line, both pinched in.
    for k in (3, 6):
        x, y = outline[k]
        length = (axis[0] ** 2 + axis[1] ** 2) ** 0.5
        across = abs((x - pelvis[0]) * axis[1] - (y - pelvis[1]) * axis[0]) / length
        assert across < 0.5 * widths(outline, pelvis, neck)["chest"]
    drawn = [i for i in body.draw(sk, BLACK, "right", set()) if isinstance(i, Shape) and i.fill == BLACK]
    assert any(i.points == outline for i in drawn)


def test_a_body_seen_from_the_feet_lies_on_the_mat_with_the_mat_past_its_head(library) -> None:  # type: ignore[no-untyped-def]
    # The mat ended at the shoulders: the head rose over its far edge like a person standing
    # behind a table (the cane outward turn read as standing at a bar).
    figures = {i: library.get(i).figure for i in library.exercises}
    ids = [i for i, spec in figures.items() if spec is not None and spec.view is View.FEET]
    assert len(ids) >= 5
    for exercise_id in ids:
        _, poses = placed_poses(figures[exercise_id])
        for sk in poses:
            far = max(p[1] for p in mat_outline(sk))
            assert far > sk.points["head"][1] + 0.1, exercise_id


def test_the_cane_outward_turn_lies_with_the_knees_bent_seen_from_above_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("cane-outward-turn").figure
    assert spec.base is BasePosition.HOOK_LYING and spec.view is View.FEET


def test_the_side_step_down_lowers_the_free_foot_with_one_arrow_down(library) -> None:  # type: ignore[no-untyped-def]
    # An up-and-down arrow by the free foot read as a hip hike on a step.
    spec = library.get("step-down").figure
    assert spec.view is View.FRONT
    assert spec.arrow is not ArrowKind.NONE and not any(m.both_ways for m in spec.marks)
    _, (start, end) = placed_poses(spec)
    # The free foot starts level with the standing foot (off the step's side) and ends lower.
    assert start.points["left_heel"][1] == pytest.approx(start.points["right_heel"][1], abs=0.05)
    assert end.points["left_heel"][1] < end.points["right_heel"][1] - 0.15
    # The whole body lowers: the standing knee bends.
    assert end.points["head"][1] < start.points["head"][1] - 0.1


def test_side_lying_figures_show_a_face(library) -> None:  # type: ignore[no-untyped-def]
    # Without eyes a side-lying body read as lying face down.
    for exercise_id in SIDE_LYING:
        spec: FigureSpec = library.get(exercise_id).figure
        assert spec.start is not None and spec.start.head_turn, exercise_id


def test_lean_on_a_table_rocks_upright_with_the_hands_kept_on_the_table(library) -> None:  # type: ignore[no-untyped-def]
    # Leaning far out from the feet, the hands sliding along the table, it read as a push-up on
    # a counter (blind test #9).
    spec = library.get("table-weight-shift").figure
    _, (start, end) = placed_poses(spec)
    (hs, he), (fs, fe) = ((p.points[k] for p in (start, end)) for k in ("right_hand", "right_ankle"))
    assert abs(he[1] - hs[1]) < 0.02 and abs(he[0] - hs[0]) < 0.12  # the hands stay on the top
    assert fe == pytest.approx(fs, abs=0.03)  # the feet stay put
    assert end.points["head"][0] - start.points["head"][0] > 0.1  # the body rocks forward
    assert end.points["head"][0] - fe[0] < 0.5  # standing close, not leaning out over the feet
    (rock,) = spec.marks
    assert rock.kind is MarkKind.MOVE and rock.both_ways and rock.direction == 0


@pytest.mark.parametrize("exercise_id", ["hip-slide-out", "band-hip-out-lying"])
def test_seen_from_above_the_body_stays_put_while_a_leg_slides_out(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The leg sliding out went down the picture, was taken for sinking into the floor and the
    # whole end pose was lifted: the start drew as a second body beside the first.
    spec = library.get(exercise_id).figure
    floor, poses = placed_poses(spec)
    start, end = poses
    for point in ("pelvis", "head", "neck"):
        assert end.points[point] == pytest.approx(start.points[point], abs=1e-6), point
    # The mat lies under every pose, the leg slid out too.
    (mat,) = static_prop(spec.props[0], start, poses, floor, from_above=True)
    assert isinstance(mat, Shape)
    ys = [p[1] for p in mat.points]
    assert min(ys) < min(p[1] for sk in poses for p in sk.points.values())


def test_the_front_plank_is_a_straight_line_on_the_toes_and_forearms(library) -> None:  # type: ignore[no-untyped-def]
    # With the knees bent low it read as lying propped on the elbows (blind test #11).

    ground, (sk,) = placed_poses(library.get("front-plank").figure)
    p = sk.points
    for point in ("right_toe", "right_elbow"):
        assert p[point][1] - point_radius(point) == pytest.approx(ground, abs=0.01), point
    assert p["pelvis"][1] - ground > 0.15  # the hips are off the mat
    # Heels, hips and shoulders in one line; the upper arm upright, the forearm flat.
    heel, hip, shoulder = p["right_heel"], p["pelvis"], p["right_shoulder"]
    across = ((hip[0] - heel[0]) * (shoulder[1] - heel[1]) - (hip[1] - heel[1]) * (shoulder[0] - heel[0]))
    assert abs(across) / math.dist(heel, shoulder) < 0.04
    upper = math.degrees(math.atan2(p["right_elbow"][1] - shoulder[1], p["right_elbow"][0] - shoulder[0]))
    assert upper == pytest.approx(-90, abs=8)
    assert abs(p["right_hand"][1] - p["right_elbow"][1]) < 0.04


# (The one leg stand with head turns is seen from the front since stop 32: test_redraws32.)
# (The one leg stand lifts its near, right leg since stop 40.)
@pytest.mark.parametrize(("exercise_id", "side"), [("one-leg-stand", "right"),
                                                   ("one-leg-ball-toss", "left")])
def test_standing_on_one_leg_lifts_the_other_knee_in_front(library, exercise_id: str, side: str) -> None:  # type: ignore[no-untyped-def]
    # The foot lifted up behind the knee read as a standing knee curl (blind test #10).
    ground, poses = placed_poses(library.get(exercise_id).figure)
    for sk in poses:
        p = sk.points
        assert p[f"{side}_knee"][0] - p[f"{side}_hip"][0] > 0.15  # the figure faces right
        assert p[f"{side}_ankle"][1] - ground > 0.15


def test_the_band_push_down_shows_the_bent_elbow_solid_then_pushes_down(library) -> None:  # type: ignore[no-untyped-def]
    # Whole and small, the bent elbow's short forearm hid behind the band: it read as the band
    # straight arms back (blind test #11); level at the waist it still did (#24): the hand
    # starts up at the chest, in front of the elbow. Cut to the upper body it was still read as
    # the straight arms back (full review, stop 31), even with the upper arm shaded: two
    # numbered steps now, the bent elbow solid in the first.
    first, second = library.get("band-push-down").figure.panels()
    assert first.focus is Focus.UPPER_BODY and first.end is None
    _, (start,) = placed_poses(first)
    _, (_, end) = placed_poses(second)
    elbow, hand = start.points["right_elbow"], start.points["right_hand"]
    assert hand[1] - elbow[1] > 0.1 and hand[0] - elbow[0] > 0.08  # up and out in front
    assert end.points["right_hand"][1] < end.points["right_elbow"][1] - 0.15  # straight down


def test_the_one_leg_ball_toss_lets_go_of_the_ball(library) -> None:  # type: ignore[no-untyped-def]
    # Held in the fists at arm's length by the wall it read as ball circles on a wall, with
    # high confidence (blind test #11).
    spec = library.get("one-leg-ball-toss").figure
    assert spec.hands["right"] is Hand.OPEN
    (ball,) = [p for p in spec.props if p.kind.value == "ball"]
    assert ball.dx is not None and ball.dx >= 0.15  # out past the fingers, on its way


def test_the_lying_butterfly_is_seen_past_the_feet_with_the_soles_together(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from above the legs folded out of sight in a small body.
    spec = library.get("lying-butterfly-stretch").figure
    assert spec.view is View.FEET
    _, (sk,) = placed_poses(spec)
    p = sk.points
    assert abs(p["left_ankle"][0] - p["right_ankle"][0]) < 0.15  # the soles together
    assert abs(p["left_knee"][0] - p["right_knee"][0]) > 0.6  # both knees fallen open


def test_a_neck_turn_lying_down_shows_the_whole_body_on_the_mat(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("neck-turns-lying").figure
    assert spec.focus is None and spec.base is BasePosition.LYING_ON_BACK


# The side-lying outward turn's head pillow is gone: since stop 40 its head rests on the bottom
# hand (tests/figures/test_redraws40.py).
# The arm lift face down is seen from past the feet since review II (test_redraws41.py).
@pytest.mark.parametrize("exercise_id", ["prone-lying", "prone-hip-extension"])
def test_a_pillow_under_a_lying_body_rests_on_the_surface(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # A pillow hung in the air between the belly and the mat.
    spec = library.get(exercise_id).figure
    ground, poses = placed_poses(spec)
    (pillow,) = [p for p in spec.props if p.kind is PropKind.PILLOW]
    (shape,) = static_prop(pillow, poses[0], poses, ground)
    assert isinstance(shape, Shape)
    assert min(p[1] for p in shape.points) == pytest.approx(ground, abs=0.01)


def test_the_arm_lift_lying_face_down_prints_cropped_wide_not_cut_at_the_hips(library) -> None:  # type: ignore[no-untyped-def]
    # Whole in the standard box, the few inches of lift were a few pixels at the picture's edge
    # (blind test #10); a close-up of the upper body then cut the legs to a stub (audit of stop
    # 37). The whole body lying on its bed is cropped and printed wide, as the handout prints
    # every lying figure, which shows the lift larger than the close-up did.
    from rehab_planner.figures.crop import hugs

    spec = library.get("prone-arm-lift").figure
    assert spec.focus is not Focus.UPPER_BODY and hugs(spec)


def test_the_grapevine_crosses_the_legs_in_an_x_with_both_feet_down(library) -> None:  # type: ignore[no-untyped-def]
    # The crossing foot landing beside the other one hid the cross (read as side stepping).
    ground, (_, end) = placed_poses(library.get("grapevine-walk").figure)
    p = end.points
    assert p["right_hip"][0] < p["left_hip"][0]  # seen from the front: the right hip on the left
    assert p["right_ankle"][0] > p["left_ankle"][0] + 0.15  # the right foot lands past the left
    assert max(p["right_ankle"][1], p["left_ankle"][1]) - ground < 0.12  # both feet down


def test_the_hug_and_round_rounds_the_upper_back_not_a_forward_bend(library) -> None:  # type: ignore[no-untyped-def]
    # Leaning the whole trunk forward, the arms straight, it read as the sitting forward bend.
    _, (_, hug) = placed_poses(library.get("upper-back-round-stretch").figure)
    _, (_, bend) = placed_poses(library.get("seated-forward-bend").figure)
    h, b = hug.points, bend.points
    assert abs(h["mid_back"][0] - h["pelvis"][0]) < 0.05  # the low back stays upright
    assert h["neck"][0] - h["mid_back"][0] > 0.1  # the upper back rounds forward
    assert h["right_hand"][1] > h["pelvis"][1] + 0.1  # the arms reach forward, not down
    assert b["right_hand"][1] < b["pelvis"][1]  # the forward bend's arms hang down
    assert (library.get("upper-back-round-stretch").figure.end.elbows or 0) >= 30  # a hug


def test_the_forward_arm_raise_has_a_plain_hand_not_a_thumb(library) -> None:  # type: ignore[no-untyped-def]
    # A fist's crease read as a thumbs-up (the thumbs-up arm raise, blind test #12); so did the
    # open hand's thumb (reviews U and V): the hand is now the arm's plain end.
    assert "right" not in library.get("arm-raise-forward").figure.hands


def test_the_side_plank_rests_on_the_forearm_and_the_stacked_feet(library) -> None:  # type: ignore[no-untyped-def]
    # With the legs apart it read as a front plank, with high confidence (blind test #12); the
    # forearm and the feet floated over the mat.
    ground, (sk,) = placed_poses(library.get("side-plank").figure)
    p = sk.points
    assert abs(p["right_ankle"][1] - p["left_ankle"][1]) < 0.06  # one foot on top of the other
    for point in ("left_elbow", "left_toe"):
        assert p[point][1] - point_radius(point) == pytest.approx(ground, abs=0.01), point
    assert p["pelvis"][1] - ground > 0.15  # the hips lift


@pytest.mark.parametrize("exercise_id", ["heel-lower-step-bent", "heel-lower-step-straight"])
def test_the_heel_lower_arrow_runs_beside_the_calf_to_the_heel(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # An arrow from the heel down to the floor read as stepping down off the step (blind test #12):
    # the arrow starts up beside the heel, so its head ends just under it. Since review #29 it is
    # drawn in a close-up (of the foot, since stop 35 of the legs), a short way up.
    spec = library.get(exercise_id).figure
    (mark,) = spec.marks
    assert mark.kind is MarkKind.MOVE and mark.at == "right_heel" and mark.direction == -90
    assert str(spec.focus) == "legs" and (mark.dy or 0) >= 0.05


def test_the_pedal_exerciser_shows_the_pedals_round_path(library) -> None:  # type: ignore[no-untyped-def]
    # A small frame with a round arrow at one foot read as ankle circles (blind test #10).

    spec = library.get("pedal-exerciser").figure
    ground, poses = placed_poses(spec)
    pedals = next(p for p in spec.props if p.kind is PropKind.PEDALS)
    rings = [i for i in static_prop(pedals, poses[0], poses, ground)
             if isinstance(i, Circle) and i.fill is None]
    (ring,) = rings
    for side in ("right", "left"):
        ankle, toe = poses[0].points[f"{side}_ankle"], poses[0].points[f"{side}_toe"]
        pedal = ((ankle[0] + toe[0]) / 2, min(ankle[1], toe[1]) - 0.03)
        assert math.dist(pedal, ring.center) == pytest.approx(ring.radius, abs=0.01)


def test_the_mini_squat_keeps_the_hands_on_the_counter_and_follows_the_hips(library) -> None:  # type: ignore[no-untyped-def]
    # The hands off the counter and a straight arrow out of the buttock read as a leg reaching
    # back: a back lunge (blind test #12).

    spec = library.get("mini-squat").figure
    _, (start, end) = placed_poses(spec)
    assert math.dist(start.points["right_hand"], end.points["right_hand"]) < 0.08
    # The arrow: straight down behind the hips (one curving back from them read as the lean on a
    # table and rock in blind test #16).
    (mark,) = spec.marks
    assert spec.arrow is ArrowKind.NONE and mark.kind is MarkKind.MOVE and mark.direction == -90
    assert end.points["pelvis"][0] < start.points["pelvis"][0]  # the hips go back
    assert end.points["pelvis"][1] < start.points["pelvis"][1]  # and down


def test_the_radial_nerve_glide_bends_an_open_hand_at_the_wrist(library) -> None:  # type: ignore[no-untyped-def]
    # A fist at the end of the straight arm read as a ball (the band straight arms back). The
    # wrist curls, as the steps say: with the palm facing behind, the hand bends back toward the
    # palm (a positive angle bends it the other way, the wrist bent back; found in stop 32).
    spec = library.get("radial-nerve-glide").figure
    assert spec.hands["right"] is Hand.OPEN
    assert spec.end is not None and (spec.end.right_wrist or 0) <= -60
