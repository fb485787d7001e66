"""Numbered panels and the words in pictures (issue 13), in every backend."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.errors import DataFileError
from rehab_planner.figures import words as words_module
from rehab_planner.figures.panels import NUMBER_R, compose, layouts
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Label, Picture, bounds
from rehab_planner.figures.raster import picture_png
from rehab_planner.figures.render import BOX_H, BOX_W, render_exercise, render_spec
from rehab_planner.figures.reportlab_backend import picture_pdf
from rehab_planner.figures.svg import picture_svg
from rehab_planner.model.figure import FigureSpec


def _numbers(picture: Picture) -> list[str]:
    return [i.text for i in picture.items if isinstance(i, Label) and i.color == WHITE]


def test_a_figure_with_then_is_drawn_as_numbered_panels_inside_its_box(library) -> None:  # type: ignore[no-untyped-def]
    picture = render_exercise(library.get("log-roll"))
    assert _numbers(picture) == ["1", "2", "3"]
    discs = [i for i in picture.items if isinstance(i, Circle) and i.fill == BLACK
             and abs(i.radius - NUMBER_R) < 1e-9]
    assert len(discs) == 3
    x0, y0, x1, y1 = bounds(picture.items)
    assert x0 >= -0.01 and y0 >= -0.01 and x1 <= BOX_W + 0.01 and y1 <= BOX_H + 0.01
    assert _numbers(render_exercise(library.get("sit-to-stand"))) == ["1", "2"]


def test_lying_panels_are_laid_out_to_draw_them_large(library) -> None:  # type: ignore[no-untyped-def]
    # Three lying or sitting steps: the chosen layout beats three side-by-side columns.
    spec = library.get("log-roll").figure
    pictures = [render_spec(p) for p in spec.panels()]
    grid = compose(pictures, BOX_W, BOX_H)
    columns = layouts(3, BOX_W, BOX_H)[0]
    first_disc = next(i for i in grid.items if isinstance(i, Circle) and i.fill == BLACK)
    # Not the column layout: the first number is not in a third-of-the-width column at the top.
    assert first_disc.center[1] > BOX_H / 2
    assert len(layouts(3, BOX_W, BOX_H)) > 2 and columns[0][2] == pytest.approx(BOX_W / 3)


def test_panels_keep_their_words_at_page_size(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.arrows import WORD_SIZE

    picture = render_exercise(library.get("one-leg-hop-forward"))
    words = [i for i in picture.items if isinstance(i, Label) and i.color == BLACK
             and not i.text.isdigit()]
    assert [w.text for w in words] == ["hold"]
    assert words[0].size == pytest.approx(WORD_SIZE)


HELD = FigureSpec.model_validate({"base": "standing", "hold": True})


def test_words_print_in_svg_png_and_pdf() -> None:
    picture = render_spec(HELD)
    svg = ET.fromstring(picture_svg(picture))
    texts = [e.text for e in svg.iter() if e.tag.endswith("text")]
    assert texts == ["hold"]
    text = PdfReader(io.BytesIO(picture_pdf(picture))).pages[0].extract_text()
    assert "hold" in text
    with Image.open(io.BytesIO(picture_png(picture, 480))) as image:
        # Dark pixels in the top right corner, where the word is.
        corner = image.convert("L").crop((360, 0, 480, 60))
        assert corner.getextrema()[0] < 80


def test_a_broken_words_file_names_the_file_and_the_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "words.yaml"
    broken.write_text("schema_version: 1\nwords:\n  hold: hold\n  extra: x\n", encoding="utf-8")
    monkeypatch.setattr(paths, "figure_words_file", lambda: broken)
    words_module.clear_cache()
    try:
        with pytest.raises(DataFileError) as err:
            words_module.figure_words()
        message = str(err.value)
        assert str(broken) in message and "squeeze" in message and "extra" in message
    finally:
        words_module.clear_cache()


def test_a_held_panel_says_hold_too() -> None:
    spec = FigureSpec.model_validate(
        {"base": "standing", "end": {"hips": 30}, "then": [{"base": "standing", "hold": True}]}
    )
    picture = render_spec(spec)
    assert _numbers(picture) == ["1", "2"]
    assert [i.text for i in picture.items if isinstance(i, Label) and i.color == BLACK] == ["hold"]
