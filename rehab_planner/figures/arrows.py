"""Arrows and marks: movement arrows along a path, turn and circle arrows, push arrows, rings."""

from __future__ import annotations

import itertools
import math

from rehab_planner.figures.household import hop_arrow
from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import (
    BLACK,
    LABEL_WIDTH,
    WHITE,
    Circle,
    Item,
    Label,
    Point,
    Shape,
    arrow,
    backed,
    grey,
)
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import FigureSpec, Mark, MarkKind

ARROW_W = 0.04
ARROW_HEAD = 0.13
ARROW_GAP = 0.15  # how far an arrow runs beside the moving part
MIN_ARROW = 0.34  # shortest movement arrow (body units)
RING_R = 0.1
SQUEEZE_W = 0.085  # half the width of a lit-up muscle, on the page
TRAIL_DOTS = 4
TRAIL_STEP = 0.12  # room between finger steps (page units)
TRAIL_R = 0.03
SQUEEZE_SPREAD = 38.0  # degrees between a squeeze arrow and the middle direction
SHADE = grey(0.6)  # a working muscle: shaded, with a word beside it
# Letter height of a word in a picture (page units): 12 pt type in the handout's regular
# picture (2.7 units = 30% of a Letter or A4 frame), 16 pt in large print.
WORD_SIZE = 0.172

# The line a muscle at a point lies along: its ends, as points of the figure.
_MUSCLE_AXIS = {
    "belly": ("pelvis", "mid_back"),
    "low_back": ("pelvis", "mid_back"),
    "buttock": ("pelvis", "mid_back"),
    "pelvis": ("pelvis", "mid_back"),
    "mid_back": ("mid_back", "neck"),
    "chest": ("mid_back", "neck"),
} | {
    f"{side}_{segment}": (f"{side}_{a}", f"{side}_{b}")
    for side in ("left", "right")
    for segment, (a, b) in {
        "thigh": ("hip", "knee"),
        "shin": ("knee", "ankle"),
        "upper_arm": ("shoulder", "elbow"),
        "forearm": ("elbow", "wrist"),
    }.items()
}


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
    shifted = [(p[0] + nx * gap, p[1] + ny * gap) for p in path]
    trimmed = _trim(shifted, 0.12 * length, 0.05 * length)
    return arrow(trimmed, ARROW_W, BLACK, ARROW_HEAD * unit, both_ways=both_ways)


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

    They keep one size on every page. A ring (feel it here) and a squeeze (tighten it) both
    shade the muscle and print a word beside it: the mark's word, else "hold" for a ring and
    "squeeze" for a squeeze.
    unit: one page unit in the figure's own units (1 / the figure's scale).
    """
    items: list[Item] = []
    words = figure_words()
    for mark in spec.marks:
        x, y = solid.points[mark.at]
        x, y = x + mark.dx, y + mark.dy
        if mark.kind in (MarkKind.RING, MarkKind.SQUEEZE):
            kind = mark.word or ("hold" if mark.kind is MarkKind.RING else "squeeze")
            items += squeeze(mark, solid, (x, y), unit, getattr(words, kind))
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


def trail(c: Point, direction: float, unit: float = 1.0) -> list[Item]:
    """Dots in a row leading to c from `direction`, like finger steps on a wall."""
    d = math.radians(direction)
    ux, uy = math.cos(d), math.sin(d)
    return [
        Circle((c[0] + ux * k * TRAIL_STEP * unit, c[1] + uy * k * TRAIL_STEP * unit), TRAIL_R * unit, BLACK)
        for k in range(1, TRAIL_DOTS + 1)
    ]


def squeeze(
    mark: Mark, solid: Skeleton, c: Point, unit: float = 1.0, word: str = "squeeze"
) -> list[Item]:
    """A shaded muscle (an oval along the body part at c) and a word beside it.

    The word sits above the muscle, or toward mark.direction when it is not 0. With
    mark.both_ways (two halves pressed together) two arrows also come in from mark.direction
    and its reverse and meet at the muscle.
    """
    ends = _MUSCLE_AXIS.get(mark.at)
    if ends is None:
        ux, uy, half_len = 1.0, 0.0, SQUEEZE_W * unit
    else:
        (ax, ay), (bx, by) = solid.points[ends[0]], solid.points[ends[1]]
        length = math.hypot(bx - ax, by - ay) or 1.0
        ux, uy = (bx - ax) / length, (by - ay) / length
        half_len = min(max(length * 0.32, 0.1), 0.16)
    half_w = SQUEEZE_W * unit
    oval = []
    for step in range(24):
        t = math.radians(step * 15)
        along, across = math.cos(t) * half_len, math.sin(t) * half_w
        oval.append((c[0] + ux * along - uy * across, c[1] + uy * along + ux * across))
    items: list[Item] = [
        Shape(tuple(oval), fill=WHITE, stroke=WHITE, width=0.09),
        Shape(tuple(oval), fill=SHADE, stroke=BLACK, width=0.035),
    ]
    middle = mark.direction if mark.direction else 90.0
    d = math.radians(middle + 90.0 if mark.both_ways else middle)
    along, across = math.cos(d) * ux + math.sin(d) * uy, -math.cos(d) * uy + math.sin(d) * ux
    edge = 1 / math.hypot(along / half_len, across / half_w)
    reach = edge + 0.12 * unit + len(word) * WORD_SIZE * LABEL_WIDTH / 2 * unit * abs(math.cos(d))
    at = (c[0] + math.cos(d) * reach, c[1] + math.sin(d) * reach - WORD_SIZE * 0.4 * unit)
    items += backed(Label(word, at, WORD_SIZE * unit))
    spreads = (0.0, 180.0) if mark.both_ways else ()
    for spread in spreads:
        d = math.radians(middle + spread)
        dx, dy = math.cos(d), math.sin(d)
        # How far the oval's edge is from its centre in this direction.
        along, across = dx * ux + dy * uy, -dx * uy + dy * ux
        edge = 1 / math.hypot(along / half_len, across / half_w)
        near, far = edge + 0.05 * unit, edge + 0.36 * unit
        tail, tip = (c[0] + dx * far, c[1] + dy * far), (c[0] + dx * near, c[1] + dy * near)
        items += arrow([tail, tip], ARROW_W * 1.2, BLACK, ARROW_HEAD * unit)
    return items
