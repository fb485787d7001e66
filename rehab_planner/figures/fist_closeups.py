"""Hand close-ups of a fist that moves what it holds: a hammer tipping, a weight curled up.

The inset (figures/inset.py) shows a hand from above. Two forearm exercises move the fist in a
way no view from above shows:
- hammer turns: the fist seen from the front, thumb up, holding a hammer by the end of its
  handle. The hammer stands straight up (the start, an outline) and tips to each side as the
  forearm turns palm up and palm down (solid), an arrow both ways over the heads.
- the wrist curl: seen from the thumb's side, the forearm lies level on a table's edge, the fist
  round a dumbbell (its plate seen end on) hangs down (the start) and curls up (the end), an
  arrow from one to the other.
Both draw in hand units round a point, then scale into the inset's box.
"""

from __future__ import annotations

import math
from dataclasses import replace

from rehab_planner.figures import arrows
from rehab_planner.figures.body import OUTLINE_W, outlined
from rehab_planner.figures.inset import PAD, THUMB_W, place
from rehab_planner.figures.primitives import (
    BLACK,
    WHITE,
    Circle,
    Color,
    Item,
    Point,
    Shape,
    Stroke,
    arrow,
    rounded_rect,
    turned,
)
from rehab_planner.figures.props import PROP_DARK, PROP_FILL, PROP_LINE, PROP_W
from rehab_planner.model.figure_vocab import CloseHand

FINGER_LINE = 0.07  # the white line between two curled fingers

# A fist from the front holding a hammer by the end of its handle (the fist's middle at 0, 0).
FRONT_FIST = (-0.45, -0.62, 0.45, 0.5)  # four fingers one above the other
HANDLE_LONG = 1.5  # from the fist's middle to the head
HANDLE_W = 0.26
HEAD = ((-0.72, 0.0), (0.58, 0.0), (0.58, 0.42), (-0.2, 0.42), (-0.82, 0.1))  # face, then claw
TIP = 50.0  # degrees the hammer tips to each side
HAMMER_UNIT = 0.23  # picture units per hand unit: the tipped heads fit the wide box

# A wrist curl from the thumb's side (the wrist at 0, 0, the forearm to the left).
CURL_UNIT = 0.32
CURL_FOREARM_W = 0.62
CURL_FIST = (0.05, -0.5, 1.3, 0.5)  # along the hand from the wrist, across it
PLATE_R = 0.3  # the dumbbell's plate seen end on, over the fist's middle
CURL_DOWN, CURL_UP = -90.0, 35.0  # the hand's angle to the forearm, hanging and curled up
TABLE_THICK = 0.35
EDGE = 2 * OUTLINE_W / CURL_UNIT  # the fist's edge: drawn as a start pose, its outline shows


def _turned(items: list[Item], angle: float) -> list[Item]:
    """Items turned `angle` degrees counterclockwise about the origin."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, Circle):
            out.append(replace(item, center=turned((item.center,), (0.0, 0.0), angle)[0]))
        elif isinstance(item, Stroke | Shape):
            out.append(replace(item, points=turned(item.points, (0.0, 0.0), angle)))
    return out


def _arc(center: Point, radius: float, a0: float, a1: float, both_ways: bool) -> list[Item]:
    """An arrow along a circle from angle a0 to a1 (degrees, counterclockwise from +x)."""
    n = max(4, int(abs(a1 - a0) / 5))
    pts = [(center[0] + radius * math.cos(math.radians(a0 + (a1 - a0) * k / n)),
            center[1] + radius * math.sin(math.radians(a0 + (a1 - a0) * k / n)))
           for k in range(n + 1)]
    return arrow(pts, arrows.ARROW_W, BLACK, arrows.ARROW_HEAD * 0.8, both_ways=both_ways)


def _hammer(color: Color) -> list[Item]:
    """The handle straight up from the fist's middle and the head across its top."""
    head = tuple((x, HANDLE_LONG + y) for x, y in HEAD)
    return [Stroke(((0.0, 0.0), (0.0, HANDLE_LONG)), HANDLE_W, color),
            Shape(head, fill=color, stroke=color, width=0.2)]


def _front_fist(left: bool) -> list[Item]:
    """The fist from the front, thumb up: four curled fingers one above the other, the thumb
    over the top one."""
    fx0, fy0, fx1, fy1 = FRONT_FIST
    items: list[Item] = [Shape(rounded_rect(fx0, fy0, fx1, fy1, 0.2), fill=BLACK)]
    step = (fy1 - fy0) / 4
    for k in range(1, 4):
        y = fy0 + k * step
        items.append(Stroke(((fx0 + 0.08, y), (fx1 - 0.14, y)), FINGER_LINE, WHITE))
    thumb = -1.0 if left else 1.0
    items.append(Stroke(((thumb * (fx1 + 0.02), fy1 - 0.32), (-thumb * 0.05, fy1 + 0.02)),
                        THUMB_W, BLACK))
    return items


def hammer_turns(box: tuple[float, float, float, float], start_color: Color,
                 left: bool) -> list[Item]:
    """The fist from the front holding a hammer: upright (an outline), tipped to each side
    (solid), an arrow both ways over the heads. A ring round the whole figure's wrist, alone,
    read as cranking (the arm bike, review V)."""
    x0, y0, x1, _ = box
    pivot = ((x0 + x1) / 2, y0 + PAD + 0.1 - FRONT_FIST[1] * HAMMER_UNIT)
    items: list[Item] = []
    for angle in (-TIP, TIP):
        items += place(_turned(_hammer(PROP_DARK), angle), HAMMER_UNIT, pivot)
    items += outlined(place(_hammer(PROP_DARK), HAMMER_UNIT, pivot), start_color)
    items += place(_front_fist(left), HAMMER_UNIT, pivot)
    radius = (HANDLE_LONG + 1.05) * HAMMER_UNIT
    return items + _arc(pivot, radius, 90 - TIP, 90 + TIP, both_ways=True)


def _side_fist(shape: CloseHand) -> list[Item]:
    """The fist from the thumb's side, along +x from the wrist, round a dumbbell: the plate
    nearest you, a dark disc with a hole seen end on, lies over the fist's middle. Palm up the
    thumb lies along the top, palm down along the bottom."""
    fx0, fy0, fx1, fy1 = CURL_FIST
    middle = ((fx0 + fx1) / 2 + 0.1, 0.0)
    thumb_y = fy1 - 0.12 if shape is CloseHand.PALM_UP else fy0 + 0.12
    return [
        Shape(rounded_rect(fx0, fy0, fx1, fy1, 0.3), fill=BLACK, stroke=BLACK, width=EDGE),
        Stroke(((fx0 + 0.05, thumb_y), (fx1 - 0.3, thumb_y)), THUMB_W, BLACK),
        Circle(middle, PLATE_R + 0.07, fill=WHITE),
        Circle(middle, PLATE_R, fill=PROP_DARK),
    ]


def wrist_curl(box: tuple[float, float, float, float], start_color: Color,
               shape: CloseHand) -> list[Item]:
    """From the thumb's side: the forearm level on a table's edge, the fist round a dumbbell
    hanging down past the edge (an outline), then curled up (solid), an arrow from down to up.
    On the whole figure the small fist's path, an arc round the wrist, read as a forearm turn
    (hammer turns, review W)."""
    x0, y0, x1, y1 = box
    wrist = (x0 + (x1 - x0) * 0.42, y0 + (y1 - y0) * 0.56)
    forearm: list[Item] = [Stroke(((-6.0, 0.0), (0.0, 0.0)), CURL_FOREARM_W, BLACK)]
    edge = -0.2
    table: list[Item] = [Shape(((-6.0, -CURL_FOREARM_W / 2), (edge, -CURL_FOREARM_W / 2),
                    (edge, -CURL_FOREARM_W / 2 - TABLE_THICK), (-6.0, -CURL_FOREARM_W / 2 - TABLE_THICK)),
                   fill=PROP_FILL, stroke=PROP_LINE, width=PROP_W / CURL_UNIT)]
    start = _turned(_side_fist(shape), CURL_DOWN)
    end = _turned(_side_fist(shape), CURL_UP)
    items = place(table, CURL_UNIT, wrist)
    items += outlined(place(start, CURL_UNIT, wrist), start_color)
    items += place(forearm + end, CURL_UNIT, wrist)
    items = [_cut_left(i, x0 + 0.03) for i in items]
    radius = (CURL_FIST[2] + 0.3) * CURL_UNIT
    return items + _arc(wrist, radius, CURL_DOWN + 8, CURL_UP + 5, both_ways=False)


def _cut_left(item: Item, x: float) -> Item:
    """The forearm or the table cut at the box's left edge (a line's round end inside it)."""
    if not isinstance(item, Stroke | Shape):
        return item
    edge = x + item.width / 2 if isinstance(item, Stroke) else x
    return replace(item, points=tuple((max(px, edge), py) for px, py in item.points))
