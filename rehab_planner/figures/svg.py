"""SVG backend: a Picture as a standalone SVG document (for export)."""

from __future__ import annotations

import base64
from xml.sax.saxutils import quoteattr

from rehab_planner.figures.primitives import Circle, Color, Item, Label, Picture, Shape, Stroke
from rehab_planner.storage.pictures import load_picture


def _color(c: Color | None) -> str:
    if c is None:
        return "none"
    r, g, b = (round(max(0.0, min(1.0, v)) * 255) for v in c)
    return f"#{r:02x}{g:02x}{b:02x}"


def _num(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".") or "0"


def _item(item: Item, height: float) -> str:
    if isinstance(item, Label):
        x, y = item.at
        return (
            f'<text x="{_num(x)}" y="{_num(height - y)}" font-family="DejaVu Sans, sans-serif" '
            f'font-weight="bold" font-size="{_num(item.size / 0.73)}" text-anchor="middle" '
            f'fill="{_color(item.color)}">{_escape(item.text)}</text>'
        )
    if isinstance(item, Circle):
        cx, cy = item.center
        return (
            f'<circle cx="{_num(cx)}" cy="{_num(height - cy)}" r="{_num(item.radius)}" '
            f'fill="{_color(item.fill)}" stroke="{_color(item.stroke)}" '
            f'stroke-width="{_num(item.width)}"/>'
        )
    pts = " ".join(f"{_num(x)},{_num(height - y)}" for x, y in item.points)
    if isinstance(item, Stroke):
        return (
            f'<polyline points="{pts}" fill="none" stroke="{_color(item.color)}" '
            f'stroke-width="{_num(item.width)}" stroke-linecap="round" stroke-linejoin="round"/>'
        )
    assert isinstance(item, Shape)
    width = item.width if item.stroke is not None else 0
    return (
        f'<polygon points="{pts}" fill="{_color(item.fill)}" stroke="{_color(item.stroke)}" '
        f'stroke-width="{_num(width)}" stroke-linejoin="round"/>'
    )


def picture_svg(picture: Picture, width_px: int = 320, title: str = "") -> str:
    """The picture as SVG text, width_px wide (height follows the box's proportions)."""
    w, h = picture.width, picture.height
    height_px = round(width_px * h / w)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_px}" height="{height_px}" '
        f'viewBox="0 0 {_num(w)} {_num(h)}">'
    )
    body = [head]
    if title:
        body.append(f"<title>{_escape(title)}</title>")
    body.append(f'<rect x="0" y="0" width="{_num(w)}" height="{_num(h)}" fill="#ffffff"/>')
    if picture.photo is not None:
        # re-encoded pixels only: the file's own bytes never reach the SVG
        clean = load_picture(picture.photo)
        data = base64.b64encode(clean.data).decode("ascii")
        href = quoteattr(f"data:{clean.mime};base64,{data}")
        body.append(
            f'<image x="0" y="0" width="{_num(w)}" height="{_num(h)}" '
            f'preserveAspectRatio="xMidYMid meet" href={href}/>'
        )
    body.extend(_item(i, h) for i in picture.items)
    body.append("</svg>")
    return "\n".join(body) + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
