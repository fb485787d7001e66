"""Tests for the foot-end view, the twisted trunk and figures scaled to fill their box."""

from __future__ import annotations

import math

from rehab_planner.figures.feet import skeleton as feet_skeleton
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.figures.primitives import Circle, Item, Stroke, bounds
from rehab_planner.figures.render import BOX_H, BOX_W, MARGIN, render_spec
from rehab_planner.model.figure import BasePosition, FigureSpec, Pose, View


def _feet_points(**pose: float) -> dict[str, tuple[float, float]]:
    base = base_for(BasePosition.HOOK_LYING, View.FEET)
    angles, _ = resolve(base, Pose.model_validate(pose))
    return feet_skeleton(angles, base.elevation).points


def test_from_the_foot_end_a_knee_falls_out_to_its_own_side_and_comes_down() -> None:
    up = _feet_points()
    right_out, left_out = _feet_points(right_hip=50), _feet_points(left_hip=50)
    # The figure's right is on the viewer's left, as in the front view.
    assert up["right_knee"][0] < up["left_knee"][0]
    assert right_out["right_knee"][0] < up["right_knee"][0] - 0.1
    assert left_out["left_knee"][0] > up["left_knee"][0] + 0.1
    assert right_out["right_knee"][1] < up["right_knee"][1]
    # The foot stays where it was.
    assert right_out["right_ankle"] == up["right_ankle"]
    # Knees up are seen above the hips; the head is beyond them.
    assert up["right_knee"][1] > up["right_hip"][1]
    assert up["head"][1] > up["pelvis"][1]


def test_from_the_foot_end_a_raised_forearm_turns_out_to_its_side() -> None:
    base = base_for(BasePosition.LYING_ON_BACK, View.FEET)
    raised, _ = resolve(base, Pose(elbows=90))
    turned, _ = resolve(base, Pose(elbows=90, right_shoulder=60))
    a = feet_skeleton(raised, base.elevation).points
    b = feet_skeleton(turned, base.elevation).points
    assert a["right_hand"][1] > a["right_elbow"][1] + 0.1  # the forearm points at the ceiling
    assert b["right_hand"][0] < a["right_hand"][0] - 0.1
    assert b["left_hand"] == a["left_hand"]


def test_a_feet_view_figure_draws_a_mat_and_mirrors_to_the_other_side() -> None:
    spec = FigureSpec.model_validate(
        {
            "base": "hook_lying",
            "view": "feet",
            "end": {"right_hip": 50},
            "moving": ["right_knee"],
            "anchor": "pelvis",
            "props": [{"kind": "mat"}],
        }
    )
    right = render_spec(spec, "right")
    left = render_spec(spec, "left")
    x0, y0, x1, y1 = bounds(right.items)
    assert x0 >= -0.01 and x1 <= BOX_W + 0.01 and y0 >= -0.01 and y1 <= BOX_H + 0.01
    assert right.items != left.items


def test_a_twist_narrows_the_shoulders_from_the_front_and_draws_a_flat_arrow() -> None:
    base = base_for(BasePosition.SITTING, View.FRONT)
    straight = skeleton(*resolve(base, Pose()), View.FRONT).points
    turned = skeleton(*resolve(base, Pose(twist=55)), View.FRONT).points

    def width(pts: dict[str, tuple[float, float]]) -> float:
        return pts["left_shoulder"][0] - pts["right_shoulder"][0]

    assert width(turned) < width(straight) * 0.7
    plain = {"base": "sitting", "view": "front", "start": {"twist": 40}}
    with_mark = {**plain, "marks": [{"kind": "twist", "at": "chest", "direction": -1}]}
    a = render_spec(FigureSpec.model_validate(plain))
    b = render_spec(FigureSpec.model_validate(with_mark))
    assert len(b.items) > len(a.items)


def test_a_small_lying_figure_grows_to_fill_its_box_with_the_same_line_weight() -> None:
    lying = render_spec(FigureSpec.model_validate({"base": "lying_on_back"}))
    standing = render_spec(FigureSpec.model_validate({"base": "standing"}))
    x0, _, x1, _ = bounds(lying.items)
    assert x1 - x0 > BOX_W - 2 * MARGIN - 0.1  # fills the width, not 1.75 of 2.7 units

    def widest(items: list[Item]) -> float:
        return max(i.width for i in items if isinstance(i, Stroke))

    def head(items: list[Item]) -> float:
        return max(i.radius for i in items if isinstance(i, Circle) and i.fill == (0, 0, 0))

    assert abs(widest(lying.items) - widest(standing.items)) < 1e-9
    # The head grows with the figure, but less: a lying figure is not all head.
    assert head(standing.items) < head(lying.items) < head(standing.items) * 1.5


def test_arrow_heads_and_words_keep_their_page_size_on_a_scaled_up_figure() -> None:
    from rehab_planner.figures.arrows import ARROW_HEAD, WORD_SIZE
    from rehab_planner.figures.primitives import Label, Shape

    marks = [{"kind": "ring", "at": "belly"}, {"kind": "push", "at": "right_knee"}]
    for base in ("standing", "lying_on_back"):  # scale about 1, and scaled up to fill the box
        picture = render_spec(FigureSpec.model_validate({"base": base, "marks": marks}))
        words = [i for i in picture.items if isinstance(i, Label)]
        assert words and all(abs(w.size - WORD_SIZE) < 0.005 for w in words)
        heads = [i for i in picture.items if isinstance(i, Shape) and len(i.points) == 3]
        tip, left, right = heads[-1].points
        length = math.dist(tip, ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2))
        assert abs(length - ARROW_HEAD) < 0.005


def test_a_nodding_head_sinks_towards_the_chest_in_the_front_view() -> None:
    base = base_for(BasePosition.SITTING, View.FRONT)

    def head_above_neck(pose: Pose) -> float:
        sk = skeleton(*resolve(base, pose), View.FRONT)
        return sk.points["head"][1] - sk.points["neck"][1]

    assert head_above_neck(Pose(nod=50)) < head_above_neck(Pose()) - 0.05
