"""Side views show the far arm and leg (issue 13, the fifth blind test): the opposite arm and leg
lift on the stomach was read as the superman, because the far limbs hid behind the near ones."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import far
from rehab_planner.figures.body import FAR_GREY, LIMB_W
from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Stroke
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.model.figure import FigureSpec, View


def _drawn_end(spec: FigureSpec) -> tuple[float, Skeleton]:
    """The end pose as the picture draws it: its far limbs set apart."""
    ground, poses = placed_poses(spec)
    return ground, far.set_apart(poses[-1], "left", far.kinds(spec), ground)


LIMB_MOVES = [  # (the opposite arm and leg lift is seen from past the feet since review Z)
    "superman", "bird-dog", "hands-knees-arm-or-leg-lift",
    "dead-bug", "dead-bug-weight", "bridge-march", "fire-hydrant", "straight-leg-raise",
]


@pytest.mark.parametrize("exercise_id", LIMB_MOVES)
def test_a_side_view_whose_limb_moves_draws_its_far_limb_dark(library, exercise_id) -> None:  # type: ignore[no-untyped-def]
    spec = library.get(exercise_id).figure.panels()[-1]  # bridge march: the leg lifts in panel 2
    assert far.kinds(spec)
    picture = render_spec(spec)
    assert any(isinstance(i, Stroke) and i.color == FAR_GREY for i in picture.items)


def test_superman_and_opposite_arm_leg_lift_draw_different_limbs(library) -> None:  # type: ignore[no-untyped-def]
    # Superman: both arms and both legs lift, so the far hand and foot are up beside the near ones
    # (just above them, not hidden behind). The opposite arm and leg lift was the same side view
    # with its far arm down and far leg up: read as the superman (reviews Y and Z). It is now
    # seen from past the feet, where one arm and the other leg lift and the others stay still.
    ground, sup = _drawn_end(library.get("superman").figure)

    def up(sk: Skeleton, point: str) -> float:
        return sk.points[point][1] - ground

    assert up(sup, "left_hand") > up(sup, "right_hand") + 0.5 * far.APART
    assert up(sup, "left_ankle") > up(sup, "right_ankle") + 0.5 * far.APART
    spec = library.get("prone-opposite-arm-leg-lift").figure
    assert spec.view is View.FEET
    _, (start, end) = placed_poses(spec)

    def rise(point: str) -> float:
        return end.points[point][1] - start.points[point][1]

    assert rise("right_hand") > 0.03 and rise("left_ankle") > 0.03
    assert abs(rise("left_hand")) < 0.01 and abs(rise("right_ankle")) < 0.01
    # The lifting hand and foot are on opposite sides of the body's middle.
    middle = end.points["pelvis"][0]
    assert (end.points["right_hand"][0] - middle) * (end.points["left_ankle"][0] - middle) < 0


def test_a_far_limb_that_would_hide_exactly_behind_its_twin_is_set_apart(library) -> None:  # type: ignore[no-untyped-def]
    _, sup = _drawn_end(library.get("superman").figure)
    for a, b in (("left_hand", "right_hand"), ("left_ankle", "right_ankle")):
        assert math.dist(sup.points[a], sup.points[b]) >= 0.9 * far.APART


def test_bird_dog_shows_the_opposite_arm_up_and_the_far_knee_down(library) -> None:  # type: ignore[no-untyped-def]
    # Hands and knees: the far arm lifts forward while the near arm stays on the mat; the near leg
    # lifts back while the far knee stays down. One limb at a time: the other limbs stay down.
    _, dog = _drawn_end(library.get("bird-dog").figure)
    assert dog.points["left_hand"][1] > dog.points["right_hand"][1] + 0.3
    assert dog.points["right_ankle"][1] > dog.points["left_ankle"][1] + 0.2
    # the far knee on the mat stays on it: set back, not lifted
    _, poses = placed_poses(library.get("bird-dog").figure)
    assert dog.points["left_knee"][1] == pytest.approx(poses[-1].points["left_knee"][1])
    assert dog.points["left_knee"][0] < poses[-1].points["left_knee"][0]


def test_a_standing_far_leg_stays_on_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("golfers-lift").figure
    _, poses = placed_poses(spec)
    _, shown = _drawn_end(spec)
    assert "leg" in far.kinds(spec)
    assert shown.points["left_heel"][1] == pytest.approx(poses[-1].points["left_heel"][1])
    assert shown.points["left_heel"][0] < poses[-1].points["left_heel"][0]  # behind, facing right


def test_a_figure_whose_limbs_do_not_move_keeps_its_far_limbs_black(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("bridge").figure
    assert not far.kinds(spec)
    assert not any(isinstance(i, Stroke) and i.color == FAR_GREY for i in render_spec(spec).items)


def test_a_far_limb_reads_as_body_not_a_ghost(library) -> None:  # type: ignore[no-untyped-def]
    # Sixth blind test: a grey far leg read as a stool post. It is near black, a touch thinner than
    # a near limb, and the near limbs drawn after it carry a white edge over it.
    assert max(FAR_GREY) <= 0.2
    items = render_spec(library.get("standing-march").figure).items
    far_strokes = [i for i, x in enumerate(items) if isinstance(x, Stroke) and x.color == FAR_GREY]
    assert far_strokes
    assert all(LIMB_W * 0.7 <= items[i].width < LIMB_W for i in far_strokes if items[i].width > LIMB_W / 2)
    later_white = [x for x in items[far_strokes[-1]:] if isinstance(x, Stroke) and x.color == WHITE]
    assert any(s.width > LIMB_W for s in later_white)  # a near limb's white edge over the far one
