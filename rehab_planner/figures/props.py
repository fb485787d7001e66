"""Props (chair, wall, band, ball, ...) as drawing primitives, placed at points of the figure."""

from __future__ import annotations

import math
from collections.abc import Callable

from rehab_planner.figures.bands import (
    STICK_EDGE,
    band,
    flat_strip,
    foot_loop,
    sagging,
)
from rehab_planner.figures.feet import mat_outline
from rehab_planner.figures.household import (
    PAD_THICK,
    bathtub,
    floor_clock,
    floor_tape,
    rolled_towel,
    sock_aid,
    soft_pad,
    soft_pillow,
)
from rehab_planner.figures.pose import HEAD_R, SIDES, Skeleton
from rehab_planner.figures.primitives import (
    BLACK,
    START_GREY,
    WHITE,
    Circle,
    Color,
    Item,
    Point,
    Shape,
    Stroke,
    grey,
    rounded_rect,
)
from rehab_planner.figures.water import water
from rehab_planner.model.figure import Prop, PropKind, View

PROP_LINE = grey(0.45)
PROP_FILL = grey(0.92)
PROP_DARK = grey(0.3)
SHOE_GREY = grey(0.62)  # a shoe's upper: darker than the white floor, lighter than the foot
PROP_W = 0.032
BED_HEIGHT = 0.45
MAT_THICK = 0.035  # a mat seen from the side: the body lies on its top
BODY_HALF = 0.085  # half a trunk stroke: how far a surface sits below the body's centre line

# Props that move with the body: drawn once for every pose.
ATTACHED = frozenset(
    {
        PropKind.CANE,
        PropKind.STRAP,
        PropKind.BAND,
        PropKind.WEIGHT,
        PropKind.BOX,
        PropKind.BALL,
        PropKind.REACHER,
        PropKind.BAG,
        PropKind.VACUUM,
        PropKind.STOOL,
        PropKind.HAMMER,
    }
)
# Props drawn in front of the figure.
FRONT = frozenset(
    ATTACHED | {PropKind.TOWEL, PropKind.ROLL, PropKind.SHOE, PropKind.SOCK_AID, PropKind.ARMREST}
)

DEFAULT_AT: dict[PropKind, str] = {
    PropKind.CHAIR: "pelvis",
    PropKind.SOCK_AID: "right_toe",
    PropKind.COUNTER: "right_hand",
    PropKind.WALL: "right_toe",
    PropKind.DOOR: "right_hand",
    PropKind.STEP: "right_heel",
    PropKind.BAND: "right_hand",
    PropKind.BALL: "right_hand",
    PropKind.TOWEL: "right_knee",
    PropKind.KNEECAP: "right_knee",
    PropKind.PILLOW: "head",
    PropKind.ROLL: "right_knee",
    PropKind.CANE: "right_hand",
    PropKind.STRAP: "right_toe",
    PropKind.WEIGHT: "right_hand",
    PropKind.WATER: "chest",
    PropKind.PULLEY: "head",
    PropKind.BOX: "right_hand",
    PropKind.WALKER: "right_hand",
    PropKind.BIKE: "pelvis",
    PropKind.TREADMILL: "right_hand",
    PropKind.ELLIPTICAL: "right_hand",
    PropKind.CART: "right_hand",
    PropKind.CAR: "pelvis",
    PropKind.REACHER: "right_hand",
    PropKind.FOOTPRINT: "head",
    PropKind.BAG: "right_hand",
    PropKind.VACUUM: "right_hand",
    PropKind.HAMMER: "right_hand",
    PropKind.STOOL: "pelvis",
    PropKind.RAIL: "right_hand",
    PropKind.ARMREST: "pelvis",
}
FOOTPRINT_LENGTH = 0.32
PILLOW_REACH = 0.15  # a pillow whose bottom is this close over the surface rests on it
# A close-up box (feet from above, a hand): its frame, the line to the body part it shows, and the
# room round what it holds.
FRAME_W = 0.03
LEADER_W = 0.022
FRAME_PAD = 0.06
ARM_BIKE_REACH = 0.06  # the far hand this near the far crank's end holds its handle
TAP_GREY = START_GREY  # a footprint where the foot only taps: the start pose's outline grey
FOOTPRINT_GROW = 1.25  # footprints are a close-up of the floor: larger than the feet drawn
STICK_END_ON = 0.3  # a stick held in both hands, seen from the side: drawn this long across them
HORN_HANDLE = 0.12  # a long shoe horn's handle above the fist...
HORN_BLADE = 0.16  # ...and its blade, more than twice as wide as the shaft, down to the heel
HORN_SHAFT = 0.04  # the shaft's width
HORN_FILL = grey(0.85)  # a rigid tool: light grey inside a black outline (a black stick read as a band)
REACHER_JAW = 0.15  # a reacher's jaws' length; they meet a third of it above the rim of the cup
REACHER_SHAFT = 0.06  # ...and its shaft, thicker than a band and dark (thinner, it read as a cord)
REACHER_CUP = 0.2  # the cup its jaws pick up off the floor: how tall
CHAIR_BACK = 0.5  # a chair back's height above the seat, unless the prop's size says
ARMREST_HIGH = 0.22  # a chair's arm rest above the seat, unless the prop's size says
ARMREST_THICK = 0.05


def _rect(x0: float, y0: float, x1: float, y1: float, fill: Color | None = PROP_FILL) -> Shape:
    return Shape(
        ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), fill=fill, stroke=PROP_LINE, width=PROP_W
    )


CUPBOARD_W = 0.36  # a kitchen counter's cupboard door, at most this wide
STANDING_PELVIS = 1.5  # the pelvis this many times the knee's height above the floor: standing
KNOB_R = 0.022


def _counter_base(sk: Skeleton, x0: float, x1: float, floor: float, top: float) -> list[Item]:
    """What holds up a counter's top, seen from the side. A person standing at it: a kitchen
    counter's cupboard doors side by side, each with a knob near its top (a bare white box with
    thin ends, behind a walking figure, read as a pool or a bath tub, review W). A person sitting
    at it: a table, its legs at the ends, room under it for their knees. (The lower knee: a
    person standing on one leg, the other knee lifted, still stands.)"""
    pelvis = sk.points["pelvis"][1] - floor
    knee = min(sk.points[f"{side}_knee"][1] for side in SIDES) - floor
    if pelvis < STANDING_PELVIS * knee:
        return [_rect(x0, floor, x1, top + 0.01, WHITE)]
    items: list[Item] = [_rect(x0, floor + 0.03, x1, top, WHITE)]
    doors = max(1, round((x1 - x0) / CUPBOARD_W))
    w = (x1 - x0) / doors
    for k in range(doors):
        a = x0 + k * w
        if k:
            items.append(Stroke(((a, floor + 0.03), (a, top)), PROP_W, PROP_LINE))
        knob = a + (w * 0.8 if k % 2 == 0 else w * 0.2)
        items.append(Circle((knob, top - 0.07), KNOB_R, fill=PROP_LINE))
    return items


def _pt(sk: Skeleton, name: str | None, prop: Prop) -> Point:
    p = sk.points[name or DEFAULT_AT.get(prop.kind, "pelvis")]
    return p[0] + prop.dx, p[1] + prop.dy


def _extend(a: Point, b: Point, by: float) -> tuple[Point, Point]:
    length = math.dist(a, b) or 1.0
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    return (a[0] - ux * by, a[1] - uy * by), (b[0] + ux * by, b[1] + uy * by)


def door_lines(props: list[Prop], sk: Skeleton) -> tuple[float, ...]:
    """Where the picture's doors and side-on walls stand (x), placed from the start pose."""
    return tuple(
        _pt(sk, p.at, p)[0]
        for p in props
        if p.kind is PropKind.DOOR or (p.kind is PropKind.WALL and sk.view is View.SIDE)
    )


def body_extent(sk: Skeleton) -> tuple[float, float]:
    """Lowest and highest x of a pose's points."""
    xs = [p[0] for name, p in sk.points.items() if name[0] != "_"]
    return min(xs), max(xs)


def _wall_face(x0: float, x1: float, floor: float, top: float) -> list[Item]:
    """A wall seen face on, a little wider than the body: a light panel with rows of bricks."""
    left, right = x0 - 0.25, x1 + 0.25
    items: list[Item] = [_rect(left, floor, right, top, grey(0.95))]
    row, y = 0, floor + 0.2
    while y < top - 0.05:
        items.append(Stroke(((left, y), (right, y)), PROP_W * 0.7, grey(0.8)))
        x = left + (0.2 if row % 2 else 0.0) + 0.4
        while x < right - 0.05:
            items.append(Stroke(((x, y - 0.2), (x, y)), PROP_W * 0.7, grey(0.8)))
            x += 0.4
        row, y = row + 1, y + 0.2
    return items


def in_front(prop: Prop, view: View) -> bool:
    """Drawn over the figure: props held or lying in front, and a counter it faces from the front."""
    return prop.kind in FRONT or (
        prop.kind is PropKind.COUNTER and prop.at == "pelvis" and view is not View.SIDE
    )


def static_prop(
    prop: Prop, sk: Skeleton, poses: list[Skeleton], floor: float, from_above: bool = False
) -> list[Item]:
    """A prop that stays put, placed from the start pose (sk); from_above: seen from the ceiling."""
    kind = prop.kind
    side = sk.view is View.SIDE
    x0, x1 = body_extent(sk)
    if kind is PropKind.MAT:
        if sk.view is View.FEET:
            return [Shape(mat_outline(sk), fill=grey(0.95), stroke=PROP_LINE, width=PROP_W)]
        if from_above:  # under every pose (a leg sliding out stays on it)
            xs = [p[0] for pose in (sk, *poses) for p in pose.points.values()]
            ys = [p[1] for pose in (sk, *poses) for p in pose.points.values()]
            return [_rect(min(x0, *xs) - 0.15, min(ys) - 0.2, max(x1, *xs) + 0.15, max(ys) + 0.2, grey(0.95))]
        return [_rect(x0 - 0.12, floor, x1 + 0.12, floor + MAT_THICK)]
    if kind is PropKind.BED:
        top = floor + BED_HEIGHT
        left, right = x0 - 0.1, x1 + 0.1
        if prop.at is not None:  # the bed ends at this point (legs hang off that end)
            end = _pt(sk, prop.at, prop)[0]
            if end < sk.points["pelvis"][0]:
                left = end
            else:
                right = end
        return [
            Stroke(((left + 0.06, top - 0.1), (left + 0.06, floor)), PROP_W * 1.5, PROP_LINE),
            Stroke(((right - 0.06, top - 0.1), (right - 0.06, floor)), PROP_W * 1.5, PROP_LINE),
            _rect(left, top - 0.12, right, top),
        ]
    if kind is PropKind.CHAIR:
        px, py = _pt(sk, prop.at, prop)
        seat = py - BODY_HALF
        if not side:  # seen from the front: wider than the hips, so the seat shows either side
            back_top = seat + (prop.size or CHAIR_BACK)  # its two posts and top rail, behind the body
            return [
                Stroke(((px - 0.3, seat), (px - 0.3, back_top)), PROP_W * 1.4, PROP_LINE),
                Stroke(((px + 0.3, seat), (px + 0.3, back_top)), PROP_W * 1.4, PROP_LINE),
                _rect(px - 0.32, back_top - 0.08, px + 0.32, back_top),
                Stroke(((px - 0.34, seat), (px - 0.36, floor)), PROP_W * 1.4, PROP_LINE),
                Stroke(((px + 0.34, seat), (px + 0.36, floor)), PROP_W * 1.4, PROP_LINE),
                _rect(px - 0.4, seat - 0.06, px + 0.4, seat),
            ]
        back = px - 0.16
        high = prop.size or CHAIR_BACK
        return [
            Stroke(((back, seat), (back - 0.04 * high / CHAIR_BACK, seat + high)), PROP_W * 1.6, PROP_LINE),
            Stroke(((back + 0.02, seat), (back + 0.02, floor)), PROP_W * 1.4, PROP_LINE),
            Stroke(((px + 0.24, seat), (px + 0.24, floor)), PROP_W * 1.4, PROP_LINE),
            _rect(back - 0.02, seat - 0.05, px + 0.28, seat),
        ]
    if kind in (PropKind.WALL, PropKind.DOOR):
        wx = _pt(sk, prop.at, prop)[0]
        top = floor + (prop.size or 2.0)
        if kind is PropKind.DOOR:
            return [_rect(wx - 0.03, floor, wx + 0.03, top)]
        if not side:  # the wall the figure faces, seen past its back: a panel of bricks
            xs = [b for p in poses for b in body_extent(p)]
            return _wall_face(min(xs), max(xs), floor, top)
        away = 1 if wx >= sk.points["pelvis"][0] else -1
        items: list[Item] = [Stroke(((wx, floor), (wx, top)), PROP_W * 1.6, PROP_LINE)]
        y = floor + 0.12
        while y < top:
            items.append(Stroke(((wx, y), (wx + 0.1 * away, y + 0.1)), PROP_W * 0.7, PROP_LINE))
            y += 0.2
        return items
    if kind is PropKind.RAIL:
        return _rail(prop, sk, poses, floor)
    if kind is PropKind.ARMREST and side:
        # Along the chair's seat (placed as the chair is, at the pelvis), a padded bar `size`
        # above it on a post at its front, drawn over the body: behind it the hips hid it.
        px, py = _pt(sk, prop.at, prop)
        seat = py - BODY_HALF
        top = seat + (prop.size or ARMREST_HIGH)
        back, front = px - 0.16, px + 0.28  # the chair seat's ends
        return [
            Stroke(((front - 0.05, seat), (front - 0.05, top)), PROP_W * 1.4, PROP_LINE),
            _rounded(back, top - ARMREST_THICK, front, top),
        ]
    if kind is PropKind.COUNTER and prop.at == "pelvis":
        # From the side, the counter the figure walks along, behind it; from the front, the
        # counter it faces, between it and you: its top at the hands, wide enough for every pose
        # (side steps along it, a walk beside it). From the front it is drawn in front of the
        # body (in_front), only its top and its end legs, so the body shows through.
        top = min(sk.points["left_hand"][1], sk.points["right_hand"][1]) + prop.dy
        xs = [b for p in poses for b in body_extent(p)]
        left, right = min(xs) - 0.3, max(xs) + 0.3
        if not side:
            return [
                Stroke(((left + 0.06, top - 0.06), (left + 0.06, floor)), PROP_W * 1.6, PROP_LINE),
                Stroke(((right - 0.06, top - 0.06), (right - 0.06, floor)), PROP_W * 1.6, PROP_LINE),
                _rect(left, top - 0.06, right, top),
            ]
        return [*_counter_base(sk, left + 0.05, right - 0.05, floor, top - 0.06),
                _rect(left, top - 0.06, right, top)]
    if kind is PropKind.COUNTER:
        hx, hy = _pt(sk, prop.at, prop)
        top = hy - 0.04
        far = hx + (prop.size or 0.5)
        return [*_counter_base(sk, hx + 0.05, far - 0.05, floor, top - 0.06),
                _rect(hx - 0.06, top - 0.06, far, top)]
    if kind is PropKind.CUP:
        return cup(_pt(sk, prop.at, prop)[0], floor, prop.size or CUP_HIGH)
    if kind is PropKind.KNEECAP:  # behind the body: the leg and the hands cover its edges
        return [kneecap(sk, prop.at or "right_knee", prop.size or KNEECAP_LONG)]
    if kind is PropKind.STEP:
        fx, fy = _pt(sk, prop.at, prop)
        top = fy - 0.04
        width = prop.size or 0.42
        return [_rect(fx - width * 0.35, floor, fx + width * 0.65, top)]
    if kind is PropKind.PILLOW and prop.to is not None:  # held between two parts (the knees)
        a, b = _pt(sk, prop.at, prop), _pt(sk, prop.to, prop)
        hip = sk.points[(prop.at or "right_knee").split("_")[0] + "_hip"]
        along = math.degrees(math.atan2(a[1] - hip[1], a[0] - hip[0]))
        return soft_pillow(a, b, prop.size or 0.3, along)
    if kind is PropKind.PILLOW and (prop.at or "").endswith(("_heel", "_toe")):  # under the feet
        return soft_pad((_pt(sk, prop.at, prop)[0], floor + PAD_THICK / 2), prop.size or 0.42)
    if kind is PropKind.ROLL and (prop.at or "").endswith(("_heel", "_toe")):  # on the floor
        cx, _ = _pt(sk, prop.at, prop)
        r = prop.size or 0.07
        return rolled_towel((cx, floor + r), r, floor)
    if kind is PropKind.SOCK_AID:  # round the end pose's foot, the cords to its hand
        ends = poses[-1].points
        foot = (prop.at or "right_toe").split("_")[0]
        return sock_aid(
            ends[f"{foot}_heel"], ends[f"{foot}_toe"], ends[f"{foot}_ankle"],
            ends[prop.to or f"{foot}_hand"], floor, on=(prop.at or "").endswith("_heel"),
        )
    if kind is PropKind.BATHTUB:
        px, py = _pt(sk, prop.at, prop)
        return bathtub((px, py - BODY_HALF), floor, prop.size)
    if kind is PropKind.CLOCK:
        return floor_clock(_pt(sk, prop.at, prop)[0], floor, prop.size)
    if kind is PropKind.TAPE:
        xs = [b for p in poses for b in body_extent(p)]
        return floor_tape(_pt(sk, prop.at, prop)[0], floor, sk.view, (min(xs) - 0.3, max(xs) + 0.3))
    if kind is PropKind.PILLOW:
        cx, cy = _pt(sk, prop.at, prop)
        w = prop.size or 0.34
        bottom = cy - 0.05
        if bottom - floor < PILLOW_REACH:  # a pillow just over the surface rests on it, never in it
            bottom = floor
        return [_rounded(cx - w / 2, bottom, cx + w / 2, cy + 0.05)]
    if kind is PropKind.ROLL:
        cx, cy = _pt(sk, prop.at, prop)
        r = prop.size or 0.07
        return [Circle((cx, cy), r, fill=PROP_FILL, stroke=PROP_LINE, width=PROP_W)]
    if kind is PropKind.TOWEL:
        cx, cy = _pt(sk, prop.at, prop)
        w = prop.size or 0.2
        return [_rounded(cx - w / 2, cy - 0.035, cx + w / 2, cy + 0.035)]
    if kind is PropKind.WATER:
        return water(_pt(sk, prop.at, prop)[1], floor)
    if kind is PropKind.PULLEY:
        cx, cy = _pt(sk, prop.at, prop)
        last = poses[-1]
        rope = (last.points["left_wrist"], (cx, cy), last.points["right_wrist"])
        items = [Stroke(rope, PROP_W, PROP_DARK)]
        items.append(Circle((cx, cy), 0.06, fill=WHITE, stroke=PROP_LINE, width=PROP_W * 1.3))
        items.append(Stroke(((cx, cy + 0.06), (cx, cy + 0.2)), PROP_W, PROP_LINE))
        return items
    if kind is PropKind.WALKER:
        hx, hy = _pt(sk, prop.at, prop)
        return [
            Stroke(((hx - 0.04, hy), (hx + 0.3, hy)), PROP_W * 1.4, PROP_LINE),
            Stroke(((hx, hy), (hx - 0.04, floor)), PROP_W * 1.4, PROP_LINE),
            Stroke(((hx + 0.27, hy), (hx + 0.32, floor)), PROP_W * 1.4, PROP_LINE),
        ]
    if kind is PropKind.BIKE:
        return _bike(prop, sk, poses, floor)
    if kind is PropKind.FOOTPRINT:
        return _footprint(_pt(sk, prop.at, prop), prop.size or FOOTPRINT_LENGTH, 1.0)
    if kind is PropKind.DISHWASHER:
        return _dishwasher(_pt(sk, prop.at, prop)[0], prop.size or 0.85, floor,
                           poses[-1].points["right_hand"] if len(poses) > 1 else None)
    if kind is PropKind.ARM_BIKE:
        return _arm_bike(sk, _pt(sk, prop.at, prop), prop.size or 0.2)
    if kind is PropKind.SHOE:
        return _shoe(poses[-1], (prop.at or "right_toe").split("_")[0], floor)
    if kind is PropKind.ELLIPTICAL:
        from rehab_planner.figures.elliptical import elliptical  # it draws with these colours

        return elliptical(sk, floor, prop.at or "right_hand", prop.to or "left_hand")
    if kind is PropKind.TREADMILL:
        hx, hy = _pt(sk, prop.at, prop)
        return [
            _rect(x0 - 0.45, floor, x1 + 0.25, floor + 0.08),
            Stroke(
                ((x1 + 0.2, floor + 0.08), (hx + 0.05, hy), (hx - 0.25, hy)),
                PROP_W * 1.4,
                PROP_LINE,
            ),
        ]
    if kind is PropKind.CART:
        hx, hy = _pt(sk, prop.at, prop)
        return [
            Stroke(
                ((hx, hy), (hx + 0.12, hy - 0.25), (hx + 0.12, floor + 0.1)),
                PROP_W * 1.4,
                PROP_LINE,
            ),
            _rect(hx + 0.12, hy - 0.55, hx + 0.72, hy - 0.2, WHITE),
            Stroke(
                ((hx + 0.12, floor + 0.1), (hx + 0.72, floor + 0.1), (hx + 0.72, hy - 0.55)),
                PROP_W * 1.4,
                PROP_LINE,
            ),
            Circle((hx + 0.2, floor + 0.05), 0.05, fill=WHITE, stroke=PROP_LINE, width=PROP_W),
            Circle((hx + 0.64, floor + 0.05), 0.05, fill=WHITE, stroke=PROP_LINE, width=PROP_W),
        ]
    if kind is PropKind.PEDALS:
        return pedal_exerciser(sk, floor, prop.dx)
    if kind is PropKind.ROWER:
        return _rower(sk, poses, floor)
    if kind is PropKind.ROPE:
        return _rope(sk)
    if kind is PropKind.CAR:
        px, py = _pt(sk, prop.at, prop)
        seat = py - BODY_HALF
        return [
            Stroke(
                ((px - 0.75, floor + 0.25), (px - 0.75, seat + 0.95), (px + 0.2, seat + 1.05)),
                PROP_W * 1.6,
                PROP_LINE,
            ),
            Stroke(((px - 0.2, seat), (px - 0.35, seat + 0.6)), PROP_W * 2.2, PROP_LINE),
            _rect(px - 0.25, seat - 0.12, px + 0.2, seat),
            _rect(px - 0.9, floor + 0.12, px + 0.25, seat - 0.12, WHITE),
            Circle((px - 0.55, floor + 0.14), 0.14, fill=WHITE, stroke=PROP_LINE, width=PROP_W),
        ]
    return []


def _footprint(c: Point, length: float, big_toe: float, tap: bool = False) -> list[Item]:
    """A sole seen from above centred on c, toes up the page (as you see your own feet).

    Five toes in a row across its front, the big toe on the `big_toe` side (1: right, -1: left),
    so it reads as a footprint, not a bean. A tap (a place the foot only touches) is a light
    outline, white inside, like a start pose.
    """
    pts: list[Point] = []
    for step in range(24):
        a = math.radians(step * 15)
        along = math.cos(a) * length / 2
        # Wider at the ball of the foot (front half) than at the heel.
        half = length * (0.22 if along > 0 else 0.17)
        across = math.sin(a) * half
        if along > 0:
            across *= 1 - 0.25 * (along / (length / 2)) ** 4
        pts.append((c[0] + across, c[1] + along))
    fill, line, width = (WHITE, TAP_GREY, PROP_W * 1.2) if tap else (BLACK, BLACK, PROP_W * 0.5)
    items: list[Item] = [Shape(tuple(pts), fill=fill, stroke=line, width=width)]
    for across, ahead, r in _TOES:
        items.append(Circle((c[0] + big_toe * across * length, c[1] + ahead * length),
                            r * length, fill=fill, stroke=line if tap else None, width=width * 0.6))
    return items


# Toes of a footprint (big toe first): across and ahead of the sole's middle, and their radius,
# in sole lengths.
_TOES = ((0.11, 0.6, 0.075), (-0.01, 0.6, 0.05), (-0.1, 0.575, 0.045), (-0.175, 0.54, 0.04),
         (-0.235, 0.49, 0.035))


def footprints(props: list[Prop], sk: Skeleton, feet: Point) -> list[Item]:
    """Every footprint of a figure in one framed close-up of the floor, a line to the feet.

    The frame and the line are the hand close-up's (figures/inset.py): a picture of the feet from
    above, as the patient sees their own. Each big toe is on the inner side, toward the other foot.
    """
    prints = [p for p in props if p.kind is PropKind.FOOTPRINT]
    if not prints:
        return []
    centres = [_pt(sk, p.at, p) for p in prints]
    middle = sum(x for x, _ in centres) / len(centres)
    level = sum(y for _, y in centres) / len(centres)
    soles: list[Item] = []
    for prop, (x, y) in zip(prints, centres, strict=True):
        big_toe = -1.0 if x > middle + 0.01 else 1.0
        # A close-up: the prints and the room between them grow about their middle.
        at = (middle + (x - middle) * FOOTPRINT_GROW, level + (y - level) * FOOTPRINT_GROW)
        soles += _footprint(at, (prop.size or FOOTPRINT_LENGTH) * FOOTPRINT_GROW, big_toe, prop.tap)
    xs = [b for i in soles for b in (_bounds(i)[0], _bounds(i)[2])]
    ys = [b for i in soles for b in (_bounds(i)[1], _bounds(i)[3])]
    x0, y0, x1, y1 = min(xs) - FRAME_PAD, min(ys) - FRAME_PAD, max(xs) + FRAME_PAD, max(ys) + FRAME_PAD
    corner = (x1, y0) if feet[0] > x1 else (x0, y0)
    return [
        Stroke((corner, feet), LEADER_W, PROP_LINE),
        Shape(_rounded(x0, y0, x1, y1).points, fill=WHITE, stroke=PROP_LINE, width=FRAME_W),
        *soles,
    ]


def _bounds(item: Item) -> tuple[float, float, float, float]:
    if isinstance(item, Circle):
        x, y = item.center
        return x - item.radius, y - item.radius, x + item.radius, y + item.radius
    assert isinstance(item, Shape)
    return (min(p[0] for p in item.points), min(p[1] for p in item.points),
            max(p[0] for p in item.points), max(p[1] for p in item.points))


def _rounded(x0: float, y0: float, x1: float, y1: float) -> Shape:
    corners = rounded_rect(x0, y0, x1, y1, min(0.03, (y1 - y0) / 2), per_corner=4)
    return Shape(corners, fill=PROP_FILL, stroke=PROP_LINE, width=PROP_W)


def _dishwasher(x0: float, height: float, floor: float, hand: Point | None = None) -> list[Item]:
    """A dishwasher seen from the side under a counter top: its dark inside open, the upper rack
    in it, its door open flat toward the figure (x0 is the cabinet's front) with a handle at the
    end and the lower rack pulled out on it, plates standing in the rack; hand: a plate held
    there (the end pose's hand, putting it in). A white box under a top read as a table."""
    d = -1.0  # the door opens toward the figure, to the left of the cabinet
    door_y = floor + 0.09
    top = floor + height - 0.05
    inside = grey(0.35)
    items: list[Item] = [
        _rect(x0, floor, x0 + 0.5, top),
        _rect(x0 + 0.03, door_y + 0.02, x0 + 0.47, top - 0.1, inside),
        _rect(x0 - 0.05, top, x0 + 0.6, floor + height),
        # the upper rack inside, its tines up
        Stroke(((x0 + 0.05, door_y + 0.38), (x0 + 0.45, door_y + 0.38)), PROP_W, WHITE),
        *[Stroke(((x0 + 0.08 + k * 0.07, door_y + 0.38), (x0 + 0.08 + k * 0.07, door_y + 0.45)),
                 PROP_W * 0.7, WHITE) for k in range(6)],
        # the door open flat, its handle at the far end
        _rect(x0 + d * 0.46, door_y - 0.02, x0, door_y + 0.03, PROP_FILL),
        Stroke(((x0 + d * 0.46, door_y - 0.05), (x0 + d * 0.42, door_y - 0.05)), PROP_W * 1.6,
               PROP_DARK),
        # the lower rack pulled out onto it
        Stroke(((x0 + d * 0.42, door_y + 0.15), (x0 + d * 0.42, door_y + 0.04),
                (x0 - 0.02, door_y + 0.04), (x0 - 0.02, door_y + 0.15)), PROP_W, PROP_DARK),
    ]
    for n in range(3):  # plates standing in the rack, seen face on
        px = x0 + d * (0.32 - n * 0.1)
        items.append(Circle((px, door_y + 0.14), 0.085, fill=WHITE, stroke=PROP_DARK,
                            width=PROP_W))
    if hand is not None:  # the plate in the hand, held by its rim, on its way to the rack
        items += plate((hand[0], hand[1] - 0.07))
    return items


def plate(c: Point) -> list[Item]:
    """A dinner plate seen face on: a white disc with a dark rim and a ring inside it."""
    return [Circle(c, 0.1, fill=WHITE, stroke=PROP_DARK, width=PROP_W * 1.2),
            Circle(c, 0.055, fill=None, stroke=PROP_LINE, width=PROP_W * 0.7)]


def _arm_bike(sk: Skeleton, hub: Point, drop: float) -> list[Item]:
    """A table-top arm bike seen from the side, like the pedal exerciser on the floor: a frame
    standing on the table `drop` below the hub, one crank through the hub with a hand at each end
    (the far hand on the end opposite the near one). With only the near hand on it, the far end
    has a bare handle across it. A big wheel behind the hands hid the cranks."""
    hx, hy = hub
    hand = sk.points["right_hand"]
    other = (2 * hx - hand[0], 2 * hy - hand[1])
    far = sk.points["left_hand"]
    held = math.dist(far, other) < ARM_BIKE_REACH
    if held:
        other = far
    top = hy - drop
    items: list[Item] = [
        Stroke(((hx - 0.2, top), (hx + 0.2, top)), PROP_W * 1.6, PROP_LINE),
        Stroke(((hx - 0.14, top), (hx, hy), (hx + 0.14, top)), PROP_W * 1.6, PROP_LINE),
        Stroke((other, (hx, hy), hand), PROP_W * 2.0, PROP_DARK),
        Circle((hx, hy), 0.04, fill=WHITE, stroke=PROP_DARK, width=PROP_W * 1.2),
    ]
    if not held:  # a bare handle: a short bar across the crank's end
        items.append(Stroke(((other[0], other[1] - 0.04), (other[0], other[1] + 0.04)),
                            PROP_W * 3, PROP_DARK))
    return items


def arm_bike_hub(props: list[Prop], sk: Skeleton) -> Point | None:
    """Where an arm bike's wheel turns (its cranks go round it), if the picture has one."""
    bike = next((p for p in props if p.kind is PropKind.ARM_BIKE), None)
    return None if bike is None else _pt(sk, bike.at, bike)


def _shoe(last: Skeleton, side: str, floor: float) -> list[Item]:
    """A shoe on the floor round the foot where it ends, drawn over the foot: the heel of an
    earlier pose shows above its open back (sliding the heel in)."""
    hx = last.points[f"{side}_heel"][0]
    tx = last.points[f"{side}_toe"][0]
    d = 1.0 if tx >= hx else -1.0
    hx, tx = hx - d * 0.02, tx + d * 0.03  # a shoe is longer than the foot drawn in it
    outline = (
        (hx - d * 0.04, floor), (tx + d * 0.05, floor), (tx + d * 0.07, floor + 0.035),
        (tx - d * 0.01, floor + 0.1), (hx + d * 0.15, floor + 0.135),
        (hx + d * 0.06, floor + 0.095), (hx - d * 0.03, floor + 0.125), (hx - d * 0.05, floor + 0.03),
    )
    sole = (
        (hx - d * 0.045, floor), (tx + d * 0.055, floor), (tx + d * 0.06, floor + 0.025),
        (hx - d * 0.05, floor + 0.025),
    )
    heel_block = (
        (hx - d * 0.045, floor), (hx + d * 0.07, floor), (hx + d * 0.07, floor + 0.05),
        (hx - d * 0.05, floor + 0.05),
    )
    # Laces across the top of the shoe: a white wedge on its own read as a pad under the foot.
    laces = [Stroke(((hx + d * (0.2 + 0.05 * k), floor + 0.125 - 0.012 * k),
                     (hx + d * (0.17 + 0.05 * k), floor + 0.085 - 0.012 * k)), PROP_W, WHITE)
             for k in range(3)]
    return [Shape(outline, fill=SHOE_GREY, stroke=PROP_DARK, width=PROP_W * 1.3),
            Shape(sole, fill=PROP_DARK, stroke=PROP_DARK, width=PROP_W),
            Shape(heel_block, fill=PROP_DARK, stroke=PROP_DARK, width=PROP_W), *laces]


def _bike(prop: Prop, sk: Skeleton, poses: list[Skeleton], floor: float) -> list[Item]:
    """A bike: a seat under the pelvis, a crank where the feet go round; a back rest for a figure
    leaning back (recumbent), handlebars at the hands for one sitting up."""
    px, py = _pt(sk, prop.at, prop)
    ankles = [p.points[f"{s}_ankle"] for p in poses for s in ("left", "right")]
    cx = sum(a[0] for a in ankles) / len(ankles)
    cy = sum(a[1] for a in ankles) / len(ankles)
    r = prop.size or max(0.08, max(math.dist((cx, cy), a) for a in ankles))
    seat = py - BODY_HALF
    back_rest: list[Item] = []
    if sk.face > 5:  # leaning back: a recumbent bike with a back rest
        back_rest = [Stroke(((px - 0.2, seat), (px - 0.34, seat + 0.5)), PROP_W * 2.2, PROP_LINE)]
    else:  # upright: a stem from the front of the frame up to handlebars at the hands
        hx, hy = sk.points["right_hand"]
        back_rest = [
            Stroke(((cx + 0.12, floor + 0.02), (hx + 0.03, hy - 0.05)), PROP_W * 1.6, PROP_LINE),
            Stroke(((hx - 0.07, hy - 0.03), (hx + 0.07, hy - 0.03)), PROP_W * 1.6, PROP_LINE),
        ]
    return [
        *back_rest,
        Stroke(((px - 0.5, floor + 0.02), (cx + 0.3, floor + 0.02)), PROP_W * 1.4, PROP_LINE),
        Stroke(((px, seat), (px, floor)), PROP_W * 1.6, PROP_LINE),
        Stroke(((cx, cy), (cx + 0.05, floor)), PROP_W * 1.6, PROP_LINE),
        Stroke(((px, seat - 0.1), (cx, cy)), PROP_W * 1.4, PROP_LINE),
        _rect(px - 0.22, seat - 0.05, px + 0.18, seat),
        Circle((cx, cy), r, fill=None, stroke=PROP_LINE, width=PROP_W),
    ]


def attached_prop(
    prop: Prop, sk: Skeleton, start: Skeleton, floor: float, faded: bool,
    doors: tuple[float, ...] = (),
) -> list[Item]:
    """A prop that moves with the body, drawn for one pose (faded for the start pose).

    doors: where the doors (and walls) of the picture stand (x), for a band tied to one.
    """
    line = grey(0.78) if faded else PROP_DARK
    fill = grey(0.96) if faded else PROP_FILL
    kind = prop.kind

    def edged(points: tuple[Point, ...], width: float) -> list[Item]:
        # A white edge keeps a solid band, strap or stick visible where it crosses the black body.
        edge = [] if faded else [Stroke(points, width + STICK_EDGE, WHITE)]
        return [*edge, Stroke(points, width, line)]

    if kind is PropKind.CANE:
        a = sk.points[prop.at or "right_hand"]
        if prop.to is None:
            return edged(((a[0], a[1] + 0.03), (a[0] + prop.dx, floor)), 0.045)
        b = sk.points[prop.to]
        if math.dist(a, b) < 0.02:  # both hands in one place (side view): the stick across them,
            # seen a little turned, as a short bar at right angles to the forearm
            wx, wy = sk.points[(prop.at or "right_hand").replace("hand", "wrist")]
            fx, fy = a[0] - wx, a[1] - wy
            norm = math.hypot(fx, fy) or 1.0
            half = (prop.size or STICK_END_ON) / 2
            nx, ny = -fy / norm * half, fx / norm * half
            return edged(((a[0] - nx, a[1] - ny), (a[0] + nx, a[1] + ny)), 0.045)
        if prop.to.endswith("_heel"):  # a long shoe horn: its blade down the back of the shoe
            return _shoe_horn(a, b)
        p, q = _extend(a, b, prop.size or 0.12)
        # dx moves the stick sideways: positive to the left of the direction at -> to.
        length = math.dist(a, b) or 1.0
        nx, ny = -(b[1] - a[1]) / length * prop.dx, (b[0] - a[0]) / length * prop.dx
        stick = ((p[0] + nx, p[1] + ny), (q[0] + nx, q[1] + ny))
        return edged(stick, 0.045) + ([] if faded else _stick_tips(*stick))
    if kind is PropKind.BAND:
        return band(prop, sk, start, line, faded, doors)
    if kind is PropKind.STRAP:
        a = sk.points[prop.at or DEFAULT_AT[kind]]
        width = 0.038
        if prop.to is not None:
            b = sk.points[prop.to]
            at = prop.at or DEFAULT_AT[kind]
            hand = (b[0] + prop.dx, b[1] + prop.dy)
            if not prop.to.endswith("_hand"):  # a cord from a hand (a rowing handle, a rope)
                return edged((a, hand), width)
            # A strap or towel the hand holds is flat and soft (not a stick): from the foot it
            # loops round the ball of the foot and both strands come back to the hand.
            if at.endswith("_toe"):
                return flat_strip(foot_loop(sk, at.removesuffix("_toe"), hand), line, faded)
            return flat_strip(sagging(a, hand), line, faded)
        sa = start.points[prop.at or DEFAULT_AT[kind]]
        anchor = (sa[0] + prop.dx, sa[1] + prop.dy)
        return [
            *edged((anchor, a), width),
            Shape(_square(anchor, 0.045), fill=line, stroke=line, width=0.01),
        ]
    if kind is PropKind.REACHER:
        # Only in the end pose's hand: a second, faded reacher from the start hand beside it read
        # as the two strands of a band anchored low (a band row, blind test #24).
        return [] if faded else _reacher(sk.points[prop.at or "right_hand"], prop, floor, line)
    if kind is PropKind.WEIGHT:
        cx, cy = _pt(sk, prop.at, prop)
        return [Circle((cx, cy), prop.size or 0.06, fill=line, stroke=line, width=0.01)]
    if kind is PropKind.BALL:
        cx, cy = _pt(sk, prop.at, prop)
        return [Circle((cx, cy), prop.size or 0.1, fill=fill, stroke=line, width=PROP_W)]
    if kind is PropKind.BAG:
        return _bag(_pt(sk, prop.at, prop), prop.size or BAG_H, line, fill)
    if kind is PropKind.BOX:
        cx, cy = _pt(sk, prop.at, prop)
        s = (prop.size or 0.24) / 2
        return [Shape(_square((cx, cy), s), fill=fill, stroke=line, width=PROP_W)]
    if kind is PropKind.STOOL:
        return _stool(_pt(sk, prop.at, prop), floor, line, fill)
    if kind is PropKind.VACUUM:
        return _vacuum(sk.points[prop.at or DEFAULT_AT[kind]], prop.dx, floor, line, fill, edged)
    if kind is PropKind.HAMMER:
        return _hammer(sk, prop.at or DEFAULT_AT[kind], prop.size or HAMMER_LONG, line, edged)
    return []


HAMMER_LONG = 0.28  # a hammer's handle, from the fist to its head
# Its head, as (along the forearm, up the handle) from the handle's top: a square face ahead of
# the handle, a claw curving back and down behind it.
HAMMER_HEAD = ((0.1, 0.0), (0.1, 0.08), (-0.03, 0.08), (-0.13, 0.01), (-0.04, 0.03), (-0.03, 0.0))


def _hammer(sk: Skeleton, at: str, long: float, line: Color,
            edged: Callable[[tuple[Point, ...], float], list[Item]]) -> list[Item]:
    """A hammer held by the end of its handle, thumb up: the handle runs from the fist at right
    angles to the forearm, on the thumb's side (up when the forearm lies level), and a dark head
    lies across its far end, face ahead, claw behind. A bar through the fist with two light
    boxes on top read as a crank, the arm bike (review T)."""
    hand, wrist = sk.points[at], sk.points[at.replace("hand", "wrist")]
    fx, fy = hand[0] - wrist[0], hand[1] - wrist[1]
    norm = math.hypot(fx, fy) or 1.0
    ax, ay = fx / norm, fy / norm  # along the forearm
    ux, uy = -ay, ax  # at right angles to it
    if uy < 0:  # the thumb's side: up
        ux, uy = -ux, -uy
    top = (hand[0] + ux * long, hand[1] + uy * long)
    head = tuple((top[0] + ax * a + ux * u, top[1] + ay * a + uy * u) for a, u in HAMMER_HEAD)
    return [*edged((hand, top), 0.05), Shape(head, fill=line, stroke=line, width=PROP_W)]


ROWER_SEAT = 0.2  # a rowing machine's seat (a `box` drawn for every pose): its height
ROWER_WHEEL = 0.15  # the radius of its flywheel's round housing


def _rower(sk: Skeleton, poses: list[Skeleton], floor: float) -> list[Item]:
    """A rowing machine from the side: the rail under the seat's whole slide (the seat is a `box`
    under the pelvis in every pose), standing on two short legs; a foot plate behind the heels;
    the flywheel's round housing past the toes with its hub. A box seat and a cord to the feet
    alone read as a band row sitting with the legs out (review #29)."""
    pelvis_xs = [p.points["pelvis"][0] for p in (sk, *poses)]
    top = min(p.points["pelvis"][1] for p in (sk, *poses)) - BODY_HALF - ROWER_SEAT
    heel, toe = sk.points["right_heel"], sk.points["right_toe"]
    back, front = min(pelvis_xs) - 0.3, max(heel[0], toe[0]) + 0.12
    hub = (front + ROWER_WHEEL * 0.6, top + ROWER_WHEEL * 0.9)
    rail = _rect(back, top - 0.06, front, top)
    legs = [Stroke(((x, top - 0.06), (x, floor)), PROP_W * 1.6, PROP_LINE) for x in (back + 0.06, hub[0])]
    plate = Stroke(((heel[0] - 0.03, top), (heel[0] - 0.03, heel[1] + 0.12)), PROP_W * 2.4, PROP_LINE)
    return [
        *legs,
        rail,
        Circle(hub, ROWER_WHEEL, fill=PROP_FILL, stroke=PROP_LINE, width=PROP_W),
        Circle(hub, ROWER_WHEEL * 0.25, fill=PROP_LINE, stroke=PROP_LINE, width=0.01),
        plate,
    ]


RAIL_W = 0.045  # a handrail: thicker than a prop's line, thinner than a limb
RAIL_REACH = 0.3  # how far a rail runs on past the hand (past each end of its slide)
RAIL_CAP = 0.07  # seen from the front: the rail's end on its post, this wide


def _rail(prop: Prop, sk: Skeleton, poses: list[Skeleton], floor: float) -> list[Item]:
    """A handrail at the start pose's hand (prop.at) behind the body, on posts to the floor.

    From the side it runs along under the hand in every pose, on past them by RAIL_REACH (or
    `size` long), level unless prop.slope tips it up toward the right (up a stair). From the
    front it runs toward the viewer: a post at the side, the hand on its end; with a `size`, it
    runs across the picture like a side view's (a rail beside a step the figure steps up onto
    sideways).
    """
    name = prop.at or DEFAULT_AT[PropKind.RAIL]
    hx, hy = _pt(sk, name, prop)
    if sk.view is not View.SIDE and prop.size is None:
        return [
            Stroke(((hx, hy), (hx, floor)), PROP_W * 1.6, PROP_LINE),
            _rect(hx - RAIL_CAP / 2, hy - RAIL_W, hx + RAIL_CAP / 2, hy),
        ]
    xs = [pose.points[name][0] + prop.dx for pose in poses]
    if prop.size is not None:
        left, right = hx - prop.size / 2, hx + prop.size / 2
    else:
        left, right = min(xs) - RAIL_REACH, max(xs) + RAIL_REACH
    rise = math.tan(math.radians(prop.slope))
    y = hy - RAIL_W / 2
    a, b = (left, y + (left - hx) * rise), (right, y + (right - hx) * rise)
    return [
        Stroke(((a[0] + 0.05, a[1] + 0.05 * rise), (a[0] + 0.05, floor)), PROP_W * 1.4, PROP_LINE),
        Stroke(((b[0] - 0.05, b[1] - 0.05 * rise), (b[0] - 0.05, floor)), PROP_W * 1.4, PROP_LINE),
        Stroke((a, b), RAIL_W, PROP_LINE),
    ]


ROPE_OVER = 0.3  # how far a jump rope's arc rises above the top of the head
ROPE_W = 0.03


def _rope(sk: Skeleton) -> list[Item]:
    """A jump rope from the front: from the left hand up in a half ellipse over the head and down
    to the right hand (a taut rope under the feet read as a band stood on, review #29)."""
    (lx, ly), (rx, ry) = sk.points["left_hand"], sk.points["right_hand"]
    top = sk.points["head"][1] + HEAD_R + ROPE_OVER
    cx, base = (lx + rx) / 2, (ly + ry) / 2
    half = abs(rx - lx) / 2 + 0.04
    arc = tuple(
        (cx + half * math.cos(math.pi * i / 24), base + (top - base) * math.sin(math.pi * i / 24))
        for i in range(25)
    )
    return [Stroke(arc, ROPE_W, PROP_LINE)]


STOOL_SEAT = (0.4, 0.07)  # a rolling stool's round seat: how wide, how thick
STOOL_WHEEL = 0.035  # the radius of its wheels


def _stool(at: Point, floor: float, line: Color, fill: Color) -> list[Item]:
    """A rolling stool under the pelvis: a round seat, one post, a base with two wheels seen on
    the floor. A chair read as sitting still in the blind tests (the rolling stool walk)."""
    wide, thick = STOOL_SEAT
    top = at[1] - BODY_HALF
    seat = _rounded(at[0] - wide / 2, top - thick, at[0] + wide / 2, top)
    base = floor + STOOL_WHEEL * 2
    feet = [(at[0] + dx, base) for dx in (-wide * 0.45, wide * 0.45)]
    items: list[Item] = [
        Stroke(((at[0], top - thick), (at[0], base + 0.03)), PROP_W * 2.2, line),
        Stroke((feet[0], (at[0], base + 0.03), feet[1]), PROP_W * 1.6, line),
    ]
    items += [Circle((x, floor + STOOL_WHEEL), STOOL_WHEEL, fill=line, stroke=line, width=0.01)
              for x, _ in feet]
    return [*items, Shape(seat.points, fill=fill, stroke=line, width=PROP_W)]


VACUUM_HEAD = (0.3, 0.07)  # an upright vacuum's floor head: how long, how high
VACUUM_BAG = (0.3, 0.75, 0.075)  # its bag on the stick: from, to (shares of the stick), half width


def _vacuum(hand: Point, reach: float, floor: float, line: Color, fill: Color,
            edged: Callable[[tuple[Point, ...], float], list[Item]]) -> list[Item]:
    """An upright vacuum pushed from the hand: the handle down to a low head on the floor `reach`
    ahead of the hand, a bag along the lower stick, a wheel at the head's back. A cane and a box
    drawn for it read as a walker in the ninth blind test."""
    length, high = VACUUM_HEAD
    joint = (hand[0] + reach, floor + high)
    dx, dy = joint[0] - hand[0], joint[1] - hand[1]
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm, dx / norm
    t0, t1, half = VACUUM_BAG
    bag = tuple((hand[0] + dx * t + nx * w, hand[1] + dy * t + ny * w)
                for t, w in ((t0, half * 0.6), (t1, half), (t1, -half), (t0, -half * 0.6)))
    head = _rounded(joint[0] - length * 0.25, floor, joint[0] + length * 0.75, floor + high)
    wheel = Circle((joint[0] - length * 0.2, floor + high * 0.45), high * 0.45,
                   fill=line, stroke=line, width=0.01)
    grip = (hand[0] - dx / norm * 0.07, hand[1] - dy / norm * 0.07)  # the handle's top past the hand
    return [
        Shape(head.points, fill=fill, stroke=line, width=PROP_W),
        *edged((grip, joint), 0.04),
        Shape(bag, fill=fill, stroke=line, width=PROP_W),
        wheel,
    ]


CUP_HIGH = 0.12  # a cup's height (body units): a tumbler beside the feet
CUP_MOUTH = 0.3  # its mouth seen a little from above: the oval's depth, a share of its width


def cup(x: float, floor: float, high: float) -> list[Item]:
    """An open cup standing on the floor at x: wider at its mouth than at its foot, the mouth a
    dark oval (open, so it reads as a cup a thing drops into, not a box or a weight)."""
    top = floor + high
    half = high / 2
    body = Shape(((x - half * 0.7, floor), (x + half * 0.7, floor), (x + half, top), (x - half, top)),
                 fill=PROP_FILL, stroke=PROP_LINE, width=PROP_W)
    mouth = tuple(
        (x + half * math.cos(a), top + half * CUP_MOUTH * math.sin(a))
        for a in (math.tau * k / 24 for k in range(24))
    )
    return [body, Shape(mouth, fill=PROP_DARK, stroke=PROP_LINE, width=PROP_W)]


KNEECAP_LONG = 0.24  # the kneecap's length along the leg (body units)
KNEECAP_ON = 0.05  # how far its middle sits above the knee point: on the leg's front edge


def kneecap(sk: Skeleton, knee: str, long: float) -> Shape:
    """The kneecap: a small white oval lying along the thigh on the front of the knee, drawn
    behind the leg and the hands, so fingers on it read as moving the kneecap (a two-headed arrow
    at bare hands on the knee read as sliding the hands along the leg)."""
    kx, ky = sk.points[knee]
    hx, hy = sk.points[knee.replace("knee", "hip")]
    length = math.dist((kx, ky), (hx, hy)) or 1.0
    ux, uy = (hx - kx) / length, (hy - ky) / length  # along the thigh, toward the hip
    nx, ny = -uy, ux  # across the thigh, toward its upper side
    if ny < 0:
        nx, ny = -nx, -ny
    # a little toward the foot: the fingertips at the knee point rest on its near end
    cx, cy = kx + nx * KNEECAP_ON - ux * long * 0.3, ky + ny * KNEECAP_ON - uy * long * 0.3
    a, b = long / 2, long * 0.28
    pts = tuple(
        (cx + ux * a * math.cos(t) + nx * b * math.sin(t), cy + uy * a * math.cos(t) + ny * b * math.sin(t))
        for t in (math.radians(d) for d in range(0, 360, 20))
    )
    return Shape(pts, fill=PROP_FILL, stroke=BLACK, width=PROP_W)


BAG_H = 0.22  # a shopping bag's body, its height (the handles add to it)
BAG_HANDLE = 0.09  # from the fist down to the bag's top


def _bag(hand: Point, height: float, line: Color, fill: Color) -> list[Item]:
    """A shopping bag hanging from the hand by two handles: a body a little wider at the bottom,
    the handles from its top corners up into the fist (a bare box read as a box carried)."""
    x, y = hand
    top = y - BAG_HANDLE
    half_top, half_bottom = height * 0.34, height * 0.4
    body = ((x - half_top, top), (x + half_top, top), (x + half_bottom, top - height),
            (x - half_bottom, top - height))
    handles = ((x - half_top * 0.6, top), (x, y), (x + half_top * 0.6, top))
    return [
        Stroke(handles, PROP_W, line),
        Shape(body, fill=fill, stroke=line, width=PROP_W),
    ]


STICK_TIP = 0.035  # a stick's rubber tip: this long, a little wider than the stick, black


def _stick_tips(p: Point, q: Point) -> list[Item]:
    """A rigid stick's two rubber tips, so it reads as a cane (a strap is flat and soft)."""
    d = math.dist(p, q) or 1.0
    ux, uy = (q[0] - p[0]) / d * STICK_TIP, (q[1] - p[1]) / d * STICK_TIP
    return [
        Stroke((p, (p[0] + ux, p[1] + uy)), 0.055, BLACK),
        Stroke((q, (q[0] - ux, q[1] - uy)), 0.055, BLACK),
    ]


def _shoe_horn(hand: Point, heel: Point) -> list[Item]:
    """A long shoe horn from the hand to a heel: a knob and a handle showing above the fist, a
    straight shaft, and a blade more than twice as wide down the back of the heel into the shoe.

    It is a rigid tool, outlined black and filled light grey: a thin grey stick along the shin was
    not seen (reviews E-I), a black one read as a band round the foot.
    """
    length = math.dist(hand, heel) or 1.0
    ux, uy = (heel[0] - hand[0]) / length, (heel[1] - hand[1]) / length
    nx, ny = -uy, ux

    def at(along: float, side: float) -> Point:
        return (hand[0] + ux * along + nx * side, hand[1] + uy * along + ny * side)

    shaft, blade = HORN_SHAFT / 2, HORN_SHAFT * 1.2
    outline = (
        at(-HORN_HANDLE, -shaft), at(length - HORN_BLADE, -shaft), at(length + 0.03, -blade),
        at(length + 0.03, blade), at(length - HORN_BLADE, shaft), at(-HORN_HANDLE, shaft),
    )
    top = at(-HORN_HANDLE, 0.0)
    return [
        Shape(outline, fill=WHITE, stroke=WHITE, width=PROP_W + STICK_EDGE),
        Shape(outline, fill=HORN_FILL, stroke=BLACK, width=PROP_W),
        Circle(top, HORN_SHAFT * 0.8, fill=HORN_FILL, stroke=BLACK, width=PROP_W),
    ]


def _reacher(a: Point, prop: Prop, floor: float, line: Color) -> list[Item]:
    """A long reacher from the hand to the floor: a trigger under the hand, a stiff shaft, and
    two jaws gripping the sides of a cup standing on the floor (a small box or can at the tip
    read as a band's anchor: the reacher as a band row, blind tests #22 and #24)."""
    tip = (a[0] + prop.dx, floor + REACHER_CUP + REACHER_JAW * 0.35 + prop.dy)
    d = math.dist(a, tip) or 1.0
    ux, uy = (tip[0] - a[0]) / d, (tip[1] - a[1]) / d
    # A stiff shaft, thicker than a band (a thin grey line to the floor read as a band row).
    dark = PROP_DARK if line == PROP_LINE else line
    items: list[Item] = [Stroke((a, tip), REACHER_SHAFT, dark)]
    trigger = (a[0] + ux * 0.07 + uy * 0.05, a[1] + uy * 0.07 - ux * 0.05)
    items.append(Stroke(((a[0] + ux * 0.03, a[1] + uy * 0.03), trigger), 0.035, dark))
    items += cup(tip[0], floor, REACHER_CUP)
    half = REACHER_CUP / 2
    for side in (-1.0, 1.0):  # the jaws, down round the cup's rim, as thick as the shaft's end
        items.append(Stroke((tip, (tip[0] + side * half * 1.2, floor + REACHER_CUP * 0.5)), 0.045, dark))
    return items


def _square(c: Point, half: float) -> tuple[Point, ...]:
    x, y = c
    return ((x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half))


def pedal_exerciser(sk: Skeleton, floor: float, lever: float = 0.0) -> list[Item]:
    """A small pedal exerciser on the floor under the feet: a low frame with a hub, one crank
    through the hub and a pedal under each foot (the feet sit at the crank's two ends).

    A plain box at the foot with a round arrow read as a step or a block, not as pedalling.
    lever (not 0): a stair climber's pedals instead, each on a lever from a pivot this far
    behind the feet (negative: behind a figure facing right), over a low frame on the floor.
    """
    if lever:
        feet = []
        for side in ("right", "left"):
            (hx, hy), (tx, ty) = sk.points[f"{side}_heel"], sk.points[f"{side}_toe"]
            feet.append(((hx + tx) / 2, min(hy, ty) - 0.03))
        pivot = (min(f[0] for f in feet) + lever, floor + 0.12)
        out: list[Item] = [
            Stroke(((pivot[0] - 0.05, floor + 0.02), (max(f[0] for f in feet) + 0.2, floor + 0.02)),
                   PROP_W * 1.8, PROP_LINE),
            Stroke(((pivot[0], floor + 0.02), pivot), PROP_W * 1.8, PROP_LINE),
        ]
        for fx, fy in feet:
            out.append(Stroke((pivot, (fx, fy)), PROP_W * 1.6, PROP_DARK))
            out.append(Stroke(((fx - 0.09, fy), (fx + 0.09, fy)), PROP_W * 3.0, PROP_DARK))
        return [*out, Circle(pivot, 0.03, fill=WHITE, stroke=PROP_DARK, width=PROP_W)]
    pedals = []
    for side in ("right", "left"):
        (ax, ay), (tx, ty) = sk.points[f"{side}_ankle"], sk.points[f"{side}_toe"]
        pedals.append(((ax + tx) / 2, min(ay, ty) - 0.03))
    (rx, ry), (lx, ly) = pedals
    hub = ((rx + lx) / 2, (ry + ly) / 2)
    base = floor + 0.015
    crank = math.dist(hub, (rx, ry))
    items: list[Item] = [
        # The pedals' round path, light: the feet go round it (without it the small frame with a
        # round arrow at one foot read as ankle circles).
        Circle(hub, crank, fill=None, stroke=grey(0.72), width=PROP_W * 0.8),
        Stroke(((hub[0] - 0.2, base), (hub[0] + 0.2, base)), PROP_W * 1.6, PROP_LINE),
        Stroke(((hub[0] - 0.14, base), hub, (hub[0] + 0.14, base)), PROP_W * 1.4, PROP_LINE),
        Stroke(((rx, ry), (lx, ly)), PROP_W * 1.6, PROP_DARK),
        Circle(hub, 0.035, fill=WHITE, stroke=PROP_DARK, width=PROP_W),
    ]
    for px, py in pedals:
        items.append(Stroke(((px - 0.05, py), (px + 0.05, py)), PROP_W * 2.2, PROP_DARK))
    return items
