"""Drawing primitives every backend understands: round-capped strokes, filled shapes and circles.

Coordinates are in a picture box of width x height units with y pointing up; colours are grey levels
or RGB triples from 0 to 1. Backends only scale, flip y and paint these.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

Point = tuple[float, float]
Color = tuple[float, float, float]

BLACK: Color = (0.0, 0.0, 0.0)
WHITE: Color = (1.0, 1.0, 1.0)


def grey(level: float) -> Color:
    """A grey: 0 is black, 1 is white."""
    return (level, level, level)


# The start pose is a light outline; its line keeps at least 3:1 contrast on white (WCAG).
START_GREY = grey(0.55)


@dataclass(frozen=True)
class Stroke:
    """An open polyline with round caps and joins."""

    points: tuple[Point, ...]
    width: float
    color: Color = BLACK


@dataclass(frozen=True)
class Shape:
    """A closed polygon, filled and/or outlined (round joins)."""

    points: tuple[Point, ...]
    fill: Color | None = None
    stroke: Color | None = None
    width: float = 0.0


@dataclass(frozen=True)
class Circle:
    """A circle, filled and/or outlined."""

    center: Point
    radius: float
    fill: Color | None = None
    stroke: Color | None = None
    width: float = 0.0
    grow: float = 1.0  # power of the picture's scale the radius follows (0.5: heads grow less)


@dataclass(frozen=True)
class Label:
    """A short bold word, its baseline centred on `at`; size is the letter height (cap to base)."""

    text: str
    at: Point
    size: float
    color: Color = BLACK
    width: float = 0.0  # no outline; kept so every item has a width


LABEL_WIDTH = 1.0  # a bold word's width per letter, as a share of its letter height (bounds, layout)

Item = Stroke | Shape | Circle | Label


def rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float,
                 per_corner: int = 7) -> tuple[Point, ...]:
    """The corners of a box with rounded corners of radius r, per_corner points on each."""
    pts: list[Point] = []
    step = 90.0 / (per_corner - 1)
    for cx, cy, start in ((x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180),
                          (x1 - r, y0 + r, 270)):
        pts += [(cx + r * math.cos(math.radians(start + k * step)),
                 cy + r * math.sin(math.radians(start + k * step))) for k in range(per_corner)]
    return tuple(pts)


def turned(points: tuple[Point, ...], about: Point, degrees: float) -> tuple[Point, ...]:
    """The points turned `degrees` counterclockwise about a point."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    ox, oy = about
    return tuple((ox + (x - ox) * c - (y - oy) * s, oy + (x - ox) * s + (y - oy) * c) for x, y in points)


def backed(label: Label) -> list[Item]:
    """A word on a white patch, so it reads where it crosses the figure or a prop."""
    x0, y0, x1, y1 = item_bounds(label)
    pad = label.size * 0.2
    patch = ((x0 - pad, y0 - pad), (x1 + pad, y0 - pad), (x1 + pad, y1 + pad), (x0 - pad, y1 + pad))
    return [Shape(patch, fill=WHITE), label]


def words_at_size(items: list[Item], size: float) -> list[Item]:
    """Every word at its page size, on its patch, round the same middle.

    Words are placed for the scale the figure was guessed at; fitted at a scale a few percent
    off, or scaled into a close-up, they would print that much smaller or larger than 12 pt.
    """
    out = list(items)
    for k, item in enumerate(out):
        if not isinstance(item, Label) or item.size == size:
            continue
        middle = item.at[1] + item.size * 0.375
        word = Label(item.text, (item.at[0], middle - size * 0.375), size, item.color)
        out[k] = word
        patch = out[k - 1] if k else None
        if isinstance(patch, Shape) and patch.fill == WHITE and patch.stroke is None:
            out[k - 1] = backed(word)[0]
    return out


@dataclass
class Picture:
    """Everything to paint, in a box of width x height units (y up), or a photo instead."""

    width: float
    height: float
    items: list[Item] = field(default_factory=list)
    photo: Path | None = None


def item_bounds(item: Item) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) of an item, line width included."""
    if isinstance(item, Circle):
        r = item.radius + item.width / 2
        return item.center[0] - r, item.center[1] - r, item.center[0] + r, item.center[1] + r
    if isinstance(item, Label):
        half = len(item.text) * item.size * LABEL_WIDTH / 2
        return item.at[0] - half, item.at[1] - item.size * 0.25, item.at[0] + half, item.at[1] + item.size
    pad = item.width / 2
    xs = [p[0] for p in item.points]
    ys = [p[1] for p in item.points]
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def bounds(items: list[Item]) -> tuple[float, float, float, float]:
    """Bounds of many items; (0, 0, 1, 1) for none."""
    if not items:
        return 0.0, 0.0, 1.0, 1.0
    boxes = [item_bounds(i) for i in items]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def transform(
    item: Item,
    scale: float,
    dx: float,
    dy: float,
    mirror_x: float | None = None,
    width_scale: float | None = None,
) -> Item:
    """The item scaled about the origin, optionally mirrored about x = mirror_x, then moved.

    Line widths scale by width_scale when it is given (1.0 keeps every line its drawn weight),
    else by scale.
    """
    ws = scale if width_scale is None else width_scale

    def tp(p: Point) -> Point:
        x = p[0] if mirror_x is None else 2 * mirror_x - p[0]
        return x * scale + dx, p[1] * scale + dy

    if isinstance(item, Circle):
        return replace(
            item,
            center=tp(item.center),
            radius=item.radius * scale**item.grow,
            width=item.width * ws,
        )
    if isinstance(item, Label):  # words are never mirrored; they scale like arrow heads
        x = item.at[0] if mirror_x is None else 2 * mirror_x - item.at[0]
        return replace(item, at=(x * scale + dx, item.at[1] * scale + dy), size=item.size * scale)
    return replace(item, points=tuple(tp(p) for p in item.points), width=item.width * ws)


def arrow(
    points: list[Point], width: float, color: Color, head: float, both_ways: bool = False
) -> list[Item]:
    """A polyline arrow: a stroke and a filled triangular head at the end (and start)."""
    if len(points) < 2:
        return []
    items: list[Item] = []
    body = list(points)
    heads: list[tuple[Point, Point]] = [(_back_from(points, head), points[-1])]
    if both_ways:
        heads.append((_back_from(points[::-1], head), points[0]))
    for prev, tip in heads:
        ang = math.atan2(tip[1] - prev[1], tip[0] - prev[0])
        back = (tip[0] - math.cos(ang) * head, tip[1] - math.sin(ang) * head)
        left = (back[0] - math.sin(ang) * head * 0.55, back[1] + math.cos(ang) * head * 0.55)
        right = (back[0] + math.sin(ang) * head * 0.55, back[1] - math.cos(ang) * head * 0.55)
        items.append(Shape((tip, left, right), fill=color, stroke=color, width=width * 0.5))
        # Stop the line inside the head so the tip stays sharp.
        inner = (tip[0] - math.cos(ang) * head * 0.7, tip[1] - math.sin(ang) * head * 0.7)
        if tip == body[-1]:
            body[-1] = inner
        else:
            body[0] = inner
    items.insert(0, Stroke(tuple(body), width, color))
    # A white edge keeps the arrow readable where it crosses the black figure.
    halo: list[Item] = [Stroke(tuple(body), width * 1.9, WHITE)]
    for shape in items[1:]:
        assert isinstance(shape, Shape)
        halo.append(Shape(shape.points, fill=WHITE, stroke=WHITE, width=width * 1.6))
    return halo + items


def _back_from(points: list[Point], distance: float) -> Point:
    """The first point, walking back from the end, at least `distance` from the end."""
    tip = points[-1]
    for p in reversed(points[:-1]):
        if math.dist(p, tip) >= distance:
            return p
    return points[0]


def words_inside(items: list[Item], width: float, height: float, margin: float = 0.02) -> list[Item]:
    """The items with every word (and the white patch under it) moved into the box if it pokes out.

    Words keep one size on the page while figures shrink (panels), so a word can reach past the
    edge of its picture.
    """
    out = list(items)
    for k, item in enumerate(out):
        if not isinstance(item, Label):
            continue
        x0, y0, x1, y1 = item_bounds(item)
        edge = margin + item.size * 0.2  # the patch reaches that far round the word
        dx = max(0.0, edge - x0) - max(0.0, x1 - (width - edge))
        dy = max(0.0, edge - y0) - max(0.0, y1 - (height - edge))
        if dx == 0 and dy == 0:
            continue
        out[k] = replace(item, at=(item.at[0] + dx, item.at[1] + dy))
        patch = out[k - 1] if k else None
        if isinstance(patch, Shape) and patch.fill == WHITE and patch.stroke is None:
            out[k - 1] = replace(patch, points=tuple((x + dx, y + dy) for x, y in patch.points))
    return out
