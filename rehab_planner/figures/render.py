"""Figure spec -> a Picture of primitives: faded start pose, solid end pose, props, arrows."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from rehab_planner.figures import (
    arrows,
    body,
    crop,
    far,
    feet,
    focus,
    hands,
    heads,
    inset,
    panels,
    towel,
    trunk,
    zoom,
)
from rehab_planner.figures.cues import with_cue
from rehab_planner.figures.elliptical import foot_oval
from rehab_planner.figures.ladder import ladder_close_up
from rehab_planner.figures.layout import (
    BOX_H,
    BOX_W,
    MARGIN,
    fit_picture,
    fit_scale,
    floor_line,
)
from rehab_planner.figures.mirror import mirrored_spec
from rehab_planner.figures.pose import (
    SIDES,
    Base,
    Skeleton,
    base_for,
    interpolate,
    resolve,
    skeleton,
)
from rehab_planner.figures.primitives import (
    BLACK,
    LABEL_WIDTH,
    START_GREY,
    WHITE,
    Color,
    Item,
    Label,
    Picture,
    Point,
    Stroke,
    backed,
    bounds,
    grey,
    item_bounds,
    transform,
    words_at_size,
    words_inside,
)
from rehab_planner.figures.props import (
    ATTACHED,
    BED_HEIGHT,
    DEFAULT_AT,
    MAT_THICK,
    arm_bike_hub,
    attached_prop,
    door_lines,
    footprints,
    in_front,
    static_prop,
)
from rehab_planner.figures.words import figure_words
from rehab_planner.model import Exercise
from rehab_planner.model.figure import (
    ArrowKind,
    BasePosition,
    FigureSpec,
    Focus,
    FootContact,
    MarkKind,
    Pose,
    Prop,
    PropKind,
    View,
)
from rehab_planner.model.vocab import Equipment, Position, Side

MIDDLE_GREY = grey(0.62)
# In front of a brick wall face (wall slides) the light panel lowers the contrast: go darker.
START_GREY_ON_WALL = grey(0.45)
MIDDLE_GREY_ON_WALL = grey(0.52)
# Side view, upright: a start arm hanging at the side (its hand within this of under the shoulder)
# lies over the trunk, and the solid end pose hid it; drawn again on top, its outline shows where
# the arm began (the forward arm raise and the radial nerve glide showed no start at all).
HANGING_REACH = 0.12

# The point whose path an arrow follows, per moving body part.
TRACKED = {"head": "head", "trunk": "neck", "pelvis": "pelvis", "back": "mid_back"} | {
    f"{s}_{part}": f"{s}_{point}"
    for s in SIDES
    for part, point in (
        ("shoulder", "shoulder"),
        ("arm", "wrist"),
        ("elbow", "elbow"),
        ("hand", "hand"),
        ("leg", "ankle"),
        ("knee", "knee"),
        ("foot", "toe"),
        ("heel", "heel"),
    )
}

_POSITION_BASE = {
    Position.LYING_ON_BACK: BasePosition.LYING_ON_BACK,
    Position.HOOK_LYING: BasePosition.HOOK_LYING,
    Position.LYING_ON_STOMACH: BasePosition.LYING_ON_STOMACH,
    Position.SIDE_LYING: BasePosition.SIDE_LYING,
    Position.HANDS_AND_KNEES: BasePosition.HANDS_AND_KNEES,
    Position.KNEELING: BasePosition.KNEELING,
    Position.HALF_KNEELING: BasePosition.HALF_KNEELING,
    Position.SITTING: BasePosition.SITTING,
    Position.STANDING: BasePosition.STANDING,
    Position.WALKING: BasePosition.WALKING,
}


def spec_for(exercise: Exercise) -> FigureSpec:
    """The exercise's figure data, or a plain figure in its starting position (custom exercises)."""
    if exercise.figure is not None:
        return exercise.figure
    base = _POSITION_BASE[exercise.position]
    view = View.FRONT if base is BasePosition.SIDE_LYING else View.SIDE
    props: list[Prop] = []
    if Equipment.CHAIR in exercise.equipment and base is BasePosition.SITTING:
        props.append(Prop(kind=PropKind.CHAIR))
    if Equipment.BED in exercise.equipment and base in (BasePosition.LYING_ON_BACK,):
        props.append(Prop(kind=PropKind.BED))
    return FigureSpec(base=base, view=view, props=props)


class _Placer:
    """Puts every pose on the floor (or the bed) and keeps the anchor point in place."""

    def __init__(self, spec: FigureSpec, base: Base) -> None:
        self.spec = spec
        self.base = base
        on_bed = any(p.kind is PropKind.BED for p in spec.props)
        on_mat = any(p.kind is PropKind.MAT for p in spec.props) and not base.from_above
        # A body rests on the top of what it lies on: the bed, the mat, else the floor.
        self.ground = BED_HEIGHT if on_bed else (MAT_THICK if on_mat else 0.0)
        self.first: Skeleton | None = None
        # A start that hangs lower on purpose (an arm off the bed's edge): the poses after it keep
        # the anchor where it is; a hand still off the edge does not lift the body off the bed.
        self.hangs = any((p.lift or 0.0) < 0 for p in _pose_chain(spec))

    def place(self, angles: dict[str, float], shorten: dict[str, float], pose: Pose) -> Skeleton:
        if self.spec.view is View.FEET and self.base.prone:
            sk = feet.prone_skeleton(angles, self.base.elevation)
        elif self.spec.view is View.FEET:
            sk = feet.skeleton(angles, self.base.elevation)
        else:
            sk = skeleton(angles, shorten, self.spec.view)
        lift, shift = pose.lift or 0.0, pose.shift or 0.0
        anchor = self.spec.anchor
        if self.spec.rest_on:
            return self._rest(sk, shift, lift)
        if self.first is not None and anchor is not None:
            ax, ay = self.first.points[anchor]
            bx, by = sk.points[anchor]
            placed = sk.moved(ax - bx + shift, ay - by + lift)
            # A body never sinks into what it rests on (unless the pose hangs it lower on purpose).
            # Seen from above the picture's down is not down: a leg sliding out stays on the mat.
            if self.base.from_above:
                return placed
            sunk = self.ground - body.lowest(placed)
            return placed.moved(0.0, sunk) if sunk > 0.005 and lift >= 0 and not self.hangs else placed
        lowest = body.lowest(sk)
        placed = sk.moved(shift, self.ground - lowest + lift)
        if self.first is None:
            self.first = placed
        return placed

    def _rest(self, sk: Skeleton, shift: float, lift: float) -> Skeleton:
        """Turn the pose as a whole until both resting points touch the surface; the anchor
        (else the first resting point) keeps its place across."""
        a, b = self.spec.rest_on
        (ax, ay), (bx, by) = sk.points[a], sk.points[b]
        # Both touch when b stands above a by the difference of their line widths.
        rise = body.point_radius(b) - body.point_radius(a)
        now = math.atan2(by - ay, bx - ax)
        wanted = math.asin(max(-1.0, min(1.0, rise / (math.dist((ax, ay), (bx, by)) or 1.0))))
        if bx < ax:  # b on the left: keep it there, turning the short way round
            wanted = math.pi - wanted
        turn = (math.degrees(wanted - now) + 180) % 360 - 180
        turned = sk.turned(turn, (ax, ay))
        up = self.ground + body.point_radius(a) - turned.points[a][1] + lift
        keep = self.spec.anchor or a
        across = shift
        if self.first is not None:
            across += self.first.points[keep][0] - turned.points[keep][0]
        placed = turned.moved(across, up)
        if self.first is None:
            self.first = placed
        return placed


def _front_arms(spec: FigureSpec) -> frozenset[str]:
    """The sides ('left', 'right') whose arm the figure moves (its arm, elbow, wrist or hand)
    or whose hand it shapes (a side plank's top arm reaching up): a body lying on its side draws
    these in front of the trunk, the others behind it."""
    parts = ("arm", "elbow", "wrist", "hand")
    return frozenset(side for side in SIDES
                     if side in spec.hands or any(f"{side}_{p}" in spec.moving for p in parts))


def _pose_chain(spec: FigureSpec) -> list[Pose]:
    return [p for p in (spec.start, spec.middle, spec.end) if p is not None]


def placed_poses(spec: FigureSpec) -> tuple[float, list[Skeleton]]:
    """The surface height and every pose of one panel, placed as drawn (start first)."""
    base = base_for(spec.base, spec.view)
    placer = _Placer(spec, base)
    poses = _pose_chain(spec)
    resolved = [resolve(base, *poses[: i + 1]) for i in range(len(poses))]
    return placer.ground, [placer.place(a, s, p) for (a, s), p in zip(resolved, poses, strict=True)]


def render_spec(spec: FigureSpec, side: Side | str | None = None, crop: bool = False,
                cue: bool = True) -> Picture:
    """Turn figure data into a picture in a BOX_W x BOX_H box.

    A held position says "hold" (beside its shaded muscle, else in the top corner); a figure
    with further panels (`then`) is drawn as numbered panels side by side.

    Args:
        spec: the figure data.
        side: 'left' or 'right' to draw that side working, highlighted; otherwise as authored.
        crop: cut a lying figure's box to its body and surface (BOX_W wide, less tall), so a
            picture drawn wide shows the body as large as it can (figures/crop.py).
        cue: print the figure's cue under it (figures/cues.py); a thumbnail too small to read
            it leaves it out.

    Raises:
        RenderError: the base position has no drawing in the spec's view.
    """
    if spec.then:
        picture = panels.compose([_render_held(p, side) for p in spec.panels()], BOX_W, BOX_H)
    else:
        picture = _render_held(spec, side, crop)
    cues = figure_words().cues
    if cue and spec.cue is not None and spec.cue in cues:
        picture = with_cue(picture, cues[spec.cue], BOX_H)
    return picture


def _render_held(spec: FigureSpec, side: Side | str | None, crop_box: bool = False) -> Picture:
    """One panel, its words kept in the box; a held position without a word says "hold"."""
    shown = spec  # the inset shows the hand of the side drawn working
    if str(side) in ("left", "right") and spec.drawn_side() not in (None, str(side)):
        shown = mirrored_spec(spec)
    if spec.zoom is not None:
        picture = _zoomed(spec, side)
    else:
        picture = inset.add(_render_one(spec, side), shown.inset, START_GREY)
    picture.items = words_inside(picture.items, BOX_W, BOX_H)
    cropped = crop_box and crop.hugs(spec)
    if cropped:
        picture = crop.hug(picture)
    if spec.hold and not any(isinstance(i, Label) for i in picture.items):
        picture = _add_corner_word(picture, figure_words().hold, cropped)
    return picture


def _add_corner_word(picture: Picture, word: str, cropped: bool) -> Picture:
    """The picture with the word in the top corner that covers the least of it; a cropped
    picture grows upward to make room when both corners would cover the drawing."""
    label = _corner_word(word, picture.items, picture.height)
    if cropped and _covered(label, picture.items):
        picture = crop.grow_for_word(picture, label)
        label = _corner_word(word, picture.items, picture.height)
    picture.items += backed(label)
    return picture


# In a zoomed figure the close-up carries these, and any mark at a point it shows; the whole
# figure keeps the other worded marks.
_ZOOM_MARKS = frozenset({MarkKind.PUSH, MarkKind.MOVE, MarkKind.TURN, MarkKind.TWIST, MarkKind.ROLL})


def _zoomed(spec: FigureSpec, side: Side | str | None) -> Picture:
    """The whole figure with a framed close-up of the `zoom` region in a top corner."""
    assert spec.zoom is not None
    shown = focus.REGIONS[spec.zoom]
    in_close = [m.kind in _ZOOM_MARKS or m.at in shown for m in spec.marks]
    close_marks = [m for m, c in zip(spec.marks, in_close, strict=True) if c]
    whole = spec.model_copy(update={
        "marks": [m for m, c in zip(spec.marks, in_close, strict=True) if not c],
        "arrow": ArrowKind.NONE,
    })
    close = spec.model_copy(update={"focus": spec.zoom, "zoom": None, "marks": close_marks})
    picture = _render_one(whole, side)
    at = next((i for i in picture.items if inset.is_marker(i)), None)
    picture.items = [i for i in picture.items if not inset.is_marker(i)]
    return zoom.add(picture, _render_one(close, side), at)


def _covered(label: Label, items: list[Item]) -> int:
    """How many items the label's box overlaps."""
    x0, y0, x1, y1 = item_bounds(label)
    return sum(
        1 for i in items if (b := item_bounds(i))[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0
    )


def _corner_word(word: str, items: list[Item], height: float = BOX_H) -> Label:
    """The word in the top corner (right, else left) that covers the least of the drawing."""
    size = arrows.WORD_SIZE
    half = len(word) * size * LABEL_WIDTH / 2
    y = height - MARGIN - size
    corners = [Label(word, (x, y), size) for x in (BOX_W - MARGIN - half, MARGIN + half)]
    return min(corners, key=lambda label: _covered(label, items))


def _render_one(spec: FigureSpec, side: Side | str | None = None) -> Picture:
    """One panel: start outline, end pose, props, arrows and marks, fitted to the box."""
    side_name = str(side) if side is not None else None
    highlight: set[str] = set()
    mirror = False
    if side_name in ("left", "right"):
        drawn = spec.drawn_side()
        if drawn is not None and drawn != side_name:
            spec = mirrored_spec(spec)
            mirror = spec.view is View.SIDE
        highlight = {p for p in spec.moving if p.startswith(side_name + "_")}
    base = base_for(spec.base, spec.view)
    placer = _Placer(spec, base)
    poses = _pose_chain(spec)
    resolved = [resolve(base, *poses[: i + 1]) for i in range(len(poses))]
    placed = [placer.place(a, s, p) for (a, s), p in zip(resolved, poses, strict=True)]
    near = "left" if mirror else "right"
    far_side = "right" if mirror else "left"
    # The end pose's far arm or leg sits off its near twin, near black, where it moves.
    far_limbs = far.kinds(spec)
    doors = door_lines(spec.props, placed[0])  # where doors and side-on walls stand
    if far_limbs:
        placed[-1] = far.set_apart(placed[-1], far_side, far_limbs, placer.ground, doors)
    items: list[Item] = []
    back: list[Item] = []
    front: list[Item] = []
    floor = 0.0
    body_ids: set[int] = set()
    for prop in spec.props:
        if prop.kind in ATTACHED or prop.kind in (PropKind.FLOOR, PropKind.FOOTPRINT):
            continue
        if towel.between_hands(prop):  # held in both hands: it moves with them
            continue
        drawn_prop = static_prop(prop, placed[0], placed, floor, base.from_above)
        (front if in_front(prop, spec.view) else back).extend(drawn_prop)
    feet_at = placed[0].points["right_ankle"], placed[0].points["left_ankle"]
    items += back + footprints(spec.props, placed[0], _mid(*feet_at))
    items += ladder_close_up(spec.props, placed[0], _mid(*feet_at))
    solid = placed[-1]
    facing = heads.facing(spec.base)
    on_wall = spec.view is not View.SIDE and any(p.kind is PropKind.WALL for p in spec.props)
    start_grey = START_GREY_ON_WALL if on_wall else START_GREY
    middle_grey = MIDDLE_GREY_ON_WALL if on_wall else MIDDLE_GREY
    for index, sk in enumerate(placed):
        last = index == len(placed) - 1
        color = BLACK if last else (start_grey if index == 0 else middle_grey)
        figure_items = body.draw(
            sk,
            color,
            near,
            highlight if last else set(),
            halo=True,
            dim_rest=bool(highlight) and last,
            far_color=body.FAR_GREY if far_limbs and last else None,
            far_limbs=far_limbs,
            on_side=spec.base is BasePosition.SIDE_LYING,
            face_you=spec.view is View.FRONT and not base.from_above,
            front_arms=_front_arms(spec),
        )
        if spec.focus is not None or "head" in spec.moving or spec.view is View.SIDE:
            # Every head seen from the side shows its eye and nose: which way the body faces
            # (the sixth blind test could tell it only from the feet: walking forward or back,
            # which side a band pulls from, face up or down); a moving head shows its face too.
            nose = spec.view is View.SIDE or "head" in spec.moving or spec.focus is Focus.HEAD
            figure_items += focus.eye(sk, color, nose=nose)
        hand_items: list[Item] = []
        if last:
            for hand_side, shape in spec.hands.items():
                if "arm" in far_limbs and hand_side != near:
                    # A far hand, near black, stays behind the body, like its arm.
                    far_hand = hands.hand(sk, hand_side, shape, body.FAR_GREY,
                                          _needs_handle(spec, hand_side))
                    figure_items = far_hand + figure_items
                    continue
                hand_items += hands.hand(sk, hand_side, shape, color, _needs_handle(spec, hand_side))
            # A close-up's foot is large enough to show what touches: a bar under its tiptoes
            # read as a step's edge in the ninth blind test.
            for foot_side, contact in spec.feet.items() if spec.focus is None else ():
                figure_items += hands.foot_contact(sk, foot_side, contact, placer.ground)
            for foot_side, contact in spec.feet.items():
                if contact is FootContact.TOE_UP:  # shown in a close-up too: it is the stretch
                    figure_items += hands.big_toe_up(sk, foot_side, color)
        else:
            figure_items = body.outlined(figure_items, color)
        if facing is not None and base.from_above and spec.view is not View.SIDE and not (
            abs(sk.turn) > 1 or sk.nod > 1
        ):  # seen from above: a face, or the back of the head
            head_marks = heads.from_above(sk, facing)
            figure_items += head_marks if last else heads.mark_color(head_marks, color)
        body_ids.update(id(i) for i in figure_items + hand_items)
        items += figure_items
        # A hand closes over the band, strap, stick or weight it holds; a ball shows in front.
        for prop in spec.props:
            if towel.between_hands(prop):
                items += towel.held_towel(prop, sk, faded=not last)
            if prop.kind in ATTACHED and prop.kind not in _IN_FRONT_OF_HAND:
                items += attached_prop(_held(spec, prop) if last else prop, sk, placed[0], floor,
                                       faded=not last, doors=doors)
        items += hand_items
        for prop in spec.props:
            if prop.kind in _IN_FRONT_OF_HAND:
                items += attached_prop(prop, sk, placed[0], floor, faded=not last)
    items += front
    items += _start_arm_on_top(spec, placed, start_grey)
    items += _start_back_arched(spec, placed, placer.ground, start_grey)
    if spec.inset is not None:  # where the hand the inset shows ends up once fitted
        items.append(inset.marker(solid.points[spec.inset.at]))
    elif spec.zoom is not None:  # where the region the close-up shows ends up once fitted
        x0, y0, x1, y1 = focus.region(spec.zoom, placed[-1:])
        items.append(inset.marker(((x0 + x1) / 2, (y0 + y1) / 2)))

    def signs(unit: float) -> list[Item]:
        out: list[Item] = []
        if (len(placed) > 1 and spec.arrow is not ArrowKind.NONE) or spec.arrow is ArrowKind.CIRCLE:
            out += _movement_arrows(spec, resolved, placer, solid, unit)
        return out + arrows.marks(spec, solid, unit)

    if spec.focus is not None:
        return _close_up(spec, items, body_ids, placed, signs, mirror, floor)
    # Arrow heads and rings keep one size on the page, like line widths: build them for the
    # figure's scale, then again if they changed that scale (they add to the bounds).
    scale = fit_scale(items, spec, floor)
    marked = signs(1 / scale)
    final = fit_scale(items + marked, spec, floor)
    if abs(final - scale) > 0.02 * scale:
        marked = signs(1 / final)
    picture = fit_picture(items + marked, spec, placed, mirror, floor)
    picture.items = words_at_size(picture.items, arrows.WORD_SIZE)
    return picture


_HELD_THROUGH = frozenset({PropKind.WEIGHT, PropKind.BALL, PropKind.BOX})
_IN_FRONT_OF_HAND = frozenset({PropKind.BALL, PropKind.BOX})


def _held(spec: FigureSpec, prop: Prop) -> Prop:
    """A weight in a drawn hand is the dumbbell's end seen behind the fist: its rim shows round it."""
    hand = (prop.at or "right_hand").removesuffix("_hand")
    if prop.kind is PropKind.WEIGHT and hand in spec.hands and (prop.at or "right_hand").endswith("_hand"):
        return prop.model_copy(update={"size": max(prop.size or 0.06, hands.FIST_R + hands.PLATE_RIM)})
    return prop


# Things a hand closes round that are their own handle: no extra handle is drawn in the fist.
_OWN_HANDLE = _HELD_THROUGH | {
    PropKind.CANE, PropKind.STRAP, PropKind.TOWEL, PropKind.REACHER, PropKind.CART, PropKind.WALKER,
    PropKind.TREADMILL, PropKind.ELLIPTICAL, PropKind.BIKE, PropKind.BAG, PropKind.VACUUM,
    PropKind.HAMMER,
}


def _needs_handle(spec: FigureSpec, side: str) -> bool:
    """A gripping hand shows a handle unless a stick, a strap, a weight, a rail or a ball already
    fills it."""
    hand = f"{side}_hand"
    return not any(
        p.kind in _OWN_HANDLE
        and (hand in (p.at, p.to) or (p.at is None and DEFAULT_AT.get(p.kind) == hand))
        for p in spec.props
    )


def _close_up(
    spec: FigureSpec,
    items: list[Item],
    body_ids: set[int],
    placed: list[Skeleton],
    signs: Callable[[float], list[Item]],
    mirror: bool,
    floor: float,
) -> Picture:
    """Fill the box with one body region; the head grows with it, the rest is cut.

    The body's strokes thicken somewhat with the magnification (focus.body_weight); arrows, marks
    and props keep their page weight, as in whole figures.
    """
    assert spec.focus is not None
    box = focus.region(spec.focus, placed)

    def region_scale(extra: list[Item]) -> tuple[float, tuple[float, float, float, float]]:
        x0, y0, x1, y1 = box
        if extra:
            b = bounds(extra)
            x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
        avail_w, avail_h = BOX_W - 2 * MARGIN, BOX_H - 2 * MARGIN
        return min(avail_w / (x1 - x0), avail_h / (y1 - y0)), (x0, y0, x1, y1)

    scale, _ = region_scale([])
    marked = signs(1 / scale)
    scale, (x0, y0, x1, y1) = region_scale(marked)
    marked = signs(1 / scale)
    grown = [focus.enlarge(i, scale) if id(i) in body_ids else i for i in items]
    dx = BOX_W / 2 - (x0 + x1) / 2 * scale
    dy = BOX_H / 2 - (y0 + y1) / 2 * scale
    mid_x = (x0 + x1) / 2 if mirror else None
    thick = focus.body_weight(scale)
    out = [
        transform(i, scale, dx, dy, mid_x, width_scale=thick if id(i) in body_ids else 1.0)
        for i in grown
    ] + [transform(i, scale, dx, dy, mid_x, width_scale=1.0) for i in marked]
    base = base_for(spec.base, spec.view)
    fy = floor * scale + dy
    if not any(p.kind is PropKind.BED for p in spec.props):
        # The body rests on the floor line: its lines keep their page width while the body
        # grows, so put the line under the drawn body, not under the magnified skeleton.
        on_body = [
            o
            for o, i in zip(out, items, strict=False)
            if id(i) in body_ids and getattr(o, "color", getattr(o, "fill", None)) != WHITE
        ]
        seen = focus.clip(on_body, (0.0, 0.0, BOX_W, BOX_H)) or on_body
        gap = min(body.lowest(sk) for sk in placed) - floor
        fy = bounds(seen)[1] - max(gap, 0.0) * scale
    if not base.from_above and 0 < fy < BOX_H:
        out.insert(0, floor_line(fy))
    edge = MARGIN / 2
    return Picture(BOX_W, BOX_H, focus.clip(out, (edge, edge, BOX_W - edge, BOX_H - edge)))


def _path(
    spec: FigureSpec,
    resolved: list[tuple[dict[str, float], dict[str, float]]],
    placer: _Placer,
    point: str,
) -> list[Point]:
    poses = _pose_chain(spec)
    lifts = [p.lift or 0.0 for p in poses]
    if spec.anchor is not None and not spec.rest_on:
        # Anchored, a later pose's lift counts from where the start pose was placed, its own
        # lift already in it: along the path the start's lift is not added a second time (a hand
        # hanging off a bed drew its arrow that far below the hand).
        lifts[0] = 0.0
    pts: list[Point] = []
    for i in range(len(resolved) - 1):
        (a0, s0), (a1, s1) = resolved[i], resolved[i + 1]
        for step in range(13):
            t = step / 12
            shorten = {
                k: s0.get(k, 1.0) + (s1.get(k, 1.0) - s0.get(k, 1.0)) * t for k in set(s0) | set(s1)
            }
            lift = _lerp(lifts[i], lifts[i + 1], t)
            shift = _lerp(poses[i].shift or 0.0, poses[i + 1].shift or 0.0, t)
            mid_pose = Pose(lift=lift, shift=shift)
            sk = placer.place(interpolate(a0, a1, t), shorten, mid_pose)
            pts.append(sk.points[point])
    return pts


def _mid(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _movement_arrows(
    spec: FigureSpec,
    resolved: list[tuple[dict[str, float], dict[str, float]]],
    placer: _Placer,
    solid: Skeleton,
    unit: float,
) -> list[Item]:
    items: list[Item] = []
    centre = body.centre(solid)
    for part in spec.moving[:2]:
        point = TRACKED[part]
        if spec.arrow is ArrowKind.CIRCLE or len(resolved) < 2:
            # round an arm bike's hub (the hands go round it), else round the moving part
            hub = arm_bike_hub(spec.props, solid)
            oval = foot_oval(spec.props, solid)
            if hub is not None:
                crank = math.dist(hub, solid.points["right_hand"]) + hands.FIST_R
                items += arrows.circle_arrow(hub, unit, around=crank)
            elif oval is not None:  # the feet on an elliptical trainer's pedals
                items += arrows.oval_arrow(*oval, unit)
            else:
                items += arrows.circle_arrow(solid.points[point], unit)
            continue
        path = _path(spec, resolved, placer, point)
        items += arrows.side_arrow(path, centre, spec.arrow is ArrowKind.BOTH_WAYS, unit)
    return items


def render_exercise(
    exercise: Exercise, side: Side | str | None = None, photo: Path | None = None,
    crop: bool = False, cue: bool = True,
) -> Picture:
    """The picture of an exercise: its photo if it has one, else the drawing from its figure
    (crop and cue as render_spec)."""
    if photo is not None:
        return Picture(BOX_W, BOX_H, [], photo=photo)
    return render_spec(spec_for(exercise), side, crop, cue)


ARCH_GAP = 0.04  # a start's back this far off the surface at the waist shows over the end pose
ARCH_LINE = 2 * body.OUTLINE_W  # its line: bolder than an outline's, to show on black


def arched_back(spec: FigureSpec, placed: list[Skeleton], ground: float) -> list[Point]:
    """Side view: the start's back line where its low back arches off the surface and the end
    pose's lies on it (the pelvic tilt), else nothing."""
    if spec.view is not View.SIDE or len(placed) < 2:
        return []
    start, end = trunk.back_edge(placed[0]), trunk.back_edge(placed[-1])
    waist = slice(len(start) // 5, len(start) * 3 // 5)  # the low back, above the hips
    if min(y for _, y in start[waist]) - ground < ARCH_GAP:
        return []
    if max(y for _, y in end[waist]) - ground > ARCH_GAP * 0.75:
        return []
    return start


def _start_back_arched(spec: FigureSpec, placed: list[Skeleton], ground: float, color: Color
                       ) -> list[Item]:
    """The start's arched back drawn again over the solid end pose, in its outline's colour:
    drawn only under it, the gap under the low back hid inside the black trunk and the pelvic
    tilt read as the tummy tighten."""
    line = arched_back(spec, placed, ground)
    return [Stroke(tuple(line), ARCH_LINE, color)] if line else []


def _start_arm_on_top(spec: FigureSpec, placed: list[Skeleton], color: Color) -> list[Item]:
    """A start arm the solid end pose would hide, drawn again over it in its outline, so the
    start of the move shows (see `_start_arm_hidden`).

    Drawn first, under the end pose, the whole arm hid behind the black trunk: the band pull
    from the other hip read as a plain arm raise, and the forward arm raise began nowhere.
    """
    if len(placed) < 2 or spec.view not in (View.SIDE, View.FRONT):
        return []
    start, end = placed[0], placed[-1]
    return [
        item
        for side in SIDES
        if {f"{side}_hand", f"{side}_arm"} & set(spec.moving)
        and _start_arm_hidden(spec.view, start, end, side)
        for item in body.outlined(body.arm_items(start, side, color), color)
    ]


def _start_arm_hidden(view: View, start: Skeleton, end: Skeleton, side: str) -> bool:
    """Whether the end pose covers this side's start arm: in the front view an arm reaching
    across the body (the hand past the middle, at the other hip); from the side an upright
    body's arm hanging at its side (`HANGING_REACH`), over the trunk, while the hand moves off."""
    hand, shoulder = start.points[f"{side}_hand"], start.points[f"{side}_shoulder"]
    if view is View.FRONT:
        mid_x = start.points["pelvis"][0]
        return (shoulder[0] - mid_x) * (hand[0] - mid_x) < 0
    neck, pelvis = start.points["neck"], start.points["pelvis"]
    upright = neck[1] - pelvis[1] >= abs(neck[0] - pelvis[0]) * 2  # not on hands and knees, lying
    hanging = abs(hand[0] - shoulder[0]) < HANGING_REACH and hand[1] < shoulder[1]
    return upright and hanging and math.dist(hand, end.points[f"{side}_hand"]) > HANGING_REACH
