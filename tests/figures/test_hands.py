"""Hands read at handout size (issue 13): open, fist, grip round a handle, thumb up."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.body import LIMB_W
from rehab_planner.figures.hands import FIST_R, HANDLE_COLOR, HANDLE_W, OPEN_W
from rehab_planner.figures.layout import BOX_W
from rehab_planner.figures.primitives import BLACK, Circle, Stroke
from rehab_planner.figures.render import render_exercise, render_spec
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import FigureSpec, PropKind
from tests.figures.cue_items import drawing_scale

LIBRARY: Library = load_library(include_custom=False)
MM_PER_INCH = 25.4


def _fists(items: list[object]) -> list[Circle]:
    """The black discs smaller than the head (the head is the largest), not on its edge (a nose)."""
    discs = [i for i in items if isinstance(i, Circle) and i.fill == BLACK]
    head = max(discs, key=lambda d: d.radius)
    return [d for d in discs if d.radius < 0.8 * head.radius
            and math.dist(d.center, head.center) > 1.3 * head.radius]


@pytest.mark.parametrize("exercise_id", ["band-row", "biceps-curl", "thumbs-up-arm-raise",
                                         "band-pull-apart", "band-ankle-4-ways"])
def test_a_fist_is_wider_than_the_forearm_and_shows_on_a_small_picture(exercise_id: str) -> None:
    picture = render_exercise(LIBRARY.get(exercise_id))
    fists = _fists(picture.items)
    assert fists, exercise_id
    shrink = drawing_scale(LIBRARY.get(exercise_id))  # a cue's band under it shrinks the drawing
    for fist in fists:
        assert fist.radius >= FIST_R * 0.95 * shrink and 2 * fist.radius > 1.3 * LIMB_W
        # On a picture 1.25 inches wide the fist is at least 1.5 mm across.
        assert 2 * fist.radius / BOX_W * 1.25 * MM_PER_INCH >= 1.5


def test_an_open_hand_is_a_mitten_with_a_thumb() -> None:
    spec = FigureSpec.model_validate({"base": "standing", "hands": {"right": "open"}})
    items = render_spec(spec).items
    black = [i for i in items if isinstance(i, Stroke) and i.color == BLACK]
    palms = [i for i in black if i.width == pytest.approx(OPEN_W)]
    assert len(palms) == 1
    # The palm runs past the hand's end and the thumb leaves it at an angle.
    assert len(black) > len([i for i in render_spec(FigureSpec(base="standing")).items
                             if isinstance(i, Stroke) and i.color == BLACK])


def test_a_grip_closes_round_a_handle_unless_a_stick_runs_through_it() -> None:
    band = render_exercise(LIBRARY.get("band-row")).items
    handles = [i for i in band if isinstance(i, Stroke) and i.color == HANDLE_COLOR
               and i.width == HANDLE_W]
    assert len(handles) == 1
    # The fist is drawn over the handle (after it), so the hand closes round it.
    assert band.index(handles[0]) < band.index(_fists(band)[0])
    cane = render_exercise(LIBRARY.get("cane-forward-raise")).items
    assert not [i for i in cane if isinstance(i, Stroke) and i.color == HANDLE_COLOR
                and i.width == HANDLE_W]


def test_a_weight_shows_round_the_fist_that_holds_it() -> None:
    items = render_exercise(LIBRARY.get("biceps-curl")).items
    fist = _fists(items)[-1]
    plates = [i for i in items if isinstance(i, Circle) and i.radius > fist.radius
              and abs(i.center[0] - fist.center[0]) < fist.radius
              and abs(i.center[1] - fist.center[1]) < fist.radius and i.fill not in (BLACK, None)
              and i.fill != (1.0, 1.0, 1.0)]
    assert plates
    assert items.index(plates[-1]) < items.index(fist)


def test_every_band_held_in_a_hand_is_gripped() -> None:
    for exercise in LIBRARY:
        spec = exercise.figure
        assert spec is not None
        for prop in spec.props:
            if prop.kind is not PropKind.BAND:
                continue
            for point in (prop.at, prop.to):
                if point and point.endswith("_hand"):
                    side = point.removesuffix("_hand")
                    assert spec.hands.get(side) is not None, (exercise.id, side)  # type: ignore[call-overload]


@pytest.mark.parametrize("exercise_id", ["hamstring-stretch-strap", "pushing-a-cart", "elliptical",
                                         "reaching-low-with-tools", "wrist-curl"])
def test_a_hand_on_a_strap_rail_or_weight_gets_no_second_handle(exercise_id: str) -> None:
    spec = LIBRARY.get(exercise_id).figure
    assert spec is not None and spec.hands.get("right") is not None  # type: ignore[call-overload]
    items = render_exercise(LIBRARY.get(exercise_id)).items
    assert _fists(items)
    assert not [i for i in items if isinstance(i, Stroke) and i.color == HANDLE_COLOR
                and i.width == HANDLE_W]
