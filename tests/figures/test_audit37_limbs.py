"""Ankle, shoulder and arm figures redrawn after a physical therapist compared every drawing with
its exercise text (stop 37): each test says what was wrong and what the picture must show, and
fails on the drawing that was wrong."""

from __future__ import annotations

import math

from rehab_planner.figures import body
from rehab_planner.figures.body import LIMB_W
from rehab_planner.figures.primitives import BLACK, Circle, Label, Shape, Stroke, item_bounds
from rehab_planner.figures.props import attached_prop, static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.figures.trunk import side_outline
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import Focus, MarkKind, PropKind, View

HALF = LIMB_W / 2  # half a limb's drawn width: a point this far above a surface rests on it


def _prop(spec, kind: PropKind):  # type: ignore[no-untyped-def]
    (prop,) = [p for p in spec.props if p.kind is kind]
    return prop


def _box(items) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """The corners of the shapes' outlines (their line widths left out)."""
    xs = [x for i in items for x, _ in i.points]
    ys = [y for i in items for _, y in i.points]
    return min(xs), min(ys), max(xs), max(ys)


def _foot_bottom(sk, side: str) -> float:  # type: ignore[no-untyped-def]
    """The lowest y of a foot as drawn from the side (its outline and round edge)."""
    return min(y for _, y in body.side_foot(sk, side)) - body.FOOT_EDGE / 2


# Ankle


def test_ankle_isometrics_presses_the_outside_of_the_foot_into_a_box_sitting_on_a_chair(library) -> None:  # type: ignore[no-untyped-def]
    # Drawn as the toes pushed forward into a wall, a lone lower leg: none of the steps' four
    # pushes (up, in, out against the outside of the foot, down) and no chair. Then the ball of
    # the foot pressing down, from the side: read as the heel digging in, the hamstring set
    # (reviews TT and UU); then the toes pushing up into the other heel: read as a toe raise
    # (VV). Now seen from the front: the foot flat on the floor presses out into a box, held.
    exercise = library.get("ankle-isometrics")
    assert any(step.startswith("Push out. Press the outside of your foot")
               for step in exercise.steps)
    spec = exercise.figure
    assert spec.hold and spec.end is None
    assert spec.view is View.FRONT and _prop(spec, PropKind.CHAIR)  # the seat shows
    ground, (pose,) = placed_poses(spec)
    p = pose.points
    for point in ("right_heel", "right_toe"):  # flat on the floor
        assert p[point][1] - ground < HALF + 0.01, point
    # Seen from the front the figure's right side is on your left: the box is outside the foot.
    box = _prop(spec, PropKind.BOX)
    assert p["right_toe"][0] < p["left_toe"][0] and box.at == "right_toe" and box.dx < 0
    bottom = p["right_toe"][1] + box.dy - (box.size or 0.24) / 2
    assert abs(bottom - ground) < 0.01  # the box stands on the floor (it sank through it)
    (push,) = spec.marks
    assert push.kind is MarkKind.PUSH and push.at == "right_toe" and push.direction == 180


def test_the_towel_scrunch_sits_on_a_chair_the_heel_down_on_the_towel(library) -> None:  # type: ignore[no-untyped-def]
    # A lone shin and foot came down from the top edge, apart from the chair; its "squeeze"
    # covered the heel where it meets the towel, so the heel read as lifted off the towel with
    # only the curled toes touching. The text: keep your heel on the floor.
    from rehab_planner.figures.render import render_spec

    spec = library.get("towel-toe-scrunch").figure
    assert spec.focus is Focus.LEGS and _prop(spec, PropKind.CHAIR)  # thigh on the seat
    ground, (start, end) = placed_poses(spec)
    towel = _prop(spec, PropKind.TOWEL)
    (shape,) = static_prop(towel, start, [start, end], 0.0)
    x0, y0, x1, y1 = _box([shape])
    assert abs(y0 - ground) < 0.02  # the towel lies on the floor
    for pose in (start, end):  # the heel rests on the towel in both poses
        heel_x = pose.points["right_heel"][0]
        assert x0 < heel_x < x1
        heel_bottom = min(y for _, y in body.side_foot(pose, "right")[:2]) - body.FOOT_EDGE / 2
        assert heel_bottom <= y1 + 0.005
    # No word covers the heel: the heel end of the solid foot is clear of every word's box.
    items = render_spec(spec).items
    feet = [i for i in items if isinstance(i, Shape) and i.fill == BLACK and len(i.points) == 6]
    assert feet
    words = [i for i in items if isinstance(i, Label)]
    assert figure_words().squeeze in [w.text for w in words]
    for foot in feet:
        for hx, hy in foot.points[:2]:  # the heel end of the foot's outline
            for word in words:
                bx0, by0, bx1, by1 = item_bounds(word)
                pad = word.size * 0.3  # the word's white patch
                assert not (bx0 - pad < hx < bx1 + pad and by0 - pad < hy < by1 + pad), word.text


def test_the_foot_rolls_over_one_ball_that_stays_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # The ball moved with the heel, and the other foot, lifted off the floor, stood on the
    # start's ball: the close-up showed two black legs, each foot on its own ball (both feet on
    # two balls) and no rolling. The steps: the arch on the ball, roll it from heel to toes.
    spec = library.get("foot-roll-ball").figure
    assert spec.zoom is Focus.FOOT
    ground, (start, end) = placed_poses(spec)
    ball = _prop(spec, PropKind.BALL)
    discs = [attached_prop(ball, pose, start, 0.0, faded=False)[0] for pose in (start, end)]
    assert all(isinstance(d, Circle) for d in discs)
    a, b = discs[0].center, discs[1].center  # type: ignore[union-attr]
    assert math.dist(a, b) < 0.005  # one ball, where it is: the foot rolls over it
    r = discs[0].radius  # type: ignore[union-attr]
    assert abs(a[1] - r - ground) < 0.01  # on the floor
    s, e = start.points, end.points
    assert abs(a[0] - s["right_heel"][0]) < 0.05  # under the heel (outline, the foot forward)
    assert e["right_ankle"][0] + 0.05 < a[0] < e["right_toe"][0]  # under the ball of the foot
    for pose in (start, end):  # the sole rests on it (sinking a little: a close-up's lines are
        assert -0.03 < _foot_bottom(pose, "right") - (a[1] + r) < 0.01  # thinner)
    # The other foot is not on a ball of its own: it sits where the solid foot is, hidden.
    for point in ("knee", "ankle", "heel", "toe"):
        assert math.dist(e[f"left_{point}"], e[f"right_{point}"]) < 0.03, point


def test_the_top_of_foot_stretch_has_both_feet_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # The foot tucked under the chair stopped short of the floor (the tops of the toes did not
    # rest on it) and the front foot floated: the body stood on the tucked toe's point, which
    # reaches past the drawn foot.
    spec = library.get("top-of-foot-stretch").figure
    ground, (pose,) = placed_poses(spec)
    assert abs(_foot_bottom(pose, "right") - ground) < 0.015  # the toes rest on the floor
    assert abs(_foot_bottom(pose, "left") - ground) < 0.015  # and so does the front foot
    p = pose.points
    assert p["right_toe"][1] < p["right_ankle"][1] - 0.1  # still pointed, back under the chair
    assert p["right_toe"][0] < p["right_knee"][0] - 0.2


# Shoulder


def test_an_arm_hanging_off_the_bed_and_its_weight_stay_above_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # The hanging arm and the weight reached below the floor line (the weight went through the
    # floor). It hangs straight down, a little out toward you (drawn shorter), clear of it.
    for exercise_id in ("prone-row", "prone-arm-back"):
        spec = library.get(exercise_id).figure
        ground, (start, end) = placed_poses(spec)
        assert ground > 0.3  # on the bed; the floor is at 0
        s = start.points
        assert abs(s["right_hand"][0] - s["right_shoulder"][0]) < 0.02  # hanging straight down
        assert abs(s["right_elbow"][0] - s["right_shoulder"][0]) < 0.02
        assert s["right_hand"][1] - HALF > 0.03, exercise_id
        if exercise_id == "prone-row":  # (the arm back holds no weight since stop 40)
            (disc,) = attached_prop(_prop(spec, PropKind.WEIGHT), start, start, 0.0, faded=True)
            assert isinstance(disc, Circle)
            assert disc.center[1] - disc.radius > 0.03, exercise_id  # clear of the floor line
        # the body lies on the bed in both poses
        for pose in (start, end):
            assert abs(min(y for _, y in side_outline(pose)) - ground) < 0.01


def test_the_table_slide_arm_rests_on_the_towel_and_the_other_hand_clears_the_table(library) -> None:  # type: ignore[no-untyped-def]
    # The end arm hovered over the table and the towel (the text: let the table hold the weight
    # of your arm); the other arm's start hand, under the table's edge, read as the sore
    # forearm passing into the table.
    spec = library.get("table-slide").figure
    _, (start, end) = placed_poses(spec)
    counter = _prop(spec, PropKind.COUNTER)
    _, top = static_prop(counter, start, [start, end], 0.0)
    _, ty0, _, ty1 = _box([top])
    towel = _prop(spec, PropKind.TOWEL)
    wx0, wy0, wx1, wy1 = _box(static_prop(towel, start, [start, end], 0.0))
    assert abs(wy0 - ty1) < 0.01  # the towel lies on the table
    for pose in (start, end):
        for point in ("right_wrist", "right_hand"):  # the forearm and hand lie on the towel
            x, y = pose.points[point]
            assert wx0 < x < wx1, point
            assert abs(y - HALF - wy1) < 0.03, point
        # The other hand rests on the thigh (on the lap), under the table top.
        x, y = pose.points["left_hand"]
        assert abs(y - HALF - (pose.points["left_knee"][1] + HALF)) < 0.03
        assert y + HALF < ty0


def test_finger_slides_rest_the_elbow_on_a_pillow_on_the_lap(library) -> None:  # type: ignore[no-untyped-def]
    # No pillow showed: it hung in the air behind the trunk, under an elbow at the side, and
    # nothing was under the elbow. The pillow now sits on the thigh and the elbow on it.
    spec = library.get("finger-tendon-glides").figure
    _, (pose,) = placed_poses(spec)
    p = pose.points
    pillow = _prop(spec, PropKind.PILLOW)
    x0, y0, x1, y1 = _box(static_prop(pillow, pose, [pose], 0.0))
    ex, ey = p["right_elbow"]
    assert x0 < ex < x1  # under the elbow
    assert abs(y1 - (ey - HALF)) < 0.03  # the elbow rests on it
    assert abs(y0 - (p["right_thigh"][1] + HALF)) < 0.03  # it rests on the thigh
    front = max(x for x, y in side_outline(pose) if y0 < y < y1)
    assert x1 > front + 0.1  # it shows in front of the belly
    assert p["right_hand"][1] > ey + 0.2  # the hand up


def test_hammer_turns_shows_no_weight_held_in_the_middle(library) -> None:  # type: ignore[no-untyped-def]
    # The hand close-up showed a dumbbell held across the middle of the palm beside an empty
    # open hand, while the figure holds a hammer; the steps hold it by one end (a weight held in
    # the middle gives no lever). No close-up: the hand holds the hammer by its handle's end, its
    # head well above the fist (since stop 38 a `hammer`, its dark head a face and a claw: a bar
    # through the fist with two light boxes on top read as a crank, review T).
    spec = library.get("hammer-turns").figure
    assert spec.inset is None or spec.inset.holds != "weight"
    assert spec.hands == {"right": "grip"}
    ground, (pose,) = placed_poses(spec)
    hand = pose.points["right_hand"]
    (hammer,) = [p for p in spec.props if p.kind is PropKind.HAMMER]
    assert hammer.at == "right_hand"
    drawn = attached_prop(hammer, pose, pose, ground, faded=False)
    (head,) = [i for i in drawn if isinstance(i, Shape)]
    assert min(y for _, y in head.points) > hand[1] + 0.2  # the head above the fist
    handle = [i for i in drawn if isinstance(i, Stroke)]
    assert all(i.points[0] == hand for i in handle)  # held by the handle's end
