"""Picture sizes on the page (issue 13): every drawing, lying ones included, at least 1 inch tall
on Letter, repeated exercises at full size, and larger in large print."""

from __future__ import annotations

import pytest
from pypdf.generic import ContentStream

from rehab_planner.figures.crop import hugs
from rehab_planner.figures.layout import BOX_H, BOX_W
from rehab_planner.figures.reportlab_backend import figure_drawing
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.handout.phases import LYING_PICTURE_RATIO, MAX_LYING_RATIO, lying_ratio
from rehab_planner.handout.styles import handout_style
from rehab_planner.library.loader import load_library
from rehab_planner.model.figure import BasePosition
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import reader

INCH = 72.0
LETTER_FRAME = 8.5 * INCH
LYING = {BasePosition.LYING_ON_BACK, BasePosition.HOOK_LYING, BasePosition.LYING_ON_STOMACH,
         BasePosition.SIDE_LYING, BasePosition.PRONE_ON_ELBOWS}


def _drawing_heights(pdf: bytes) -> list[float]:
    """The printed height of every figure drawing: its group's scale (cm) times the box height."""
    doc = reader(pdf)
    heights = []
    for page in doc.pages:
        for operands, operator in ContentStream(page.get_contents(), doc).operations:
            if operator == b"cm":
                a, b, c, d = (float(v) for v in operands[:4])
                # A figure group scales its box of BOX_W units up to the picture's width.
                if a == d and b == c == 0 and 20 < a < 200:
                    heights.append(a * BOX_H)
    return heights


def test_every_picture_in_the_handout_is_at_least_an_inch_tall(content: HandoutContent) -> None:
    regular = render_handout(make_plan(), HandoutOptions(printed_on=PRINTED), content=content)
    large = render_handout(make_plan(), HandoutOptions(printed_on=PRINTED, large_print=True),
                           content=content)
    small, big = _drawing_heights(regular.pdf), _drawing_heights(large.pdf)
    assert small and big
    assert min(small) >= INCH
    # Repeated exercises keep full-size pictures: every picture is drawn at the usual column's
    # scale (most of them), or wider for a body lying down (cropped to it, see below).
    for heights, large in ((small, False), (big, True)):
        usual, style = min(heights), handout_style(large)
        assert max(heights.count(h) for h in set(heights)) == heights.count(usual)
        assert any(h > usual * 1.4 for h in heights)  # the lumbar plan has lying exercises
        widest = min(LYING_PICTURE_RATIO * style.scale, MAX_LYING_RATIO)
        assert max(heights) <= usual * widest / style.figure_width_ratio + 0.01
    assert min(big) > min(small) * 1.2


def test_lying_figures_draw_at_least_an_inch_tall_in_every_card() -> None:
    """A body lying down is drawn cropped to it and wider than the usual column, until it is as
    tall as a standing figure's picture (at most 0.66 of the frame), so even the flattest
    (superman) prints an inch tall, and taller in large print; a lying figure in numbered
    panels keeps the usual box."""
    library = load_library(include_custom=False)
    heights: dict[bool, dict[str, float]] = {False: {}, True: {}}
    for large in (False, True):
        style = handout_style(large)
        frame = LETTER_FRAME - style.margin_left - style.margin_right
        usual = style.figure_width_ratio
        box = frame * usual * 0.94 * BOX_H / BOX_W  # a standing figure's picture height
        for exercise in library:
            if exercise.figure is None or exercise.figure.base not in LYING:
                continue
            if hugs(exercise.figure):
                unit = figure_drawing(exercise, 100, use_photo=False, crop=True)
                ratio = lying_ratio(usual, style.scale, unit.height / unit.width)
                assert ratio > usual * 1.2 or unit.height / unit.width > 0.5, exercise.id
                drawing = figure_drawing(exercise, frame * ratio * 0.94, use_photo=False,
                                         crop=True)
                assert drawing.height <= box * 1.01, exercise.id  # never taller than standing
            else:
                drawing = figure_drawing(exercise, frame * usual * 0.94, use_photo=False)
                assert drawing.height == pytest.approx(box)
            assert drawing.height >= INCH, exercise.id
            heights[large][exercise.id] = drawing.height
    assert all(heights[True][i] > heights[False][i] for i in heights[False])
