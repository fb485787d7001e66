"""Simple hands (open, fist, grip, thumb up) and foot contacts (heel, toe, flat) on the end pose."""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Point, Shape, Stroke, grey
from rehab_planner.model.figure import FootContact, Hand

FIST_R = 0.072  # a fist is wider than the forearm, so it reads at handout size
OPEN_W = 0.095  # an open hand is a flat mitten this wide...
OPEN_LONG = 0.14  # ...and this long from the wrist
THUMB_W = 0.04
THUMB_LONG = 0.075
# A thumb up is the hand's whole message (the thumbs-up raise): wider and longer than an open
# hand's thumb, so it reads as a thumb, not a stick, at handout size.
THUMB_UP_W = 0.062
THUMB_UP_LONG = 0.1
HANDLE_W = 0.04  # the handle a gripping fist closes round (a band's handle, a rope's)
HANDLE_LONG = 0.24
HAND_EDGE = 0.02  # white edge round a hand, so it stands off the body behind it
CREASE_W = 0.014  # the white line between the curled fingers and the palm
HANDLE_COLOR = grey(0.3)
HAND_GROW = 0.5  # the power of the picture's scale a fist follows (as heads)
PLATE_RIM = 0.03  # a weight in a fist: how far its end shows round the fist
CONTACT_W = 0.03  # the dark bar under the part of a foot that touches the ground


def _unit(a: Point, b: Point) -> tuple[float, float]:
    d = math.dist(a, b) or 1.0
    return (b[0] - a[0]) / d, (b[1] - a[1]) / d


def fist_centre(sk: Skeleton, side: str) -> Point:
    """Where a closed hand's middle is drawn (just past the wrist, along the hand)."""
    wrist, tip = sk.points[f"{side}_wrist"], sk.points[f"{side}_hand"]
    ux, uy = _unit(wrist, tip)
    return wrist[0] + ux * FIST_R, wrist[1] + uy * FIST_R


def hand(sk: Skeleton, side: str, kind: Hand, color: Color, handle: bool = True) -> list[Item]:
    """The hand at the end of the arm, drawn large enough to read on a 1-inch picture.

    open: a flat mitten with the thumb out; fist: a ball with a white crease where the fingers
    curl; grip: that fist closed round a handle (a dark bar across it, both ends showing) unless
    `handle` is False because a stick, a weight or a rope already runs through the hand;
    thumb_up: the fist with the thumb pointing up.
    """
    wrist, tip = sk.points[f"{side}_wrist"], sk.points[f"{side}_hand"]
    ux, uy = _unit(wrist, tip)
    nx, ny = -uy, ux
    if kind is Hand.OPEN:
        far = (wrist[0] + ux * (OPEN_LONG - OPEN_W / 2), wrist[1] + uy * (OPEN_LONG - OPEN_W / 2))
        root = (wrist[0] + ux * 0.03, wrist[1] + uy * 0.03)
        # The thumb stands out at 40 degrees to the palm, on the side facing up the picture.
        way = 1.0 if ny >= 0 else -1.0
        tx = ux * math.cos(math.radians(40)) + nx * way * math.sin(math.radians(40))
        ty = uy * math.cos(math.radians(40)) + ny * way * math.sin(math.radians(40))
        thumb_root = (root[0] + nx * way * OPEN_W * 0.3, root[1] + ny * way * OPEN_W * 0.3)
        thumb = (thumb_root[0] + tx * THUMB_LONG, thumb_root[1] + ty * THUMB_LONG)
        return [
            Stroke((wrist, far), OPEN_W + HAND_EDGE, WHITE),
            Stroke((thumb_root, thumb), THUMB_W + HAND_EDGE, WHITE),
            Stroke((wrist, far), OPEN_W, color),
            Stroke((thumb_root, thumb), THUMB_W, color),
        ]
    centre = fist_centre(sk, side)
    items: list[Item] = []
    if kind is Hand.GRIP and handle:
        half = HANDLE_LONG / 2
        bar = ((centre[0] - nx * half, centre[1] - ny * half), (centre[0] + nx * half, centre[1] + ny * half))
        items += [Stroke(bar, HANDLE_W + HAND_EDGE, WHITE), Stroke(bar, HANDLE_W, HANDLE_COLOR)]
    # Like the head, a fist grows with the picture only somewhat (a small picture keeps it large).
    items += [
        Circle(centre, FIST_R + HAND_EDGE, fill=WHITE, grow=HAND_GROW),
        Circle(centre, FIST_R, fill=color, grow=HAND_GROW),
    ]
    # The crease: where the curled fingers meet the palm, across the hand near its far side.
    cx, cy = centre[0] + ux * FIST_R * 0.3, centre[1] + uy * FIST_R * 0.3
    reach = FIST_R * 0.6
    items.append(Stroke(((cx - nx * reach, cy - ny * reach), (cx + nx * reach, cy + ny * reach)),
                        CREASE_W, WHITE))
    if kind is Hand.THUMB_UP:
        root = (centre[0], centre[1] + FIST_R * 0.5)
        top = (centre[0], centre[1] + FIST_R + THUMB_UP_LONG - THUMB_UP_W / 2)
        items += [Stroke((root, top), THUMB_UP_W + HAND_EDGE, WHITE),
                  Stroke((root, top), THUMB_UP_W, color)]
    return items


TOE_UP_LONG = 0.075  # a big toe bent up at the front of the foot (against a wall)
TOE_UP_W = 0.045


def big_toe_up(sk: Skeleton, side: str, color: Color) -> list[Item]:
    """The big toe bent up at the front of a flat foot, seen from the side (the foot's front edge
    up a wall): drawn over the foot, in its colour."""
    ankle, toe = sk.points[f"{side}_ankle"], sk.points[f"{side}_toe"]
    forward = 1.0 if toe[0] >= ankle[0] else -1.0
    tip = (toe[0] + 0.01 * forward, toe[1] + TOE_UP_LONG)
    return [Stroke((toe, tip), TOE_UP_W, color)]


def foot_contact(sk: Skeleton, side: str, kind: FootContact, ground: float) -> list[Item]:
    """A short dark bar on the ground under the heel, the toes or the whole foot."""
    heel, toe = sk.points[f"{side}_heel"], sk.points[f"{side}_toe"]
    y = ground + CONTACT_W / 2
    if kind is FootContact.HEEL:
        xs = (heel[0] - 0.03, heel[0] + 0.04)
    elif kind is FootContact.TOE:
        xs = (toe[0] - 0.05, toe[0] + 0.02)
    else:
        xs = (min(heel[0], toe[0]) - 0.02, max(heel[0], toe[0]) + 0.02)
    return [Shape(((xs[0], ground), (xs[1], ground), (xs[1], y + CONTACT_W / 2),
                   (xs[0], y + CONTACT_W / 2)), fill=(0.0, 0.0, 0.0))]
