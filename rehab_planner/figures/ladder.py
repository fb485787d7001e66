"""An agility ladder on the floor seen from above, with the feet stepping in and out of it.

Seen from the front, two feet stepping apart and together read as a feet-together stand (the
first blind test), and four footprints floating in a frame did not say "ladder". This close-up
of the floor (the footprints' frame, figures/props.py) shows the ladder from above, as the patient
sees it in front of their feet: two rails and the rungs between them, and the footprints going up
it in, in, out, out, in, in (both feet into a square, both out to the sides of the next), an arrow
beside it the way they go.
"""

from __future__ import annotations

from rehab_planner.figures.pose import Skeleton
from rehab_planner.figures.primitives import BLACK, WHITE, Item, Point, Shape, Stroke, arrow
from rehab_planner.figures.props import FRAME_PAD, FRAME_W, LEADER_W, PROP_LINE, PROP_W
from rehab_planner.figures.props import _footprint as footprint
from rehab_planner.figures.props import _rounded as rounded
from rehab_planner.model.figure import Prop, PropKind

SQUARE = 0.34  # a square of the ladder (body units: a little over a foot)
SQUARES = 3
PRINT = 0.2  # a footprint's length
IN = 0.075  # a print in a square: this far from the ladder's middle line
OUT = SQUARE / 2 + 0.1  # a print out to the side of a square
RAIL_PAST = 0.06  # the rails run on past the first and the last rung
RAIL_W = PROP_W * 1.4
ARROW_SIDE = OUT + 0.17  # the arrow up beside the ladder, this far from its middle
# Where each foot goes, square by square: in, in, out, out, in, in.
STEPS = (IN, OUT, IN)


def ladder_prop(props: list[Prop]) -> Prop | None:
    """The picture's ladder, if it has one."""
    return next((p for p in props if p.kind is PropKind.LADDER), None)


def ladder_close_up(props: list[Prop], sk: Skeleton, feet: Point) -> list[Item]:
    """The ladder from above in a frame centred at the prop's point, a line from the frame to
    the feet; nothing when the picture has no ladder."""
    prop = ladder_prop(props)
    if prop is None:
        return []
    px, py = sk.points[prop.at or "head"]
    cx, cy = px + prop.dx, py + prop.dy
    square = prop.size or SQUARE
    k = square / SQUARE  # the whole close-up grows with the square
    bottom = cy - SQUARES * square / 2
    rungs = [bottom + n * square for n in range(SQUARES + 1)]
    half = square / 2
    items: list[Item] = []
    for x in (cx - half, cx + half):  # the two rails
        items.append(Stroke(((x, rungs[0] - RAIL_PAST * k), (x, rungs[-1] + RAIL_PAST * k)),
                            RAIL_W, PROP_LINE))
    for y in rungs:
        items.append(Stroke(((cx - half, y), (cx + half, y)), RAIL_W, PROP_LINE))
    for n, across in enumerate(STEPS):
        y = bottom + (n + 0.5) * square
        for side in (-1.0, 1.0):  # the left foot on the left, its big toe on the inner side
            items += footprint((cx + side * across * k, y), PRINT * k, -side)
    up = cx - ARROW_SIDE * k
    items += arrow([(up, rungs[0]), (up, rungs[-1])], PROP_W * 1.3, BLACK, 0.09 * k)
    x0 = up - 0.06 * k - FRAME_PAD
    x1 = cx + (OUT + PRINT * 0.25) * k + FRAME_PAD
    y0, y1 = rungs[0] - RAIL_PAST * k - FRAME_PAD, rungs[-1] + RAIL_PAST * k + FRAME_PAD
    corner = (x1, y0) if feet[0] > x1 else (x0, y0)
    frame = Shape(rounded(x0, y0, x1, y1).points, fill=WHITE, stroke=PROP_LINE, width=FRAME_W)
    return [Stroke((corner, feet), LEADER_W, PROP_LINE), frame, *items]
