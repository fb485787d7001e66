"""A hand close-up in the picture's top corner: palm up or down, a weight or a ball, large.

The whole figure draws a hand as a small fist or mitten; it cannot show which way the palm faces
or how a weight lies in it, so three forearm exercises differed only by a mark at the hand. The
inset shows the hand from above, as the patient sees their own right hand resting on a pillow or
a thigh: the forearm comes in from the bottom, the fingers point up. Palm up shows the palm's
creases and the thumb on the outer (right) side; palm down shows the nails and the knuckles and
the thumb on the inner side. Two hands: the start (light outline) beside the end (solid) with an
arrow both ways over them.
"""

from __future__ import annotations

import math
from dataclasses import replace

from rehab_planner.figures import arrows
from rehab_planner.figures.body import outlined
from rehab_planner.figures.primitives import (
    BLACK,
    WHITE,
    Circle,
    Color,
    Item,
    Label,
    Picture,
    Point,
    Shape,
    Stroke,
    arrow,
    rounded_rect,
    transform,
)
from rehab_planner.figures.props import FRAME_W, LEADER_W, PROP_DARK, PROP_LINE
from rehab_planner.model.figure import CloseHand, HandInset

# The box, in picture units (the picture box is 2.7 x 2.025).
BOX_H = 1.0
ONE_W = 0.72
TWO_W = 1.2
PAD = 0.05
SHRINK = 0.78  # the whole figure shrinks this much to leave the corner to the inset

# A hand in its own units (the palm is 1 wide), origin at the wrist, fingers up.
PALM_W = 1.0
PALM_LONG = 1.0
FOREARM_W = 0.8
FINGER_W = 0.24
FINGERS = ((-0.37, 0.6), (-0.12, 0.8), (0.12, 0.88), (0.37, 0.78))  # little to index: x, length
THUMB_W = 0.3
HAND_UNIT = 0.27  # picture units per hand unit
WRIST_UP = 0.3  # the wrist above the frame's bottom edge (picture units)
BALL_AT = (0.0, 0.95)
BALL_R = 0.8  # wider than the fist: the ball bulges out at both sides

_MARKER_R = 0.0  # a zero-size circle the renderer leaves at the hand, to aim the leader line


def marker(at: Point) -> Circle:
    """An invisible point that follows the figure through fitting: where the hand is drawn."""
    return Circle(at, _MARKER_R)


def is_marker(item: Item) -> bool:
    return (
        isinstance(item, Circle)
        and item.radius == _MARKER_R
        and item.fill is None
        and item.stroke is None
    )


def _fingers(shape: CloseHand, thumb_side: float) -> list[tuple[Point, Point]]:
    """Each finger as a line from its root to its tip (hand units)."""
    out: list[tuple[Point, Point]] = []
    for x, length in FINGERS:
        x *= thumb_side  # the index finger is next to the thumb
        root = (x, PALM_LONG * 0.85)
        if shape is CloseHand.OPEN:  # spread: each finger leans out from the middle
            lean = math.radians(28 * x / 0.37)
            tip = (x + math.sin(lean) * length, root[1] + math.cos(lean) * length)
        elif shape is CloseHand.FIST:  # curled: short stubs over what the hand holds
            tip = (x, root[1] + length * 0.35)
        else:
            tip = (x, root[1] + length)
        out.append((root, tip))
    return out


def hand(
    shape: CloseHand, holds: str | None, forearm: float, left: bool = False
) -> tuple[list[Item], list[Item]]:
    """One hand from above, in hand units: the forearm `forearm` long below the wrist.

    Returns the hand drawn solid black (the caller outlines it for a start pose) and its details
    (creases, nails, knuckles) in white, to draw on top in the colour that shows.
    """
    # Palm up: the thumb on the outer side (right), as the patient sees their own right hand.
    thumb_side = -1.0 if shape is CloseHand.PALM_DOWN else 1.0
    if left:  # a left hand is the right one in a mirror
        thumb_side = -thumb_side
    color, detail = BLACK, WHITE
    details: list[Item] = []
    items: list[Item] = [Stroke(((0.0, -forearm), (0.0, 0.1)), FOREARM_W, color)]
    palm = rounded_rect(-PALM_W / 2, 0.0, PALM_W / 2, PALM_LONG, 0.3)
    if holds == "weight":  # the handle across the palm, a plate at each end
        bar = ((-1.25, 0.55), (1.25, 0.55))
        items += [Stroke(bar, 0.22, PROP_DARK)]
        for sign in (-1, 1):
            x0, x1 = sorted((sign * 0.95, sign * 1.35))
            items.append(Shape(rounded_rect(x0, 0.05, x1, 1.05, 0.08), fill=PROP_DARK))
    if holds == "ball":  # in the palm, the fingers curled round it
        items += ball(BALL_AT, BALL_R)
    items.append(Shape(palm, fill=color))
    thumb_root = (thumb_side * 0.35, 0.3)
    if holds == "ball":
        return items + _ball_fist(thumb_side, color, details), details
    thumb_tip = (thumb_side * (0.95 if shape is CloseHand.OPEN else 0.75), 0.85)
    if shape is CloseHand.FIST:
        thumb_tip = (thumb_side * 0.3, 1.05)  # closed over the fingers
    items.append(Stroke((thumb_root, thumb_tip), THUMB_W, color))
    if holds == "weight":  # the handle shows across the palm, the fingers curl over it
        items.append(Stroke(((-0.5, 0.55), (0.5, 0.55)), 0.22, PROP_DARK))
    for root, tip in _fingers(CloseHand.FIST if holds else shape, thumb_side):
        items.append(Stroke((root, tip), FINGER_W, color))
    if shape is CloseHand.PALM_UP:  # the palm's creases
        details.append(Stroke(((thumb_side * 0.05, 0.1), (thumb_side * 0.12, 0.4),
                             (thumb_side * 0.32, 0.62)), 0.08, detail))
        details.append(Stroke(((-thumb_side * 0.4, 0.75), (0.0, 0.7), (thumb_side * 0.3, 0.78)),
                              0.08, detail))
    elif shape is CloseHand.PALM_DOWN:  # the nails and the knuckles
        for root, tip in _fingers(shape, thumb_side):
            d = (tip[0] - root[0], tip[1] - root[1])
            n = math.hypot(*d) or 1.0
            nail = (tip[0] - d[0] / n * 0.1, tip[1] - d[1] / n * 0.1)
            details.append(Circle(nail, 0.075, fill=detail))
            details.append(Circle(root, 0.05, fill=detail))
    return items, details


def _ball_fist(thumb_side: float, color: Color, details: list[Item]) -> list[Item]:
    """A fist round a ball: the ball shows above the curled fingers, the thumb across them."""
    detail = WHITE
    thumb = ((thumb_side * 0.5, 0.2), (-thumb_side * 0.05, 0.55))
    items: list[Item] = [
        Shape(rounded_rect(-0.64, 0.05, 0.64, 0.95, 0.3), fill=color),
        Stroke(thumb, THUMB_W + 0.12, WHITE),
        Stroke(thumb, THUMB_W, color),
    ]
    for x in (-0.3, 0.0, 0.3):  # the curled fingers side by side, below the ball
        details.append(Stroke(((x, 0.62), (x, 0.92)), 0.07, detail))
    return items


# A finger seen from the side: its three bones (hand units) and each shape's bend at the big
# knuckle, the middle joint and the end joint (degrees, toward the palm).
FINGER_BONES = (0.55, 0.36, 0.28)
SIDE_FINGER_W = 0.22  # the four fingers one behind the other: one thick finger
SIDE_PALM_W = 0.4  # the hand's thickness, seen from the thumb's side
SIDE_BENDS: dict[CloseHand, tuple[float, float, float]] = {
    CloseHand.STRAIGHT: (0.0, 0.0, 0.0),
    CloseHand.HOOK: (0.0, 100.0, 70.0),
    CloseHand.FULL_FIST: (90.0, 100.0, 60.0),
    CloseHand.TABLE_TOP: (90.0, 0.0, 0.0),
}


def side_hand(shape: CloseHand, forearm: float) -> list[Item]:
    """One right hand seen from the thumb's side, fingers up, the palm facing right: the
    forearm, the hand and one thick finger bent at its three joints as the shape says; the
    thumb along the palm's side. In hand units, the wrist at the origin."""
    items: list[Item] = [
        Stroke(((0.0, -forearm), (0.0, 0.1)), SIDE_PALM_W * 0.95, BLACK),
        Shape(rounded_rect(-SIDE_PALM_W / 2, 0.0, SIDE_PALM_W / 2, PALM_LONG, 0.2), fill=BLACK),
    ]
    # the little finger's side behind (a little shorter), the index finger in front of it with
    # a white edge, so the fingers read as fingers, not as a bar
    for root, scale, front in (((-0.07, PALM_LONG - 0.14), 0.9, False),
                               ((0.06, PALM_LONG - 0.1), 1.0, True)):
        joint = root
        points = [joint]
        heading = 90.0
        for bone, bend in zip(FINGER_BONES, SIDE_BENDS[shape], strict=True):
            heading -= bend
            joint = (joint[0] + bone * scale * math.cos(math.radians(heading)),
                     joint[1] + bone * scale * math.sin(math.radians(heading)))
            points.append(joint)
        if front:
            items.append(Stroke(tuple(points), SIDE_FINGER_W + 0.1, WHITE))
        items.append(Stroke(tuple(points), SIDE_FINGER_W, BLACK))
    tip = (0.36, 0.72) if shape in (CloseHand.STRAIGHT, CloseHand.TABLE_TOP) else (0.3, 0.62)
    thumb = ((0.1, 0.22), tip)
    items += [Stroke(thumb, SIDE_FINGER_W + 0.1, WHITE), Stroke(thumb, SIDE_FINGER_W, BLACK)]
    return items


def _x_extent(items: list[Item]) -> tuple[float, float]:
    xs: list[float] = []
    for item in items:
        if isinstance(item, Stroke):
            xs += [x + d for x, _ in item.points for d in (-item.width / 2, item.width / 2)]
        elif isinstance(item, Shape):
            xs += [x for x, _ in item.points]
    return min(xs), max(xs)


SEQUENCE_UNIT = 0.3  # a hand in a sequence: at most this many picture units per hand unit
SEQUENCE_GAP = 0.22  # between two hands in a sequence: room for the arrow from one to the next


def _draw_sequence(spec: HandInset, box: tuple[float, float, float, float]) -> list[Item]:
    """Finger shapes one after another, as large as the strip allows, an arrow from each to
    the next (the order reads left to right; numbered discs left the hands too small)."""
    x0, y0, x1, y1 = box
    drawn = [side_hand(shape, 1.0) for shape in spec.hands]
    extents = [_x_extent(d) for d in drawn]
    span = sum(b - a for a, b in extents)
    gaps = SEQUENCE_GAP * (len(drawn) - 1)
    unit = min((x1 - x0 - 3 * PAD - gaps) / span, (y1 - y0 - 0.1 - 3 * PAD) / 2.1, SEQUENCE_UNIT)
    wy = (y0 + y1) / 2 - unit * 1.05  # the hands in the middle, their forearms to the frame
    forearm = (wy - y0 - FRAME_W) / unit - SIDE_PALM_W / 2  # its round end inside the frame
    x = (x0 + x1) / 2 - (span * unit + gaps) / 2
    items: list[Item] = []
    for k, (shape, (a, b)) in enumerate(zip(spec.hands, extents, strict=True)):
        items += place(side_hand(shape, forearm), unit, (x - a * unit, wy))
        x += (b - a) * unit
        if k < len(drawn) - 1:  # on to the next shape
            ay = wy + unit * 0.5
            items += arrow([(x + 0.04, ay), (x + SEQUENCE_GAP - 0.04, ay)], arrows.ARROW_W,
                           BLACK, arrows.ARROW_HEAD * 0.7)
            x += SEQUENCE_GAP
    return items


def _recolour(item: Item, color: Color) -> Item:
    if isinstance(item, Stroke):
        return Stroke(item.points, item.width, color)
    if isinstance(item, Circle):
        return Circle(item.center, item.radius, fill=color)
    return item


def place(items: list[Item], scale: float, at: Point) -> list[Item]:
    """Items drawn in hand units, scaled into picture units with their origin at `at`."""
    return [transform(i, scale, at[0], at[1]) for i in items]


def _upside_down(item: Item, middle: float) -> Item:
    """The item turned upside down about the line y = middle (a hand hanging, fingers down)."""
    if isinstance(item, Circle):
        return replace(item, center=(item.center[0], 2 * middle - item.center[1]))
    if isinstance(item, Stroke | Shape):
        return replace(item, points=tuple((x, 2 * middle - y) for x, y in item.points))
    return item


def draw(spec: HandInset, start_color: Color, box: tuple[float, float, float, float]) -> list[Item]:
    """The inset's frame and hands in the box (x0, y0, x1, y1, picture units)."""
    x0, y0, x1, y1 = box
    items: list[Item] = [Shape(rounded_rect(x0, y0, x1, y1, 0.08), fill=WHITE, stroke=PROP_LINE,
                               width=FRAME_W)]
    if spec.sequence:
        return items + _draw_sequence(spec, box)
    # Imported here: the close-ups use this module's hand sizes and place().
    from rehab_planner.figures import fist_closeups

    if spec.holds == "hammer":
        return items + fist_closeups.hammer_turns(box, start_color, spec.at.startswith("left_"))
    if spec.from_side:
        return items + fist_closeups.wrist_curl(box, start_color, spec.hands[0])
    count = len(spec.hands)
    unit = HAND_UNIT
    if count == 2 and spec.holds == "weight":  # the plates stay inside the hand's half
        unit *= 0.8
    wy = y0 + WRIST_UP  # the wrist; the forearm runs down to the frame's bottom edge
    forearm = (wy - y0 - FRAME_W) / unit - FOREARM_W / 2
    for k, shape in enumerate(spec.hands):
        last = k == count - 1
        cx = x0 + (x1 - x0) * ((k + 0.5) / count)
        drawn, details = hand(shape, spec.holds if last else None, forearm,
                              left=spec.at.startswith("left_"))
        if not last:  # the start: a light outline, its creases and nails in the same grey
            drawn = outlined(drawn, start_color) + [_recolour(d, start_color) for d in details]
        else:
            drawn += details
        items += place(drawn, unit, (cx, wy))
    if count == 1 and spec.holds == "ball":  # squeeze: two arrows press in at the ball's sides
        cx, cy = (x0 + x1) / 2, wy + BALL_AT[1] * unit
        for sign in (-1, 1):
            far, near = cx + sign * (x1 - x0) * 0.42, cx + sign * (BALL_R + 0.1) * unit
            items += arrow([(far, cy), (near, cy)], arrows.ARROW_W, BLACK, arrows.ARROW_HEAD * 0.8)
    if count == 2:  # back and forth between the two hands, over their fingers
        top = y1 - PAD - 0.1
        left, right = x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.7
        mid = (left + right) / 2
        pts = [(mid + (right - left) / 2 * math.cos(math.radians(a)),
                top - 0.08 + 0.1 * math.sin(math.radians(a))) for a in range(160, 10, -15)]
        items += arrow(pts, arrows.ARROW_W, BLACK, arrows.ARROW_HEAD * 0.8, both_ways=True)
    if spec.fingers_down:  # the forearm comes in from the frame's top, the fingers point down
        frame, *hand_items = items
        return [frame, *(_upside_down(i, (y0 + y1) / 2) for i in hand_items)]
    return items


def add(picture: Picture, spec: HandInset | None, start_color: Color) -> Picture:
    """The picture shrunk toward the far corner, the inset in the corner, a line to the hand."""
    at = next((i for i in picture.items if is_marker(i)), None)
    rest = [i for i in picture.items if not is_marker(i)]
    if spec is None:
        picture.items = rest
        return picture
    # A squeezed ball gets the wide box too: room for the arrows pressing in at its sides.
    w = TWO_W if len(spec.hands) == 2 or spec.holds in ("ball", "hammer") or spec.from_side \
        else ONE_W
    shrink = SHRINK
    if spec.sequence:  # a strip across the top; the figure shrinks to fit below it
        w = picture.width - 0.06
        shrink = (picture.height - BOX_H - 0.06) / picture.height
    right = spec.corner == "top_right"
    # Shrink the figure toward the bottom corner away from the inset; words keep their size.
    ox = 0.0 if right else picture.width
    oy = 0.0
    if spec.sequence:  # below the strip, in the middle, lifted off the bottom edge a little
        ox, oy = picture.width / 2, 0.04  # (lines keep their weight as the figure shrinks)
    shrunk: list[Item] = []
    for item in rest:
        moved = transform(item, shrink, ox * (1 - shrink), oy, width_scale=1.0)
        if isinstance(item, Label):
            moved = Label(item.text, moved.at if isinstance(moved, Label) else item.at, item.size,
                          item.color)
        shrunk.append(moved)
    margin = 0.03
    x1 = picture.width - margin if right else margin + w
    x0 = x1 - w
    y1 = picture.height - margin
    y0 = y1 - BOX_H
    items = shrunk
    if at is not None:
        assert isinstance(at, Circle)
        hx, hy = at.center[0] * shrink + ox * (1 - shrink), at.center[1] * shrink + oy
        corner = (x0 + 0.15, y0) if right else (x1 - 0.15, y0)
        items.append(Stroke((corner, (hx, hy)), LEADER_W, PROP_LINE))
    items += draw(spec, start_color, (x0, y0, x1, y1))
    picture.items = items
    return picture


BALL_LINE = 0.07  # the ball's outline and seam (hand units)


def ball(c: Point, r: float) -> list[Item]:
    """A soft ball as a ball, not a shaded muscle: white inside a dark outline, with two curved
    seams like a tennis ball's (a grey disc read as the mark for a tightened muscle)."""
    cx, cy = c
    seam = [(cx - r * 1.05 + r * 0.7 * math.cos(math.radians(a)), cy + r * 0.7 * math.sin(math.radians(a)))
            for a in range(-60, 61, 10)]
    seam2 = [(2 * cx - x, y) for x, y in seam]
    return [
        Circle(c, r, fill=WHITE, stroke=BLACK, width=BALL_LINE),
        Stroke(tuple(seam), BALL_LINE * 0.8, PROP_LINE),
        Stroke(tuple(seam2), BALL_LINE * 0.8, PROP_LINE),
    ]
