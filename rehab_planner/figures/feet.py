"""The view from the foot end: a figure lying on its back, seen past its feet and a little from above.

Turns about the body's long axis (knees falling out to the side, a raised forearm turning out)
are hidden in the side view and hard to see from above; from the foot end they swing sideways
like a windscreen wiper. Angles here mean:

- knees: bend (0 straight on the floor, 90 feet flat with the knees up),
- hips: how far the bent knee falls out to that side (negative: in, across the body),
- ankles: how far the foot slides in toward the middle (45: the soles together, a butterfly),
- elbows: bend with the upper arm on the floor (90: the forearm points at the ceiling),
- shoulders: how far the raised forearm turns out to that side (negative: in, across the body).

Lying on the stomach (prone_skeleton), seen the same way past the feet, the arms lie straight
and the angles mean:

- shoulders: the arm's angle out from the side along the floor (90: out to the side, a T;
  135 to 160: up past the head, a Y),
- elbows: how far the straight arm lifts off the floor (degrees),
- hips: how far the straight leg lifts off the floor (degrees; one arm and the other leg lift
  together in the opposite arm and leg lift).
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import (
    FOREARM,
    HAND,
    HEAD_R,
    HIP_HALF,
    LOWER_TRUNK,
    NECK,
    SHIN,
    SHOULDER_DROP,
    SHOULDER_HALF,
    SIDES,
    THIGH,
    UPPER_ARM,
    UPPER_TRUNK,
    Point,
    Skeleton,
)
from rehab_planner.model.figure import View

DISTANCE = 4.0  # from the viewer to the middle of the body: sets how strong the perspective is
TARGET_Z = 0.2  # the point looked at, along the body from the pelvis
BODY_Y = 0.085  # height of the trunk's centre line above the floor (half a trunk stroke)
LIMB_Y = 0.05  # height of an arm or leg lying on the floor
FOOT = 0.12
MAT_PAD = 0.22
SOLES_APART = 0.045  # half the distance between the ankles with the soles together
HEAD_CLEAR = 0.16  # how far the mat shows past the head's centre, on the picture
MAT_REACH = 1.6  # the most the mat runs on past the head

Point3 = tuple[float, float, float]


def _project(p: Point3, elevation: float) -> Point:
    """Perspective projection onto the picture plane (x: the figure's left is on the right)."""
    sin_e, cos_e = math.sin(math.radians(elevation)), math.cos(math.radians(elevation))
    cy, cz = DISTANCE * sin_e, TARGET_Z - DISTANCE * cos_e
    dx, dy, dz = p[0], p[1] - cy, p[2] - cz
    depth = -dy * sin_e + dz * cos_e
    up = dy * cos_e + dz * sin_e
    k = DISTANCE / max(depth, 0.1)
    return dx * k, up * k


def _hip_flexion(knee: float) -> float:
    """Hip bend (radians) that puts the ankle at hip height for this knee bend: the foot flat."""
    k = math.radians(knee)
    # THIGH sin f = SHIN sin(k - f)  ->  tan f = SHIN sin k / (THIGH + SHIN cos k)
    return math.atan2(SHIN * math.sin(k), THIGH + SHIN * math.cos(k))


def _add(p: Point3, d: Point3, length: float) -> Point3:
    return p[0] + d[0] * length, p[1] + d[1] * length, p[2] + d[2] * length


def _turned(d: Point3, sign: float, degrees: float) -> Point3:
    """d turned about the body's long axis (z) by degrees, out to the side `sign` (+1 left)."""
    r = math.radians(degrees)
    return sign * d[1] * math.sin(r) + d[0] * math.cos(r), d[1] * math.cos(r), d[2]


def skeleton(angles: dict[str, float], elevation: float) -> Skeleton:
    """The points of a figure lying on its back, seen from the foot end (pelvis near the origin).

    Args:
        angles: joint angles, as the module docstring explains.
        elevation: how far above the floor the viewer looks from (degrees): low to see knees
            rise, higher to see forearms on a figure lying flat.
    """
    a = angles
    pts3: dict[str, Point3] = {}
    neck_z = LOWER_TRUNK + UPPER_TRUNK
    pts3["pelvis"] = (0.0, BODY_Y, 0.0)
    pts3["belly"] = pts3["low_back"] = (0.0, BODY_Y, LOWER_TRUNK * 0.5)
    pts3["buttock"] = (0.0, BODY_Y * 0.5, 0.0)
    pts3["mid_back"] = (0.0, BODY_Y, LOWER_TRUNK)
    pts3["chest"] = (0.0, BODY_Y, LOWER_TRUNK + UPPER_TRUNK * 0.55)
    pts3["neck"] = (0.0, BODY_Y, neck_z)
    pts3["head"] = (0.0, HEAD_R, neck_z + NECK + HEAD_R)
    for side in SIDES:
        sign = 1.0 if side == "left" else -1.0
        shoulder = (sign * SHOULDER_HALF, BODY_Y, neck_z - SHOULDER_DROP)
        elbow = (sign * (SHOULDER_HALF + 0.06), LIMB_Y, shoulder[2] - UPPER_ARM)
        e = math.radians(a[f"{side}_elbow"])
        forearm = _turned((0.0, math.sin(e), -math.cos(e)), sign, a[f"{side}_shoulder"])
        wrist = _add(elbow, forearm, FOREARM)
        hand = _add(wrist, forearm, HAND)
        hip = (sign * HIP_HALF, BODY_Y, 0.0)
        f = _hip_flexion(a[f"{side}_knee"])
        shin_slope = math.radians(a[f"{side}_knee"]) - f
        thigh = _turned((0.0, math.sin(f), -math.cos(f)), sign, a[f"{side}_hip"])
        knee = _add(hip, thigh, THIGH)
        # `ankle` here slides the foot in toward the middle (45: the soles together).
        inward = math.cos(math.radians(2 * min(max(a[f"{side}_ankle"], 0.0), 45.0)))
        ankle = (hip[0] * max(inward, SOLES_APART / HIP_HALF), BODY_Y, knee[2] - SHIN * math.cos(shin_slope))
        toe = (ankle[0], LIMB_Y * 0.6, ankle[2] - FOOT)
        pts3.update(
            {
                f"{side}_shoulder": shoulder,
                f"{side}_elbow": elbow,
                f"{side}_wrist": wrist,
                f"{side}_hand": hand,
                f"{side}_hip": hip,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_heel": ankle,
                f"{side}_toe": toe,
            }
        )
    return _finish(pts3, elevation)


def prone_skeleton(angles: dict[str, float], elevation: float) -> Skeleton:
    """The points of a figure lying on its stomach, seen from the foot end and above (pelvis near
    the origin): straight arms out along the floor and lifted (see the module docstring)."""
    a = angles
    pts3: dict[str, Point3] = {}
    neck_z = LOWER_TRUNK + UPPER_TRUNK
    pts3["pelvis"] = pts3["buttock"] = (0.0, BODY_Y, 0.0)
    pts3["belly"] = pts3["low_back"] = (0.0, BODY_Y, LOWER_TRUNK * 0.5)
    pts3["mid_back"] = (0.0, BODY_Y, LOWER_TRUNK)
    pts3["chest"] = (0.0, BODY_Y, LOWER_TRUNK + UPPER_TRUNK * 0.55)
    pts3["neck"] = (0.0, BODY_Y, neck_z)
    pts3["head"] = (0.0, HEAD_R, neck_z + NECK + HEAD_R)  # face down, resting on the forehead
    for side in SIDES:
        out = -1.0 if side == "left" else 1.0  # face down from the feet: its left is on your left
        shoulder = (out * SHOULDER_HALF, BODY_Y, neck_z - SHOULDER_DROP)
        spread, up = math.radians(a[f"{side}_shoulder"]), math.radians(a[f"{side}_elbow"])
        along = (out * math.sin(spread) * math.cos(up), math.sin(up), -math.cos(spread) * math.cos(up))
        elbow = _add(shoulder, along, UPPER_ARM)
        wrist = _add(elbow, along, FOREARM)
        hand = _add(wrist, along, HAND)
        hip = (out * HIP_HALF, BODY_Y, 0.0)
        lift = math.radians(a[f"{side}_hip"])  # the straight leg lifted off the floor
        knee = (hip[0], LIMB_Y + THIGH * math.sin(lift), -THIGH * math.cos(lift))
        ankle = (hip[0], LIMB_Y + (THIGH + SHIN) * math.sin(lift), -(THIGH + SHIN) * math.cos(lift))
        toe = (ankle[0], ankle[1] - LIMB_Y * 0.4, ankle[2] - FOOT)  # toes pointed, lying face down
        pts3.update({
            f"{side}_shoulder": shoulder, f"{side}_elbow": elbow, f"{side}_wrist": wrist,
            f"{side}_hand": hand, f"{side}_hip": hip, f"{side}_knee": knee,
            f"{side}_ankle": ankle, f"{side}_heel": ankle, f"{side}_toe": toe,
        })
    return _finish(pts3, elevation)


def _finish(pts3: dict[str, Point3], elevation: float) -> Skeleton:
    """Segment middles and the mat's corners added, every point projected."""
    for side in SIDES:
        for part, (p, q) in {
            "upper_arm": ("shoulder", "elbow"),
            "forearm": ("elbow", "wrist"),
            "thigh": ("hip", "knee"),
            "shin": ("knee", "ankle"),
        }.items():
            p3, q3 = pts3[f"{side}_{p}"], pts3[f"{side}_{q}"]
            pts3[f"{side}_{part}"] = tuple((u + v) / 2 for u, v in zip(p3, q3, strict=True))  # type: ignore[assignment]
    xs = [p[0] for p in pts3.values()]
    zs = [p[2] for p in pts3.values()]
    near, far = min(zs) - MAT_PAD * 0.3, max(zs) + MAT_PAD
    # The mat's far edge shows past the head, so the head lies on the mat (seen from low down, a
    # head that rises over the far edge reads as a person standing behind it).
    head_top = _project(pts3["head"], elevation)[1] + HEAD_CLEAR
    while _project((0.0, 0.0, far), elevation)[1] < head_top and far < max(zs) + MAT_REACH:
        far += 0.05
    half = max(abs(min(xs)), abs(max(xs)), 0.3) + MAT_PAD
    pts3["_mat_near_left"] = (half, 0.0, near)
    pts3["_mat_near_right"] = (-half, 0.0, near)
    pts3["_mat_far_left"] = (half, 0.0, far)
    pts3["_mat_far_right"] = (-half, 0.0, far)
    points = {name: _project(p, elevation) for name, p in pts3.items()}
    return Skeleton(points, View.FEET)


def mat_outline(sk: Skeleton) -> tuple[Point, ...]:
    """The four corners of the floor under the figure, as drawn."""
    p = sk.points
    return (p["_mat_near_right"], p["_mat_near_left"], p["_mat_far_left"], p["_mat_far_right"])
