"""Shaded muscles: the muscle a ring or squeeze names, drawn on its side of the body part, with
its word on a white patch joined to it by a short leader line (issue 13).

A grey oval laid over the body read as a pillow, a ball or the wrong muscle in the blind naming
test (belly or buttock? a pillow between the knees?). A muscle here is a shape laid along the body
part's own line, on the side where the muscle is: the belly wall in front of the waist, the low
back along the back of the waist, the buttock's round at the back of the hip, the calf at the back
of the shin, the hamstring at the back of the thigh, the upper trapezius from the side of the neck
to the top of the shoulder. The muscle swells the part's own black edge a little where it is
fullest (a calf), and the grey sits inside the body, a black rim's width in from its edge, with a
thin white edge: the eighth blind test read a grey patch standing out past the calf
with a thin rim as a pad or a shoe.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

from rehab_planner.figures.body import LIMB_W, NECK_W
from rehab_planner.figures.pose import HEAD_R, Point, Skeleton
from rehab_planner.figures.primitives import (
    BLACK,
    LABEL_WIDTH,
    WHITE,
    Item,
    Label,
    Shape,
    Stroke,
    arrow,
    backed,
    grey,
)
from rehab_planner.figures.trunk import CORE_W, side_frame
from rehab_planner.model.figure import Mark, Muscle, View

SHADE = grey(0.6)  # a working or stretched muscle
EDGE_W = 0.02  # the white edge round the shaded muscle (page units)
RIM_W = 0.04  # the body's black edge kept round a shaded muscle (page units)
LEADER = 0.1  # the line from the muscle to its word (page units)
LEADER_W = 0.03  # bolder than a close-up's thin line to its hand
# Letter height of a word in a picture (page units): 12 pt type in the handout's regular
# picture (2.7 units = 30% of a Letter or A4 frame), 16 pt in large print.
WORD_SIZE = 0.172
STEPS = 14

FRONT, BACK, WHOLE, OUTER, INNER = 1, -1, 0, 2, -2


@dataclass(frozen=True)
class _Shape:
    """Where a muscle lies on its part: the part's line from `a` to `b` (or the trunk), the side
    of it, how far along (t0 to t1: shares of the line) and how much it bulges (page units)."""

    part: str  # "trunk", or two point names without the side ("hip", "knee"), or "neck"
    side: int
    t0: float
    t1: float
    bulge: float
    peak: float = 0.5  # where along it the muscle is fullest (a calf high, near the knee)


_SHAPES: dict[Muscle, _Shape] = {
    Muscle.BELLY: _Shape("trunk", FRONT, 0.05, 0.5, 0.028),
    Muscle.LOW_BACK: _Shape("trunk", BACK, 0.06, 0.44, 0.019),
    Muscle.BUTTOCK: _Shape("trunk", BACK, -0.3, 0.12, 0.047),
    Muscle.SHOULDER_BLADES: _Shape("trunk", BACK, 0.55, 0.9, 0.022),
    Muscle.CHEST: _Shape("trunk", FRONT, 0.58, 0.9, 0.025),
    Muscle.FRONT_OF_HIP: _Shape("hip knee", FRONT, -0.12, 0.4, 0.033),
    Muscle.OUTER_HIP: _Shape("hip knee", OUTER, -0.15, 0.45, 0.039),
    Muscle.INNER_THIGH: _Shape("hip knee", INNER, 0.1, 0.85, 0.039),
    Muscle.QUADRICEPS: _Shape("hip knee", FRONT, 0.12, 0.88, 0.039),
    Muscle.HAMSTRING: _Shape("hip knee", BACK, 0.08, 0.92, 0.036, 0.4),
    Muscle.THIGH: _Shape("hip knee", WHOLE, 0.12, 0.88, 0.033),
    Muscle.CALF: _Shape("knee ankle", BACK, 0.04, 0.85, 0.041, 0.3),
    Muscle.SOLE: _Shape("heel toe", BACK, 0.15, 1.0, 0.025),
    Muscle.TOP_OF_FOOT: _Shape("heel toe", FRONT, 0.15, 0.95, 0.025),
    Muscle.UPPER_TRAP: _Shape("neck", FRONT, 0.0, 1.0, 0.039),
    Muscle.BACK_OF_NECK: _Shape("neck", WHOLE, 0.0, 1.0, 0.022),
    Muscle.SHOULDER: _Shape("shoulder elbow", WHOLE, -0.12, 0.45, 0.033),
    Muscle.UPPER_ARM: _Shape("shoulder elbow", WHOLE, 0.15, 0.85, 0.028),
    Muscle.FOREARM: _Shape("elbow wrist", WHOLE, 0.1, 0.85, 0.028),
    Muscle.FOREARM_PALM_SIDE: _Shape("elbow wrist", BACK, 0.05, 0.95, 0.039),
    Muscle.FOREARM_BACK_SIDE: _Shape("elbow wrist", FRONT, 0.05, 0.95, 0.039),
    Muscle.HAND: _Shape("wrist hand", WHOLE, -0.2, 1.3, 0.022),
}


@dataclass(frozen=True)
class Drawn:
    """A shaded muscle: its grey outline (figure units), the way out of the body it faces, and
    the body's own edge round it where the muscle swells the part (drawn as body, black)."""

    outline: tuple[Point, ...]
    outward: tuple[float, float]
    body: tuple[Point, ...] = ()


def shade(mark: Mark, sk: Skeleton, unit: float = 1.0, weight: float = 1.0) -> list[Drawn]:
    """The muscle the mark names, laid on the end pose, in one or two parts (none: no muscle
    at that point).

    unit: one page unit in figure units; weight: how much thicker the body's lines are drawn
    (a close-up's body_weight).
    """
    muscle = mark.shaded_muscle()
    if muscle is None:
        return []
    shape = _SHAPES[muscle]
    side = mark.at.split("_")[0] if mark.at.startswith(("left_", "right_")) else "right"
    if shape.part == "trunk":
        if sk.view is View.SIDE:
            return [_side_trunk(shape, sk, unit, weight)]
        return _front_trunk(muscle, sk)
    if shape.part == "neck":
        return [_neck(muscle, shape, sk, side, unit, weight)]
    a_name, b_name = shape.part.split()
    a, b = sk.points[f"{side}_{a_name}"], sk.points[f"{side}_{b_name}"]
    half = LIMB_W / 2 * 1.15 * weight * unit
    if b_name == "toe":
        half *= 0.8
    return [_along(a, b, _limb_side(shape.side, a, b, sk), shape, lambda t: half, unit)]


def _limb_side(side: int, a: Point, b: Point, sk: Skeleton) -> tuple[int, tuple[float, float]]:
    """The side as FRONT, BACK or WHOLE, with the unit normal on the limb's front.

    Seen from the side the figure faces right (mirrored after), so a limb's front is
    anticlockwise from the way it runs away from the trunk. Seen from the front or above,
    OUTER and INNER are away from and toward the body's middle line.
    """
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    normal = (-dy / length, dx / length)
    if side in (OUTER, INNER):
        middle = sk.points["pelvis"]
        away = (a[0] - middle[0]) * normal[0] + (a[1] - middle[1]) * normal[1]
        outward = normal if away >= 0 else (-normal[0], -normal[1])
        return (FRONT if side == OUTER else BACK), outward
    return side, normal


def _along(
    a: Point,
    b: Point,
    sided: tuple[int, tuple[float, float]],
    shape: _Shape,
    edge: Callable[[float], float],
    unit: float,
) -> Drawn:
    """A muscle along the line a-b: from the middle line (or the far edge) out to just past the
    body's edge on its side, fuller in the middle."""
    side, (nx, ny) = sided
    ux, uy = b[0] - a[0], b[1] - a[1]
    rim = RIM_W * unit
    outer: list[Point] = []
    inner: list[Point] = []
    swollen: list[Point] = []
    flat: list[Point] = []
    for k in range(STEPS + 1):
        share = k / STEPS
        t = shape.t0 + (shape.t1 - shape.t0) * share
        swell = _swell(share, shape.peak)
        body = edge(t) + shape.bulge * unit * swell  # the part's edge, swollen by the muscle
        reach = max(0.0, body - rim) * swell ** 0.3
        x, y = a[0] + ux * t, a[1] + uy * t
        if side == WHOLE:
            outer.append((x + nx * reach, y + ny * reach))
            inner.append((x - nx * reach, y - ny * reach))
            swollen.append((x + nx * body, y + ny * body))
            flat.append((x - nx * body, y - ny * body))
        else:
            back = -side * edge(t) * 0.1 * swell
            outer.append((x + nx * reach * side, y + ny * reach * side))
            inner.append((x + nx * back, y + ny * back))
            swollen.append((x + nx * body * side, y + ny * body * side))
            flat.append((x - nx * edge(t) * side, y - ny * edge(t) * side))
    outward = (nx * side, ny * side) if side else (0.0, 1.0)
    return Drawn(tuple(outer + inner[::-1]), outward, tuple(swollen + flat[::-1]))


def _swell(share: float, peak: float) -> float:
    """How full the muscle is at `share` of its length (0 at the ends, 1 at `peak`)."""
    u = share / peak * 0.5 if share < peak else 0.5 + (share - peak) / (1 - peak) * 0.5
    return math.sin(math.pi * u) ** 0.7


def _side_trunk(shape: _Shape, sk: Skeleton, unit: float, weight: float) -> Drawn:
    """A trunk muscle seen from the side: in front of or behind the trunk's middle line, out to
    its outline (the belly wall, the low back, the buttock's round)."""
    outer: list[Point] = []
    inner: list[Point] = []
    mid_normal = (0.0, 0.0)
    for k in range(STEPS + 1):
        share = k / STEPS
        t = shape.t0 + (shape.t1 - shape.t0) * share
        (x, y), (fx, fy), front, back = side_frame(sk, t)
        depth = (front if shape.side == FRONT else back) + CORE_W / 2 * (weight * unit - 1)
        swell = _swell(share, shape.peak)
        reach = max(0.0, depth - RIM_W * unit) * (0.55 + 0.45 * swell ** 0.5)
        way = shape.side
        outer.append((x + fx * reach * way, y + fy * reach * way))
        inner.append((x - fx * depth * 0.08 * way * swell, y - fy * depth * 0.08 * way * swell))
        if k == STEPS // 2:
            mid_normal = (fx * way, fy * way)
    return Drawn(tuple(outer + inner[::-1]), mid_normal)


def _front_trunk(muscle: Muscle, sk: Skeleton) -> list[Drawn]:
    """A trunk muscle seen from the front (or above, or from the feet): the belly wall an upright
    oval between the ribs and the pelvis; the chest, the shoulder blades, the buttocks and the
    low back a pair, one each side of the middle line, so they read as two muscles, not a pad."""
    pts = sk.points
    pelvis = pts["pelvis"]
    top = ((pts["left_shoulder"][0] + pts["right_shoulder"][0]) / 2,
           (pts["left_shoulder"][1] + pts["right_shoulder"][1]) / 2)
    ux, uy = top[0] - pelvis[0], top[1] - pelvis[1]
    across = (pts["left_hip"][0] - pts["right_hip"][0], pts["left_hip"][1] - pts["right_hip"][1])
    hips = math.hypot(*across) / 2 or 0.1
    shoulders = math.dist(pts["left_shoulder"], pts["right_shoulder"]) / 2 or 0.1
    ax, ay = across[0] / (2 * hips), across[1] / (2 * hips)

    def patch(t0: float, t1: float, s0: float, s1: float,
              outward: tuple[float, float] = (0.0, 1.0)) -> Drawn:
        outline: list[Point] = []
        for k in range(24):
            a = 2 * math.pi * k / 24
            along = (t0 + t1) / 2 + (t1 - t0) / 2 * math.sin(a)
            side = (s0 + s1) / 2 + (s1 - s0) / 2 * math.cos(a)
            outline.append((pelvis[0] + ux * along + ax * side, pelvis[1] + uy * along + ay * side))
        return Drawn(tuple(outline), outward)

    if muscle is Muscle.BELLY:
        half = min(hips * 0.45, shoulders * 0.4)
        return [patch(0.05, 0.55, -half, half)]
    t0, t1, inner, outer = {
        Muscle.CHEST: (0.62, 0.9, 0.08, 0.8),
        Muscle.SHOULDER_BLADES: (0.5, 0.88, 0.1, 0.7),
        Muscle.LOW_BACK: (0.18, 0.75, 0.1, 0.7),
    }.get(muscle, (-0.15, 0.2, 0.1, 0.95))
    wide = shoulders if t0 > 0.4 else hips
    aside = muscle is Muscle.LOW_BACK  # its word to the side: above, its line crossed the head
    return [patch(t0, t1, way * wide * inner, way * wide * outer,
                  (ax * way, ay * way) if aside else (0.0, 1.0)) for way in (-1, 1)]


def _neck(
    muscle: Muscle, shape: _Shape, sk: Skeleton, side: str, unit: float, weight: float
) -> Drawn:
    """The upper trapezius (from the side of the neck down to the top of the shoulder) or the
    muscle at the back of the neck (from high on the neck down toward the shoulder blade)."""
    neck, head, shoulder = sk.points["neck"], sk.points["head"], sk.points[f"{side}_shoulder"]
    if sk.view is View.SIDE and muscle is Muscle.BACK_OF_NECK:
        return _back_of_neck_side(shape, sk, unit, weight)
    sx, sy = shoulder[0] - neck[0], shoulder[1] - neck[1]
    reach = math.hypot(sx, sy) or 1.0
    out = (sx / reach, sy / reach)
    beside = NECK_W / 2 * weight * unit
    up = 0.3 if muscle is Muscle.UPPER_TRAP else 0.6
    a = (neck[0] + (head[0] - neck[0]) * up + out[0] * beside,
         neck[1] + (head[1] - neck[1]) * up + out[1] * beside)
    b = shoulder  # the upper trapezius runs to the top of the shoulder
    if muscle is Muscle.BACK_OF_NECK:  # down toward the shoulder blade's top corner
        b = (neck[0] + sx * 0.45, neck[1] + sy * 0.45 - 0.09)
    normal = (-(b[1] - a[1]), b[0] - a[0])
    length = math.hypot(*normal) or 1.0
    normal = (normal[0] / length, normal[1] / length)
    if normal[1] < 0:  # the side away from the chest: up
        normal = (-normal[0], -normal[1])
    width = 0.03 * weight * unit
    return _along(a, b, (shape.side, normal), shape, lambda t: width, unit)


def _back_of_neck_side(shape: _Shape, sk: Skeleton, unit: float, weight: float) -> Drawn:
    """Seen from the side (the figure faces right): the muscle down the back of the neck, from
    the base of the skull to the top of the back, on the neck's back edge. (The front view's
    shape, from the neck out toward the shoulder, fell on the front of a bowed neck.)"""
    neck, head, back = sk.points["neck"], sk.points["head"], sk.points["mid_back"]
    dx, dy = head[0] - neck[0], head[1] - neck[1]
    length = math.hypot(dx, dy) or 1.0
    normal = (-dy / length, dx / length)
    if normal[0] > 0:  # the side away from the face
        normal = (-normal[0], -normal[1])
    beside = NECK_W / 2 * weight * unit
    a = (neck[0] + dx * 0.45 + normal[0] * beside, neck[1] + dy * 0.45 + normal[1] * beside)
    b = (neck[0] + (back[0] - neck[0]) * 0.3 + normal[0] * beside,
         neck[1] + (back[1] - neck[1]) * 0.3 + normal[1] * beside)
    width = 0.03 * weight * unit
    return _along(a, b, (shape.side, normal), shape, lambda t: width, unit)


def muscle_items(
    mark: Mark, sk: Skeleton, at: Point, unit: float, word: str, weight: float = 1.0,
    others: list[Point] | None = None,
) -> list[Item]:
    """The shaded muscle of a ring or squeeze mark and its word on a white patch, joined by a
    short line; with mark.both_ways, two arrows pressing the halves together.

    The word goes out of the body on the muscle's side, or toward mark.direction when it is
    not 0, turned as little as keeps it off the body and the `others` (dots along the other
    marks' arrows). A point with no muscle of its own (a knee, a heel) gets a small shaded patch round it.
    """
    parts = shade(mark, sk, unit, weight)
    if not parts:
        r = 0.08 * unit
        parts = [Drawn(tuple((at[0] + r * math.cos(a / 4), at[1] + r * math.sin(a / 4))
                             for a in range(25)), (0.0, 1.0))]
    items = muscle_shapes(parts)
    drawn = Drawn(tuple(p for part in parts for p in part.outline), parts[0].outward)
    if mark.direction:
        d = math.radians(mark.direction)
        way = (math.cos(d), math.sin(d))
    else:
        way = drawn.outward
    if mark.both_ways:  # the arrows come along the direction: the word goes across it
        way = (-way[1], way[0]) if way[1] <= 0 else (way[1], -way[0])
        if way[1] < 0:
            way = (-way[0], -way[1])
    pressing = _pressing(drawn.outline, mark.direction or 90.0, unit) if mark.both_ways else []
    # The word keeps off the muscle itself, its arrows and the other marks.
    keep_off = [*(others or []), *drawn.outline, *_dots(pressing)]
    items += _word(drawn.outline, way, word, unit, _body_dots(sk, LIMB_W * 0.8 * unit), keep_off)
    return items + pressing


def muscle_shapes(parts: list[Drawn]) -> list[Item]:
    """The shaded parts: the body's edge round a swelling muscle (black, like the body), then
    the muscle inside it, mid-grey with a thin white edge."""
    items: list[Item] = []
    for part in parts:
        if part.body:
            items.append(Shape(part.body, fill=BLACK, stroke=BLACK, width=EDGE_W))
        items.append(Shape(part.outline, fill=SHADE, stroke=WHITE, width=EDGE_W))
    return items


def word_at(outline: tuple[Point, ...], middle: Point, word: str, unit: float = 1.0) -> list[Item]:
    """The word centred at `middle` on its white patch, a short line to it from the muscle's
    edge nearest it (the picture key sets its words above its tiny figures)."""
    size = WORD_SIZE * unit
    edge = min(outline, key=lambda p: math.dist(p, middle))
    half_h = size * 0.625 + size * 0.2
    end = (edge[0] + (middle[0] - edge[0]) * 0.5, middle[1] - half_h)
    label = Label(word, (middle[0], middle[1] - size * 0.375), size)
    return [*leader(edge, end), *backed(label)]


def leader(start: Point, end: Point) -> list[Item]:
    """The line from a muscle to its word: black, on a white line a little wider, so it still
    shows where it crosses the black body (over an arm to the low back it vanished, and the word
    seemed to name the arm: stop 46 check)."""
    return [Stroke((start, end), LEADER_W + 2 * EDGE_W, WHITE), Stroke((start, end), LEADER_W, BLACK)]


def _dots(items: list[Item]) -> list[Point]:
    """The corners and middles of the arrows' lines and heads."""
    out: list[Point] = []
    for item in items:
        if isinstance(item, (Shape, Stroke)):
            pts = item.points
            out += list(pts) + [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in itertools.pairwise(pts)]
    return out


def _word(outline: tuple[Point, ...], way: tuple[float, float], word: str, unit: float,
          body: list[Point], others: list[Point]) -> list[Item]:
    """The word beyond the muscle's edge, on a white patch, a short line back to the muscle.

    It goes toward `way`, or turned from it as little as lets its patch clear the body's lines
    (a patch over a leg hid the leg): `body` are dots along the body's lines it should not
    cover, `others` dots along other arrows, which it must not cover even more.
    """
    size = WORD_SIZE * unit
    half_w = len(word) * size * LABEL_WIDTH / 2 + size * 0.2
    half_h = size * 0.625 + size * 0.2
    centre = _centre(outline)
    dots = [(p, 1.0) for p in body] + [(p, 20.0) for p in others]
    reach_box = (min(p[0] for p in body), min(p[1] for p in body),
                 max(p[0] for p in body), max(p[1] for p in body))
    best: tuple[float, list[Item]] | None = None
    for turn, further in itertools.product((0, 20, -20, 40, -40, 60, -60, 80, -80), (0.0, 0.3)):
        a = math.atan2(way[1], way[0]) + math.radians(turn)
        d = (math.cos(a), math.sin(a))
        edge = max(outline, key=lambda p: (p[0] - centre[0]) * d[0] + (p[1] - centre[1]) * d[1])
        start = (edge[0] + d[0] * 0.02 * unit, edge[1] + d[1] * 0.02 * unit)
        reach = (LEADER + 0.02 + further) * unit
        end = (edge[0] + d[0] * reach, edge[1] + d[1] * reach)
        to_edge = min(half_w / max(abs(d[0]), 1e-6), half_h / max(abs(d[1]), 1e-6))
        middle = (end[0] + d[0] * to_edge, end[1] + d[1] * to_edge)
        covered = sum(weight for (x, y), weight in dots
                      if abs(x - middle[0]) < half_w and abs(y - middle[1]) < half_h)
        # A word beyond the body's reach widens the picture, and the whole figure shrinks.
        out = (max(0.0, reach_box[0] - (middle[0] - half_w)) + max(0.0, middle[0] + half_w - reach_box[2])
               + max(0.0, reach_box[1] - (middle[1] - half_h)) + max(0.0, middle[1] + half_h - reach_box[3]))
        # Below the body's lowest line the word sinks under the floor or the mat: never there.
        sunk = max(0.0, reach_box[1] - (middle[1] - half_h))
        score = covered + abs(turn) / 40 + further * 3 + out / unit * 4 + sunk / unit * 40
        if best is None or score < best[0]:
            label = Label(word, (middle[0], middle[1] - size * 0.375), size)
            best = (score, [*leader(start, end), *backed(label)])
        if covered == 0 and out == 0:
            break
    assert best is not None
    return best[1]


def _sided(side: str, name: str) -> str:
    return name if name in ("pelvis", "neck") else f"{side}_{name}"


_LIMB_BONES = (("shoulder", "elbow"), ("elbow", "wrist"), ("wrist", "hand"), ("hip", "knee"),
               ("knee", "ankle"), ("heel", "toe"), ("pelvis", "hip"), ("neck", "shoulder"))
_BONES = (
    ("pelvis", "mid_back"), ("mid_back", "neck"), ("neck", "head"),
    *((_sided(side, a), _sided(side, b)) for side in ("left", "right") for a, b in _LIMB_BONES),
)


def _body_dots(sk: Skeleton, pad: float) -> list[Point]:
    """Dots along the body's lines, and beside them by `pad`, that a word's patch should not
    cover."""
    out: list[Point] = []
    for a_name, b_name in _BONES:
        a, b = sk.points[a_name], sk.points[b_name]
        for k in range(9):
            t = k / 8
            x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
            out += [(x, y), (x + pad, y), (x - pad, y), (x, y + pad), (x, y - pad)]
    hx, hy = sk.points["head"]
    out += [(hx + HEAD_R * r * math.cos(a / 2), hy + HEAD_R * r * math.sin(a / 2))
            for a in range(13) for r in (0.5, 1.0)]
    return out


def _pressing(outline: tuple[Point, ...], direction: float, unit: float) -> list[Item]:
    """Two arrows from `direction` and its reverse, pointing in at the muscle's edges."""
    from rehab_planner.figures.arrows import ARROW_HEAD, ARROW_W  # arrows draws the muscles

    centre = _centre(outline)
    items: list[Item] = []
    for spread in (0.0, 180.0):
        d = math.radians(direction + spread)
        dx, dy = math.cos(d), math.sin(d)
        edge = max((p[0] - centre[0]) * dx + (p[1] - centre[1]) * dy for p in outline)
        near, far = edge + 0.06 * unit, edge + 0.36 * unit
        tail = (centre[0] + dx * far, centre[1] + dy * far)
        tip = (centre[0] + dx * near, centre[1] + dy * near)
        items += arrow([tail, tip], ARROW_W * 1.2, BLACK, ARROW_HEAD * unit)
    return items


def _centre(outline: tuple[Point, ...]) -> Point:
    return (sum(p[0] for p in outline) / len(outline), sum(p[1] for p in outline) / len(outline))
