"""Knee figures redrawn after the therapist's audit of stop 37 (each drawing against its text),
where a constraint cannot say it: each test states what was wrong and what the picture must
show, and fails on the drawing the audit found wrong. (The other findings are constraints in
exercises/figures/knee.yaml: the hop a few inches, the feet kept on the floor in the split
squat, the back lunge, the seated knee bends and the rolling stool walk, the heel on the floor
in the seated back of thigh stretch, the bent knee's foot on the bed in the strap stretch.)"""

from __future__ import annotations

import itertools
import math

import pytest

from rehab_planner.figures import body, far
from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.primitives import Circle, Shape, Stroke
from rehab_planner.figures.props import attached_prop, static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.figures.trunk import side_outline
from rehab_planner.library import load_library
from rehab_planner.model.figure import MarkKind, PropKind

TOUCH = 0.012  # a body part this close to a surface rests on it
ON_FLOOR = far.LIMB_HALF + far.ON_GROUND  # a foot point this close over the floor stands on it


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _xs(items: list) -> list[float]:  # type: ignore[type-arg]
    return [p[0] for i in items if isinstance(i, (Shape, Stroke)) for p in i.points]


def _ys(items: list) -> list[float]:  # type: ignore[type-arg]
    return [p[1] for i in items if isinstance(i, (Shape, Stroke)) for p in i.points]


def test_the_heel_on_stool_stretch_presses_the_thigh_above_the_knee_not_the_kneecap(library) -> None:  # type: ignore[no-untyped-def]
    # The press arrow pointed straight down at the knee joint, the kneecap, which the safety
    # note forbids (audit of stop 37). It presses on top of the thigh just above the knee, the
    # hands over it.
    exercise = library.get("heel-on-stool-stretch")
    assert any("knee cap" in note for note in exercise.safety_notes)
    spec = exercise.figure
    (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
    assert push.direction == -90  # down
    _, (pose,) = placed_poses(spec)
    p = pose.points
    x, y = p[push.at][0] + push.dx, p[push.at][1] + push.dy
    hip, knee = p["right_hip"], p["right_knee"]
    length = math.dist(hip, knee)
    ux, uy = (hip[0] - knee[0]) / length, (hip[1] - knee[1]) / length  # from the knee up the thigh
    along = (x - knee[0]) * ux + (y - knee[1]) * uy
    across = abs((x - knee[0]) * uy - (y - knee[1]) * ux)
    assert 0.07 < along < 0.2  # on the thigh, past the kneecap, just above the knee
    assert across < body.point_radius("right_thigh") + 0.02  # on the thigh, not beside it
    for side in ("left", "right"):  # the hands press there, over the arrow
        hand = p[f"{side}_hand"]
        assert abs(hand[0] - x) < 0.06 and hand[1] > y


def test_the_ankle_weight_is_no_bigger_than_the_head_and_leaves_the_foot_showing(library) -> None:  # type: ignore[no-untyped-def]
    # The "light" ankle weight was a ball bigger than the head that hid the foot and sank
    # through the floor in the start (audit of stop 37). It is no bigger than the head, above
    # the floor in every pose, on the lower leg near the ankle, and the toes show past it. (Much
    # smaller, the 64 px thumbnails of the knee straighten with and without it looked alike.)
    exercise = library.get("long-arc-quad-weight")
    assert any("light weight" in step for step in exercise.steps)
    spec = exercise.figure
    (weight,) = [p for p in spec.props if p.kind is PropKind.WEIGHT]
    assert weight.at == "right_ankle"
    ground, placed = placed_poses(spec)
    for pose in placed:
        (ball,) = [i for i in attached_prop(weight, pose, placed[0], ground, faded=False)
                   if isinstance(i, Circle)]
        assert ball.radius <= HEAD_R * 1.05  # no bigger than the head
        assert ball.center[1] - ball.radius >= ground - 0.002  # never in the floor
        knee, ankle = pose.points["right_knee"], pose.points["right_ankle"]
        shin = math.dist(knee, ankle)
        ux, uy = (ankle[0] - knee[0]) / shin, (ankle[1] - knee[1]) / shin
        dx, dy = ball.center[0] - knee[0], ball.center[1] - knee[1]
        along = (dx * ux + dy * uy) / shin  # 0 at the knee, 1 at the ankle
        off = abs(dx * uy - dy * ux)
        assert along > 0.5  # on the lower half of the shin, toward the ankle
        assert off < ball.radius + body.point_radius("right_shin")  # on the leg, touching it
        toe = pose.points["right_toe"]
        assert math.dist(toe, ball.center) > ball.radius + 0.01  # the toes show past it


def test_the_strap_heel_slide_leans_back_on_pillows_on_the_bed(library) -> None:  # type: ignore[no-untyped-def]
    # The figure leaned back on nothing, though the steps say to lean back on a pillow (audit
    # of stop 37). Pillows stand on the bed behind the low back, the top one against the back.
    exercise = library.get("strap-heel-slide")
    assert any("Lean back on a pillow" in step for step in exercise.steps)
    spec = exercise.figure
    pillows = [p for p in spec.props if p.kind is PropKind.PILLOW]
    assert pillows
    ground, placed = placed_poses(spec)
    drawn = [static_prop(p, placed[0], placed, 0.0) for p in pillows]
    assert min(min(_ys(d)) for d in drawn) == pytest.approx(ground, abs=TOUCH)  # on the bed
    stack = sorted(drawn, key=lambda d: min(_ys(d)))
    for lower, upper in itertools.pairwise(stack):  # stacked, each on the one below
        assert min(_ys(upper)) == pytest.approx(max(_ys(lower)), abs=TOUCH)
    top = stack[-1]
    corner = (max(_xs(top)), max(_ys(top)))
    for pose in placed:
        assert max(max(_xs(d)) for d in drawn) < pose.points["pelvis"][0]  # behind the body
        back = min(math.dist(corner, q) for q in side_outline(pose))
        assert back < 0.05  # the top pillow reaches the back


@pytest.mark.parametrize(
    "exercise_id",
    ["hamstring-stretch-strap", "seated-knee-bend", "reverse-lunge", "forward-step-down"],
)
def test_a_far_foot_on_the_floor_is_drawn_on_it(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # Set apart from its near twin, the far (dark) leg was lifted into the air wherever its foot
    # did not quite reach the floor (audit of stop 37): the strap stretch's bent knee with its
    # foot floating, the seated knee bend's other leg over the seat, the back lunge's back foot
    # in the air, the step-down's foot on the step's corner. Each far foot the text puts on the
    # floor is drawn on it.
    spec = library.get(exercise_id).figure
    ground, placed = placed_poses(spec)
    kinds = far.kinds(spec)
    assert "leg" in kinds
    drawn = far.set_apart(placed[-1], "left", kinds, ground)
    foot = min(drawn.points["left_heel"][1], drawn.points["left_toe"][1])
    assert foot - ground <= ON_FLOOR


def test_the_forward_step_down_taps_the_floor_in_front_of_the_step(library) -> None:  # type: ignore[no-untyped-def]
    # The lowering foot came down on the front corner of the step, the leg passing into it
    # (audit of stop 37). Held out in front of the step, its heel comes down to the floor past
    # the step's front edge, as drawn (the far leg set apart).
    exercise = library.get("forward-step-down")
    assert any("in front of the step" in step for step in exercise.steps)
    spec = exercise.figure
    ground, placed = placed_poses(spec)
    (step,) = [p for p in spec.props if p.kind is PropKind.STEP]
    edge = max(_xs(static_prop(step, placed[0], placed, 0.0)))
    drawn = far.set_apart(placed[-1], "left", far.kinds(spec), ground)
    heel = drawn.points["left_heel"]
    assert heel[0] - body.point_radius("left_heel") > edge  # clear of the step, in front of it
    assert heel[1] - ground <= ON_FLOOR  # down on the floor
    start_heel = placed[0].points["left_heel"]  # held out past the edge before it lowers
    assert start_heel[0] - body.point_radius("left_heel") > edge


def test_the_knee_bend_on_the_stomach_lies_on_the_mat(library) -> None:  # type: ignore[no-untyped-def]
    # The feet, at right angles, held the whole body, face and all, off the mat (audit of stop
    # 37). The body lies on the mat: the trunk and the resting toes touch it in every pose.
    spec = library.get("prone-knee-bend").figure
    assert any(p.kind is PropKind.MAT for p in spec.props)
    ground, placed = placed_poses(spec)
    for pose in placed:
        trunk = min(y for _, y in side_outline(pose))
        assert trunk == pytest.approx(ground, abs=TOUCH)
        toe = pose.points["left_toe"][1] - body.point_radius("left_toe")
        assert toe == pytest.approx(ground, abs=TOUCH)


def test_the_thigh_and_buttock_tighten_rests_the_heel_on_the_mat(library) -> None:  # type: ignore[no-untyped-def]
    # Level at hip height, the lower leg and heel stood a little off the mat and could read as a
    # straight leg raise (audit of stop 37). The leg slopes down to the heel, which rests on the
    # mat as the hips and the head do, the lower leg all but on it.
    spec = library.get("thigh-buttock-tighten").figure
    ground, (pose,) = placed_poses(spec)
    p = pose.points
    heel = p["right_heel"][1] - body.point_radius("right_heel")
    assert heel == pytest.approx(ground, abs=TOUCH)
    ankle = p["right_ankle"][1] - body.point_radius("right_ankle")
    assert ground - TOUCH < ankle < ground + 0.025  # the lower leg lies (almost) on the mat
    trunk = min(y for _, y in side_outline(pose))
    assert trunk == pytest.approx(ground, abs=TOUCH)
    head = p["head"][1] - HEAD_R
    assert ground - TOUCH < head < ground + 0.02
    assert p["right_knee"][1] > p["right_ankle"][1]  # the leg slopes down to the heel, not up
