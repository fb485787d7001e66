"""Props a patient recognises (issue 13): a physical therapist naming pictures without text saw a
small box for the tub, a ball for the pillow between the knees and a circle for the line to hop
over. Each test fails if its prop slides back to the generic shape."""

from __future__ import annotations

from rehab_planner.figures import arrows, body
from rehab_planner.figures.primitives import Circle, Shape, Stroke
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.model.figure import BasePosition, MarkKind, PropKind, View


def _extent(items) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    xs: list[float] = []
    ys: list[float] = []
    for item in items:
        if isinstance(item, Circle):
            xs += [item.center[0] - item.radius, item.center[0] + item.radius]
            ys += [item.center[1] - item.radius, item.center[1] + item.radius]
        else:
            xs += [p[0] for p in item.points]
            ys += [p[1] for p in item.points]
    return min(xs), min(ys), max(xs), max(ys)


def _drawn(spec, kind: PropKind):  # type: ignore[no-untyped-def]
    _, placed = placed_poses(spec)
    prop = next(p for p in spec.props if p.kind is kind)
    return static_prop(prop, placed[0], placed, 0.0), placed


# 1. The tub transfer: a real bathtub with a bench across its wall, the legs lifting over it.


def test_tub_transfer_draws_a_long_tub_with_a_bench_in_both_panels(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("tub-transfer").figure
    panels = spec.panels()
    assert len(panels) == 2
    for panel in panels:
        kinds = {p.kind for p in panel.props}
        assert PropKind.BATHTUB in kinds
        assert PropKind.BOX not in kinds and PropKind.CHAIR not in kinds  # the bench is the tub's
        items, _ = _drawn(panel, PropKind.BATHTUB)
        x0, _, x1, _ = _extent(items)
        assert x1 - x0 > 1.5  # bench and tub side by side, not a small box
        assert len(items) >= 8  # walls, hollow, rims, tap, bench seat, legs and back rest


def test_tub_is_long_with_a_high_wall_and_the_bench_across_it(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.household import RIM_BELOW_SEAT, TUB_GAP, bathtub

    items = bathtub((0.0, 0.4), 0.0)
    tub, hollow = items[0], items[1]
    assert isinstance(tub, Shape) and isinstance(hollow, Shape)
    tx0, ty0, tx1, ty1 = _extent([tub])
    assert tx1 - tx0 > 2.0 * (ty1 - ty0)  # a long tub...
    assert ty1 - ty0 > 0.25  # ...with a high side wall (a knee's height)
    assert abs(ty1 - (0.4 - RIM_BELOW_SEAT)) < 1e-9  # the bench stands just above its rim
    hx0, hy0, hx1, _ = _extent([hollow])
    assert tx0 < hx0 and hx1 < tx1 and ty0 < hy0  # a hollow inside walls and a bottom
    seat = next(i for i in items if isinstance(i, Shape) and _extent([i])[3] == 0.4)
    sx0, _, sx1, _ = _extent([seat])
    assert sx0 < tx0 < sx1 and sx1 - tx0 > 0.3 and tx0 - sx0 > 0.3  # half outside, half inside
    assert abs(tx0 - TUB_GAP) < 1e-9


def test_tub_transfer_legs_lift_over_the_wall_into_the_tub(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.household import RIM_BELOW_SEAT, TUB_GAP

    panel = library.get("tub-transfer").figure.panels()[1]
    _, (start, end) = placed_poses(panel)
    seat_x, seat_top = start.points["pelvis"][0], start.points["pelvis"][1] - 0.085
    wall, rim = seat_x + TUB_GAP, seat_top - RIM_BELOW_SEAT
    assert start.points["right_toe"][0] < wall  # the feet start outside the tub
    assert end.points["right_ankle"][0] > wall + 0.05  # and end over the inside
    assert end.points["right_heel"][1] > rim + 0.05  # lifted over the wall, not through it


# 2. The knee squeeze: a pillow between bent knees, not a ball.


def test_knee_squeeze_shows_bent_knees_from_the_side_and_a_pillow_between_them(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("knee-squeeze-pillow").figure
    assert spec.base is BasePosition.HOOK_LYING and spec.view is View.SIDE
    assert not any(p.kind is PropKind.BALL for p in spec.props)
    _, (pose,) = placed_poses(spec)
    knee, hip, ankle = (pose.points[f"right_{n}"] for n in ("knee", "hip", "ankle"))
    assert knee[1] > hip[1] + 0.2 and knee[1] > ankle[1] + 0.2  # the knees point up: bent
    pillow = next(p for p in spec.props if p.kind is PropKind.PILLOW)
    assert pillow.to == "left_knee"
    items, _ = _drawn(spec, PropKind.PILLOW)
    assert not any(isinstance(i, Circle) for i in items)
    outline, seam = items
    assert isinstance(outline, Shape) and isinstance(seam, Shape) and seam.fill is None
    x0, y0, x1, y1 = _extent([outline])
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    assert abs(cx - knee[0]) < 0.15 and abs(cy - knee[1]) < 0.15  # at the knees
    assert max(x1 - x0, y1 - y0) > 0.3  # larger than a knee: it shows round the near leg


def test_soft_pillow_is_an_oblong_fuller_in_the_middle_with_a_seam_inside() -> None:
    from rehab_planner.figures.household import soft_pillow

    outline, seam = soft_pillow((0.0, 0.0), (0.0, 0.0), 0.4, 0.0)
    assert isinstance(outline, Shape) and isinstance(seam, Shape)
    x0, y0, x1, y1 = _extent([outline])
    assert 1.2 < (x1 - x0) / (y1 - y0) < 2.2  # an oblong, not a ball and not a flat bar
    # Fuller in the middle than at its ends: the height near an end is less than in the middle.
    near_end = [p[1] for p in outline.points if p[0] > x1 - 0.03]
    assert max(near_end) - min(near_end) < (y1 - y0) * 0.9
    sx0, sy0, sx1, sy1 = _extent([seam])
    assert x0 < sx0 and sx1 < x1 and y0 < sy0 and sy1 < y1


def test_ball_exercises_still_draw_a_ball(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("grip-squeeze").figure
    assert any(p.kind is PropKind.BALL for p in spec.props)
    picture = render_exercise(library.get("grip-squeeze"))
    assert any(isinstance(i, Circle) for i in picture.items)


# 3. Hops over a line: a strip of tape on the floor, the figure in the air, an arc over the line.


def _hop_checks(library, exercise_id: str, view: View) -> None:  # type: ignore[no-untyped-def]
    spec = library.get(exercise_id).figure
    assert spec.view is view
    kinds = {p.kind for p in spec.props}
    assert PropKind.TAPE in kinds and PropKind.ROLL not in kinds
    items, placed = _drawn(spec, PropKind.TAPE)
    assert not any(isinstance(i, Circle) for i in items)
    plane, tape = items
    px0, py0, px1, py1 = _extent([plane])
    x0, y0, x1, y1 = _extent([tape])
    assert y0 < 0.0 < y1  # it crosses the line the feet stand on: it lies on the floor...
    assert y1 - y0 > 2.5 * 0.06  # ...running toward the viewer, longer than wide
    assert px1 - px0 > 1.0 and py0 <= y0 and y1 <= py1  # on a band of floor
    line_x = (x0 + x1) / 2
    start, end = placed[0], placed[-1]
    assert max(start.points["right_toe"][0], start.points["left_toe"][0]) < line_x  # one side
    # In the air over the line (the outlined middle pose), then landed past it on both feet (the
    # solid end: a solid figure hanging in the air showed no landing, audit of stop 37).
    assert len(placed) == 3
    air = placed[1]
    for side in ("left", "right"):
        assert min(air.points[f"{side}_heel"][1], air.points[f"{side}_toe"][1]) > 0.2
        assert end.points[f"{side}_toe"][1] < 0.1 and end.points[f"{side}_toe"][0] > line_x
    (hop,) = [m for m in spec.marks if m.kind is MarkKind.HOP]
    strokes = [i for i in arrows.marks(spec.model_copy(update={"marks": [hop]}), end)
               if isinstance(i, Stroke)]
    path = max(strokes, key=lambda s: len(s.points)).points
    assert path[0][0] < line_x < path[-1][0]  # from one side of the line to the other
    top = max(p[1] for p in path)
    assert top > path[0][1] + 0.15 and top > path[-1][1] + 0.15  # an arc over it


def test_side_hops_over_a_strip_of_tape_in_the_air_knees_bent(library) -> None:  # type: ignore[no-untyped-def]
    _hop_checks(library, "side-hops-over-line", View.FRONT)
    spec = library.get("side-hops-over-line").figure
    assert spec.middle is not None and (spec.middle.knees or 0) >= 20  # knees bent in the air
    assert spec.end is not None and (spec.end.knees or 0) >= 20  # and landing
    _, (_, air, _) = placed_poses(spec)
    # From the front bent knees spread while the feet stay together.
    knees = abs(air.points["right_knee"][0] - air.points["left_knee"][0])
    feet = abs(air.points["right_ankle"][0] - air.points["left_ankle"][0])
    assert knees > feet + 0.1


def test_forward_hops_over_a_strip_of_tape_seen_from_the_side(library) -> None:  # type: ignore[no-untyped-def]
    _hop_checks(library, "forward-hops-over-line", View.SIDE)


# 4. A rolled towel is a roll (its layers show), a line is flat tape; a pillow under the feet is
# soft: thick in the middle, the feet sinking into it.


def test_step_over_towel_draws_a_rolled_towel_not_a_ball_or_tape(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("step-over-towel").figure
    assert PropKind.TAPE not in {p.kind for p in spec.props}
    items, _ = _drawn(spec, PropKind.ROLL)
    assert not any(isinstance(i, Circle) for i in items)
    spiral = max((i for i in items if isinstance(i, Stroke)), key=lambda s: len(s.points))
    centre = spiral.points[0]
    reach = [((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5 for x, y in spiral.points]
    assert len(reach) > 20 and reach == sorted(reach) and reach[-1] > 0.04  # layers rolled up
    loose = [i for i in items if isinstance(i, Stroke) and len(i.points) == 2]
    assert loose and all(abs(p[1]) < 0.03 for s in loose for p in s.points)  # its end on the floor


def test_standing_on_a_pillow_shows_a_thick_soft_pad_under_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.household import PAD_THICK

    for exercise_id in ("one-leg-stand-pillow", "tandem-stand-pillow", "feet-together-pillow"):
        spec = library.get(exercise_id).figure
        items, placed = _drawn(spec, PropKind.PILLOW)
        outline = items[0]
        assert isinstance(outline, Shape)
        _, y0, x1, y1 = _extent([outline])
        assert abs(y0) < 0.01 and y1 - y0 >= PAD_THICK - 0.01 >= 0.15  # on the floor, thick
        ends = [p[1] for p in outline.points if p[0] > x1 - 0.03]
        assert max(ends) - min(ends) < (y1 - y0) * 0.9  # rounded ends, fuller in the middle
        sole = body.lowest(placed[0])
        assert y0 < sole < y1  # the foot sinks into it: soft
