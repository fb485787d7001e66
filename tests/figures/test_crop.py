"""Lying figures hug their picture (issue 13 item 4): the box is cut to the body and its surface."""

from __future__ import annotations

import statistics

import pytest

from rehab_planner.figures.crop import LYING, body_share, hugs
from rehab_planner.figures.cues import CUE_BAND
from rehab_planner.figures.layout import BOX_H, BOX_W, MARGIN
from rehab_planner.figures.primitives import Label, bounds, item_bounds
from rehab_planner.figures.render import render_exercise, render_spec
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import FigureSpec, View
from tests.figures.cue_items import cue_text, drawn

LIBRARY: Library = load_library(include_custom=False)
CROPPED = sorted(e.id for e in LIBRARY if e.figure and hugs(e.figure))


def test_lying_figures_are_cropped_when_asked_and_the_others_keep_the_box() -> None:
    assert len(CROPPED) >= 30
    for exercise in LIBRARY:
        assert render_exercise(exercise).height == BOX_H  # the handout's box unless asked
        assert exercise.figure is not None
        picture = render_exercise(exercise, crop=True)
        assert picture.width == BOX_W
        if exercise.id not in CROPPED:
            assert picture.height == BOX_H, exercise.id


@pytest.mark.parametrize("exercise_id", CROPPED)
def test_a_lying_picture_hugs_what_is_drawn(exercise_id: str) -> None:
    exercise = LIBRARY.get(exercise_id)
    picture = render_exercise(exercise, crop=True)
    items = drawn(picture, exercise)  # a cue's band sits under the drawing (figures/cues.py)
    band = CUE_BAND if cue_text(exercise) else 0.0
    _, y0, _, y1 = bounds(items)
    assert picture.height <= BOX_H
    if picture.height < BOX_H:
        assert y0 == pytest.approx(MARGIN + band, abs=0.01)
        words = [i for i in items if isinstance(i, Label)]
        top = max([y1] + [item_bounds(w)[3] for w in words])
        assert picture.height - top < MARGIN + 0.2  # no empty band over the drawing


def test_a_lying_body_fills_most_of_its_pictures_height() -> None:
    shares = []
    for exercise_id in CROPPED:
        spec = LIBRARY.get(exercise_id).figure
        assert spec is not None
        if spec.view is View.FEET:
            continue
        picture = render_exercise(LIBRARY.get(exercise_id), crop=True)
        share, _ = body_share(spec, picture)
        # The share of the drawing: a cue's band of words under it is extra height.
        band = CUE_BAND if spec.cue else 0.0
        shares.append(share * picture.height / (picture.height - band))
    # Fitted to the standard box the median was 0.42 (the top half empty).
    assert statistics.median(shares) >= 0.7


def test_a_held_lying_figure_makes_room_for_its_word() -> None:
    spec = FigureSpec.model_validate({"base": "lying_on_back", "hold": True, "props": [{"kind": "mat"}]})
    picture = render_spec(spec, crop=True)
    (word,) = [i for i in picture.items if isinstance(i, Label)]
    _, y0, _, y1 = item_bounds(word)
    assert y1 <= picture.height
    others = [i for i in picture.items if i is not word and not (hasattr(i, "fill") and i.fill == (1, 1, 1))]
    body_top = bounds(others)[3]
    assert y0 >= body_top - 0.05 or picture.height == BOX_H


def test_the_bases_that_are_cropped() -> None:
    assert {b.value for b in LYING} == {"lying_on_back", "hook_lying", "lying_on_stomach",
                                        "side_lying", "prone_on_elbows"}
    standing = FigureSpec.model_validate({"base": "standing"})
    assert not hugs(standing) and render_spec(standing, crop=True).height == BOX_H


def test_the_cli_and_the_handout_backend_crop_when_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    from rehab_planner.cli import main
    from rehab_planner.figures.reportlab_backend import figure_drawing

    boxed, cropped = tmp_path / "box.png", tmp_path / "crop.png"
    assert main(["figure", "bridge", "-o", str(boxed)]) == 0
    assert main(["figure", "bridge", "--crop", "-o", str(cropped)]) == 0
    with Image.open(io.BytesIO(boxed.read_bytes())) as a, Image.open(io.BytesIO(cropped.read_bytes())) as b:
        assert a.size == (480, 360) and b.size[0] == 480 and b.size[1] < 250
    bridge = LIBRARY.get("bridge")
    assert figure_drawing(bridge, 200, crop=True).height < 0.6 * figure_drawing(bridge, 200).height
