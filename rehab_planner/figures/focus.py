"""Close-ups: the body region a figure zooms to, a bigger head to match, and cutting at the frame."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise

from rehab_planner.figures import body
from rehab_planner.figures.body import HALO, HEAD_GROW
from rehab_planner.figures.pose import HEAD_R, SIDES, Skeleton
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Color, Item, Label, Point, Shape, Stroke
from rehab_planner.model.figure import Focus, View

REF_SCALE = 1.2  # a whole figure's usual scale: a close-up is this figure, magnified
BODY_GROW_MAX = 2.2
PAD = 0.09  # room around the region's points (body units)

REGIONS: dict[Focus, tuple[str, ...]] = {
    Focus.HEAD: ("head", "neck", "left_shoulder", "right_shoulder", "mid_back"),
    Focus.LOWER_LEG: tuple(
        f"{s}_{p}" for s in SIDES for p in ("shin", "ankle", "heel", "toe")
    ),
    Focus.FOOT: tuple(f"{s}_{p}" for s in SIDES for p in ("ankle", "heel", "toe")),
    Focus.LEGS: tuple(f"{s}_{p}" for s in SIDES for p in ("hip", "knee", "ankle", "heel", "toe")),
    Focus.UPPER_BODY: (
        "head",
        "neck",
        "pelvis",
        *(f"{s}_{p}" for s in SIDES for p in ("shoulder", "elbow", "hand")),
    ),
}

_EXTRA_PAD: dict[Focus, float] = {
    Focus.HEAD: 0.12, Focus.LOWER_LEG: 0.0, Focus.UPPER_BODY: 0.06, Focus.FOOT: -0.03,
    Focus.LEGS: 0.08,
}

Box = tuple[float, float, float, float]


def region(focus: Focus, poses: list[Skeleton]) -> Box:
    """(x0, y0, x1, y1) around the region's points in every pose, with a little room."""
    pts = [sk.points[name] for sk in poses for name in REGIONS[focus]]
    pad = PAD + _EXTRA_PAD[focus]
    return (
        min(p[0] for p in pts) - pad,
        min(p[1] for p in pts) - pad,
        max(p[0] for p in pts) + pad,
        max(p[1] for p in pts) + pad,
    )


def body_weight(scale: float) -> float:
    """How much thicker the body's strokes are in a close-up of this magnification.

    A close-up magnifies the figure, so its trunk and limbs grow somewhat (the square root of the
    magnification, at most BODY_GROW_MAX times), or a big head sits on a thin body. Arrows, marks
    and props keep the page line weight.
    """
    return min(max((scale / REF_SCALE) ** 0.5, 1.0), BODY_GROW_MAX)


def eye(sk: Skeleton, color: Color = BLACK, nose: bool = False) -> list[Item]:
    """The face in a close-up, so a nod, tuck, tilt or turn shows.

    Side view: a white eye on the face side of the head (and with `nose` a nose on its edge).
    Seen from the front the body draws the face itself (body.draw's face_you), from above the
    head shows its own marks (figures/heads.py): nothing here.
    """
    if sk.view is not View.SIDE:
        return []
    hx, hy = sk.points["head"]
    nx, ny = sk.points["neck"]
    d = math.hypot(hx - nx, hy - ny) or 1.0
    ux, uy = (hx - nx) / d, (hy - ny) / d
    fx, fy = math.cos(math.radians(sk.face)), math.sin(math.radians(sk.face))
    x = hx + (fx * 0.5 + ux * 0.15) * HEAD_R
    y = hy + (fy * 0.5 + uy * 0.15) * HEAD_R
    # A nose on the face's edge, a little below the eye: which way the face looks (up when the
    # head tips back, level in a chin tuck) reads even where the head's place barely changes.
    tip = (hx + (fx * 0.95 - ux * 0.2) * HEAD_R, hy + (fy * 0.95 - uy * 0.2) * HEAD_R)
    items: list[Item] = [Circle(tip, HEAD_R * body.NOSE_R, fill=color, grow=HEAD_GROW)] if nose else []
    return [*items, Circle((x, y), HEAD_R * 0.22, fill=WHITE, grow=HEAD_GROW)]


def enlarge(item: Item, scale: float) -> Item:
    """A body item for a close-up: circles (head, eye, face) keep the body's proportions.

    A whole figure at REF_SCALE has a head only somewhat bigger than its body scale implies
    (HEAD_GROW); a close-up magnifies that figure, so the head grows with the body. Line widths
    stay as they are: every figure on the sheet has the same line weight on the page. A head's
    white edge keeps its width too. `scale` is the close-up's magnification.
    """
    if not isinstance(item, Circle):
        return item
    ratio = REF_SCALE ** (item.grow - 1)
    edge = HALO / 2 if item.fill == WHITE and item.radius > HEAD_R else 0.0
    return replace(item, radius=(item.radius - edge) * ratio + edge / scale, grow=1.0, width=item.width)


def clip(items: list[Item], box: Box) -> list[Item]:
    """The items cut to the box: round line ends stop at its edge, outside parts go."""
    out: list[Item] = []
    for item in items:
        out += _clip_item(item, box)
    return out


def _inset(box: Box, by: float) -> Box:
    return box[0] + by, box[1] + by, box[2] - by, box[3] - by


def _inside(p: Point, box: Box) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def _clip_item(item: Item, box: Box) -> list[Item]:
    if isinstance(item, Label):
        return [item] if _inside(item.at, box) else []
    if isinstance(item, Circle):
        r = item.radius + item.width / 2
        cx, cy = item.center
        if cx - r >= box[0] and cx + r <= box[2] and cy - r >= box[1] and cy + r <= box[3]:
            return [item]
        if cx + r < box[0] or cx - r > box[2] or cy + r < box[1] or cy - r > box[3]:
            return []
        ring = tuple(
            (cx + item.radius * math.cos(a), cy + item.radius * math.sin(a))
            for a in (2 * math.pi * k / 48 for k in range(48))
        )
        return _clip_item(Shape(ring, item.fill, item.stroke, item.width), box)
    inner = _inset(box, item.width / 2)
    if isinstance(item, Shape):
        pts = _clip_polygon(list(item.points), inner)
        return [replace(item, points=tuple(pts))] if len(pts) >= 3 else []
    return [Stroke(tuple(run), item.width, item.color) for run in _clip_line(item.points, inner)]


def _clip_line(points: tuple[Point, ...], box: Box) -> list[list[Point]]:
    """The runs of a polyline inside the box (Liang-Barsky, segment by segment)."""
    if len(points) == 1:
        return [[points[0]]] if _inside(points[0], box) else []
    runs: list[list[Point]] = []
    current: list[Point] = []
    for a, b in pairwise(points):
        seg = _clip_segment(a, b, box)
        if seg is None:
            if current:
                runs.append(current)
            current = []
            continue
        p, q = seg
        if current and current[-1] == p:
            current.append(q)
        else:
            if current:
                runs.append(current)
            current = [p, q]
        if q != b:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _clip_segment(a: Point, b: Point, box: Box) -> tuple[Point, Point] | None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - box[0]), (dx, box[2] - a[0]), (-dy, a[1] - box[1]), (dy, box[3] - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0 else (a[0] + dx * t0, a[1] + dy * t0)
    end = b if t1 == 1 else (a[0] + dx * t1, a[1] + dy * t1)
    return start, end


def _clip_polygon(points: list[Point], box: Box) -> list[Point]:
    """Sutherland-Hodgman: the polygon cut to the box."""
    edges = (
        (lambda p: p[0] >= box[0], lambda a, b: _at_x(a, b, box[0])),
        (lambda p: p[0] <= box[2], lambda a, b: _at_x(a, b, box[2])),
        (lambda p: p[1] >= box[1], lambda a, b: _at_y(a, b, box[1])),
        (lambda p: p[1] <= box[3], lambda a, b: _at_y(a, b, box[3])),
    )
    out = points
    for keep, cross in edges:
        if not out:
            break
        pts, out = out, []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if keep(cur):
                if not keep(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif keep(prev):
                out.append(cross(prev, cur))
    return out


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + (b[1] - a[1]) * t


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + (b[0] - a[0]) * t, y
