"""Tests for the squeeze mark: a shaded muscle with the word "squeeze" beside it (issues 3, 13)."""

from __future__ import annotations

import math

from rehab_planner.figures.arrows import SHADE, SQUEEZE_W, WORD_SIZE, squeeze
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.figures.primitives import WHITE, Label, Shape
from rehab_planner.figures.render import render_spec
from rehab_planner.model.figure import BasePosition, FigureSpec, Mark, View


def test_a_squeezed_thigh_is_a_shaded_oval_along_the_thigh_with_the_word_above() -> None:
    angles, shorten = resolve(base_for(BasePosition.LYING_ON_BACK, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    centre = sk.points["right_thigh"]
    items = squeeze(Mark(kind="squeeze", at="right_thigh"), sk, centre)
    ovals = [i for i in items if isinstance(i, Shape) and len(i.points) > 3 and i.fill == SHADE]
    assert ovals
    xs = [p[0] for p in ovals[-1].points]
    ys = [p[1] for p in ovals[-1].points]
    # Long along the (lying, level) thigh, as wide as a lit-up limb across it.
    assert max(xs) - min(xs) > 1.5 * (max(ys) - min(ys))
    assert abs((max(ys) - min(ys)) / 2 - SQUEEZE_W) < 0.01
    # No bare arrows: the word says what to do, just above the muscle.
    assert not [i for i in items if isinstance(i, Shape) and len(i.points) == 3]
    (word,) = [i for i in items if isinstance(i, Label)]
    assert word.text == "squeeze" and word.size == WORD_SIZE
    assert word.at[1] > max(ys) and math.dist(word.at, centre) < 0.35


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
