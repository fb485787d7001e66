"""Arrows and marks: movement arrows along a path, turn and circle arrows, push arrows, rings."""

from __future__ import annotations

import itertools
import math

from rehab_planner.figures.focus import body_weight
from rehab_planner.figures.household import hop_arrow
from rehab_planner.figures.muscles import WORD_SIZE as WORD_SIZE  # a picture's letter height
from rehab_planner.figures.muscles import muscle_items
from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import (
    BLACK,
    Circle,
    Item,
    Label,
    Point,
    Stroke,
    arrow,
    item_bounds,
)
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import FigureSpec, Mark, MarkKind

ARROW_W = 0.04
ARROW_HEAD = 0.13
ARROW_GAP = 0.15  # how far an arrow runs beside the moving part
MIN_ARROW = 0.34  # shortest movement arrow (body units)
MAX_TURN = 55.0  # a path arrow's offset turns at most this far from the chord's normal (degrees)
TRAIL_DOTS = 4
TRAIL_STEP = 0.12  # room between finger steps (page units)
TRAIL_R = 0.03
BREATH_LINES = (-28.0, 0.0, 28.0)  # a breath out: three short lines fanning this far apart (degrees)
BREATH_LONG = 0.16  # ...each this long (page units), starting this far out from the mouth
BREATH_GAP = 0.07


def circle_arrow(c: Point, unit: float = 1.0, around: float = 0.0) -> list[Item]:
    """A nearly closed circle arrow round c (circles, pedalling).

    unit is one page unit in the figure's own units (1 / the figure's scale): the arrow's size
    and head stay the same on the page however much the figure is scaled to fill its box.
    around: a radius (figure units) the circle stays outside of, like an arm bike's cranks.
    """
    r = max(0.16 * unit, around + 0.06 * unit)
    pts = [
        (c[0] + r * math.cos(math.radians(a)), c[1] + r * math.sin(math.radians(a)))
        for a in range(100, 100 + 290, 15)
    ]
    return arrow(pts, ARROW_W, BLACK, ARROW_HEAD * unit)


def oval_arrow(c: Point, rx: float, ry: float, unit: float = 1.0) -> list[Item]:
    """A nearly closed flat oval arrow round c, going over the top toward the front (right):
    the path feet take on an elliptical trainer."""
    pts = [
        (c[0] + rx * math.cos(math.radians(a)), c[1] + ry * math.sin(math.radians(a)))
        for a in range(240, 240 - 300, -12)
    ]
    return arrow(pts, ARROW_W, BLACK, ARROW_HEAD * unit)


def turn_arrow(
    c: Point, direction: float, both_ways: bool = False, unit: float = 1.0
) -> list[Item]:
    """A 140-degree curved arrow round c, centred on `direction` when it is not 0 or 1."""
    r = 0.2 * unit
    sense = 1 if direction >= 0 else -1
    middle = 90.0 if abs(direction) <= 1 else abs(direction)
    angles = [middle - sense * 70 + sense * step * 10 for step in range(15)]
    pts = [
        (c[0] + r * math.cos(math.radians(a)), c[1] + r * math.sin(math.radians(a))) for a in angles
    ]
    return arrow(pts, ARROW_W, BLACK, ARROW_HEAD * unit, both_ways=both_ways)


def twist_arrow(
    c: Point, direction: float, both_ways: bool = False, unit: float = 1.0,
    size: float | None = None,
) -> list[Item]:
    """A flat arc round the front of the body at c: a turn about the upright axis.

    direction > 0: the front of the body moves to the viewer's right. size: the ring's width
    (body units; a foot turning in and out needs a small one).
    """
    rx = (size or 0.72) / 2
    ry = rx / 3
    # The front half of a flat ring and a little more: its ends curl up behind the body, so it
    # reads as going round it, not as a bow under it.
    angles = [165 + step * 10 for step in range(22)]
    if direction < 0:
        angles.reverse()
    pts = [
        (c[0] + rx * math.cos(math.radians(a)), c[1] + ry * math.sin(math.radians(a)))
        for a in angles
    ]
    return arrow(pts, ARROW_W, BLACK, ARROW_HEAD * unit, both_ways=both_ways)


def roll_arrow(
    c: Point, direction: float, both_ways: bool = False, unit: float = 1.0
) -> list[Item]:
    """A narrow upright arc round a lying body at c, like a ring round a log: roll over.

    direction > 0: the top of the body rolls toward the viewer's right.
    """
    rx, ry = 0.12 * unit, 0.3 * unit
    angles = [110 - step * 20 for step in range(12)]  # over the top and down the near side
    if direction < 0:
        angles = [180 - a for a in angles]
    pts = [
        (c[0] + rx * math.cos(math.radians(a)), c[1] + ry * math.sin(math.radians(a)))
        for a in angles
    ]
    return arrow(pts, ARROW_W, BLACK, ARROW_HEAD * unit, both_ways=both_ways)


def side_arrow(
    path: list[Point], centre: Point, both_ways: bool, unit: float = 1.0
) -> list[Item]:
    """An arrow along a moving point's path, set beside it, away from the body's centre."""
    length = sum(math.dist(a, b) for a, b in itertools.pairwise(path))
    if length < 0.05:
        return []
    if length < MIN_ARROW:  # a small movement still gets an arrow long enough to read
        grow = min(MIN_ARROW / length, 4.0)
        cx, cy = (path[0][0] + path[-1][0]) / 2, (path[0][1] + path[-1][1]) / 2
        path = [(cx + (p[0] - cx) * grow, cy + (p[1] - cy) * grow) for p in path]
        length *= grow
    # Offset the path sideways, away from the body, so the arrow does not cover the limb.
    mid = path[len(path) // 2]
    a, b = path[0], path[-1]
    nx, ny = -(b[1] - a[1]), b[0] - a[0]
    if math.hypot(nx, ny) < 1e-6:
        nx, ny = -(mid[1] - a[1]), mid[0] - a[0]
    norm = math.hypot(nx, ny) or 1.0
    nx, ny = nx / norm, ny / norm
    if (mid[0] - centre[0]) * nx + (mid[1] - centre[1]) * ny < 0:
        nx, ny = -nx, -ny
    # Bulge: arcs (a curved path) take the outside of the curve.
    chord_mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    bulge = (mid[0] - chord_mid[0]) * nx + (mid[1] - chord_mid[1]) * ny
    if bulge < -0.02:
        nx, ny = -nx, -ny
    gap = ARROW_GAP * unit + (0.05 if length < 0.25 else 0.0)
    normals = _normals(path, (nx, ny))
    shifted = _offset(path, normals, gap)
    trimmed = _trim(shifted, 0.12 * length, 0.05 * length)
    return arrow(trimmed, ARROW_W, BLACK, ARROW_HEAD * unit, both_ways=both_ways)


def _offset(path: list[Point], normals: list[Point], gap: float) -> list[Point]:
    """The path moved `gap` along each point's normal. Inside a corner (where two moves meet,
    the middle pose) the moved points would step back and draw a loop: those are left out."""
    out: list[Point] = []
    for k, (p, n) in enumerate(zip(path, normals, strict=True)):
        q = (p[0] + n[0] * gap, p[1] + n[1] * gap)
        way = (p[0] - path[k - 1][0], p[1] - path[k - 1][1]) if k else (0.0, 0.0)
        while out and k and (q[0] - out[-1][0]) * way[0] + (q[1] - out[-1][1]) * way[1] <= 0:
            if k < len(path) - 1 or len(out) == 1:
                break
            out.pop()  # the end point stays (the arrow's tip): the points behind it go
        else:
            out.append(q)
            continue
        if k == len(path) - 1:
            out.append(q)
    return out


def _normals(path: list[Point], side: Point) -> list[Point]:
    """Each point's normal to the path (across its local direction), on `side`'s side and at
    most MAX_TURN degrees from it: an arc's arrow keeps its distance from the arc all along it,
    so its tip stays beside the moving part's end (a knee lifted in a march), not shifted past
    it. Where the part hardly moves (a jog before it sets off) the arrow keeps `side`.
    """
    out: list[Point] = []
    limit = math.cos(math.radians(MAX_TURN))
    step = sum(math.dist(a, b) for a, b in itertools.pairwise(path)) / max(len(path) - 1, 1)
    for i in range(len(path)):
        a, b = path[max(i - 1, 0)], path[min(i + 1, len(path) - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(tx, ty)
        if norm < step * (min(i + 1, len(path) - 1) - max(i - 1, 0)) * 0.5 or norm < 1e-6:
            out.append(side)  # the part hardly moves here (a jog before it sets off)
            continue
        nx, ny = -ty / norm, tx / norm
        dot = nx * side[0] + ny * side[1]
        if dot < 0:
            nx, ny, dot = -nx, -ny, -dot
        if dot < limit:  # turn it back toward `side`, MAX_TURN degrees off it
            cross = side[0] * ny - side[1] * nx
            turn = math.radians(MAX_TURN) * (1 if cross >= 0 else -1)
            nx = side[0] * math.cos(turn) - side[1] * math.sin(turn)
            ny = side[0] * math.sin(turn) + side[1] * math.cos(turn)
        out.append((nx, ny))
    # Smoothed over their neighbours: where two moves meet (the middle pose) the normal turns
    # at once, and the arrow would show a notch there.
    smooth: list[Point] = []
    for i in range(len(out)):
        near = out[max(i - 2, 0) : i + 3]
        sx, sy = sum(n[0] for n in near), sum(n[1] for n in near)
        norm = math.hypot(sx, sy) or 1.0
        smooth.append((sx / norm, sy / norm))
    return smooth


def _trim(path: list[Point], start: float, end: float) -> list[Point]:
    """Drop the first `start` and last `end` length of a polyline."""

    def cut(pts: list[Point], amount: float) -> list[Point]:
        out = list(pts)
        while len(out) > 2 and math.dist(out[0], out[1]) <= amount:
            amount -= math.dist(out[0], out[1])
            out.pop(0)
        d = math.dist(out[0], out[1]) or 1.0
        f = min(amount / d, 0.9)
        out[0] = (out[0][0] + (out[1][0] - out[0][0]) * f, out[0][1] + (out[1][1] - out[0][1]) * f)
        return out

    first = cut(path, start)
    return list(reversed(cut(list(reversed(first)), end)))


def marks(spec: FigureSpec, solid: Skeleton, unit: float = 1.0) -> list[Item]:
    """The spec's push, move and turn arrows and shaded muscles, on the end pose.

    They keep one size on every page. A ring (feel the stretch here) and a squeeze (tighten it)
    both shade the named muscle on its body part (figures/muscles.py) and print a word beside
    it: the mark's word, else "stretch" for a ring and "squeeze" for a squeeze.
    unit: one page unit in the figure's own units (1 / the figure's scale).
    """
    items: list[Item] = []
    words = figure_words()
    # A close-up draws the body's lines thicker: the muscle on it fills the thicker limb.
    weight = body_weight(1 / unit) if spec.focus is not None else 1.0
    others = _arrow_dots(spec, solid, unit)  # a muscle's word keeps clear of the other marks
    for mark in spec.marks:
        x, y = solid.points[mark.at]
        x, y = x + mark.dx, y + mark.dy
        if mark.kind in (MarkKind.RING, MarkKind.SQUEEZE):
            word = getattr(words, word_for(mark))
            shaded = muscle_items(mark, solid, (x, y), unit, word, weight, others)
            for label in (i for i in shaded if isinstance(i, Label)):  # the next word keeps off
                x0, y0, x1, y1 = item_bounds(label)
                others += [(x0 + (x1 - x0) * i / 6, y0 + (y1 - y0) * j / 2)
                           for i in range(7) for j in range(3)]
            items += shaded
            continue
        if mark.kind is MarkKind.TRAIL:
            items += trail((x, y), mark.direction, unit)
            continue
        if mark.kind is MarkKind.TURN:
            items += turn_arrow((x, y), mark.direction, mark.both_ways, unit)
            continue
        if mark.kind is MarkKind.TWIST:
            items += twist_arrow((x, y), mark.direction, mark.both_ways, unit, mark.size)
            continue
        if mark.kind is MarkKind.ROLL:
            items += roll_arrow((x, y), mark.direction, mark.both_ways, unit)
            continue
        if mark.kind is MarkKind.BREATH:
            items += breath((x, y), mark.direction, unit)
            continue
        if mark.kind is MarkKind.HOP:
            items += hop_arrow((x, y), mark.direction, mark.size or 0.7, unit, ARROW_HEAD, ARROW_W)
            continue
        d = math.radians(mark.direction)
        ux, uy = math.cos(d), math.sin(d)
        u = unit
        if mark.kind is MarkKind.PUSH:
            tail, tip = (x - ux * 0.42 * u, y - uy * 0.42 * u), (x - ux * 0.14 * u, y - uy * 0.14 * u)
        else:
            reach = (0.62 if mark.both_ways else 0.44) * u  # room for two heads
            if mark.size is not None:  # a long move: the hand's whole path (body units)
                reach = max(reach, mark.size)
            tail, tip = (x + ux * 0.16 * u, y + uy * 0.16 * u), (x + ux * reach, y + uy * reach)
        head = ARROW_HEAD * u
        items += arrow([tail, tip], ARROW_W * 1.2, BLACK, head, both_ways=mark.both_ways)
    return items


def breath(c: Point, direction: float, unit: float = 1.0) -> list[Item]:
    """A slow breath out from the mouth at c: three short straight lines fanning out toward
    `direction`, like air blown out through pursed lips (wavy, they read as steam)."""
    items: list[Item] = []
    for spread in BREATH_LINES:
        d = math.radians(direction + spread)
        ux, uy = math.cos(d), math.sin(d)
        near, far = BREATH_GAP * unit, (BREATH_GAP + BREATH_LONG) * unit
        items.append(Stroke(((c[0] + ux * near, c[1] + uy * near),
                             (c[0] + ux * far, c[1] + uy * far)), ARROW_W * 0.8, BLACK))
    return items


def trail(c: Point, direction: float, unit: float = 1.0) -> list[Item]:
    """Dots in a row leading to c from `direction`, like finger steps on a wall."""
    d = math.radians(direction)
    ux, uy = math.cos(d), math.sin(d)
    return [
        Circle((c[0] + ux * k * TRAIL_STEP * unit, c[1] + uy * k * TRAIL_STEP * unit), TRAIL_R * unit, BLACK)
        for k in range(1, TRAIL_DOTS + 1)
    ]


def _arrow_dots(spec: FigureSpec, solid: Skeleton, unit: float) -> list[Point]:
    """Dots along the push, move and turn marks' arrows (where they are drawn)."""
    out: list[Point] = []
    for mark in spec.marks:
        if mark.kind in (MarkKind.RING, MarkKind.SQUEEZE):
            continue
        x, y = solid.points[mark.at]
        x, y = x + mark.dx, y + mark.dy
        d = math.radians(mark.direction)
        ux, uy = math.cos(d), math.sin(d)
        reach = (-0.42, 0.0) if mark.kind is MarkKind.PUSH else (0.0, 0.5)
        for k in range(7):
            t = (reach[0] + (reach[1] - reach[0]) * k / 6) * unit
            out.append((x + ux * t, y + uy * t))
    return out


def word_for(mark: Mark) -> str:
    """The word beside a shaded muscle: the mark's own, else "stretch" for a ring (feel the
    stretch here) and "squeeze" for a squeeze (tighten it)."""
    return mark.word or ("stretch" if mark.kind is MarkKind.RING else "squeeze")
