"""The human figure as primitives: pictogram strokes for trunk and limbs, a round head."""

from __future__ import annotations

import math

from rehab_planner.figures.pose import HEAD_R, SIDES, Skeleton
from rehab_planner.figures.primitives import WHITE, Circle, Color, Item, Shape, Stroke, grey
from rehab_planner.figures.trunk import CORE_W, FRONT_EDGE, front_outline, side_outline
from rehab_planner.model.figure import View

TRUNK_W = 0.17
LIMB_W = 0.1
HAND_W = 0.075
FOOT_W = 0.075
NECK_W = 0.08
HALO = 0.05  # white edge that separates overlapping limbs
HIGHLIGHT_GAIN = 1.3
REST_GREY = grey(0.4)
FAR_GREY = grey(0.12)  # a far arm and leg: body, near black; near limbs cross it with a white edge
FAR_GAIN = 0.85  # a far limb a touch thinner than a near one
FACE_REACH = 0.75  # front view: how far an eye may sit from the head's middle (head radii)
EYE_R = 0.17  # eye radius (head radii)
EYE_APART = 32  # degrees round the head from the face's middle to each eye
EYE_HEIGHT = 0.12  # eyes above the head's middle, looking ahead (head radii)
FACE_DROP = 0.55  # how far the eyes drop when the head bows fully (head radii)
NOSE_TURN = 35  # a face turned at least this far (degrees) shows a nose on the head's edge
NOSE_R = 0.3  # nose bump radius (head radii)
HEAD_GROW = 0.5  # a figure scaled up to fill its box gets a head only somewhat bigger

_ARM = ("shoulder", "elbow", "wrist", "hand")
_LEG = ("hip", "knee", "ankle")
_FOOT = ("heel", "ankle", "toe")


OUTLINE_W = 0.024  # the line of a start pose drawn as an outline


def outlined(items: list[Item], color: Color) -> list[Item]:
    """A pose drawn as a light outline: every dark stroke, shape and head becomes its edge.

    White edges stay; a limb becomes a coloured stroke with a white one inside it.
    """
    out: list[Item] = []
    inner = 2 * OUTLINE_W
    for item in items:
        if isinstance(item, Stroke) and item.color != WHITE:
            out.append(Stroke(item.points, item.width, color))
            if item.width > inner + 0.01:
                out.append(Stroke(item.points, item.width - inner, WHITE))
        elif isinstance(item, Shape) and item.fill not in (None, WHITE):
            out.append(Shape(item.points, fill=color, stroke=color, width=item.width))
            out.append(Shape(item.points, fill=WHITE, stroke=WHITE, width=max(item.width - inner, 0)))
        elif isinstance(item, Circle) and item.radius < HEAD_R / 2 and item.fill is not None:
            # Eyes and nose: dots in the outline's colour, so they show on the hollow head.
            out.append(Circle(item.center, item.radius, fill=color, grow=item.grow))
        elif isinstance(item, Circle) and item.fill not in (None, WHITE):
            out.append(
                Circle(item.center, item.radius, fill=WHITE, stroke=color, width=OUTLINE_W,
                       grow=item.grow)
            )
        else:
            out.append(item)
    return out


def point_radius(name: str) -> float:
    """Half the drawn width of the body at a point (its trunk, head or limb line)."""
    return _radius(name)


def _radius(name: str) -> float:
    if name == "head":
        return HEAD_R
    if name in ("pelvis", "mid_back", "neck", "chest", "belly", "low_back", "buttock"):
        return TRUNK_W / 2
    return LIMB_W / 2


_TRUNK_POINTS = frozenset({"pelvis", "mid_back", "neck", "chest", "belly", "low_back", "buttock"})


def lowest(sk: Skeleton) -> float:
    """The lowest y the drawn body reaches (line widths included).

    Seen from the side the trunk's outline counts (chest, waist and hips differ in depth).
    """
    side = sk.view is View.SIDE
    low = min(
        y - _radius(name)
        for name, (x, y) in sk.points.items()
        if name[0] != "_" and not (side and name in _TRUNK_POINTS)
    )
    if side:
        low = min(low, min(y for _, y in side_outline(sk)))
    return low


def _trunk(outline: tuple[tuple[float, float], ...], edge: float, color: Color, halo: bool
           ) -> list[Item]:
    """The trunk as a filled outline with a round edge (and a white edge round that)."""
    out: list[Item] = []
    if halo:
        out.append(Shape(outline, fill=WHITE, stroke=WHITE, width=edge + HALO))
    out.append(Shape(outline, fill=color, stroke=color, width=edge))
    return out


def centre(sk: Skeleton) -> tuple[float, float]:
    """The middle of the trunk."""
    return sk.points["mid_back"]


def _limb(sk: Skeleton, side: str, names: tuple[str, ...]) -> tuple[tuple[float, float], ...]:
    return tuple(sk.points[f"{side}_{n}"] for n in names)


def _stroke(
    points: tuple[tuple[float, float], ...], width: float, color: Color, halo: bool
) -> list[Item]:
    out: list[Item] = []
    if halo:
        out.append(Stroke(points, width + HALO, WHITE))
    out.append(Stroke(points, width, color))
    return out


def _arm(sk: Skeleton, side: str, color: Color, gain: float, halo: bool) -> list[Item]:
    pts = _limb(sk, side, _ARM)
    out = _stroke(pts[:3], LIMB_W * gain, color, halo)
    out += _stroke(pts[2:], HAND_W * gain, color, False)
    return out


def _leg(sk: Skeleton, side: str, color: Color, gain: float, halo: bool) -> list[Item]:
    out = _stroke(_limb(sk, side, _LEG), LIMB_W * gain, color, halo)
    foot = _limb(sk, side, _FOOT)
    if sk.view is not View.SIDE:
        return out + _stroke(foot[1:], FOOT_W * gain, color, False)
    return [*out, Shape(side_foot(sk, side), fill=color, stroke=color, width=FOOT_EDGE * gain)]


# A foot seen from the side, around the ankle: along the foot (to the toes) and across it (up, to
# the shin's side). A heel behind the ankle, the sole, the toes and the instep sloping down to them,
# so a close-up of an ankle shows a foot, not a bar.
# The core is narrow; its round edge (FOOT_EDGE, a line width like a limb's) gives the foot its
# body, so a close-up thickens a foot as much as the leg, no more.
FOOT_CORE = (
    (-0.012, 0.022), (-0.016, -0.012), (0.11, -0.008), (0.118, -0.002), (0.06, 0.006),
    (0.01, 0.026),
)
FOOT_EDGE = 0.06


def side_foot(sk: Skeleton, side: str) -> tuple[tuple[float, float], ...]:
    """The outline of a foot seen from the side (line edge FOOT_EDGE round it)."""
    ankle, toe, knee = (sk.points[f"{side}_{p}"] for p in ("ankle", "toe", "knee"))
    d = math.dist(ankle, toe) or 1.0
    ux, uy = (toe[0] - ankle[0]) / d, (toe[1] - ankle[1]) / d
    nx, ny = -uy, ux
    if nx * (knee[0] - ankle[0]) + ny * (knee[1] - ankle[1]) < 0:  # across: toward the shin
        nx, ny = -nx, -ny
    k = d / 0.15  # a shortened foot keeps its shape
    return tuple(
        (ankle[0] + ux * a * k + nx * b, ankle[1] + uy * a * k + ny * b)
        for a, b in FOOT_CORE
    )


def draw(
    sk: Skeleton,
    color: Color,
    near: str,
    highlight: set[str],
    halo: bool = True,
    dim_rest: bool = False,
    far_color: Color | None = None,
    far_limbs: frozenset[str] = frozenset({"arm", "leg"}),
    on_side: bool = False,
    face_you: bool = False,
    front_arms: frozenset[str] = frozenset(),
) -> list[Item]:
    """The body in one colour; highlighted parts (e.g. 'right_leg') thicker and darker.

    Args:
        sk: the placed pose.
        color: the body colour.
        near: the side nearest the viewer in the side view ('left' or 'right').
        highlight: body parts to emphasise.
        halo: draw white edges so overlapping limbs stay apart.
        dim_rest: draw the parts that are not highlighted in grey.
        far_color: side view: the far arm and leg in this colour (unless highlighted).
        far_limbs: which far limbs ('arm', 'leg') far_color paints.
        on_side: lying on the side (seen from the front): the trunk lies flat along the surface,
            and the arms go behind it: the top arm resting along the body is hidden by the
            trunk (drawn over it, it stood up like a bent knee and seven side-lying figures
            read as lying on the back or the stomach, full review of stop 31). An arm in
            `front_arms` ('left', 'right': one that moves or whose hand is shaped) stays in
            front, so where it starts shows (the arm raise's arm resting along the body,
            hidden, read as the open book) and a side plank's top arm reaching up shows.
        face_you: seen from the front, the face looks at you (two eyes) even when the head is
            straight; from above a lying head shows its own marks (figures/heads.py).
    """
    rest = REST_GREY if dim_rest else color
    far_side = "left" if near == "right" else "right"

    def limb_style(side: str, kind: str) -> tuple[Color, float]:
        parts = ("hand", "elbow", "shoulder") if kind == "arm" else ("foot", "heel", "knee")
        names = {f"{side}_{kind}"} | {f"{side}_{p}" for p in parts}
        if names & highlight:
            return color, HIGHLIGHT_GAIN
        if far_color is not None and sk.view is View.SIDE and side == far_side and kind in far_limbs:
            return far_color, FAR_GAIN
        return rest, 1.0

    def arm(side: str) -> list[Item]:
        c, g = limb_style(side, "arm")
        return _arm(sk, side, c, g, halo)

    def leg(side: str) -> list[Item]:
        c, g = limb_style(side, "leg")
        return _leg(sk, side, c, g, halo)

    items: list[Item] = []
    head = _head(sk, rest, halo, face_you)
    if sk.view is View.SIDE:
        far = "left" if near == "right" else "right"
        items += arm(far) + leg(far)
        items += _trunk(side_outline(sk, inset=CORE_W / 2), CORE_W, rest, halo)
        items += head
        items += leg(near) + arm(near)
        return items
    torso = front_outline(sk, on_side)
    if sk.view is View.FEET:  # from the foot end: far to near, head, torso, arms, legs
        items += head
        items += _trunk(torso, FRONT_EDGE, rest, halo)
        for side in SIDES:
            items += arm(side)
        for side in SIDES:
            items += leg(side)
        return items
    # Front view: legs, the torso as one filled shape, arms, head.
    for side in SIDES:
        items += leg(side)
    if on_side:  # the resting arms behind the trunk, a front arm and the head in front
        for side in SIDES:
            items += [] if side in front_arms else arm(side)
        items += _trunk(torso, FRONT_EDGE, rest, halo) + head
        for side in SIDES:
            items += arm(side) if side in front_arms else []
        return items
    items += _trunk(torso, FRONT_EDGE, rest, halo)
    items += head
    for side in SIDES:
        items += arm(side)
    return items


def _head(sk: Skeleton, color: Color, halo: bool, face_you: bool = False) -> list[Item]:
    pts = sk.points
    items: list[Item] = _stroke((pts["neck"], pts["head"]), NECK_W, color, False)
    if halo:
        items.append(Circle(pts["head"], HEAD_R + HALO / 2, fill=WHITE, grow=HEAD_GROW))
    items.append(Circle(pts["head"], HEAD_R, fill=color, grow=HEAD_GROW))
    if sk.view is View.FRONT and (face_you or abs(sk.turn) > 1 or sk.nod > 1):
        items += face(sk, color)
    return items


def face(sk: Skeleton, color: Color) -> list[Item]:
    """Front view: two white eyes, and a nose on the head's edge once the head turns well away.

    The eyes move the way the face turns (sideways) and nods (down); an eye turned past the
    head's edge is not drawn, so a head looking over a shoulder shows one eye and a nose.
    """
    hx, hy = sk.points["head"]
    (nx, ny), (ux, uy) = _head_axes(sk)
    down = math.sin(math.radians(sk.nod))
    level = EYE_HEIGHT * math.cos(math.radians(sk.nod)) - down * FACE_DROP

    def at(across: float, up: float) -> tuple[float, float]:
        return hx + (nx * across + ux * up) * HEAD_R, hy + (ny * across + uy * up) * HEAD_R

    items: list[Item] = []
    if abs(sk.turn) >= NOSE_TURN:
        side = 1.0 if sk.turn > 0 else -1.0
        reach = math.sin(math.radians(min(abs(sk.turn), 90))) * 0.92
        items.append(Circle(at(side * reach, level - 0.3), HEAD_R * NOSE_R, fill=color, grow=HEAD_GROW))
    for offset in (-EYE_APART, EYE_APART):
        lon = math.radians(sk.turn + offset)
        if math.cos(lon) < 0.3:
            continue
        across = math.sin(lon) * FACE_REACH
        items.append(Circle(at(across, level), HEAD_R * EYE_R, fill=WHITE, grow=HEAD_GROW))
    return items


def _head_axes(sk: Skeleton) -> tuple[tuple[float, float], tuple[float, float]]:
    """Unit vectors: towards the figure's right (viewer's left) and up the head."""
    nx, ny = sk.points["neck"]
    hx, hy = sk.points["head"]
    d = math.hypot(hx - nx, hy - ny) or 1.0
    ux, uy = (hx - nx) / d, (hy - ny) / d
    return (-uy, ux), (ux, uy)


def arm_items(sk: Skeleton, side: str, color: Color) -> list[Item]:
    """One arm alone, as the body draws it (to redraw a start arm over the end pose)."""
    return _arm(sk, side, color, 1.0, True)
