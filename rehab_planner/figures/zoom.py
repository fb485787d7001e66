"""A close-up of one body region in a top corner of the whole figure (`zoom:`).

In a whole figure a foot is a few millimetres long on paper: a towel pulling its toes back read
as the arms rowing. The zoom draws the same poses as a close-up (`focus:`) in a framed box in the
top corner above the region, joined to it by a thin line, like the hand close-up (figures/inset.py);
the figure shrinks out of that corner. The close-up carries the arrows; the figure keeps its words.
"""

from __future__ import annotations

from rehab_planner.figures.focus import clip
from rehab_planner.figures.muscles import WORD_SIZE
from rehab_planner.figures.primitives import (
    WHITE,
    Circle,
    Item,
    Label,
    Picture,
    Shape,
    Stroke,
    bounds,
    item_bounds,
    transform,
    words_at_size,
)
from rehab_planner.figures.props import FRAME_W, LEADER_W, PROP_LINE

BOX_H = 1.05  # the frame's height, picture units (the picture box is 2.7 x 2.025)
MAX_W = 1.55  # and at most this wide
CUT_PAD = 0.08  # room kept above and below what the close-up draws
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
    # Cut the close-up to what is drawn (top to bottom): its region sits high in its box.
    _, cy0, _, cy1 = bounds(close.items)
    cy0, cy1 = max(cy0 - CUT_PAD, 0.0), min(cy1 + CUT_PAD, close.height)
    scale = min(BOX_H / (cy1 - cy0), MAX_W / close.width)
    width = close.width * scale
    hx = at.center[0] if isinstance(at, Circle) else picture.width
    # The corner above the region, unless the shrunk figure hides more under it than under the
    # other top corner (a standing figure's body under the corner above its feet).
    near = hx >= picture.width / 2
    shrunk_to = {r: _shrunk(picture, 0.0 if r else picture.width) for r in (near, not near)}
    right = min((near, not near), key=lambda r: _hidden(shrunk_to[r], picture, width, r))
    ox = 0.0 if right else picture.width
    shrunk = shrunk_to[right]
    x1 = picture.width - MARGIN if right else MARGIN + width
    x0 = x1 - width
    y1 = picture.height - MARGIN
    y0 = y1 - BOX_H
    items: list[Item] = []
    if isinstance(at, Circle):  # under the figure: a word's white patch and the body cover it
        tx, ty = at.center[0] * SHRINK + ox * (1 - SHRINK), at.center[1] * SHRINK
        corner = (x0 + 0.2, y0) if right else (x1 - 0.2, y0)
        items.append(Stroke((corner, (tx, ty)), LEADER_W, PROP_LINE))
    items += shrunk
    items.append(Shape(_frame(x0, y0, x1, y1), fill=WHITE, stroke=PROP_LINE, width=FRAME_W))
    dy = (y0 + y1) / 2 - (cy0 + cy1) / 2 * scale
    # Words keep their page size (12 pt in the handout): scaled with the close-up, "stretch" on
    # the top of a foot printed at 7 pt.
    inner = words_at_size([transform(i, scale, x0, dy, width_scale=LINE_WEIGHT)
                           for i in close.items], WORD_SIZE)
    items += clip(inner, (x0, y0, x1, y1))
    items.append(Shape(_frame(x0, y0, x1, y1), fill=None, stroke=PROP_LINE, width=FRAME_W))
    picture.items = items
    return picture


def _shrunk(picture: Picture, ox: float) -> list[Item]:
    """The figure's items shrunk toward the bottom corner at x = `ox`; words keep their size."""
    shrunk: list[Item] = []
    for item in picture.items:
        moved = transform(item, SHRINK, ox * (1 - SHRINK), 0.0, width_scale=1.0)
        if isinstance(item, Label):
            moved = Label(item.text, moved.at if isinstance(moved, Label) else item.at, item.size,
                          item.color)
        shrunk.append(moved)
    return shrunk


def _hidden(shrunk: list[Item], picture: Picture, width: float, right: bool) -> float:
    """How much of the shrunk figure a close-up `width` wide in the top corner would hide."""
    x1 = picture.width - MARGIN if right else MARGIN + width
    x0, y0 = x1 - width, picture.height - MARGIN - BOX_H
    hidden = 0.0
    for item in shrunk:
        bx0, by0, bx1, by1 = item_bounds(item)
        hidden += max(0.0, min(bx1, x1) - max(bx0, x0)) * max(0.0, by1 - max(by0, y0))
    return hidden


def _frame(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
