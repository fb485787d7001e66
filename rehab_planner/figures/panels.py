"""Numbered panels: two or three pictures side by side, for a movement one frame cannot show."""

from __future__ import annotations

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
)

NUMBER_R = 0.1  # the circle round a panel's number (page units of the whole box)
GAP = 0.06
TOP = 2 * NUMBER_R + 0.08  # room above each panel for its number
DIVIDER = grey(0.75)


def _is_floor(item: Item, width: float) -> TypeGuard[Stroke]:
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


def compose(pictures: list[Picture], width: float, height: float) -> Picture:
    """Lay the panels' pictures side by side (or one above the other, if that draws them
    larger: lying bodies) in one box, each with its number in its top left corner.

    Each panel is shrunk to fill its cell, lines keep their weight, and a thin grey line parts them.
    """
    contents: list[tuple[list[Item], Stroke | None, tuple[float, float, float, float]]] = []
    for pic in pictures:
        floor = next((i for i in pic.items if _is_floor(i, pic.width)), None)
        rest = [i for i in pic.items if i is not floor]
        box = bounds(rest)
        if floor is not None:
            box = (box[0], min(box[1], floor.points[0][1] - 0.02), box[2], box[3])
        contents.append((rest, floor, box))
    n = len(pictures)
    layouts = {
        "columns": (width / n, height, width / n, 0.0),
        "rows": (width, height / n, 0.0, height / n),
    }

    def fit(cell_w: float, cell_h: float, wide: bool) -> list[float]:
        # Columns keep the number above the picture; rows keep it to the left.
        aw = cell_w - 2 * GAP - (0 if not wide else TOP)
        ah = cell_h - GAP - (TOP if not wide else GAP)
        return [min(aw / max(b[2] - b[0], 1e-6), ah / max(b[3] - b[1], 1e-6)) for _, _, b in contents]

    col_scales = fit(width / n, height, False)
    row_scales = fit(width, height / n, True)
    rows = min(row_scales) > min(col_scales)
    cell_w, cell_h, step_x, step_y = layouts["rows" if rows else "columns"]
    scales = row_scales if rows else col_scales
    out: list[Item] = []
    for k, (rest, floor, box) in enumerate(contents):
        scale = scales[k] * 0.95  # heads shrink less than the body (Circle.grow): leave room
        left, top = k * step_x, height - k * step_y
        bottom = top - cell_h
        inner_left = left + (TOP if rows else 0.0)
        inner_w = cell_w - (TOP if rows else 0.0)
        dx = inner_left + inner_w / 2 - (box[0] + box[2]) / 2 * scale
        dy = bottom + GAP - box[1] * scale
        if floor is not None:
            fy = floor.points[0][1] * scale + dy
            out.append(Stroke(((inner_left + GAP / 2, fy), (left + cell_w - GAP / 2, fy)),
                              floor.width, floor.color))
        out += [transform(i, scale, dx, dy, width_scale=1.0) for i in rest]
        out += number(k + 1, (left + GAP + NUMBER_R, top - GAP - NUMBER_R))
        if k:
            line = ((left, GAP), (left, height - GAP)) if not rows else ((GAP, top), (width - GAP, top))
            out.append(Stroke(line, 0.012, DIVIDER))
    return Picture(width, height, out)
