"""Simple hands (open, fist, grip, thumb up) and foot contacts (heel, toe, flat) on the end pose."""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Point, Shape, Stroke
from rehab_planner.model.figure import FootContact, Hand

FIST_R = 0.05
OPEN_W = 0.075  # an open hand is a flat mitten this wide
CONTACT_W = 0.03  # the dark bar under the part of a foot that touches the ground


def _unit(a: Point, b: Point) -> tuple[float, float]:
    d = math.dist(a, b) or 1.0
    return (b[0] - a[0]) / d, (b[1] - a[1]) / d


def hand(sk: Skeleton, side: str, kind: Hand, color: Color) -> list[Item]:
    """The hand at the end of the arm: a flat mitten with a thumb, a fist, a fist round a handle
    (a white hole where the handle passes) or a fist with the thumb up."""
    wrist, tip = sk.points[f"{side}_wrist"], sk.points[f"{side}_hand"]
    ux, uy = _unit(wrist, tip)
    nx, ny = -uy, ux
    if kind is Hand.OPEN:
        far = (tip[0] + ux * 0.03, tip[1] + uy * 0.03)
        thumb = (wrist[0] + ux * 0.03 + nx * 0.06, wrist[1] + uy * 0.03 + ny * 0.06)
        return [
            Stroke((wrist, far), OPEN_W + 0.03, WHITE),
            Stroke((wrist, far), OPEN_W, color),
            Stroke(((wrist[0] + ux * 0.02, wrist[1] + uy * 0.02), thumb), 0.03, color),
        ]
    centre = (wrist[0] + ux * FIST_R, wrist[1] + uy * FIST_R)
    items: list[Item] = [
        Circle(centre, FIST_R + 0.015, fill=WHITE),
        Circle(centre, FIST_R, fill=color),
    ]
    if kind is Hand.GRIP:
        items.append(Circle(centre, FIST_R * 0.35, fill=WHITE))
    if kind is Hand.THUMB_UP:
        top = (centre[0], centre[1] + FIST_R + 0.06)
        items.append(Stroke((centre, top), 0.032, color))
    return items


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
