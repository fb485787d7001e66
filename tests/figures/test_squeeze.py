"""Tests for the squeeze mark: a lit-up muscle with arrows pointing in at it (issue 3)."""

from __future__ import annotations

import math

from rehab_planner.figures.arrows import SQUEEZE_W, squeeze
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.figures.primitives import WHITE, Shape
from rehab_planner.figures.render import render_spec
from rehab_planner.model.figure import BasePosition, FigureSpec, Mark, View


def test_a_squeezed_thigh_is_a_white_oval_along_the_thigh_with_two_arrows_from_above() -> None:
    angles, shorten = resolve(base_for(BasePosition.LYING_ON_BACK, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    centre = sk.points["right_thigh"]
    items = squeeze(Mark(kind="squeeze", at="right_thigh"), sk, centre)
    ovals = [i for i in items if isinstance(i, Shape) and len(i.points) > 3 and i.fill == WHITE]
    assert ovals
    xs = [p[0] for p in ovals[-1].points]
    ys = [p[1] for p in ovals[-1].points]
    # Long along the (lying, level) thigh, as wide as a lit-up limb across it.
    assert max(xs) - min(xs) > 1.5 * (max(ys) - min(ys))
    assert abs((max(ys) - min(ys)) / 2 - SQUEEZE_W) < 0.01
    heads = [i for i in items if isinstance(i, Shape) and len(i.points) == 3 and i.fill != WHITE]
    assert len(heads) == 2
    for head in heads:
        tip = head.points[0]
        assert tip[1] > centre[1]  # from above ...
        assert math.dist(tip, centre) < 0.2  # ... pointing in at the muscle


def test_pressed_together_arrows_come_from_opposite_sides() -> None:
    angles, shorten = resolve(base_for(BasePosition.LYING_ON_BACK, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    c = sk.points["buttock"]
    mark = Mark(kind="squeeze", at="buttock", direction=180, both_ways=True)
    heads = [i for i in squeeze(mark, sk, c) if isinstance(i, Shape) and len(i.points) == 3]
    tips = sorted(h.points[0][0] for h in heads if h.fill != WHITE)
    assert len(tips) == 2 and tips[0] < c[0] < tips[1]


def test_lying_holds_on_different_muscles_draw_differently() -> None:
    def picture(at: str) -> list[object]:
        spec = FigureSpec.model_validate(
            {"base": "lying_on_back", "arrow": "none", "marks": [{"kind": "squeeze", "at": at}]}
        )
        return list(render_spec(spec).items)

    assert picture("buttock") != picture("right_thigh") != picture("belly")
