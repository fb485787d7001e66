"""Which way a lying body faces: a face seen from above when face up, the back of the head when
face down.

The fifth blind test could not tell a body on its back from one on its stomach in views from
above (the Y and T lifts on the stomach read as a wall slide lying down) or from the side (the
knee hang on the stomach). From above, a head face up shows two eyes; face down it
shows hair combed from the crown, and the back its spine. From the side a face-down head shows
its eye and its nose toward the mat.
"""

from __future__ import annotations

import math
from typing import Literal

from rehab_planner.figures.pose import HEAD_R, Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Stroke
from rehab_planner.model.figure import BasePosition

Facing = Literal["up", "down"]

FACE_UP = frozenset({BasePosition.LYING_ON_BACK, BasePosition.HOOK_LYING})
FACE_DOWN = frozenset({BasePosition.LYING_ON_STOMACH, BasePosition.PRONE_ON_ELBOWS})
EYE_R = 0.16  # head radii
HAIR_W = 0.02  # body units: a thin white line, like a hand's crease
SPINE_TICKS = 7
SPINE_TICK = 0.025  # half a spine tick across the back (body units)
HEAD_GROW = 0.5  # as body.HEAD_GROW: the marks grow with the head


def facing(base: BasePosition) -> Facing | None:
    """'up' for a body on its back, 'down' on its stomach, else None."""
    if base in FACE_UP:
        return "up"
    if base in FACE_DOWN:
        return "down"
    return None


def _axes(sk: Skeleton) -> tuple[tuple[float, float], tuple[float, float]]:
    """Unit vectors up the head (from the neck) and across it."""
    (nx, ny), (hx, hy) = sk.points["neck"], sk.points["head"]
    d = math.hypot(hx - nx, hy - ny) or 1.0
    ux, uy = (hx - nx) / d, (hy - ny) / d
    return (ux, uy), (-uy, ux)


def from_above(sk: Skeleton, face: Facing) -> list[Item]:
    """The head seen from above: two eyes (face up) or hair (face down), in white."""
    hx, hy = sk.points["head"]
    (ux, uy), (ax, ay) = _axes(sk)

    def at(up: float, across: float) -> tuple[float, float]:
        return hx + (ux * up + ax * across) * HEAD_R, hy + (uy * up + ay * across) * HEAD_R

    if face == "up":
        return [
            Circle(at(0.1, s * 0.38), HEAD_R * EYE_R, fill=WHITE, grow=HEAD_GROW) for s in (-1, 1)
        ]
    # Hair combed from the crown toward the neck: three lines fanning out; and the spine down the
    # middle of the back (a face-down body from above read as face up, blind test #18).
    hair: list[Item] = [
        Stroke((at(0.7, 0.0), at(0.2, s * 0.45), at(-0.55, s * 0.55)), HAIR_W, WHITE)
        for s in (-1.0, 0.0, 1.0)
    ]
    return hair + _spine(sk)


def _spine(sk: Skeleton) -> list[Item]:
    """The spine seen from behind: a line down the middle of the back with a short tick across it
    for each of SPINE_TICKS bones, from below the neck to above the buttocks."""
    (nx, ny), (px, py) = sk.points["neck"], sk.points["pelvis"]

    def along(t: float) -> tuple[float, float]:
        return nx + (px - nx) * t, ny + (py - ny) * t

    length = math.hypot(px - nx, py - ny) or 1.0
    cx, cy = -(py - ny) / length * SPINE_TICK, (px - nx) / length * SPINE_TICK
    out: list[Item] = [Stroke((along(0.08), along(0.92)), HAIR_W, WHITE)]
    for k in range(SPINE_TICKS):
        x, y = along(0.12 + 0.76 * k / (SPINE_TICKS - 1))
        out.append(Stroke(((x - cx, y - cy), (x + cx, y + cy)), HAIR_W, WHITE))
    return out


def mark_color(items: list[Item], color: Color) -> list[Item]:
    """The start outline's head is hollow: its marks go in the outline's colour."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, Stroke):
            out.append(Stroke(item.points, item.width, color))
        elif isinstance(item, Circle):
            out.append(Circle(item.center, item.radius, fill=color, grow=item.grow))
    return out
