"""Side view: the far arm and leg set apart from the near ones, so both show.

Seen from the side a far limb hides behind its near twin. The second blind test read the
opposite arm and leg lift as the superman ("I can't tell if both arms and legs lift or only
opposite ones"). So where an arm or a leg moves, the end pose's far limb of that kind is drawn
near black (a touch thinner), a little off its near twin: across its own line, up or back (behind
a standing leg, above a lying arm). A limb resting on the ground keeps to it: it only moves back;
a foot or hand against a wall keeps to the wall: it only moves up it.
"""

from __future__ import annotations

import math

from rehab_planner.figures.pose import Skeleton
from rehab_planner.model.figure import FigureSpec, View

APART = 0.11  # how far a far limb sits off its near twin: just clear of it (a limb is 0.1 wide;
# 0.07 apart they merged, and the superman read as the opposite arm and leg lift)
ON_GROUND = 0.02  # a limb whose lowest edge is this close to the ground rests on it
LIMB_HALF = 0.05

# The points of each limb, root first (its last two are its end: hand, or heel and toe), and the
# moving parts that say the limb moves.
POINTS = {
    "arm": ("shoulder", "upper_arm", "elbow", "forearm", "wrist", "hand"),
    "leg": ("hip", "thigh", "knee", "shin", "ankle", "heel", "toe"),
}
MOVES = {"arm": ("arm", "elbow", "hand", "wrist"), "leg": ("leg", "knee", "foot", "heel")}


def kinds(spec: FigureSpec) -> frozenset[str]:
    """The limbs ('arm', 'leg') whose far one is set apart: those that move, or all with far_grey
    (in a close-up only with far_grey: two black legs of a close-up ran together, review NN)."""
    if spec.view is not View.SIDE or (spec.focus is not None and not spec.far_grey):
        return frozenset()
    if spec.far_grey:
        return frozenset(POINTS)
    moving = {part.split("_", 1)[1] for part in spec.moving if part.startswith(("left_", "right_"))}
    return frozenset(kind for kind, parts in MOVES.items() if moving & set(parts))


def offset(
    sk: Skeleton, side: str, kind: str, ground: float, walls: tuple[float, ...] = ()
) -> tuple[float, float]:
    """Where the far limb goes: across its line (root to end), the way up and back (to the left:
    the figure faces right), only back when it rests on the ground, only up when its end is
    against a wall (x in `walls`; moved across, the lying wall slide's other foot left the wall)."""
    names = [f"{side}_{n}" for n in POINTS[kind]]
    (x0, y0), (x1, y1) = sk.points[names[0]], sk.points[names[-1]]
    d = math.hypot(x1 - x0, y1 - y0) or 1.0
    across = (-(y1 - y0) / d, (x1 - x0) / d)
    back = -1.0  # a side view's figure faces right (a left side is mirrored once drawn)
    if across[0] * back + across[1] < 0 or (across[0] * back + across[1] == 0 and across[1] < 0):
        across = (-across[0], -across[1])
    dx, dy = across[0] * APART, across[1] * APART
    if min(sk.points[n][1] for n in names[-2:]) - LIMB_HALF <= ground + ON_GROUND:
        dx, dy = back * APART, 0.0  # a limb on the ground stays on it
    elif any(abs(sk.points[n][0] - x) <= LIMB_HALF + ON_GROUND for n in names[-2:] for x in walls):
        dx, dy = 0.0, APART  # against a wall: up along it
    return dx, dy


def set_apart(
    sk: Skeleton, far_side: str, limbs: frozenset[str], ground: float,
    walls: tuple[float, ...] = (),
) -> Skeleton:
    """A copy of the pose with each far limb in `limbs` moved off its near twin (walls: the x of
    walls and doors a limb may rest against)."""
    points = dict(sk.points)
    for kind in limbs:
        dx, dy = offset(sk, far_side, kind, ground, walls)
        for name in POINTS[kind]:
            x, y = points[f"{far_side}_{name}"]
            points[f"{far_side}_{name}"] = (x + dx, y + dy)
    return Skeleton(points, sk.view, sk.face, sk.turn, sk.nod)
