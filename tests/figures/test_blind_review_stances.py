"""Figures made clearer after the blind naming test: stances, the hamstring set, the forward raise."""

from __future__ import annotations

import math

from rehab_planner.figures.muscles import SHADE
from rehab_planner.figures.primitives import BLACK, Label, Shape, bounds
from rehab_planner.figures.props import FRAME_W, PROP_LINE
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import BasePosition, Focus, MarkKind, PropKind, View
from tests.figures.cue_items import drawn


def _footprints(spec):  # type: ignore[no-untyped-def]
    return [p for p in spec.props if p.kind is PropKind.FOOTPRINT]


def test_feet_together_stand_has_footprints_side_by_side_touching(library) -> None:  # type: ignore[no-untyped-def]
    together = _footprints(library.get("feet-together-stand").figure)
    assert len(together) == 2
    a, b = together
    assert a.dy == b.dy  # side by side: neither foot ahead
    assert 0.08 <= abs(a.dx - b.dx) <= 0.13  # touching, not apart
    half = _footprints(library.get("half-step-stand").figure)
    assert half[0].dy != half[1].dy  # the half step's front foot is ahead: they differ


def test_weight_shifts_keep_the_feet_planted_while_the_hips_move(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("weight-shifts").figure
    assert len(_footprints(spec)) == 2
    _, (start, end) = placed_poses(spec)
    for ankle in ("left_ankle", "right_ankle"):
        assert abs(start.points[ankle][0] - end.points[ankle][0]) < 0.01  # the feet stay put
        assert abs(start.points[ankle][1] - end.points[ankle][1]) < 0.03
    assert abs(end.points["pelvis"][0] - start.points["pelvis"][0]) > 0.1  # the body moves
    assert abs(end.points["head"][0] - start.points["head"][0]) > 0.1


def test_hamstring_set_lies_with_the_heel_digging_back_and_the_back_of_the_thigh_shaded(library) -> None:  # type: ignore[no-untyped-def]
    # Third blind test: the shaded oval on a seated thigh read as a pillow squeezed between the
    # knees. Now: lying on the back, the knee a little bent, the heel pressing down and back, the
    # back of the thigh shaded with "squeeze". No pillow, ball or roll anywhere.
    spec = library.get("hamstring-set").figure
    assert spec.base is BasePosition.LYING_ON_BACK and spec.view is View.SIDE and spec.hold
    assert not any(p.kind in (PropKind.PILLOW, PropKind.BALL, PropKind.ROLL) for p in spec.props)
    _, (pose,) = placed_poses(spec)
    hip, knee, heel = (pose.points[f"right_{p}"] for p in ("hip", "knee", "heel"))
    assert knee[1] > hip[1] + 0.1  # the knee is up: a little bent
    assert abs(heel[1] - pose.points["left_heel"][1]) < 0.05  # the heel stays on the mat
    push = next(m for m in spec.marks if m.kind is MarkKind.PUSH)
    assert push.at == "right_heel"
    d = math.radians(push.direction)
    assert math.cos(d) < -0.5 and math.sin(d) < -0.3  # down and back, toward the buttock
    squeeze = next(m for m in spec.marks if m.kind is MarkKind.SQUEEZE)
    assert squeeze.at == "right_thigh" and (squeeze.word in (None, "squeeze"))
    picture = render_exercise(library.get("hamstring-set"))
    (oval,) = [i for i in picture.items if isinstance(i, Shape) and i.fill == SHADE]
    (word,) = [i for i in drawn(picture, library.get("hamstring-set")) if isinstance(i, Label)]
    assert word.text == figure_words().squeeze
    # The word sits beside the shaded thigh toward the head, clear of the bent knee.
    assert word.at[0] < min(x for x, _ in oval.points)
    # The neighbours it was mistaken for, or could be, look otherwise.
    # The knee squeeze is seen from the side too (props6: bent knees read there), but with the
    # knees well bent (hook lying) and a pillow held between them.
    knee_squeeze = library.get("knee-squeeze-pillow").figure
    assert knee_squeeze.base is not spec.base
    assert any(p.kind is PropKind.PILLOW and p.to for p in knee_squeeze.props)
    assert library.get("quad-set").figure.base is not spec.base
    assert not any(m.kind is MarkKind.SQUEEZE for m in library.get("heel-slide").figure.marks)
    glute = library.get("glute-set").figure
    assert glute.base is not spec.base and all(m.at != "right_thigh" for m in glute.marks)


def test_forward_arm_raise_shows_a_plain_hand_and_no_weight(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("arm-raise-forward").figure
    # A plain hand: a fist's crease read as a thumbs-up (blind test #12), and so did an open
    # hand's thumb (reviews U and V); the arm now ends without a hand shape.
    assert "right" not in spec.hands
    assert not any(p.kind is PropKind.WEIGHT for p in spec.props)
    thumbs = library.get("thumbs-up-arm-raise").figure
    assert spec.hands != thumbs.hands  # the thumbs-up raise keeps its thumb


def test_towel_calf_stretch_moves_the_foot_not_the_arms_with_a_foot_close_up(library) -> None:  # type: ignore[no-untyped-def]
    # Third blind test: read as a band row, because the arms moved. Now the arms hold still, the
    # foot tips back toward the shin, and a framed close-up of the foot shows it with its arrow.
    spec = library.get("towel-calf-stretch").figure
    _, (start, end) = placed_poses(spec)
    # The towel runs from the hand to the ball of the foot.
    strap = next(p for p in spec.props if p.kind is PropKind.STRAP)
    assert strap.at == "right_toe" and strap.to == "right_hand"
    # The arms stay still: the hands do not move.
    for hand in ("right_hand", "left_hand"):
        assert math.dist(start.points[hand], end.points[hand]) < 0.01
    # The toes come back toward the body: the foot, upright, tips back past upright.
    assert end.points["right_toe"][0] < start.points["right_toe"][0] - 0.1
    assert end.points["right_toe"][0] < end.points["right_ankle"][0] - 0.03
    assert end.points["right_toe"][1] > end.points["right_ankle"][1] + 0.1
    # The body sits tall: the head stays over the hips, where the hamstring stretch leans
    # well forward (and the strap hamstring stretch lies on its back).
    assert end.points["head"][0] - end.points["pelvis"][0] < 0.15
    _, (_, leaned) = placed_poses(library.get("seated-hamstring-stretch").figure)
    assert leaned.points["head"][0] - leaned.points["pelvis"][0] > 0.3
    assert library.get("hamstring-stretch-strap").figure.base is not spec.base
    # A framed close-up of the foot in the top corner, above the foot, with the arrow in it;
    # the whole figure keeps the shaded calf and its word.
    assert spec.zoom is Focus.FOOT
    picture = render_exercise(library.get("towel-calf-stretch"))
    frames = [i for i in picture.items if isinstance(i, Shape) and i.stroke == PROP_LINE
              and i.width == FRAME_W and len(i.points) == 4]
    assert frames
    x0, y0, _, y1 = bounds([frames[0]])
    assert x0 > picture.width / 3 and y1 > picture.height * 0.9  # top right, over the foot
    heads = [i for i in picture.items if isinstance(i, Shape) and i.fill == BLACK
             and len(i.points) == 3]  # arrow heads
    assert heads and all(x0 < bounds([h])[0] and bounds([h])[3] < y1 for h in heads)
    (word,) = [i for i in picture.items if isinstance(i, Label)]
    assert word.at[1] < y0  # "hold" stays by the calf in the whole figure


def test_front_of_hip_stretch_is_a_lunge_on_the_back_toes_not_a_half_step(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("hip-flexor-stretch").figure
    _, (pose,) = placed_poses(spec)
    # The back heel is up: the back foot stands on its toes.
    assert str(spec.feet["left"]).endswith("toe")
    assert pose.points["left_heel"][1] > pose.points["left_toe"][1] + 0.08
    # A long step: the feet far apart front to back (the half step's are side by side).
    assert pose.points["right_ankle"][0] - pose.points["left_ankle"][0] > 0.6
    # The "hold" word goes back and up, off the trunk.
    (ring,) = [m for m in spec.marks if m.kind is MarkKind.RING]
    assert 90 < ring.direction < 270
    picture = render_exercise(library.get("hip-flexor-stretch"))
    (word,) = [i for i in drawn(picture, library.get("hip-flexor-stretch")) if isinstance(i, Label)]
    (oval,) = [i for i in picture.items if isinstance(i, Shape) and i.fill == SHADE]
    assert word.at[0] < min(x for x, _ in oval.points)


def test_wall_slide_lying_down_shows_the_sliding_legs_start_outline(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.body import LIMB_W

    spec = library.get("lying-wall-slide").figure
    _, (start, end) = placed_poses(spec)
    # The other leg (drawn solid, behind) leaves the sliding leg's straight start line clear: at
    # the knee they are more than a limb's width apart ...
    assert abs(start.points["right_knee"][0] - end.points["left_knee"][0]) > 1.5 * LIMB_W
    # ... and its foot still rests on the wall, beside where the sliding foot started.
    assert abs(end.points["left_ankle"][0] - start.points["right_ankle"][0]) < 0.03
    assert start.points["right_knee"] != end.points["right_knee"]
