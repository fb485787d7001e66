"""Figures redrawn in stop 40, after full reviews X to EE: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import body, render
from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.primitives import START_GREY, Label, item_bounds
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library
from rehab_planner.model.figure import BasePosition, MarkKind
from rehab_planner.model.figure_vocab import PropKind


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


@pytest.mark.parametrize("exercise_id", ["side-lying-leg-lift", "side-lying-bottom-leg-lift",
                                         "side-lying-outward-turn", "side-lying-arm-raise"])
def test_lying_on_the_side_the_head_rests_on_the_bottom_hand(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # With the head on the straight bottom arm, the straight legs one over the other read as two
    # legs side by side on the back: the straight leg raise (reviews X, Z and AA), lying face
    # down (Y), the punch up lying on the back (X), the cane raise lying down (AA, CC). Now the
    # bottom elbow rests on the mat past the head and its hand holds the head up.
    spec = library.get(exercise_id).figure
    ground, poses = placed_poses(spec)
    for sk in poses:
        p = sk.points
        head_dir = 1.0 if p["head"][0] > p["pelvis"][0] else -1.0
        assert (p["left_elbow"][0] - p["head"][0]) * head_dir > HEAD_R  # past the head
        assert p["left_elbow"][1] - ground < 0.06  # on the mat
        assert math.dist(p["left_hand"], p["head"]) < 2 * HEAD_R  # holding the head
        assert p["left_hand"][1] > p["left_elbow"][1] + 0.15  # the forearm stands up
        assert p["head"][1] > p["neck"][1]  # the head held up, not hanging to the mat
    assert not any(pr.kind is PropKind.PILLOW and pr.at == "head" for pr in spec.props)


def test_the_arm_back_lying_face_down_holds_no_weight(library) -> None:  # type: ignore[no-untyped-def]
    # The weight seen end-on in the hand at the hip looked like a bent elbow: the arm back read
    # as the row, with high confidence (review BB). Its steps add a weight only "later".
    spec = library.get("prone-arm-back").figure
    assert not [p for p in spec.props if p.kind is PropKind.WEIGHT]
    assert not spec.hands
    row = library.get("prone-row").figure
    assert [p for p in row.props if p.kind is PropKind.WEIGHT]  # the row keeps its weight
    _, (start, end) = placed_poses(spec)
    for pose in (start, end):  # straight arm in both poses
        p = pose.points
        upper = math.dist(p["right_shoulder"], p["right_elbow"])
        fore = math.dist(p["right_elbow"], p["right_hand"])
        assert math.dist(p["right_shoulder"], p["right_hand"]) == pytest.approx(upper + fore, rel=0.01)


def test_the_elbow_bend_draws_its_hanging_start_arm_over_the_trunk(library) -> None:  # type: ignore[no-untyped-def]
    # At 15 degrees forward the start arm hid behind the solid body, and the arc from the hand
    # at the seat up to the shoulder read as the sitting forward bend (review BB). Hanging near
    # under the shoulder, the start arm's outline is drawn again over the end pose.
    spec = library.get("elbow-bend-straighten").figure
    _, placed = placed_poses(spec)
    assert render._start_arm_on_top(spec, placed, START_GREY)


@pytest.mark.parametrize(("exercise_id", "contacts"), [
    ("knee-push-up", ("right_knee", "right_hand")), ("push-up", ("right_toe", "right_hand"))])
def test_push_ups_keep_both_ends_on_the_mat_in_every_pose(library, exercise_id: str,  # type: ignore[no-untyped-def]
                                                          contacts: tuple[str, str]) -> None:
    # Lowered, the hands reached below the mat and the whole end pose was lifted off it: the
    # knees floated over the mat, and the knee push-up read as the push-up on the toes (AA, CC).
    spec = library.get(exercise_id).figure
    ground, poses = placed_poses(spec)
    for pose in poses:
        for point in contacts:
            assert pose.points[point][1] - ground < 0.06, (point, pose.points[point])


# Sitting figures whose feet leave the floor on purpose: a toe on a towel or a ball, a leg lifted
# into a car or a tub, a foot into the sock aid.
FEET_OFF = {"towel-toe-scrunch", "foot-roll-ball", "car-transfer", "tub-transfer", "sock-aid"}


def test_sitting_figures_keep_their_feet_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # The hug and round stretch tipped its trunk back and its thighs rose with it, the feet off
    # the floor (stop 40).
    for exercise in library:
        if exercise.id in FEET_OFF or exercise.figure is None:
            continue
        for spec in exercise.figure.panels():
            if spec.base is not BasePosition.SITTING or spec.view.value == "feet":
                continue
            ground, poses = placed_poses(spec)
            for pose in poses:
                assert body.lowest(pose) - ground < 0.01, exercise.id


def test_the_bent_knee_fall_out_shows_the_still_knee_bent(library) -> None:  # type: ignore[no-untyped-def]
    # From past the feet a knee bent straight up draws as one straight line: the still leg
    # looked straight and the fall-out read as the heel slide with tummy tighten (AA, CC). A
    # little out, the still leg's knee stands off the line from its hip to its foot.
    spec = library.get("bent-knee-fall-out").figure
    _, poses = placed_poses(spec)
    for pose in poses:
        p = pose.points
        (hx, hy), (kx, ky), (ax, ay) = p["left_hip"], p["left_knee"], p["left_ankle"]
        off = abs((ax - hx) * (ky - hy) - (ay - hy) * (kx - hx)) / math.dist((hx, hy), (ax, ay))
        assert off > 0.04, off


def test_the_one_leg_stand_lifts_the_near_foot_in_front(library) -> None:  # type: ignore[no-untyped-def]
    # The far foot lifted in dark grey, its shin sloping back behind the standing leg, read as
    # the standing knee curl with high confidence (review CC). The near foot lifts in front, the
    # shin hanging nearly straight down from the knee.
    spec = library.get("one-leg-stand").figure
    assert not spec.far_grey
    ground, (pose,) = placed_poses(spec)
    p = pose.points
    assert p["right_ankle"][1] - ground > 0.15  # off the floor
    assert p["left_ankle"][1] - ground < 0.08  # standing on the other foot
    assert p["right_ankle"][0] > p["left_ankle"][0] + 0.15  # in front of the standing foot
    assert p["right_ankle"][0] >= p["right_knee"][0] - 0.02  # the shin does not slope back


def test_the_sideways_table_slide_sits_on_a_stool_seen_from_behind(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from the front, even with the chair's top rail above the shoulders (CC, DD), it read as
    # the table slide with high confidence (SS, TT). From behind, on a stool (a chair's back would
    # hide the body), the arm slides out to the side along the table, the hand on it.
    spec = library.get("table-slide-sideways").figure
    assert spec.view.value == "back"
    kinds = {p.kind for p in spec.props}
    assert PropKind.STOOL in kinds and PropKind.CHAIR not in kinds
    ground, poses = placed_poses(spec)
    (table,) = [p for p in spec.props if p.kind is PropKind.COUNTER]
    top = max(item_bounds(i)[3] for i in static_prop(table, poses[-1], poses, ground))
    hand = poses[-1].points["right_hand"]
    assert abs(hand[1] - top) < 0.08  # the hand rests on the table top
    assert hand[0] > poses[-1].points["right_shoulder"][0] + 0.3  # out to the side


def test_the_band_row_sitting_on_the_floor_has_no_mat(library) -> None:  # type: ignore[no-untyped-def]
    # A mat's long thin box under the straight legs looked like a rowing machine's rail: the
    # band row read as the rowing machine (review DD). The steps say: sit on the floor.
    spec = library.get("band-row-sitting").figure
    assert "floor" in library.get("band-row-sitting").steps[0]
    assert not [p for p in spec.props if p.kind in (PropKind.MAT, PropKind.BED)]
    ground, poses = placed_poses(spec)
    assert ground == 0.0
    assert all(body.lowest(pose) == pytest.approx(0.0, abs=0.01) for pose in poses)


def test_the_heel_prop_shows_a_stretch_not_a_press(library) -> None:  # type: ignore[no-untyped-def]
    # An arrow pressing the knee down read as the thigh tighten (quad set), which presses the
    # knee down; the heel prop lets it sag (BB, CC, DD hedged between the two).
    prop = library.get("heel-prop").figure
    assert not [m for m in prop.marks if m.kind is MarkKind.PUSH]
    assert [m for m in prop.marks if m.kind is MarkKind.RING and m.at == "right_knee"]
    items = render.render_spec(prop).items
    assert any(isinstance(i, Label) and i.text == "stretch" for i in items)
    quad = library.get("quad-set").figure
    assert [m for m in quad.marks if m.kind is MarkKind.SQUEEZE]


def test_the_standing_posture_arrow_starts_above_the_head(library) -> None:  # type: ignore[no-untyped-def]
    # A push arrow ending above the head ran its shaft over the head and hid it (stop 40).
    spec = library.get("standing-posture").figure
    (mark,) = spec.marks
    assert mark.kind is MarkKind.MOVE and mark.at == "head" and mark.direction == 90
    assert mark.dy > HEAD_R


def test_the_bent_knee_heel_lower_holds_the_free_foot_up_behind(library) -> None:  # type: ignore[no-untyped-def]
    # The free foot hanging low behind, near the arrow at the lowering heel, looked like a foot
    # stepping down: the forward step-down (CC, EE). It is held up behind, well above the
    # standing heel, the knee bent.
    spec = library.get("heel-lower-step-bent").figure
    _, (_, end) = placed_poses(spec)
    p = end.points
    assert p["left_ankle"][1] > p["right_knee"][1] - 0.05  # up at the standing knee's height
    assert p["left_ankle"][0] < p["right_heel"][0] - 0.1  # behind


def test_the_high_knee_march_lifts_the_thigh_below_the_counter_top(library) -> None:  # type: ignore[no-untyped-def]
    # The level thigh lay along the counter's top and the figure read as sitting on a tub's
    # edge (EE). The counter's top stands above the lifted knee.
    spec = library.get("high-knee-march").figure
    ground, poses = placed_poses(spec)
    (counter,) = [p for p in spec.props if p.kind is PropKind.COUNTER]
    top = max(item_bounds(i)[3] for i in static_prop(counter, poses[0], poses, ground))
    assert top > poses[-1].points["right_knee"][1] + 0.08
