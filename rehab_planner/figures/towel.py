"""A towel held between two hands (the towel stretch behind the back): a wide light strip from
hand to hand, its bottom end hanging past the lower hand, a stripe across each end.

A thin dark line between the hands read as a strap or a band; the width and the striped ends say
towel. Drawn over the body (the back, seen from behind) and under the hands that hold it.
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Item, Point, Shape, Stroke, grey
from rehab_planner.model.figure import Prop, PropKind

TOWEL_W = 0.09  # across the strip (body units): over twice a strap's width
HANG_LOW = 0.11  # how far the towel hangs past the lower hand...
HANG_HIGH = 0.03  # ...and shows above the upper one
STRIPE_IN = 0.035  # a stripe this far in from each end
EDGE_W = 0.022


def between_hands(prop: Prop) -> bool:
    """A towel that runs from one point to another (held in both hands), not one lying still."""
    return prop.kind is PropKind.TOWEL and prop.to is not None


def held_towel(prop: Prop, sk: Skeleton, faded: bool) -> list[Item]:
    """The towel from `at` to `to` in this pose (faded: the start pose's light outline)."""
    assert prop.to is not None
    a, b = sk.points[prop.at or "right_hand"], sk.points[prop.to]
    length = math.dist(a, b) or 1.0
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    nx, ny = -uy * TOWEL_W / 2, ux * TOWEL_W / 2

    def at(along: float, across: float) -> Point:
        return a[0] + ux * along + nx * across, a[1] + uy * along + ny * across

    low_first = a[1] <= b[1]
    start = -(HANG_LOW if low_first else HANG_HIGH)
    end = length + (HANG_HIGH if low_first else HANG_LOW)
    line = grey(0.7) if faded else grey(0.3)
    fill = WHITE if faded else grey(0.88)
    strip = (at(start, -1), at(end, -1), at(end, 1), at(start, 1))
    items: list[Item] = [Shape(strip, fill=fill, stroke=line, width=EDGE_W)]
    if not faded:
        for along in (start + STRIPE_IN, end - STRIPE_IN):
            items.append(Stroke((at(along, -1), at(along, 1)), EDGE_W, line))
    return items
