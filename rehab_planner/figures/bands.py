"""An exercise band: where it is anchored and where it loops round the body (issue 13).

A band with a free end is tied there: to a door through a door anchor (a strap over the door's
edge with a ring the band runs through) when a door stands there, else round a post (a ring with
two short tails: a knot). Where a band meets a leg (knee, shin, ankle, foot) it loops round it: a
cuff across the limb, or a strip under the sole of a foot that stands on it. A hand holds a band
by the handle its gripping fist closes round (figures/hands.py; every band held in a hand has a
hand shape in its figure data).
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Point, Shape, Stroke, grey
from rehab_planner.model.figure import Prop

BAND_W = 0.03
STICK_EDGE = 0.035  # white edge either side of a solid band, strap or stick, together
RING_R = 0.045  # the ring a band runs through, at a door anchor or a knot
RING_LINE = 0.028
DOOR_SNAP = 0.15  # a band's free end this close to a door is tied to that door
ANCHOR_REACH = 0.075  # the door anchor's strap: how far it reaches either side of the door
STOPPER_R = 0.05  # the anchor's stopper, behind the door
CUFF_LONG = 0.17  # a loop round a limb: across it, a little wider than the limb
CUFF_W = 0.045
KNOT_TAIL = 0.07
UNDER_SOLE = 0.03  # a band stood on runs this far below the foot's line (along the sole)
SOLE_PAST = 0.035  # and shows this far past the heel and the toe
ANCHOR_FILL = grey(0.3)
STRAP_W = 0.05  # the door anchor's strap, across
BALL_OF_FOOT = 0.75  # a strap or band round a foot loops this far from the ankle toward the toe point
FOOT_CUFF = 0.12  # its cuff across the foot, a little wider than the foot

# Where a band meets a body point, the limb it loops round: the segment it lies across.
LOOPED = {
    "knee": ("knee", "ankle"),
    "shin": ("knee", "ankle"),
    "ankle": ("knee", "ankle"),
    "thigh": ("hip", "knee"),
    "toe": ("heel", "toe"),
    "heel": ("heel", "toe"),
}


def anchor_kind(end: Point, doors: tuple[float, ...]) -> str:
    """How a band's free end is tied: 'door' (a door anchor) or 'post' (a knot)."""
    return "door" if any(abs(end[0] - x) <= DOOR_SNAP for x in doors) else "post"


def band(
    prop: Prop, sk: Skeleton, start: Skeleton, line: Color, faded: bool, doors: tuple[float, ...]
) -> list[Item]:
    """The band for one pose: the stretched band, its anchor and its loops (faded: the start)."""
    at = prop.at or "right_hand"
    a = sk.points[at]
    if at.endswith("_toe") and not _stands_on(sk, at.removesuffix("_toe")):
        a = ball_of_foot(sk, at.removesuffix("_toe"))[0]  # round the ball of the foot
    ends = [at]
    anchor_items: list[Item] = []
    foot = (prop.to or "").removesuffix("_toe")
    if at.endswith("_hand") and (prop.to or "").endswith("_toe") and not _stands_on(sk, foot):
        # From the hands round the soles and back (a band row sitting with the legs out): the
        # band loops round the ball of the foot, its two strands to the hand.
        path = foot_loop(sk, foot, a)
        edge: list[Item] = [] if faded else [Stroke(path, BAND_W + STICK_EDGE, WHITE)]
        return [*edge, Stroke(path, BAND_W, line)]
    if prop.to is not None:
        b = sk.points[prop.to]
        other = (b[0] + prop.dx, b[1] + prop.dy)
        ends.append(prop.to)
    else:
        sa = start.points[at]
        other = (sa[0] + prop.dx, sa[1] + prop.dy)
        if anchor_kind(other, doors) == "door":
            door = min(doors, key=lambda x: abs(other[0] - x))
            anchor_items, other = door_anchor(door, other[1], a[0] < door, line)
        else:
            anchor_items = knot(other, a, line)
    items: list[Item] = [] if faded else [Stroke((other, a), BAND_W + STICK_EDGE, WHITE)]
    items.append(Stroke((other, a), BAND_W, line))
    if prop.to == at:  # a short band drawn round one point (a loop drawn by hand in the data)
        return items
    for name in ends:
        items += loop(sk, name, line, faded)
    return items + anchor_items


def door_anchor(door: float, y: float, from_left: bool, line: Color) -> tuple[list[Item], Point]:
    """A door anchor: a strap over the door's edge, a stopper behind it, and the ring the band runs
    through on the figure's side. Returns the items and the point the band pulls from."""
    way = -1.0 if from_left else 1.0  # towards the figure
    ring = (door + way * ANCHOR_REACH, y)
    stopper = (door - way * ANCHOR_REACH * 0.7, y)
    half = STRAP_W / 2
    strap = ((ring[0], y - half), (stopper[0], y - half), (stopper[0], y + half), (ring[0], y + half))
    return [
        Shape(strap, fill=ANCHOR_FILL, stroke=ANCHOR_FILL, width=0.01),
        Circle(stopper, STOPPER_R, fill=ANCHOR_FILL),
        Circle(ring, RING_R + 0.012, fill=WHITE),
        Circle(ring, RING_R, stroke=line, width=RING_LINE),
    ], (ring[0] - way * RING_R * 0.2, y)


def knot(at: Point, towards: Point, line: Color) -> list[Item]:
    """A band tied round a post: a ring with two short tails hanging from it."""
    away = math.atan2(at[1] - towards[1], at[0] - towards[0])
    tails = [
        Stroke((at, (at[0] + math.cos(away + d) * KNOT_TAIL, at[1] + math.sin(away + d) * KNOT_TAIL - 0.03)),
               BAND_W * 0.8, line)
        for d in (-0.5, 0.5)
    ]
    return [*tails, Circle(at, RING_R + 0.012, fill=WHITE), Circle(at, RING_R, stroke=line, width=RING_LINE)]


def loop(sk: Skeleton, name: str, line: Color, faded: bool) -> list[Item]:
    """The band round a leg at a point: a short cuff across the limb; under the sole of a foot
    that stands on it."""
    side, _, part = name.partition("_")
    if part not in LOOPED or side not in ("left", "right"):
        return []
    if part in ("toe", "heel") and _stands_on(sk, side):
        return under_foot(sk, side, line, faded)
    if part == "toe":  # round the ball of the foot
        ball = ball_of_foot(sk, side)[1]
        edge: list[Item] = [] if faded else [Stroke(ball, CUFF_W + STICK_EDGE, WHITE)]
        return [*edge, Stroke(ball, CUFF_W, line)]
    p, q = (sk.points[f"{side}_{n}"] for n in LOOPED[part])
    d = math.dist(p, q) or 1.0
    nx, ny = -(q[1] - p[1]) / d, (q[0] - p[0]) / d
    c = sk.points[name]
    half = CUFF_LONG / 2
    cuff = ((c[0] - nx * half, c[1] - ny * half), (c[0] + nx * half, c[1] + ny * half))
    edge = [] if faded else [Stroke(cuff, CUFF_W + STICK_EDGE, WHITE)]
    return [*edge, Stroke(cuff, CUFF_W, line)]


def _stands_on(sk: Skeleton, side: str) -> bool:
    """Whether that foot is flat under the body (the lowest points of the pose)."""
    low = min(y for name, (_, y) in sk.points.items() if name[0] != "_")
    heel, toe = sk.points[f"{side}_heel"], sk.points[f"{side}_toe"]
    return max(heel[1], toe[1]) - low < 0.03


def under_foot(sk: Skeleton, side: str, line: Color, faded: bool) -> list[Item]:
    """A band held down by standing on it: a strip under the sole, from heel to toe."""
    heel, toe = sk.points[f"{side}_heel"], sk.points[f"{side}_toe"]
    y = min(heel[1], toe[1]) - UNDER_SOLE
    way = 1.0 if toe[0] >= heel[0] else -1.0
    strip = ((heel[0] - way * SOLE_PAST, y), (toe[0] + way * SOLE_PAST, y))
    edge = [] if faded else [Stroke(strip, CUFF_W + STICK_EDGE, WHITE)]
    return [*edge, Stroke(strip, CUFF_W, line)]


def ball_of_foot(sk: Skeleton, side: str) -> tuple[Point, tuple[Point, Point]]:
    """Where a strap or a band loops round a foot: the ball of the foot (a little short of the
    toes' tip) and the cuff across the foot there."""
    ankle, toe = sk.points[f"{side}_ankle"], sk.points[f"{side}_toe"]
    ux, uy = toe[0] - ankle[0], toe[1] - ankle[1]
    d = math.hypot(ux, uy) or 1.0
    c = (ankle[0] + ux * BALL_OF_FOOT, ankle[1] + uy * BALL_OF_FOOT)
    nx, ny = -uy / d * FOOT_CUFF / 2, ux / d * FOOT_CUFF / 2
    return c, ((c[0] - nx, c[1] - ny), (c[0] + nx, c[1] + ny))


# A strap or a towel is flat and soft: two thin edges with a light middle, hanging in a slight
# curve, so it does not read as a stick (the fifth blind test read the strap as a cane).
STRAP_FLAT = 0.062
STRAP_EDGE = 0.016
STRAP_FILL = grey(0.8)
STRAP_SAG = 0.04  # its middle hangs this share of its length below the straight line
LOOP_R = 0.085  # a loop round the ball of a foot: its half width, a little more than the foot's


def sagging(a: Point, b: Point, sag: float = STRAP_SAG, steps: int = 10) -> tuple[Point, ...]:
    """A soft line from a to b, its middle hanging down by sag times its length."""
    drop = math.dist(a, b) * sag
    return tuple(
        (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t - 4 * drop * t * (1 - t))
        for t in (i / steps for i in range(steps + 1))
    )


def flat_strip(points: tuple[Point, ...], line: Color, faded: bool) -> list[Item]:
    """A strap or towel along the points: two thin edges and a light middle."""
    edge: list[Item] = [] if faded else [Stroke(points, STRAP_FLAT + STICK_EDGE, WHITE)]
    inner = WHITE if faded else STRAP_FILL
    return [*edge, Stroke(points, STRAP_FLAT, line), Stroke(points, STRAP_FLAT - 2 * STRAP_EDGE, inner)]


def foot_loop(sk: Skeleton, side: str, hand: Point, steps: int = 8) -> tuple[Point, ...]:
    """A strap or band from the hand round the ball of the foot and back to the hand: one strand
    out, a half circle round the sole (on the side away from the hand), the other strand back."""
    c = ball_of_foot(sk, side)[0]
    d = math.dist(c, hand) or 1.0
    ox, oy = (c[0] - hand[0]) / d, (c[1] - hand[1]) / d  # away from the hand, past the foot
    px, py = -oy, ox
    ring = tuple(
        (c[0] + LOOP_R * (math.cos(t) * ox + math.sin(t) * px),
         c[1] + LOOP_R * (math.cos(t) * oy + math.sin(t) * py))
        for t in (math.pi / 2 - math.pi * i / steps for i in range(steps + 1))
    )
    return (hand, *ring, hand)
