"""An elliptical trainer seen from the side, the figure standing on it facing its front.

A pole with a wheel at the foot read as a vacuum cleaner (the first blind test). The machine has
what a patient knows it by: a base frame on the floor, a round flywheel housing at the front with
a post rising from it to a console, two long foot pedals raised above the floor that the feet stand
on (each on an arm from a crank at the flywheel back to a roller on the rear of the frame), and two
long moving handles from a pivot on the post up to the hands. The near pedal and handle are darker
than the far ones. The feet go round an oval (`foot_oval`: the circle arrow of its figure).
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Point, Shape, Stroke
from rehab_planner.figures.props import PROP_DARK, PROP_FILL, PROP_LINE, PROP_W
from rehab_planner.model.figure import Prop, PropKind

LINE = PROP_LINE  # the frame, the far pedal and the far handle
NEAR = PROP_DARK  # the near pedal and handle
W = PROP_W
HOUSING_R = 0.2  # the flywheel housing at the front
FLYWHEEL_R = 0.13  # the wheel inside it
AHEAD = 0.42  # the housing's middle this far in front of the front toes
PEDAL_PAST = 0.08  # a pedal shows this far past the heel and the toes
PEDAL_BELOW = 0.035  # the pedal's line under the sole
ROLLER_BACK = 0.2  # each pedal arm runs on to a roller this far behind its pedal
RAIL_BELOW = 0.08  # the rear rail the rollers run on, this far below the lower pedal
ROLLER_R = 0.035
CRANK = 0.07  # the crank at the flywheel's hub
HANDLE_PAST = 0.09  # a handle's grip shows above the fist
OVAL_UP = 0.24  # the feet's oval: its middle this far above the pedals,
OVAL_PAST = 0.12  # this far past the heel behind and the toes in front,
OVAL_HALF_H = 0.13  # and this high above and below its middle
PIVOT_UP = 0.45  # the handles' pivot on the post: this far up from the pedals toward the pelvis
SIDES = ("right", "left")


def _pedal(sk: Skeleton, side: str) -> tuple[Point, Point]:
    """The pedal under a foot: its back and front ends."""
    heel, toe = sk.points[f"{side}_heel"], sk.points[f"{side}_toe"]
    y = min(heel[1], toe[1]) - PEDAL_BELOW
    return (heel[0] - PEDAL_PAST, y), (toe[0] + PEDAL_PAST, y)


def _hub(sk: Skeleton, floor: float) -> Point:
    front = max(sk.points[f"{s}_toe"][0] for s in SIDES)
    return front + AHEAD, floor + HOUSING_R + 0.04


def elliptical(sk: Skeleton, floor: float, near_hand: str = "right_hand",
               far_hand: str = "left_hand") -> list[Item]:
    """The machine under and in front of the figure (sk: the pose standing on its pedals), its
    near handle in near_hand and its far one in far_hand."""
    hub = _hub(sk, floor)
    pedals = {s: _pedal(sk, s) for s in SIDES}
    rail_y = min(back[1] for back, _ in pedals.values()) - RAIL_BELOW
    rollers = {s: (back[0] - ROLLER_BACK, rail_y + ROLLER_R) for s, (back, _) in pedals.items()}
    rear = min(x for x, _ in rollers.values()) - 0.1
    base_y = floor + 0.025
    chest, pelvis = sk.points["chest"], sk.points["pelvis"]
    # The post rises from the housing, leaning back a little, to the console at chest height;
    # the handles turn on it a little under halfway up from the pedals to the hips.
    top = (hub[0] - 0.06, chest[1])
    low = min(back[1] for back, _ in pedals.values())
    up = low + (pelvis[1] - low) * PIVOT_UP
    pivot = (hub[0] + (top[0] - hub[0]) * (up - hub[1]) / (top[1] - hub[1]), up)
    items: list[Item] = [
        # the base frame on the floor, and the rail at the back the pedal arms' rollers run on
        Stroke(((rear, base_y), (hub[0] + HOUSING_R, base_y)), W * 2.0, LINE),
        Stroke(((rear, base_y), (rear + 0.04, rail_y), (max(x for x, _ in rollers.values()) + 0.12,
                                                        rail_y)), W * 2.0, LINE),
    ]
    near = near_hand.split("_")[0]  # the near pedal is on the near handle's side
    far = "left" if near == "right" else "right"
    items += _pedal_side(hub, pedals[far], rollers[far], LINE, -1)
    items += _handle(sk.points[far_hand], pivot, LINE)
    items += [
        Stroke((hub, top), W * 2.2, LINE),
        Circle(hub, HOUSING_R, fill=PROP_FILL, stroke=LINE, width=W * 1.2),
        Circle(hub, FLYWHEEL_R, fill=None, stroke=LINE, width=W),
        *_console(top),
    ]
    items += _pedal_side(hub, pedals[near], rollers[near], NEAR, 1)
    items += _handle(sk.points[near_hand], pivot, NEAR)
    items.append(Circle(pivot, 0.03, fill=WHITE, stroke=LINE, width=W))
    return items


def _pedal_side(hub: Point, pedal: tuple[Point, Point], roller: Point, color: Color,
                phase: float) -> list[Item]:
    """One side's crank and pedal arm: from the crank at the flywheel back under the foot (the
    pedal, a thick plate) to a roller on the rail behind."""
    back, front = pedal
    crank = (hub[0] + CRANK * phase, hub[1] + CRANK * 0.5 * phase)
    return [
        Stroke((crank, front, back, roller), W * 1.6, color),
        Stroke((back, front), W * 3.2, color),  # the pedal the foot stands on
        Circle(roller, ROLLER_R, fill=WHITE, stroke=color, width=W),
        Circle(crank, 0.025, fill=color),
    ]


def _handle(hand: Point, pivot: Point, color: Color) -> list[Item]:
    """A long moving handle from its pivot on the post up through the hand."""
    d = math.dist(pivot, hand) or 1.0
    ux, uy = (hand[0] - pivot[0]) / d, (hand[1] - pivot[1]) / d
    grip = (hand[0] + ux * HANDLE_PAST, hand[1] + uy * HANDLE_PAST)
    low = (pivot[0] - ux * 0.2, pivot[1] - uy * 0.2)
    return [Stroke((low, grip), W * 1.8, color)]


def _console(top: Point) -> list[Item]:
    """A small screen on top of the post, tilted toward the figure."""
    x, y = top
    pts = ((x - 0.07, y - 0.02), (x + 0.08, y + 0.04), (x + 0.06, y + 0.12), (x - 0.09, y + 0.06))
    return [Shape(pts, fill=PROP_FILL, stroke=LINE, width=W * 1.2)]


def foot_oval(props: list[Prop], sk: Skeleton) -> tuple[Point, float, float] | None:
    """The oval the feet go round on the picture's elliptical trainer, if it has one: its middle
    and its half width and height (body units), round both feet."""
    if not any(p.kind is PropKind.ELLIPTICAL for p in props):
        return None
    (rb, rf), (lb, lf) = _pedal(sk, "right"), _pedal(sk, "left")
    x0, x1 = min(rb[0], lb[0]), max(rf[0], lf[0])
    y = (rb[1] + lb[1]) / 2
    return ((x0 + x1) / 2, y + OVAL_UP), (x1 - x0) / 2 + OVAL_PAST, OVAL_HALF_H
