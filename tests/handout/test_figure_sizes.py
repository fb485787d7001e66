"""Picture sizes on the page (issue 13): every drawing, lying ones included, at least 1 inch tall
on Letter, repeated exercises at full size, and larger in large print."""

from __future__ import annotations

import pytest
from pypdf.generic import ContentStream

from rehab_planner.figures.layout import BOX_H, BOX_W
from rehab_planner.figures.reportlab_backend import figure_drawing
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
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
    # Repeated exercises keep full-size pictures: every exercise picture is one size.
    assert max(small) - min(small) < 1.0
    assert min(big) > max(small) * 1.2


def test_lying_figures_draw_at_least_an_inch_tall_in_every_card() -> None:
    library = load_library(include_custom=False)
    for large in (False, True):
        style = handout_style(large)
        frame = LETTER_FRAME - style.margin_left - style.margin_right
        width = frame * style.figure_width_ratio * 0.94  # as the handout's picture column
        for exercise in library:
            if exercise.figure is None or exercise.figure.base not in LYING:
                continue
            drawing = figure_drawing(exercise, width, use_photo=False)
            assert drawing.height >= (1.3 if large else 1.0) * INCH, exercise.id
            assert drawing.height == pytest.approx(width * BOX_H / BOX_W)
