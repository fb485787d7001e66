"""Fitting a drawn figure into the picture box: scale, centre, floor line and water."""

from __future__ import annotations

from dataclasses import replace

from rehab_planner.figures.pose import Skeleton, base_for
from rehab_planner.figures.primitives import Item, Picture, Shape, Stroke, bounds, transform
from rehab_planner.figures.props import PROP_LINE, PROP_W
from rehab_planner.figures.water import WATER, WATER_LINE
from rehab_planner.model.figure import FigureSpec, PropKind

BOX_W = 2.7  # the picture box in body units (a standing figure is about 1.75 tall)
BOX_H = 2.025  # height / width 0.75, as the handout frames them
MARGIN = 0.06
MAX_SCALE = 1.7  # small figures grow at most this much, so heads and arrow heads stay in scale


def fit_picture(
    items: list[Item], spec: FigureSpec, placed: list[Skeleton], mirror: bool, floor: float
) -> Picture:
    """Scale everything to fill the box and centre it; add the floor line.

    Small figures (lying, kneeling) are scaled up as well as big ones down, but line widths keep
    their drawn weight, so every figure's lines look the same at the same printed size.
    """
    base = base_for(spec.base, spec.view)
    has_water = any(p.kind is PropKind.WATER for p in spec.props)
    x0, y0, x1, y1 = fit_bounds(items, spec, floor)
    show_floor = not base.from_above and _floor_shown(spec, has_water)
    scale = fit_scale(items, spec, floor)
    dx = BOX_W / 2 - (x0 + x1) / 2 * scale
    dy = BOX_H / 2 - (y0 + y1) / 2 * scale
    if show_floor:
        # Stand the figure near the bottom of the box, unless that pushes its top out.
        dy = min(MARGIN + 0.04 - y0 * scale, BOX_H - MARGIN - y1 * scale)
    mid_x = (x0 + x1) / 2 if mirror else None
    out = [transform(i, scale, dx, dy, mid_x, width_scale=1.0) for i in items]
    if show_floor:
        fy = floor * scale + dy
        out.insert(0, floor_line(fy))
    if has_water:
        out = [_clip_water(i) for i in out]
    return Picture(BOX_W, BOX_H, out)


def fit_bounds(
    items: list[Item], spec: FigureSpec, floor: float
) -> tuple[float, float, float, float]:
    """What has to fit in the box: everything but the water, and the floor line when drawn."""
    x0, y0, x1, y1 = bounds([i for i in items if not _is_water(i)])
    has_water = any(p.kind is PropKind.WATER for p in spec.props)
    if not base_for(spec.base, spec.view).from_above and _floor_shown(spec, has_water):
        y0 = min(y0, floor - PROP_W)
    return x0, y0, x1, y1


def _floor_shown(spec: FigureSpec, has_water: bool) -> bool:
    """The floor line is drawn, except under water unless a `floor` prop asks for the pool's
    floor (jogging in a pool: both feet off it; walking: one foot on it)."""
    return not has_water or any(p.kind is PropKind.FLOOR for p in spec.props)


def fit_scale(items: list[Item], spec: FigureSpec, floor: float) -> float:
    """How much the items grow (or shrink) to fill the box."""
    x0, y0, x1, y1 = fit_bounds(items, spec, floor)
    avail_w, avail_h = BOX_W - 2 * MARGIN, BOX_H - 2 * MARGIN
    return min(MAX_SCALE, avail_w / max(x1 - x0, 1e-6), avail_h / max(y1 - y0, 1e-6))


def floor_line(y: float) -> Item:
    return Stroke(((MARGIN, y), (BOX_W - MARGIN, y)), PROP_W * 1.3, PROP_LINE)


def _is_water(item: Item) -> bool:
    return isinstance(item, Shape) and item.stroke is None and item.points[0][0] <= -8


def _clip_water(item: Item) -> Item:
    if isinstance(item, Shape) and item.stroke is None and item.fill in (WATER, WATER_LINE):
        pts = tuple((min(max(x, 0.0), BOX_W), min(max(y, 0.0), BOX_H)) for x, y in item.points)
        return replace(item, points=pts)
    return item
