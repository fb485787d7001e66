"""The trunk's outline: chest, waist and hips, seen from the side and from the front (issue 13).

Seen from the side the trunk follows the curve of the back, deeper at the chest and the hips than at
the waist; the back stays nearly straight, so a body lying on its back or its front still rests on
the surface. Seen from the front (or from above, or lying on the side) the shoulders are widest, the
waist narrower than the hips; lying on the side, the lower side runs straight along the surface
and only the top side dips at the waist, rising again over the hip.

Both outlines are drawn as a filled polygon with a round-joined edge (CORE_W wide): the edge keeps
its page weight like every line, the polygon grows with the figure.
"""

from __future__ import annotations

import itertools
import math

from rehab_planner.figures.pose import SIDES, Point, Skeleton

# Half the trunk's depth seen from the side, in front (belly) and behind (back), along the back
# from the hips (0) to the neck (1; 0.5 is the middle of the back).
PROFILE: tuple[tuple[float, float, float], ...] = (
    (0.0, 0.094, 0.094),
    (0.12, 0.090, 0.092),
    (0.3, 0.068, 0.076),
    (0.5, 0.084, 0.082),
    (0.7, 0.118, 0.092),
    (0.85, 0.104, 0.092),
    (1.0, 0.082, 0.086),
)
CORE_W = 0.12  # the outline's round edge (page weight)
CAP_STEPS = 6
# Seen from the front: the waist's half width as a share of the hips' (at the hip joints), and how
# far up the trunk it is.
WAIST_SHARE = 0.5
WAIST_UP = 0.42
CHEST_DOWN = 0.4  # the chest's side, as a share of the way from the shoulder to the waist
SIDE_HIP_RISE = 0.85  # lying on the side: the top hip's height over the middle, as a share of the shoulder's
FRONT_EDGE = 0.1  # the front torso's round edge (as the limbs)


def _bezier(p: Point, c: Point, q: Point, t: float) -> tuple[Point, Point]:
    """The point of a quadratic curve at t and its unit tangent."""
    u = 1 - t
    point = (u * u * p[0] + 2 * u * t * c[0] + t * t * q[0], u * u * p[1] + 2 * u * t * c[1] + t * t * q[1])
    tx = 2 * u * (c[0] - p[0]) + 2 * t * (q[0] - c[0])
    ty = 2 * u * (c[1] - p[1]) + 2 * t * (q[1] - c[1])
    d = math.hypot(tx, ty) or 1.0
    return point, (tx / d, ty / d)


def _depth(t: float) -> tuple[float, float]:
    """Half depth in front and behind at t along the back (linear between the stations)."""
    for (t0, f0, b0), (t1, f1, b1) in itertools.pairwise(PROFILE):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            return f0 + (f1 - f0) * k, b0 + (b1 - b0) * k
    return PROFILE[-1][1], PROFILE[-1][2]


def side_outline(sk: Skeleton, inset: float = 0.0) -> tuple[Point, ...]:
    """The trunk seen from the side, as a closed outline (inset: drawn that much inside it).

    The belly side is the side the figure faces (clockwise from the way up the back).
    """
    pelvis, mid, neck = sk.points["pelvis"], sk.points["mid_back"], sk.points["neck"]
    control = (2 * mid[0] - (pelvis[0] + neck[0]) / 2, 2 * mid[1] - (pelvis[1] + neck[1]) / 2)
    front, back = _edges(sk, inset)
    top = _cap(neck, _bezier(pelvis, control, neck, 1.0)[1], _depth(1.0), inset, 1.0)
    bottom = _cap(pelvis, _bezier(pelvis, control, neck, 0.0)[1], _depth(0.0), inset, -1.0)
    return tuple(front + top + back[::-1] + bottom)


def back_edge(sk: Skeleton) -> list[Point]:
    """Seen from the side: the edge of the back, from the hips to the neck."""
    return _edges(sk, 0.0)[1]


def _edges(sk: Skeleton, inset: float) -> tuple[list[Point], list[Point]]:
    """The front and the back edge seen from the side, from the hips to the neck."""
    pelvis, mid, neck = sk.points["pelvis"], sk.points["mid_back"], sk.points["neck"]
    control = (2 * mid[0] - (pelvis[0] + neck[0]) / 2, 2 * mid[1] - (pelvis[1] + neck[1]) / 2)
    front: list[Point] = []
    back: list[Point] = []
    steps = 16
    for k in range(steps + 1):
        t = k / steps
        (x, y), (tx, ty) = _bezier(pelvis, control, neck, t)
        f, b = _depth(t)
        fx, fy = ty, -tx  # the way the figure faces
        front.append((x + fx * (f - inset), y + fy * (f - inset)))
        back.append((x - fx * (b - inset), y - fy * (b - inset)))
    return front, back


def _cap(
    at: Point, tangent: tuple[float, float], depth: tuple[float, float], inset: float, way: float
) -> list[Point]:
    """A rounded end between the front and the back edge (way 1: the top, -1: the bottom)."""
    tx, ty = tangent[0] * way, tangent[1] * way
    fx, fy = tangent[1], -tangent[0]
    f, b = depth[0] - inset, depth[1] - inset
    reach = (f + b) / 2
    out: list[Point] = []
    for k in range(1, CAP_STEPS):
        a = math.pi * k / CAP_STEPS
        side = math.cos(a) if way > 0 else -math.cos(a)  # front to back (top), back to front (bottom)
        half = f if side > 0 else b
        out.append((at[0] + fx * side * half + tx * math.sin(a) * reach,
                    at[1] + fy * side * half + ty * math.sin(a) * reach))
    return out


def side_frame(sk: Skeleton, t: float) -> tuple[Point, tuple[float, float], float, float]:
    """The trunk's middle line seen from the side at t along the back (0 the hips, 1 the neck;
    below 0 it runs on past the hips): its point, the way the figure faces there, and the half
    depth in front and behind (figures/muscles.py lays a muscle along it)."""
    pelvis, mid, neck = sk.points["pelvis"], sk.points["mid_back"], sk.points["neck"]
    control = (2 * mid[0] - (pelvis[0] + neck[0]) / 2, 2 * mid[1] - (pelvis[1] + neck[1]) / 2)
    (x, y), (tx, ty) = _bezier(pelvis, control, neck, max(t, 0.0))
    if t < 0:  # straight on past the hips
        x, y = x + tx * t * math.dist(pelvis, neck), y + ty * t * math.dist(pelvis, neck)
    f, b = _depth(min(max(t, 0.0), 1.0))
    return (x, y), (ty, -tx), f, b


def front_outline(sk: Skeleton, on_side: bool = False) -> tuple[Point, ...]:
    """The torso seen from the front (or above): shoulders, a waist narrower than the hips, hips.

    on_side: the body lies on its side (seen from the front): the lower side rests straight along
    the surface.

    Built from the skeleton's points alone, so it follows a bend, a twist and the perspective of
    the view from the feet. The outline is drawn with a FRONT_EDGE round edge around it.
    """
    pts = sk.points
    pelvis = pts["pelvis"]
    shoulders_mid = _mid(pts["left_shoulder"], pts["right_shoulder"])
    axis = (pelvis[0] + (shoulders_mid[0] - pelvis[0]) * WAIST_UP,
            pelvis[1] + (shoulders_mid[1] - pelvis[1]) * WAIST_UP)
    out: dict[str, list[Point]] = {}
    for side in SIDES:
        hip, shoulder = pts[f"{side}_hip"], pts[f"{side}_shoulder"]
        out_x, out_y = hip[0] - pelvis[0], hip[1] - pelvis[1]
        # Never wider than the chest (a trunk turned side-on is narrow at the shoulders).
        reach = min(WAIST_SHARE, 0.8 * _spread(shoulder, shoulders_mid) / (math.hypot(out_x, out_y) or 1))
        waist = (axis[0] + out_x * reach, axis[1] + out_y * reach)
        # The chest keeps most of the shoulders' width a third of the way down: a full chest,
        # not a straight V.
        half = _spread(shoulder, shoulders_mid) or 1.0
        ox, oy = (shoulder[0] - shoulders_mid[0]) / half, (shoulder[1] - shoulders_mid[1]) / half
        taper = max(half - _spread(waist, axis), 0.0)
        chest = (shoulder[0] + (waist[0] - shoulder[0]) * CHEST_DOWN + ox * taper * CHEST_DOWN * 0.6,
                 shoulder[1] + (waist[1] - shoulder[1]) * CHEST_DOWN + oy * taper * CHEST_DOWN * 0.6)
        out[side] = [shoulder, chest, waist, hip]
    low = _lower_side(pts) if on_side else None
    if low is not None:  # lying on the side: the lower side rests straight along the surface
        # The buttock and the side of the hip reach down to the surface as the shoulder does.
        shoulder, joint = pts[f"{low}_shoulder"], pts[f"{low}_hip"]
        hip = (joint[0], min(joint[1], shoulder[1]))
        out[low] = [shoulder, _towards(shoulder, hip, CHEST_DOWN * WAIST_UP),
                    _towards(hip, shoulder, 1 - WAIST_UP), hip]
        # The top side: the hip rises nearly as high as the shoulder with the waist dipping
        # between (the side-lying outline; a top side sloping down from the shoulder to the hips
        # read as a chest lying on its back, blind tests #9, #10, #18).
        top = "right" if low == "left" else "left"
        joint = pts[f"{top}_hip"]
        lift = SIDE_HIP_RISE * _spread(pts[f"{top}_shoulder"], shoulders_mid)
        way = (joint[0] - pelvis[0], joint[1] - pelvis[1])
        size = math.hypot(*way) or 1.0
        out[top][3] = (pelvis[0] + way[0] / size * lift, pelvis[1] + way[1] / size * lift)
    right, left = out["right"], out["left"]
    return (right[0], left[0], left[1], left[2], left[3], right[3], right[2], right[1])


def _lower_side(pts: dict[str, Point]) -> str | None:
    """The side nearer the floor of a torso lying on its side (shoulders stacked, the trunk
    level), else None (a side plank's trunk leans)."""
    ls, rs = pts["left_shoulder"], pts["right_shoulder"]
    shoulders_mid, pelvis = _mid(ls, rs), pts["pelvis"]
    across = abs(ls[1] - rs[1]) > 2 * abs(ls[0] - rs[0])
    level = abs(shoulders_mid[0] - pelvis[0]) > 2 * abs(shoulders_mid[1] - pelvis[1])
    if not (across and level):
        return None
    return "left" if ls[1] < rs[1] else "right"


def _towards(a: Point, b: Point, share: float) -> Point:
    return a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share


def _mid(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def _spread(a: Point, b: Point) -> float:
    return math.dist(a, b)


def widths(outline: tuple[Point, ...], pelvis: Point, neck: Point) -> dict[str, float]:
    """The outline's width across the trunk at the hips, the waist and the chest (for tests)."""
    ux, uy = neck[0] - pelvis[0], neck[1] - pelvis[1]
    length = math.hypot(ux, uy) or 1.0
    ux, uy = ux / length, uy / length
    out: dict[str, float] = {}
    for name, share in (("hips", 0.05), ("waist", 0.3), ("chest", 0.7)):
        level = share * length
        across = []
        n = len(outline)
        for k in range(n):
            (ax, ay), (bx, by) = outline[k], outline[(k + 1) % n]
            da = (ax - pelvis[0]) * ux + (ay - pelvis[1]) * uy - level
            db = (bx - pelvis[0]) * ux + (by - pelvis[1]) * uy - level
            if da == db or da * db > 0:
                continue
            s = da / (da - db)
            px, py = ax + (bx - ax) * s, ay + (by - ay) * s
            across.append((px - pelvis[0]) * -uy + (py - pelvis[1]) * ux)
        out[name] = max(across) - min(across) if across else 0.0
    return out
