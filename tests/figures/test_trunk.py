"""The trunk has a shape (issue 13): chest, waist and hips, from the side, the front and lying."""

from __future__ import annotations

import pytest

from rehab_planner.figures.body import lowest
from rehab_planner.figures.primitives import BLACK, Shape
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.figures.trunk import front_outline, side_outline, widths
from rehab_planner.model.figure import FigureSpec

CASES = [
    ("standing", "side"),
    ("sitting", "side"),
    ("lying_on_back", "side"),
    ("lying_on_stomach", "side"),
    ("hook_lying", "side"),
    ("standing", "front"),
    ("lying_on_back", "front"),
    ("side_lying", "front"),
    ("hook_lying", "feet"),
]


def _pose(base: str, view: str) -> FigureSpec:
    return FigureSpec.model_validate({"base": base, "view": view})


@pytest.mark.parametrize(("base", "view"), CASES)
def test_the_waist_is_narrower_than_the_chest_and_the_hips(base: str, view: str) -> None:
    _, (sk,) = placed_poses(_pose(base, view))
    outline = side_outline(sk) if view == "side" else front_outline(sk)
    w = widths(outline, sk.points["pelvis"], sk.points["neck"])
    assert w["waist"] < 0.9 * w["chest"], (base, view, w)
    assert w["waist"] < 0.9 * w["hips"], (base, view, w)


@pytest.mark.parametrize(("base", "view"), CASES)
def test_the_drawn_trunk_is_that_outline_not_a_box(base: str, view: str) -> None:
    items = render_spec(_pose(base, view)).items
    trunks = [i for i in items if isinstance(i, Shape) and i.fill == BLACK and len(i.points) >= 8]
    assert trunks, "the trunk is drawn as a shaped outline"


def test_the_chest_is_in_front_and_the_back_stays_flat() -> None:
    # Standing, facing right: the chest bulges to the right; the back is nearly straight, so a body
    # on its back rests on both the hips and the shoulder blades.
    _, (sk,) = placed_poses(_pose("standing", "side"))
    outline = side_outline(sk)
    x = sk.points["pelvis"][0]
    front = max(p[0] for p in outline) - x
    back = x - min(p[0] for p in outline)
    assert front > back + 0.015
    ground, (lying,) = placed_poses(_pose("lying_on_back", "side"))
    low = [p for p in side_outline(lying) if p[1] < ground + 0.012]
    xs = [p[0] for p in low]
    # Touching along most of the trunk, not on one point.
    assert max(xs) - min(xs) > 0.3
    assert lowest(lying) == pytest.approx(ground, abs=0.005)


def test_a_side_lying_waist_lifts_off_the_mat() -> None:
    ground, (sk,) = placed_poses(FigureSpec.model_validate(
        {"base": "side_lying", "view": "front", "props": [{"kind": "mat"}]}))
    outline = front_outline(sk)
    pelvis, neck = sk.points["pelvis"], sk.points["neck"]
    w = widths(outline, pelvis, neck)
    assert w["waist"] < w["hips"]
    assert lowest(sk) == pytest.approx(ground, abs=0.005)
