"""Tests for close-ups: a figure zoomed to one body region, its body grown, and cut at the frame."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.arrows import ARROW_W
from rehab_planner.figures.body import FOOT_CORE
from rehab_planner.figures.focus import BODY_GROW_MAX, clip, region
from rehab_planner.figures.mirror import mirrored_spec
from rehab_planner.figures.primitives import Circle, Item, Shape, Stroke, bounds
from rehab_planner.figures.render import BOX_H, BOX_W, MARGIN, placed_poses, render_spec
from rehab_planner.model.figure import FigureSpec


def _spec(**extra: object) -> FigureSpec:
    data: dict[str, object] = {
        "base": "sitting",
        "end": {"neck": 30},
        "moving": ["head"],
        "props": [{"kind": "chair"}],
    }
    data.update(extra)
    return FigureSpec.model_validate(data)


def _longest_foot(spec: FigureSpec) -> float:
    # A side-view foot: a narrow outline from the heel to the toes (body.side_foot).
    feet = [
        i
        for i in render_spec(spec).items
        if isinstance(i, Shape) and len(i.points) == len(FOOT_CORE)
    ]
    return max(math.dist(a, b) for i in feet for a in i.points for b in i.points)


def _head_radius(items: list[Item]) -> float:
    return max(i.radius for i in items if isinstance(i, Circle) and i.fill == (0.0, 0.0, 0.0))


def _inside_box(items: list[Item]) -> bool:
    x0, y0, x1, y1 = bounds(items)
    return x0 >= -1e-6 and y0 >= -1e-6 and x1 <= BOX_W + 1e-6 and y1 <= BOX_H + 1e-6


def test_a_head_close_up_draws_the_head_much_bigger_and_stays_in_its_box() -> None:
    whole = render_spec(_spec())
    close = render_spec(_spec(focus="head"))
    assert _head_radius(close.items) > 1.3 * _head_radius(whole.items)
    assert _inside_box(close.items)
    # The body grows a little bolder with the magnification (not a big head on a thin body),
    # but far less than the head grows, and the arrows keep their page weight.
    pairs = zip(sorted(_body_widths(close.items)), sorted(_body_widths(whole.items)), strict=True)
    ratios = {round(c / w, 3) for c, w in pairs}
    (ratio,) = ratios
    assert 1.1 < ratio <= BODY_GROW_MAX
    assert _arrow_widths(close.items) <= _arrow_widths(whole.items)


def _arrow_widths(items: list[Item]) -> set[float]:
    return {
        round(i.width, 6)
        for i in items
        if isinstance(i, Stroke) and i.color == (0.0, 0.0, 0.0) and i.width <= ARROW_W * 1.5
    }


def _body_widths(items: list[Item]) -> set[float]:
    """The widths of the black body strokes (trunk, limbs, neck), rounded."""
    return {
        round(i.width, 6)
        for i in items
        if isinstance(i, Stroke) and i.color == (0.0, 0.0, 0.0) and i.width > ARROW_W * 1.5
    }


def test_a_lower_leg_close_up_thickens_the_leg_within_limits() -> None:
    data = {"base": "lying_on_back", "start": {"ankles": -40}, "end": {"ankles": 30}}
    whole = render_spec(FigureSpec.model_validate(data))
    close = render_spec(FigureSpec.model_validate(data | {"focus": "lower_leg"}))
    assert _body_widths(close.items)
    assert max(_body_widths(close.items)) > max(_body_widths(whole.items))
    assert max(_body_widths(close.items)) <= max(_body_widths(whole.items)) * BODY_GROW_MAX + 1e-9


def test_the_floor_line_touches_the_body_in_a_lower_leg_close_up() -> None:
    data = {"base": "lying_on_back", "focus": "lower_leg", "anchor": "pelvis"}
    pic = render_spec(FigureSpec.model_validate(data))
    floor_y = pic.items[0]
    assert isinstance(floor_y, Stroke) and floor_y.color != (0.0, 0.0, 0.0)
    lowest = min(
        bounds([i])[1] for i in pic.items if isinstance(i, Stroke) and i.color == (0.0, 0.0, 0.0)
    )
    # The floor line's centre sits at the bottom of the drawn leg, within a line width.
    assert abs(lowest - floor_y.points[0][1]) < 0.05


def test_a_lower_leg_close_up_makes_the_foot_longer_on_the_page() -> None:
    data = {
        "base": "lying_on_back",
        "start": {"ankles": -40},
        "end": {"ankles": 30},
        "anchor": "pelvis",
    }

    whole = FigureSpec.model_validate(data)
    close = FigureSpec.model_validate(data | {"focus": "lower_leg"})
    assert _longest_foot(close) > 2 * _longest_foot(whole)
    assert _inside_box(render_spec(close).items)


def test_the_other_side_keeps_the_close_up() -> None:
    spec = _spec(focus="head", moving=["right_hand"], end={"right_shoulder": 90})
    assert mirrored_spec(spec).focus == spec.focus
    assert _inside_box(render_spec(spec, "left").items)


def test_clip_cuts_lines_and_shapes_at_the_frame() -> None:
    box = (0.0, 0.0, 1.0, 1.0)
    line = Stroke(((-1.0, 0.5), (0.5, 0.5), (0.5, 2.0)), 0.1)
    (cut,) = clip([line], box)
    assert isinstance(cut, Stroke)
    # Round ends stop at the frame: the cut line stays half its width inside.
    assert math.dist(cut.points[0], (0.05, 0.5)) < 1e-9
    assert math.dist(cut.points[-1], (0.5, 0.95)) < 1e-9
    outside = Shape(((2.0, 2.0), (3.0, 2.0), (3.0, 3.0)), fill=(0.0, 0.0, 0.0))
    assert clip([outside], box) == []
    half_in = clip([Circle((1.0, 0.5), 0.3, fill=(0.0, 0.0, 0.0))], box)
    assert len(half_in) == 1 and isinstance(half_in[0], Shape)
    assert max(p[0] for p in half_in[0].points) <= 1.0
    inside = Circle((0.5, 0.5), 0.1, fill=(0.0, 0.0, 0.0))
    assert clip([inside], box) == [inside]


def test_a_line_leaving_and_coming_back_is_cut_in_two() -> None:
    line = Stroke(((0.2, 0.5), (2.0, 0.5), (2.0, 0.8), (0.2, 0.8)), 0.0)
    runs = clip([line], (0.0, 0.0, 1.0, 1.0))
    assert len(runs) == 2


def test_an_upper_body_close_up_shows_the_arms_bigger_and_cuts_the_legs() -> None:
    data = {
        "base": "sitting",
        "end": {"right_elbow": 120},
        "moving": ["right_arm"],
        "props": [{"kind": "chair"}],
    }
    whole = render_spec(FigureSpec.model_validate(data))
    close = render_spec(FigureSpec.model_validate(data | {"focus": "upper_body"}))
    assert _head_radius(close.items) > 1.15 * _head_radius(whole.items)
    assert _inside_box(close.items)
    # The legs run out of the picture: the body is cut at the box's edge (half the margin).
    lowest_close = min(
        bounds([i])[1] for i in close.items if isinstance(i, Stroke) and i.color == (0.0, 0.0, 0.0)
    )
    assert lowest_close == pytest.approx(MARGIN / 2)
    assert not any(
        isinstance(i, Stroke) and i.color != (0.0, 0.0, 0.0) and len(i.points) == 2
        and i.points[0][1] == i.points[1][1] and abs(i.points[0][0] - i.points[1][0]) > BOX_W * 0.9
        for i in close.items
    )  # no floor line across the picture


def test_a_legs_close_up_shows_both_legs_from_the_hips_down_larger() -> None:
    # `legs`: both knees and feet fill the picture (a heel past a step's edge, a straight or bent
    # knee, one foot crossing the other), the head cut off.
    data = {"base": "standing", "end": {"left_hip": 10, "left_knee": 80}, "anchor": "right_ankle"}
    whole = FigureSpec.model_validate(data)
    close = FigureSpec.model_validate(data | {"focus": "legs"})
    _, poses = placed_poses(close)
    x0, y0, x1, y1 = region(close.focus, poses)  # type: ignore[arg-type]
    for name in ("left_knee", "right_knee", "left_toe", "right_heel", "right_hip"):
        x, y = poses[-1].points[name]
        assert x0 <= x <= x1 and y0 <= y <= y1, name
    assert not y0 <= poses[-1].points["head"][1] <= y1
    assert _inside_box(render_spec(close).items)
    assert _longest_foot(close) > 1.5 * _longest_foot(whole)
