"""Household props a patient recognises: a bathtub with a bench across its wall, a soft pillow
held between two body parts, a strip of tape on the floor, the arc of a hop over it, and a clock
face on the floor round a standing foot.

The first blind read of these saw "a small box" for the tub, "a ball" for the pillow and "a
circle" for the line: each here has the shape that names it.
"""

from __future__ import annotations

import math

from rehab_planner.figures.primitives import WHITE, Item, Point, Shape, Stroke, arrow, grey, turned
from rehab_planner.model.figure import View

LINE = grey(0.45)
FILL = grey(0.92)
DARK = grey(0.3)
W = 0.032

BENCH_OUT = 0.32  # the bench's seat reaches this far behind the point it is placed at
TUB_GAP = 0.66  # from the seat's point to the tub's near wall (past a seated figure's toes)
TUB_LENGTH = 0.8
TUB_WALL = 0.08
BENCH_IN = 0.42  # how far the seat reaches over the wall into the tub
RIM_BELOW_SEAT = 0.1  # the bench stands a little higher than the tub's rim
TUB_FLOOR = 0.11  # the tub's inside bottom above the floor
SHOWER_HEAD = 1.55  # the shower head's height over the floor, on the wall at the tub's far end
SHOWER_WALL = 1.75
SEAM_IN = 0.78  # a pillow's seam runs round it at this share of its size
TAPE_W = 0.06  # a strip of tape on the floor, seen running away from the viewer
TAPE_RUN = 0.2  # how far it runs toward and away from the viewer, drawn up and down the page
PAD_THICK = 0.19  # a pillow under the feet, at its thickest
HOP_RISE = 0.3  # a hop's arc rises this share of its width
CLOCK_R = 0.5  # a clock on the floor: its radius (the free foot taps near its rim)
CLOCK_FLAT = 0.36  # ...seen a little from above: its depth on the page, a share of its width
CLOCK_TICK = 0.2  # the hour marks run in from the rim this share of the radius (12, 3, 6, 9: twice)


def bathtub(seat_at: Point, floor: float, length: float | None = None) -> list[Item]:
    """A bathtub seen from the side and a tub bench across its near wall.

    seat_at: the point the figure sits at (the bench's seat is BODY_HALF below it is the caller's
    business: this is the seat's top). The tub stands in front of the figure (to the right): a
    long white tub with rounded bottom corners, a rolled rim, its inside hollow showing (the near
    side cut away, so the legs go over the wall into it) and a tap at the far end. The bench's
    seat runs across the wall, half outside (under the figure) and half inside, on two legs on the
    floor and one on the tub's bottom, a back rest behind the figure.
    """
    sx, seat = seat_at
    wall = sx + TUB_GAP
    far = wall + (length or TUB_LENGTH)
    rim = seat - RIM_BELOW_SEAT
    bottom = floor + TUB_FLOOR
    items: list[Item] = [
        # the tub cut along its length: grey walls and bottom round a white hollow
        Shape(_tub_outline(wall, far, floor, rim), fill=grey(0.55), stroke=DARK, width=W * 1.2),
        Shape(_tub_outline(wall + TUB_WALL, far - TUB_WALL, bottom, rim), fill=WHITE,
              stroke=LINE, width=W * 0.8),
        # the rolled rim along the top of both walls
        Shape(((wall - 0.03, rim - 0.05), (wall + TUB_WALL + 0.02, rim - 0.05),
               (wall + TUB_WALL + 0.02, rim + 0.005), (wall - 0.03, rim + 0.005)),
              fill=DARK, stroke=DARK, width=W * 0.6),
        Shape(((far - TUB_WALL - 0.02, rim - 0.05), (far + 0.03, rim - 0.05),
               (far + 0.03, rim + 0.005), (far - TUB_WALL - 0.02, rim + 0.005)),
              fill=DARK, stroke=DARK, width=W * 0.6),
        # the tap over the far wall: a spout curving over the hollow
        Stroke(((far - 0.03, rim), (far - 0.03, rim + 0.2), (far - 0.17, rim + 0.2),
                (far - 0.17, rim + 0.14)), W * 2.0, DARK),
        Stroke(((far - 0.09, rim + 0.26), (far + 0.03, rim + 0.26)), W * 2.2, DARK),
        # the bathroom wall at the tub's far end, a shower head on it spraying down into the tub
        # (the tub alone, low beside a long bench, read as a rowing machine)
        Stroke(((far + 0.08, floor), (far + 0.08, floor + SHOWER_WALL)), W * 1.4, LINE),
        Stroke(((far + 0.03, rim + 0.26), (far + 0.03, floor + SHOWER_HEAD),
                (far - 0.1, floor + SHOWER_HEAD)), W * 1.4, DARK),
        Shape(((far - 0.08, floor + SHOWER_HEAD + 0.02), (far - 0.2, floor + SHOWER_HEAD - 0.06),
               (far - 0.16, floor + SHOWER_HEAD - 0.12), (far - 0.06, floor + SHOWER_HEAD - 0.04)),
              fill=DARK, stroke=DARK, width=W * 0.6),
    ]
    for k in range(4):  # the spray: short dashes fanning down from the head
        x0 = far - 0.19 + 0.035 * k
        top = floor + SHOWER_HEAD - 0.16
        items += [Stroke(((x0 - 0.02 * (1.5 - k) * t, top - 0.14 * t),
                          (x0 - 0.02 * (1.5 - k) * (t + 0.6), top - 0.14 * (t + 0.6))), W * 0.7, LINE)
                  for t in (0.0, 1.0, 2.0)]
    left, right = sx - BENCH_OUT, wall + BENCH_IN
    items += [
        Stroke(((left + 0.06, seat), (left + 0.06, floor)), W * 1.4, LINE),
        Stroke(((wall - 0.12, seat), (wall - 0.12, floor)), W * 1.4, LINE),
        Stroke(((right - 0.06, seat), (right - 0.06, bottom)), W * 1.4, LINE),
        Stroke(((sx - 0.16, seat), (sx - 0.2, seat + 0.5)), W * 1.6, LINE),
        Shape(((left, seat - 0.05), (right, seat - 0.05), (right, seat), (left, seat)),
              fill=FILL, stroke=LINE, width=W),
    ]
    return items


def _tub_outline(x0: float, x1: float, y0: float, y1: float) -> tuple[Point, ...]:
    """A tub's side: straight top, upright ends, the bottom corners rounded wide."""
    r = min(0.16, (y1 - y0) * 0.45)
    pts: list[Point] = [(x0, y1)]
    for cx, start in ((x0 + r, 180), (x1 - r, 270)):
        pts += [(cx + r * math.cos(math.radians(start + k * 15)),
                 y0 + r + r * math.sin(math.radians(start + k * 15))) for k in range(7)]
    return (*pts, (x1, y1))


def soft_pillow(a: Point, b: Point, size: float, along: float) -> list[Item]:
    """A pillow seen face on, held between two body parts (the knees) at a and b: a soft
    rounded oblong, fuller in the middle than at its corners, with a seam round it.

    size: its long side; along: the direction of its long side (degrees), as the thigh lies.
    """
    cx, cy = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    outline = _squircle((cx, cy), size / 2, size * 0.36, along)
    seam = _squircle((cx, cy), size / 2 * SEAM_IN, size * 0.36 * SEAM_IN, along)
    return [
        Shape(outline, fill=FILL, stroke=LINE, width=W * 1.2),
        Shape(seam, fill=None, stroke=grey(0.62), width=W * 0.6),
    ]


def _squircle(c: Point, a: float, b: float, turn: float) -> tuple[Point, ...]:
    """A rounded oblong (a superellipse), half-sizes a by b, turned `turn` degrees."""
    t = math.radians(turn)
    ct, st = math.cos(t), math.sin(t)
    pts: list[Point] = []
    for k in range(48):
        u = 2 * math.pi * k / 48
        cu, su = math.cos(u), math.sin(u)
        x = a * math.copysign(abs(cu) ** 0.55, cu)
        y = b * math.copysign(abs(su) ** 0.7, su)
        pts.append((c[0] + x * ct - y * st, c[1] + x * st + y * ct))
    return tuple(pts)


def floor_tape(x: float, floor: float, view: View, span: tuple[float, float]) -> list[Item]:
    """A strip of tape on the floor, across the path of a hop, and the floor it lies on.

    The floor is seen a little from above: a light band from its far edge (above the line the
    feet stand on) to its near edge (below it), span (x from, x to) wide. From the front the
    dark strip runs across the band toward the viewer, wider at the near edge; from the side it
    crosses the band aslant. A circle on the floor read as a ball, a strip alone as a post.
    """
    near, far = floor - TAPE_RUN, floor + TAPE_RUN * 0.6
    left, right = span
    plane = Shape(((left - 0.1, near), (right + 0.1, near), (right, far), (left, far)),
                  fill=grey(0.94), stroke=grey(0.8), width=W * 0.6)
    if view is View.SIDE:
        lean = 0.08
        pts: tuple[Point, ...] = ((x - lean - TAPE_W / 2, near), (x - lean + TAPE_W / 2, near),
                                  (x + lean * 0.6 + TAPE_W / 2, far),
                                  (x + lean * 0.6 - TAPE_W / 2, far))
    else:
        pts = ((x - TAPE_W * 0.7, near), (x + TAPE_W * 0.7, near), (x + TAPE_W * 0.4, far),
               (x - TAPE_W * 0.4, far))
    return [plane, Shape(pts, fill=DARK, stroke=DARK, width=W * 0.5)]


def floor_clock(x: float, floor: float, radius: float | None = None) -> list[Item]:
    """A clock face on the floor round the foot at x, seen a little from above: a flat light
    oval with twelve hour marks in from its rim (the quarter hours longer), under the standing
    foot. The clock reach's steps ask the patient to think of one;
    three taps alone read as weight shifts or side steps (full reviews H-N)."""
    rx = radius or CLOCK_R
    ry = rx * CLOCK_FLAT
    rim = [(x + rx * math.cos(math.radians(a)), floor + ry * math.sin(math.radians(a)))
           for a in range(0, 360, 10)]
    items: list[Item] = [Shape(tuple(rim), fill=grey(0.94), stroke=LINE, width=W * 0.8)]
    for hour in range(12):
        a = math.radians(hour * 30)
        inner = 1 - CLOCK_TICK * (2 if hour % 3 == 0 else 1)
        c, s_ = math.cos(a), math.sin(a)
        items.append(Stroke(((x + rx * inner * c, floor + ry * inner * s_),
                             (x + rx * c, floor + ry * s_)), W * 0.8, DARK))
    return items


def hop_arrow(c: Point, direction: float, width: float, unit: float, head: float,
              line_w: float) -> list[Item]:
    """An arc arrow over c: from `width`/2 on one side, up and over, down to the other side in
    `direction` (0 right, 180 left): a hop over a line."""
    d = 1.0 if math.cos(math.radians(direction)) >= 0 else -1.0
    half = width / 2
    pts: list[Point] = []
    for k in range(17):
        s = k / 16
        pts.append((c[0] + d * half * (2 * s - 1), c[1] + width * HOP_RISE * 4 * s * (1 - s)))
    return arrow(pts, line_w, (0.0, 0.0, 0.0), head * unit)


def soft_pad(c: Point, length: float, thick: float = PAD_THICK) -> list[Item]:
    """A pillow (or foam pad) under the feet, seen edge on: thicker in the middle than at its
    rounded ends, with a seam along it, so it reads as soft (a flat bar read as a board)."""
    outline = _squircle(c, length / 2, thick / 2, 0.0)
    seam = ((c[0] - length / 2 * SEAM_IN, c[1]), (c[0] + length / 2 * SEAM_IN, c[1]))
    return [
        Shape(outline, fill=FILL, stroke=LINE, width=W * 1.2),
        Stroke(seam, W * 0.6, grey(0.62)),
    ]


def rolled_towel(c: Point, r: float, floor: float) -> list[Item]:
    """A rolled towel lying on the floor, seen end on: a round end with the layers rolled up in
    it (a spiral) and its loose end lying flat on the floor beyond it (a plain circle read as a
    ball)."""
    items: list[Item] = [
        Stroke(((c[0], floor + 0.012), (c[0] + r * 2.2, floor + 0.012)), W * 1.4, LINE),
        Shape(tuple((c[0] + r * math.cos(math.radians(a)), c[1] + r * math.sin(math.radians(a)))
                    for a in range(0, 360, 15)), fill=FILL, stroke=LINE, width=W),
    ]
    spiral: list[Point] = []
    for k in range(37):
        a = math.radians(k * 20)
        rr = r * 0.82 * k / 36
        spiral.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
    items.append(Stroke(tuple(spiral), W * 0.6, LINE))
    return items


SLEEVE_LONG = 0.4  # a sock aid's plastic sleeve, seen from the side: this long...
SLEEVE_HIGH = 0.16  # ...and this high at its open back end
SOCK = grey(0.62)  # the sock, pulled over the sleeve (and, once on, over the foot)
CORD_W = 0.014
CORD_GAP = 0.025  # the two cords this far apart at the hand...
CORD_SPREAD = 0.12  # ...and this far apart at the sleeve's rim


def sock_aid(heel: Point, toe: Point, ankle: Point, hand: Point, floor: float, on: bool) -> list[Item]:
    """A sock aid seen from the side, drawn over the foot, two cords up to the hand.

    on=False: the sleeve lies on the floor round the foot (the toes slid into it), the sock
    pulled over it, its toe closed at the front; its open back end is higher, the cords running
    from its rim. on=True: the sock is on the foot (grey over the foot and ankle) and the empty
    sleeve has slid back off the heel, tipped up behind it. A strap looped round the foot read as
    a strap stretch; the sleeve and the cords name the sock aid."""
    d = 1.0 if toe[0] >= heel[0] else -1.0
    items: list[Item] = []
    if on:
        sock = (
            (heel[0] - d * 0.05, floor + 0.005), (toe[0] + d * 0.03, floor + 0.005),
            (toe[0] + d * 0.04, floor + 0.05), (ankle[0] + d * 0.06, ankle[1] + 0.03),
            (ankle[0] + d * 0.05, ankle[1] + 0.12), (ankle[0] - d * 0.06, ankle[1] + 0.12),
            (heel[0] - d * 0.07, floor + 0.06),
        )
        items.append(Shape(sock, fill=SOCK, stroke=WHITE, width=W * 0.8))
        # stood up behind the heel: its closed end on the floor there, its open end up
        back = (heel[0] - d * (0.06 + SLEEVE_LONG), floor + 0.005)
        tilt = d * -35.0
    else:
        back = (heel[0] - d * 0.08, floor + 0.005)
        tilt = 0.0
    bx, by = back
    sleeve: tuple[Point, ...] = (
        (bx, by + SLEEVE_HIGH), (bx, by), (bx + d * SLEEVE_LONG, by),
        (bx + d * (SLEEVE_LONG + 0.04), by + 0.05), (bx + d * SLEEVE_LONG, by + 0.1),
        (bx + d * SLEEVE_LONG * 0.45, by + 0.12),
    )
    rim = (bx + d * 0.0, by + SLEEVE_HIGH)
    if on:
        closed = (bx + d * SLEEVE_LONG, by)
        sleeve = turned(sleeve, closed, tilt)
        rim = sleeve[0]
        items.append(Shape(sleeve, fill=FILL, stroke=LINE, width=W * 1.2))
    else:  # the sock over the sleeve: grey, its toe closed round the front end
        items.append(Shape(sleeve, fill=SOCK, stroke=DARK, width=W * 1.2))
        inner = (
            (bx + d * 0.02, by + SLEEVE_HIGH - 0.02), (bx + d * 0.02, by + 0.02),
            (bx + d * SLEEVE_LONG * 0.45, by + 0.02), (bx + d * SLEEVE_LONG * 0.45, by + 0.1),
        )
        items.append(Shape(inner, fill=FILL, stroke=None))
    # Two cords from either side of the rim, meeting at the hand: side by side all the way
    # they read as one rigid stick, the long shoe horn (review J).
    cords = [((rim[0] + k * CORD_SPREAD, rim[1]), (hand[0] + k * CORD_GAP, hand[1]))
             for k in (-0.5, 0.5)]
    items += [Stroke(cord, CORD_W * 2.6, WHITE) for cord in cords]
    items += [Stroke(cord, CORD_W, DARK) for cord in cords]
    return items
