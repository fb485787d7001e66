"""Pillow backend: a Picture as a PNG, so the command line makes PNGs without Qt or Cairo.

reportlab's renderPM needs rlPyCairo, which is not installed; Pillow already is. Drawing at four
times the size and scaling down gives smooth edges.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from rehab_planner import paths
from rehab_planner.figures.primitives import (
    Circle,
    Color,
    Item,
    Label,
    Picture,
    Point,
    Shape,
    Stroke,
)
from rehab_planner.storage.pictures import load_picture

SUPERSAMPLE = 4

ToPixels = Callable[[Point], tuple[float, float]]


def _rgb(c: Color) -> tuple[int, int, int]:
    r, g, b = (round(max(0.0, min(1.0, v)) * 255) for v in c)
    return r, g, b


def _line(
    draw: ImageDraw.ImageDraw,
    pts: list[tuple[float, float]],
    width: float,
    color: tuple[int, int, int],
) -> None:
    w = max(1, round(width))
    if len(pts) > 1:
        draw.line(pts, fill=color, width=w)
    r = width / 2
    for x, y in pts:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)


def picture_image(picture: Picture, width_px: int) -> Image.Image:
    """The picture as an RGB image width_px wide."""
    height_px = max(1, round(width_px * picture.height / picture.width))
    big_w, big_h = width_px * SUPERSAMPLE, height_px * SUPERSAMPLE
    scale = big_w / picture.width
    image = Image.new("RGB", (big_w, big_h), "white")
    draw = ImageDraw.Draw(image)

    def tp(p: Point) -> tuple[float, float]:
        return p[0] * scale, (picture.height - p[1]) * scale

    if picture.photo is not None:
        with Image.open(io.BytesIO(load_picture(picture.photo).data)) as opened:
            photo = opened.convert("RGB")
            photo.thumbnail((big_w, big_h))
            image.paste(photo, ((big_w - photo.width) // 2, (big_h - photo.height) // 2))
    for item in picture.items:
        _paint(draw, item, tp, scale)
    return image.resize((width_px, height_px), Image.Resampling.LANCZOS)


def _font(pixels: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The shipped bold font at a size whose capital letters are `pixels` tall."""
    return _font_of_size(max(1, round(pixels / 0.73)))


@lru_cache(maxsize=32)
def _font_of_size(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The shipped bold font at a point size, loaded once per size."""
    try:
        return ImageFont.truetype(str(paths.fonts_dir() / "DejaVuSans-Bold.ttf"), size)
    except OSError:
        return ImageFont.load_default(size)


def _paint(draw: ImageDraw.ImageDraw, item: Item, to_px: ToPixels, scale: float) -> None:
    if isinstance(item, Label):
        x, y = to_px(item.at)
        draw.text((x, y), item.text, fill=_rgb(item.color), font=_font(item.size * scale),
                  anchor="ms")
        return
    if isinstance(item, Stroke):
        _line(draw, [to_px(p) for p in item.points], item.width * scale, _rgb(item.color))
    elif isinstance(item, Shape):
        pts = [to_px(p) for p in item.points]
        if item.fill is not None:
            draw.polygon(pts, fill=_rgb(item.fill))
        if item.stroke is not None and item.width > 0:
            _line(draw, [*pts, pts[0]], item.width * scale, _rgb(item.stroke))
    elif isinstance(item, Circle):
        cx, cy = to_px(item.center)
        r = item.radius * scale
        box = (cx - r, cy - r, cx + r, cy + r)
        if item.fill is not None:
            draw.ellipse(box, fill=_rgb(item.fill))
        if item.stroke is not None and item.width > 0:
            w = item.width * scale
            outer = (cx - r - w / 2, cy - r - w / 2, cx + r + w / 2, cy + r + w / 2)
            draw.ellipse(outer, outline=_rgb(item.stroke), width=max(1, round(w)))


def picture_png(picture: Picture, width_px: int = 480) -> bytes:
    """The picture as PNG bytes."""
    out = io.BytesIO()
    picture_image(picture, width_px).save(out, format="PNG", optimize=True)
    return out.getvalue()
