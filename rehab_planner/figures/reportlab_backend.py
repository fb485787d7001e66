"""reportlab backend: a figure as a vector Drawing for the handout, and as a one-page PDF."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle as RLCircle
from reportlab.graphics.shapes import Drawing, Group, Image, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color as RLColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rehab_planner import paths
from rehab_planner.errors import RenderError
from rehab_planner.figures.photo import photo_path
from rehab_planner.figures.primitives import Circle, Color, Label, Picture, Shape, Stroke
from rehab_planner.figures.render import render_exercise
from rehab_planner.figures.words import FigureWords
from rehab_planner.model import Exercise
from rehab_planner.model.vocab import Side
from rehab_planner.storage.pictures import PictureRefused, load_picture


def _color(c: Color | None) -> RLColor | None:
    return None if c is None else RLColor(c[0], c[1], c[2])


LABEL_FONT = "RehabFigureBold"


def _label_font() -> str:
    """The shipped bold font, registered on first use (so PDFs embed it)."""
    if LABEL_FONT not in pdfmetrics.getRegisteredFontNames():
        path = paths.fonts_dir() / "DejaVuSans-Bold.ttf"
        try:
            pdfmetrics.registerFont(TTFont(LABEL_FONT, str(path)))
        except OSError as exc:
            raise RenderError(f"The font {path} cannot be read: {exc}") from None
    return LABEL_FONT


def _word(item: Label, scale: float) -> String:
    """A word in page points (not inside the scaled group), so the PDF states its real size."""
    return String(
        item.at[0] * scale,
        item.at[1] * scale,
        item.text,
        fontName=_label_font(),
        fontSize=item.size / 0.73 * scale,
        fillColor=_color(item.color),
        textAnchor="middle",
    )


def _shape(item: Stroke | Shape | Circle) -> PolyLine | Polygon | RLCircle:
    if isinstance(item, Stroke):
        flat = [v for p in item.points for v in p]
        return PolyLine(
            flat,
            strokeColor=_color(item.color),
            strokeWidth=item.width,
            strokeLineCap=1,
            strokeLineJoin=1,
            fillColor=None,
        )
    if isinstance(item, Shape):
        flat = [v for p in item.points for v in p]
        return Polygon(
            flat,
            fillColor=_color(item.fill),
            strokeColor=_color(item.stroke),
            strokeWidth=item.width if item.stroke else 0,
            strokeLineJoin=1,
        )
    assert isinstance(item, Circle)
    return RLCircle(
        item.center[0],
        item.center[1],
        item.radius,
        fillColor=_color(item.fill),
        strokeColor=_color(item.stroke),
        strokeWidth=item.width or 0,
    )


def picture_drawing(picture: Picture, width_pt: float) -> Drawing:
    """A Picture as a reportlab Drawing width_pt wide (height from the picture's proportions)."""
    scale = width_pt / picture.width
    height_pt = picture.height * scale
    drawing = Drawing(width_pt, height_pt)
    if picture.photo is not None:
        drawing.add(_photo(picture.photo, width_pt, height_pt))
    # Shapes and words keep their painting order: a word on its white patch covers the body.
    group = Group()
    group.scale(scale, scale)
    for item in picture.items:
        if isinstance(item, Label):
            drawing.add(group)
            drawing.add(_word(item, scale))
            group = Group()
            group.scale(scale, scale)
        else:
            group.add(_shape(item))
    drawing.add(group)
    return drawing


def _photo(path: Path, width: float, height: float) -> Image:
    try:
        clean = load_picture(path)
    except PictureRefused as exc:
        raise RenderError(str(exc)) from None
    w, h = clean.width, clean.height
    f = min(width / w, height / h)
    with PILImage.open(io.BytesIO(clean.data)) as opened:
        opened.load()
        pixels = opened.copy()
    return Image((width - w * f) / 2, (height - h * f) / 2, w * f, h * f, pixels)


def figure_drawing(
    exercise: Exercise, width_pt: float, side: Side | str | None = None, use_photo: bool = True,
    crop: bool = False,
) -> Drawing:
    """The exercise's picture (its photo if it has one) as a Drawing width_pt wide.

    Args:
        exercise: the exercise.
        width_pt: the width in points; the height is 0.75 of it (less with crop).
        side: 'left' or 'right' draws that side working and highlights it.
        use_photo: False to draw the figure even when there is a photo.
        crop: a lying figure's picture cut to its body and surface (figures/crop.py), for a
            layout that draws it wide.
    """
    photo = photo_path(exercise) if use_photo else None
    return picture_drawing(render_exercise(exercise, side, photo=photo, crop=crop), width_pt)


def picture_pdf(picture: Picture, width_pt: float = 288) -> bytes:
    """The picture as a one-page PDF of its own size."""
    data = renderPDF.drawToString(picture_drawing(picture, width_pt))
    return data if isinstance(data, bytes) else data.encode("latin-1")


def frame(width: float, height: float) -> Rect:
    """A thin grey frame (contact sheet cells)."""
    return Rect(
        0, 0, width, height, strokeColor=RLColor(0.8, 0.8, 0.8), fillColor=None, strokeWidth=0.5
    )


def key_drawings(picture_width_pt: float, close_up: bool = False, glide: bool = False
                 ) -> list[tuple[Drawing, list[str]]]:
    """The picture key's examples as Drawings, at the scale of pictures picture_width_pt wide,
    each with the lines that explain it (see figures/key.py); close_up: say what a close-up
    box is; glide: what "glide" says."""
    from rehab_planner.figures.key import key_pictures
    from rehab_planner.figures.layout import BOX_W

    unit = picture_width_pt / BOX_W
    return [(picture_drawing(p, p.width * unit), lines) for p, lines in key_pictures(close_up, glide)]


def has_close_up(exercise: Exercise) -> bool:
    """Whether the exercise's picture has a framed close-up of a hand or the feet."""
    from rehab_planner.figures.key import has_close_up as spec_has_close_up
    from rehab_planner.figures.render import spec_for

    return spec_has_close_up(spec_for(exercise))


def has_glide(exercise: Exercise) -> bool:
    """Whether the exercise's picture says "glide" (a nerve glide)."""
    from rehab_planner.figures.key import has_glide as spec_has_glide
    from rehab_planner.figures.render import spec_for

    return spec_has_glide(spec_for(exercise))


def figure_words() -> FigureWords:
    """The words of the pictures and their key (so the handout reads them from one place)."""
    from rehab_planner.figures.words import figure_words as words

    return words()
