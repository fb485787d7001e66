"""The view from above: a seated figure seen from the ceiling, its face toward the bottom.

Turns about the upright axis (the head turning to look over a shoulder, the upper body turning
on still hips) are hard to see from the front or the side; from above, the nose swings round the
head and the shoulders swing round over thighs that stay put. As in the front view, the figure's
right is on the viewer's left. Angles here mean:

- head_turn: the face turned to the figure's right (degrees), twist: the shoulders turned so,
- shoulders: how far forward the upper arm reaches from hanging down (degrees),
- elbows: bend; a forearm bent 90 degrees or more lies across the front of the body (arms
  folded), less points forward (the hands on the thighs).
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import (
    FOOT,
    FOREARM,
    HAND,
    HEAD_R,
    HIP_HALF,
    SHOULDER_HALF,
    SIDES,
    THIGH,
    UPPER_ARM,
    Point,
    Skeleton,
)
from rehab_planner.model.figure import View

HEAD_AHEAD = 0.02  # the head sits a little in front of the shoulders' line
CHEST_DEPTH = 0.1  # half the upper body's depth front to back, seen from above
NOSE_R = 0.3  # the nose: a bump on the head's edge (head radii)


def _turn(p: Point, degrees: float) -> Point:
    """p turned clockwise (seen from above) by degrees: toward the figure's right."""
    r = math.radians(-degrees)
    return p[0] * math.cos(r) - p[1] * math.sin(r), p[0] * math.sin(r) + p[1] * math.cos(r)


def _add(a: Point, b: Point) -> Point:
    return a[0] + b[0], a[1] + b[1]


def skeleton(angles: dict[str, float]) -> Skeleton:
    """The points of a seated figure seen from above, pelvis at (0, 0), facing down the picture."""
    a = angles
    twist = a["twist"]
    pts: dict[str, Point] = {"pelvis": (0.0, 0.0), "buttock": (0.0, 0.0)}
    neck = (0.0, 0.0)
    pts["neck"] = pts["mid_back"] = neck
    pts["chest"] = _turn((0.0, -CHEST_DEPTH * 0.6), twist)
    pts["belly"] = pts["low_back"] = (0.0, -0.04)
    pts["head"] = _turn((0.0, -HEAD_AHEAD), twist)
    for side in SIDES:
        out = 1.0 if side == "left" else -1.0
        shoulder = _turn((out * SHOULDER_HALF, 0.0), twist)
        reach = UPPER_ARM * math.sin(math.radians(max(a[f"{side}_shoulder"], 0.0)))
        elbow = _add(shoulder, _turn((out * 0.03, -reach), twist))
        bend = a[f"{side}_elbow"]
        if bend >= 90:  # folded across the front of the body, toward the other shoulder
            along = _turn((-out, -0.15), twist)
            d = math.hypot(*along)
            along = (along[0] / d, along[1] / d)
        else:  # forward, as much as it reaches out from hanging straight down
            ahead = math.sin(math.radians(max(a[f"{side}_shoulder"], 0.0) + bend))
            along = _turn((0.0, -ahead), twist)
        wrist = (elbow[0] + along[0] * FOREARM, elbow[1] + along[1] * FOREARM)
        hand = (wrist[0] + along[0] * HAND, wrist[1] + along[1] * HAND)
        hip = (out * HIP_HALF, 0.0)
        knee = (hip[0] + out * 0.03, -THIGH)
        ankle = (knee[0], knee[1] - 0.02)  # the shin hangs straight down under the knee
        toe = (ankle[0], ankle[1] - FOOT * 0.7)
        pts.update({
            f"{side}_shoulder": shoulder, f"{side}_elbow": elbow, f"{side}_wrist": wrist,
            f"{side}_hand": hand, f"{side}_hip": hip, f"{side}_knee": knee,
            f"{side}_ankle": ankle, f"{side}_heel": ankle, f"{side}_toe": toe,
            f"{side}_upper_arm": _mid(shoulder, elbow), f"{side}_forearm": _mid(elbow, wrist),
            f"{side}_thigh": _mid(hip, knee), f"{side}_shin": ankle,
        })
    return Skeleton(pts, View.ABOVE, turn=a["head_turn"] + twist)


def _mid(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def upper_body(sk: Skeleton) -> tuple[Point, ...]:
    """The shoulders and chest from above: an oval across the shoulder line."""
    (lx, ly), (rx, ry) = sk.points["left_shoulder"], sk.points["right_shoulder"]
    cx, cy = (lx + rx) / 2, (ly + ry) / 2
    half = math.hypot(lx - rx, ly - ry) / 2 + 0.03
    ux, uy = (lx - rx) / (2 * half - 0.06 or 1.0), (ly - ry) / (2 * half - 0.06 or 1.0)
    out: list[Point] = []
    for k in range(36):
        t = math.radians(k * 10)
        along, across = math.cos(t) * half, math.sin(t) * CHEST_DEPTH
        out.append((cx + ux * along - uy * across, cy + uy * along + ux * across))
    return tuple(out)


def nose(sk: Skeleton) -> Point:
    """Where the nose sits on the head's edge: the way the face looks."""
    hx, hy = sk.points["head"]
    fx, fy = _turn((0.0, -1.0), sk.turn)
    return hx + fx * HEAD_R, hy + fy * HEAD_R


def ears(sk: Skeleton) -> tuple[Point, Point]:
    """The ears on the head's edge, either side of the way the face looks."""
    hx, hy = sk.points["head"]
    out: list[Point] = []
    for side in (-1.0, 1.0):
        ex, ey = _turn((side, 0.1), sk.turn)
        out.append((hx + ex * HEAD_R * 0.98, hy + ey * HEAD_R * 0.98))
    return out[0], out[1]
