"""A close-up of one body region in a top corner of the whole figure (`zoom:`).

In a whole figure a foot is a few millimetres long on paper: a towel pulling its toes back read
as the arms rowing. The zoom draws the same poses as a close-up (`focus:`) in a framed box in the
top corner above the region, joined to it by a thin line, like the hand close-up (figures/inset.py);
the figure shrinks out of that corner. The close-up carries the arrows; the figure keeps its words.
"""

from __future__ import annotations

from rehab_planner.figures.primitives import (
    WHITE,
    Circle,
    Item,
    Label,
    Picture,
    Shape,
    Stroke,
    transform,
)
from rehab_planner.figures.props import FRAME_W, LEADER_W, PROP_LINE

BOX_H = 1.05  # the frame's height, picture units (the picture box is 2.7 x 2.025)
SHRINK = 0.76  # the whole figure shrinks this much toward the far bottom corner
MARGIN = 0.03
LINE_WEIGHT = 0.75  # the close-up's lines, relative to the page weight (it is drawn smaller)


def add(picture: Picture, close: Picture, at: Item | None) -> Picture:
    """The picture shrunk away from the corner above `at`, the close-up framed in that corner.

    Args:
        picture: the whole figure, fitted to its box, without the arrows the close-up shows.
        close: the close-up of the region, fitted to a box of the same shape.
        at: a marker (a zero-size circle) where the region is drawn in the whole figure.
    """
    width = BOX_H * close.width / close.height
    hx = at.center[0] if isinstance(at, Circle) else picture.width
    right = hx >= picture.width / 2
    ox = 0.0 if right else picture.width
    shrunk: list[Item] = []
    for item in picture.items:
        moved = transform(item, SHRINK, ox * (1 - SHRINK), 0.0, width_scale=1.0)
        if isinstance(item, Label):  # words keep their size
            moved = Label(item.text, moved.at if isinstance(moved, Label) else item.at, item.size,
                          item.color)
        shrunk.append(moved)
    x1 = picture.width - MARGIN if right else MARGIN + width
    x0 = x1 - width
    y1 = picture.height - MARGIN
    y0 = y1 - BOX_H
    items = shrunk
    if isinstance(at, Circle):
        tx, ty = at.center[0] * SHRINK + ox * (1 - SHRINK), at.center[1] * SHRINK
        corner = (x0 + 0.2, y0) if right else (x1 - 0.2, y0)
        items.append(Stroke((corner, (tx, ty)), LEADER_W, PROP_LINE))
    scale = BOX_H / close.height
    items.append(Shape(_frame(x0, y0, x1, y1), fill=WHITE, stroke=PROP_LINE, width=FRAME_W))
    items += [transform(i, scale, x0, y0, width_scale=LINE_WEIGHT) for i in close.items]
    items.append(Shape(_frame(x0, y0, x1, y1), fill=None, stroke=PROP_LINE, width=FRAME_W))
    picture.items = items
    return picture


def _frame(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
