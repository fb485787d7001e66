"""Numbered panels: two or three pictures side by side, for a movement one frame cannot show."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeGuard

from rehab_planner.figures.primitives import (
    BLACK,
    WHITE,
    Circle,
    Item,
    Label,
    Picture,
    Stroke,
    bounds,
    grey,
    transform,
    words_inside,
)

NUMBER_R = 0.165  # the disc behind a panel's number: 12 pt type in the handout (as WORD_SIZE)
GAP = 0.06
TOP = 2 * NUMBER_R + 0.08  # room above each panel for its number
DIVIDER = grey(0.75)


def is_floor(item: Item, width: float) -> TypeGuard[Stroke]:
    """The floor line _fit draws across the whole box (it is re-drawn under each panel)."""
    if not isinstance(item, Stroke) or len(item.points) != 2:
        return False
    (x0, y0), (x1, y1) = item.points
    return abs(y0 - y1) < 1e-9 and x1 - x0 > width * 0.8


def number(n: int, at: tuple[float, float]) -> list[Item]:
    """A black disc with a white number: the order of the panels."""
    size = NUMBER_R * 1.05
    return [
        Circle(at, NUMBER_R, fill=BLACK),
        Label(str(n), (at[0], at[1] - size / 2), size, WHITE),
    ]


Cell = tuple[float, float, float, float]  # left, bottom, width, height


def layouts(n: int, width: float, height: float) -> list[list[Cell]]:
    """Ways to share the box between n panels: side by side, one above the other, and (three
    panels) two stacked beside one."""
    out = [
        [(k * width / n, 0.0, width / n, height) for k in range(n)],
        [(0.0, height - (k + 1) * height / n, width, height / n) for k in range(n)],
    ]
    if n == 3:
        for share in (0.5, 0.6, 0.7):
            left = width * share
            out.append([(0.0, height / 2, left, height / 2), (0.0, 0.0, left, height / 2),
                        (left, 0.0, width - left, height)])
            out.append([(0.0, 0.0, width - left, height), (width - left, height / 2, left, height / 2),
                        (width - left, 0.0, left, height / 2)])
    return out


def _room(cell: Cell) -> Cell:
    """The part of a cell the picture may use: the number sits above it, or left of it in a
    wide cell."""
    x, y, w, h = cell
    if w > 1.6 * h:
        return x + TOP, y + GAP, w - TOP - GAP, h - 2 * GAP
    return x + GAP, y + GAP, w - 2 * GAP, h - TOP - GAP


def compose(pictures: list[Picture], width: float, height: float) -> Picture:
    """Lay the panels' pictures out in one box, each with its number in its top left corner.

    The layout (side by side, one above the other, two stacked beside one) is the one that draws
    the smallest panel largest. Each panel fills its cell; lines keep their weight; thin grey
    lines part the panels.
    """
    contents: list[tuple[list[Item], Stroke | None, tuple[float, float, float, float]]] = []
    for pic in pictures:
        floor = next((i for i in pic.items if is_floor(i, pic.width)), None)
        rest = [i for i in pic.items if i is not floor]
        box = bounds(rest)
        if floor is not None:
            box = (box[0], min(box[1], floor.points[0][1] - 0.02), box[2], box[3])
        contents.append((rest, floor, box))

    def scales(cells: list[Cell]) -> list[float]:
        out = []
        for cell, (_, _, b) in zip(cells, contents, strict=True):
            _, _, w, h = _room(cell)
            out.append(min(w / max(b[2] - b[0], 1e-6), h / max(b[3] - b[1], 1e-6)))
        return out

    cells = max(layouts(len(pictures), width, height), key=lambda c: min(scales(c)))
    out: list[Item] = []
    # Heads shrink less than the body (Circle.grow): leave a little room.
    for k, ((rest, floor, box), scale) in enumerate(zip(contents, scales(cells), strict=True)):
        scale *= 0.95
        x, y, w, h = cells[k]
        rx, ry, rw, _ = _room(cells[k])
        dx = rx + rw / 2 - (box[0] + box[2]) / 2 * scale
        dy = ry - box[1] * scale
        if floor is not None:
            fy = floor.points[0][1] * scale + dy
            out.append(Stroke(((rx - GAP / 2, fy), (rx + rw + GAP / 2, fy)), floor.width, floor.color))
        # Lines keep their weight and words their size (they are read at one size everywhere).
        for item in rest:
            moved = transform(item, scale, dx, dy, width_scale=1.0)
            if isinstance(item, Label) and isinstance(moved, Label):
                moved = replace(moved, size=item.size)
            out.append(moved)
        out += number(k + 1, (x + GAP + NUMBER_R, y + h - GAP - NUMBER_R))
        if x > 1e-6:
            out.append(Stroke(((x, y + GAP), (x, y + h - GAP)), 0.012, DIVIDER))
        if y + h < height - 1e-6:
            out.append(Stroke(((x + GAP, y + h), (x + w - GAP, y + h)), 0.012, DIVIDER))
    return Picture(width, height, words_inside(out, width, height))
