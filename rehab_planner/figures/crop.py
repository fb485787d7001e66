"""Lying figures hug their picture (issue 13 item 4): the box is cut to the body and its surface.

A body lying down is long and low: fitted to the standard box it leaves the top half empty, so
drawn across a card it prints small. Cropped to what is drawn (body, surface, arrows, words), the
picture can be drawn as wide as the card allows with the body as large as possible.
"""

from __future__ import annotations

from dataclasses import replace

from rehab_planner.figures.body import HEAD_GROW, lowest
from rehab_planner.figures.layout import BOX_H, MARGIN
from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.primitives import BLACK, Circle, Item, Label, Picture, bounds, item_bounds
from rehab_planner.model.figure import BasePosition, FigureSpec

LYING = frozenset({BasePosition.LYING_ON_BACK, BasePosition.HOOK_LYING,
                   BasePosition.LYING_ON_STOMACH, BasePosition.SIDE_LYING,
                   BasePosition.PRONE_ON_ELBOWS})


def hugs(spec: FigureSpec) -> bool:
    """Whether the figure's picture is cropped to its content: one panel, lying, not a close-up."""
    return spec.base in LYING and not spec.then and spec.focus is None


def hug(picture: Picture) -> Picture:
    """The picture cut top and bottom to what is drawn, with the usual margin (width kept)."""
    if not picture.items or picture.photo is not None:
        return picture
    _, y0, _, y1 = bounds(picture.items)
    y0, y1 = max(y0, 0.0), min(y1, picture.height)
    height = min(picture.height, y1 - y0 + 2 * MARGIN)
    dy = MARGIN - y0 if height < picture.height else 0.0
    return Picture(picture.width, height, [_moved(i, dy) for i in picture.items])


def _moved(item: Item, dy: float) -> Item:
    if dy == 0:
        return item
    if isinstance(item, Circle):
        return replace(item, center=(item.center[0], item.center[1] + dy))
    if isinstance(item, Label):
        return replace(item, at=(item.at[0], item.at[1] + dy))
    return replace(item, points=tuple((x, y + dy) for x, y in item.points))


def grow_for_word(picture: Picture, word: Label) -> Picture:
    """Room above a hugged picture for a word in its top corner (when the corner is drawn on)."""
    _, y0, _, y1 = item_bounds(word)
    need = y1 - y0 + MARGIN
    height = min(BOX_H, picture.height + need)
    return Picture(picture.width, height, picture.items)


def body_share(spec: FigureSpec, picture: Picture) -> tuple[float, float]:
    """The end pose's body height as a share of the picture's height, and that height (picture
    units). The figure's scale is read from its drawn head (heads grow by scale ** HEAD_GROW)."""
    from rehab_planner.figures.render import placed_poses

    _, poses = placed_poses(spec)
    sk = poses[-1]
    heads = [i for i in picture.items if isinstance(i, Circle) and i.fill == BLACK]
    scale = (max(h.radius for h in heads) / HEAD_R) ** (1 / HEAD_GROW)
    top = max(y for name, (_, y) in sk.points.items() if name[0] != "_" and name != "head")
    top = max(top + 0.05, sk.points["head"][1] + HEAD_R)
    body = (top - lowest(sk)) * scale
    return body / picture.height, body
