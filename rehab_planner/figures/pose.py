"""Base positions and forward kinematics: joint angles -> the points of a 2D stick figure."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rehab_planner.errors import RenderError
from rehab_planner.model.figure import BasePosition, Pose, View

Point = tuple[float, float]

# Segment lengths in body units (a standing figure is about 1.75 tall).
LOWER_TRUNK = 0.27
UPPER_TRUNK = 0.30
NECK = 0.07
HEAD_R = 0.115
UPPER_ARM = 0.29
FOREARM = 0.25
HAND = 0.08
THIGH = 0.44
SHIN = 0.42
FOOT = 0.15
# A knee down on the floor: the top of the foot lies along it in line with the shin (the toes
# pointed down at -60 held the knees and hands off the mat, review #29).
KNEEL_ANKLE = -88
HEEL = 0.035
SHOULDER_DROP = 0.045
SHOULDER_HALF = 0.17
HIP_HALF = 0.09
FRONT_FOOT = 0.08

SIDES = ("left", "right")

_ZERO: dict[str, float] = {
    "trunk": 0,
    "spine": 0,
    "neck": 0,
    "head_turn": 0,
    "twist": 0,
    "nod": 0,
    "shrug": 0,
    "chin_back": 0,
    **{
        f"{s}_{j}": 0 for s in SIDES for j in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
    },
    **{f"{s}_elbow_in": 0 for s in SIDES},  # front view: 1 bends the elbow in, across the body
}


def _both(**joints: float) -> dict[str, float]:
    """Expand both-side names (hips=45) to left_hip and right_hip."""
    out: dict[str, float] = {}
    for name, value in joints.items():
        single = ("trunk", "spine", "neck", "head_turn", "twist", "nod", "shrug", "chin_back")
        if name in single or name.startswith(SIDES):
            out[name] = value
        else:
            for side in SIDES:
                out[f"{side}_{name}"] = value
    return out


@dataclass(frozen=True)
class Base:
    """A named base position in one view: its angles, and whether it is seen from above."""

    angles: dict[str, float]
    from_above: bool = False
    shorten: dict[str, float] = field(default_factory=dict)
    elevation: float = 0.0  # feet view: how far above the floor the viewer looks from (degrees)
    prone: bool = False  # feet view: lying face down (the arms lie straight, see figures/feet.py)


_SIDE_BASES: dict[BasePosition, Base] = {
    BasePosition.STANDING: Base(_both(elbow=8)),
    BasePosition.WALKING: Base(
        _both(
            right_hip=25,
            left_hip=-15,
            right_knee=5,
            left_knee=25,
            left_ankle=-15,
            right_shoulder=-25,
            left_shoulder=25,
            elbow=20,
        )
    ),
    BasePosition.SITTING: Base(_both(hip=90, knee=90, shoulder=20, elbow=55)),
    # Leaning back a little on the hands, legs flat on the floor (lean + hip = 90 keeps them flat).
    BasePosition.LONG_SITTING: Base(_both(trunk=-10, hip=80, knee=0, shoulder=-25, elbow=0)),
    # The chin tucks a little (neck 12) so the back of the head and the back both rest on the
    # surface; bent knees put the feet flat on it.
    BasePosition.LYING_ON_BACK: Base(_both(trunk=-90, ankle=0, shoulder=8, neck=12)),
    BasePosition.HOOK_LYING: Base(
        _both(trunk=-90, hip=45, knee=101, ankle=-34, shoulder=8, neck=12)
    ),
    BasePosition.LYING_ON_STOMACH: Base(_both(trunk=90, ankle=-55, shoulder=5, neck=-10)),
    BasePosition.PRONE_ON_ELBOWS: Base(
        _both(trunk=72, hip=-18, ankle=-55, shoulder=88, elbow=72, wrist=0, neck=-25)
    ),
    BasePosition.HANDS_AND_KNEES: Base(
        _both(trunk=78, hip=78, knee=90, ankle=KNEEL_ANKLE, shoulder=78, elbow=0, wrist=80, neck=-12)
    ),
    BasePosition.KNEELING: Base(_both(knee=90, ankle=KNEEL_ANKLE, elbow=8)),
    BasePosition.HALF_KNEELING: Base(
        _both(right_hip=90, right_knee=90, left_knee=90, left_ankle=KNEEL_ANKLE, elbow=8)
    ),
}

_FRONT_BASES: dict[BasePosition, Base] = {
    BasePosition.STANDING: Base(_both(shoulder=6, hip=3)),
    BasePosition.WALKING: Base(_both(shoulder=6, hip=3)),
    # Knees a little apart and the shins coming back in, so a seated figure does not look standing.
    BasePosition.SITTING: Base(
        _both(shoulder=6, hip=40, knee=40), shorten={f"{s}_thigh": 0.3 for s in SIDES}
    ),
    BasePosition.LONG_SITTING: Base(
        _both(shoulder=15, hip=8),
        shorten={f"{s}_{g}": 0.2 for s in SIDES for g in ("thigh", "shin")},
    ),
    BasePosition.LYING_ON_BACK: Base(_both(trunk=-90, shoulder=10, hip=4), from_above=True),
    BasePosition.HOOK_LYING: Base(
        _both(trunk=-90, shoulder=10, hip=6),
        from_above=True,
        shorten={f"{s}_{g}": 0.7 for s in SIDES for g in ("thigh", "shin")},
    ),
    BasePosition.LYING_ON_STOMACH: Base(_both(trunk=-90, shoulder=10, hip=4), from_above=True),
    BasePosition.SIDE_LYING: Base(_both(trunk=90, shoulder=0, hip=0, elbow=0)),
    BasePosition.KNEELING: Base(
        _both(shoulder=6, hip=4), shorten={f"{s}_shin": 0.15 for s in SIDES}
    ),
}

_FEET_BASES: dict[BasePosition, Base] = {
    BasePosition.LYING_ON_BACK: Base({}, from_above=True, elevation=14),
    BasePosition.HOOK_LYING: Base(_both(knee=90), from_above=True, elevation=30),
    # Face down, seen past the feet from well above: arms along the floor lift off it.
    BasePosition.LYING_ON_STOMACH: Base(_both(shoulder=10), from_above=True, elevation=62,
                                        prone=True),
}

# From behind the body has the front view's shape, turned round (the standing ones only).
_BACK_BASES: dict[BasePosition, Base] = {
    b: _FRONT_BASES[b] for b in (BasePosition.STANDING, BasePosition.SITTING, BasePosition.KNEELING)
}

BASES: dict[View, dict[BasePosition, Base]] = {
    View.SIDE: _SIDE_BASES,
    View.FRONT: _FRONT_BASES,
    View.FEET: _FEET_BASES,
    View.BACK: _BACK_BASES,
}


def base_for(base: BasePosition, view: View) -> Base:
    """The base position in a view.

    Raises:
        RenderError: the base position is not drawn in that view.
    """
    try:
        return BASES[view][base]
    except KeyError:
        have = ", ".join(sorted(b.value for b in BASES[view]))
        raise RenderError(
            f"base position '{base.value}' has no {view.value} view: use one of {have}"
        ) from None


def resolve(base: Base, *poses: Pose | None) -> tuple[dict[str, float], dict[str, float]]:
    """Full angles and segment shortening: the base, then each pose's changes in order."""
    angles = dict(_ZERO)
    angles.update(base.angles)
    shorten = dict(base.shorten)
    for pose in poses:
        if pose is not None:
            angles.update(pose.angles())
            shorten.update(pose.shorten)
    return angles, shorten


def _dir(degrees: float) -> Point:
    rad = math.radians(degrees)
    return math.cos(rad), math.sin(rad)


def _go(p: Point, degrees: float, length: float) -> Point:
    d = _dir(degrees)
    return p[0] + d[0] * length, p[1] + d[1] * length


def _mid(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


@dataclass
class Skeleton:
    """The points of one pose (pelvis at the origin until placed) and which way the face looks."""

    points: dict[str, Point]
    view: View
    face: float = 0.0  # side view: direction the face looks, degrees
    turn: float = 0.0  # front view: head turned to the figure's right (degrees)
    nod: float = 0.0  # front view: head bent forward, looking down (degrees)

    def moved(self, dx: float, dy: float) -> Skeleton:
        """A copy shifted by (dx, dy)."""
        return Skeleton(
            {k: (x + dx, y + dy) for k, (x, y) in self.points.items()},
            self.view,
            self.face,
            self.turn,
            self.nod,
        )

    def turned(self, degrees: float, about: Point) -> Skeleton:
        """A copy turned counter-clockwise by degrees about a point (the whole body, as a trunk
        lean would turn it; a side view's face turns with it)."""
        c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
        ox, oy = about
        return Skeleton(
            {
                k: (ox + (x - ox) * c - (y - oy) * s, oy + (x - ox) * s + (y - oy) * c)
                for k, (x, y) in self.points.items()
            },
            self.view,
            self.face + degrees if self.view is View.SIDE else self.face,
            self.turn,
            self.nod,
        )

    def mirrored(self) -> Skeleton:
        """A copy flipped left to right about x = 0."""
        return Skeleton(
            {k: (-x, y) for k, (x, y) in self.points.items()},
            self.view,
            180 - self.face,
            -self.turn,
            self.nod,
        )


def skeleton(angles: dict[str, float], shorten: dict[str, float], view: View) -> Skeleton:
    """Forward kinematics: angles (degrees) to points, pelvis at (0, 0)."""
    a = angles
    k = {
        name: shorten.get(name, 1.0)
        for name in (f"{s}_{g}" for s in SIDES for g in ("upper_arm", "forearm", "thigh", "shin"))
    }
    pts: dict[str, Point] = {}
    pelvis = (0.0, 0.0)
    up1 = 90 - a["trunk"]
    mid = _go(pelvis, up1, LOWER_TRUNK)
    up2 = up1 - a["spine"]
    neck = _go(mid, up2, UPPER_TRUNK)
    head_dir = up2 - a["neck"]
    # Front view: a head bent forward sinks towards the chest (its neck is seen end on).
    nod = math.sin(math.radians(a["nod"])) if view is not View.SIDE else 0.0
    head = _go(neck, head_dir, (NECK + HEAD_R) * (1 - 0.5 * nod))
    if view is View.SIDE:  # a chin tuck: the head slides straight back, the face still level
        head = _go(head, up2 + 90, a["chin_back"])
    pts.update(pelvis=pelvis, mid_back=mid, neck=neck, head=head)
    pts["chest"] = _go(mid, up2, UPPER_TRUNK * 0.55)
    pts["belly"] = _go(pelvis, up1, LOWER_TRUNK * 0.5)
    pts["low_back"] = pts["belly"]
    pts["buttock"] = pelvis
    down1, down2 = up1 + 180, up2 + 180
    for side in SIDES:
        sign = 1 if side == "left" else -1  # front view: left limbs open counter-clockwise
        if view is View.BACK:  # seen from behind the figure's right is on the viewer's right
            sign = -sign
        if view is View.SIDE:
            shoulder = _go(neck, down2, SHOULDER_DROP - a["shrug"])
            hip = pelvis
            arm = down2 + a[f"{side}_shoulder"]
            forearm = arm + a[f"{side}_elbow"]
            thigh = down1 + a[f"{side}_hip"]
            shin = thigh - a[f"{side}_knee"]
            foot = shin + 90 + a[f"{side}_ankle"]
        else:
            # A twisted trunk turns the shoulder line away: it looks narrower from the front.
            half = SHOULDER_HALF * max(math.cos(math.radians(a["twist"])), 0.3)
            drop = SHOULDER_DROP * 0.6 - a["shrug"]
            shoulder = _go(_go(neck, down2, drop), up2 - 90 * sign, half)
            hip = _go(pelvis, up1 - 90 * sign, HIP_HALF)
            arm = down2 + sign * a[f"{side}_shoulder"]
            # An elbow bends out to its own side, or in across the body (a forearm turned in).
            forearm = arm + (-sign if a[f"{side}_elbow_in"] else sign) * a[f"{side}_elbow"]
            if view is View.BACK and not GOALPOST[0] < a[f"{side}_shoulder"] < GOALPOST[1]:
                forearm = _toward_spine(shoulder, arm, a[f"{side}_elbow"])
            thigh = down1 + sign * a[f"{side}_hip"]
            # The knee bends back towards the leg's own line: in, towards the midline, for a leg
            # lifted out to the side; out for a leg crossed over (knees falling to one side).
            bend = sign if a[f"{side}_hip"] >= 0 else -sign
            shin = thigh - bend * a[f"{side}_knee"]
            foot = shin + sign * (90 + a[f"{side}_ankle"])
        hand_dir = forearm + (a[f"{side}_wrist"] if view is View.SIDE else 0)
        elbow = _go(shoulder, arm, UPPER_ARM * k[f"{side}_upper_arm"])
        wrist = _go(elbow, forearm, FOREARM * k[f"{side}_forearm"])
        hand = _go(wrist, hand_dir, HAND)
        knee = _go(hip, thigh, THIGH * k[f"{side}_thigh"])
        ankle = _go(knee, shin, SHIN * k[f"{side}_shin"])
        if view is View.SIDE:
            toe = _go(ankle, foot, FOOT)
            heel = _go(ankle, foot, -HEEL)
        else:
            toe = _go(ankle, foot, FRONT_FOOT)
            heel = ankle
        pts.update(
            {
                f"{side}_shoulder": shoulder,
                f"{side}_elbow": elbow,
                f"{side}_wrist": wrist,
                f"{side}_hand": hand,
                f"{side}_hip": hip,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_toe": toe,
                f"{side}_heel": heel,
                f"{side}_upper_arm": _mid(shoulder, elbow),
                f"{side}_forearm": _mid(elbow, wrist),
                f"{side}_thigh": _mid(hip, knee),
                f"{side}_shin": _mid(knee, ankle),
            }
        )
    return Skeleton(
        pts, view, face=-a["trunk"] - a["spine"] - a["neck"], turn=a["head_turn"], nod=a["nod"]
    )


# Back view: an arm out to the side between these (degrees) bends its elbow up like a goalpost,
# as seen from the front (the W squeeze); lower or higher the hand comes in to the spine.
GOALPOST = (32.0, 120.0)


def _toward_spine(shoulder: Point, arm: float, elbow: float) -> float:
    """Back view: the forearm's direction, the elbow bent so the hand comes in toward the spine
    (x = 0): behind the head from a raised arm, across the low back from a lowered one."""
    elbow_at = _go(shoulder, arm, UPPER_ARM)
    return min((arm + elbow, arm - elbow), key=lambda d: abs(_go(elbow_at, d, FOREARM)[0]))


def interpolate(first: dict[str, float], second: dict[str, float], t: float) -> dict[str, float]:
    """Angles a fraction t of the way from first to second."""
    return {k: first[k] + (second.get(k, first[k]) - first[k]) * t for k in first}
