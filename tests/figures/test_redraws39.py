"""Figures redrawn in stop 39, after full review W: each test states what the picture must show,
and fails on the drawing that was misread."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from rehab_planner.figures import fist_closeups
from rehab_planner.figures.primitives import BLACK, START_GREY, Circle, Item, Shape, item_bounds
from rehab_planner.figures.props import KNOB_R, PROP_DARK, static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library
from rehab_planner.model.figure import ArrowKind, HandInset, MarkKind
from rehab_planner.model.figure_vocab import CloseHand, PropKind

BOX = (0.0, 0.0, 1.2, 1.0)


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _middle(shape: Shape) -> tuple[float, float]:
    xs, ys = zip(*shape.points, strict=True)
    return sum(xs) / len(xs), sum(ys) / len(ys)


def _inside(items: list[Item], box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    return all(
        b[0] >= x0 - 1e-6 and b[1] >= y0 - 1e-6 and b[2] <= x1 + 1e-6 and b[3] <= y1 + 1e-6
        for b in map(item_bounds, items)
    )


def test_the_hammer_close_up_tips_the_hammer_to_each_side_from_upright(library) -> None:  # type: ignore[no-untyped-def]
    # A ring round the wrist of a forearm on a pillow read as cranking, the arm bike (review V).
    # The close-up shows the fist from the front: the hammer upright (the start, an outline),
    # tipped to one side and to the other (solid), an arrow over the heads.
    spec = library.get("hammer-turns").figure
    assert spec.inset is not None and spec.inset.holds == "hammer"
    assert not any(m.kind is MarkKind.ROLL for m in spec.marks)
    items = fist_closeups.hammer_turns(BOX, START_GREY, left=False)
    assert _inside(items, BOX)
    mid = (BOX[0] + BOX[2]) / 2
    heads = [i for i in items if isinstance(i, Shape) and i.fill == PROP_DARK]
    assert len(heads) == 2  # the two tipped hammers, solid
    (left, right) = sorted(_middle(h)[0] for h in heads)
    assert left < mid - 0.2 and right > mid + 0.2
    upright = [i for i in items if isinstance(i, Shape) and i.fill == START_GREY]
    assert upright and abs(_middle(upright[0])[0] - mid) < 0.05  # the start: straight up
    assert _middle(upright[0])[1] > max(_middle(h)[1] for h in heads)


def test_the_wrist_curl_close_up_hangs_the_fist_down_then_curls_it_up(library) -> None:  # type: ignore[no-untyped-def]
    # The palm-up hand from above, with the small fist's arc round the wrist on the whole
    # figure, read as hammer turns (review W). Now the close-up is from the thumb's side: the
    # forearm on a table's edge, the fist hanging down (start), then curled up (end); the whole
    # figure draws no arrow of its own.
    spec = library.get("wrist-curl").figure
    assert spec.inset is not None and spec.inset.from_side and spec.arrow is ArrowKind.NONE
    items = fist_closeups.wrist_curl(BOX, START_GREY, CloseHand.PALM_UP)
    assert _inside(items, BOX)
    forearm = max((i for i in items if getattr(i, "color", None) == BLACK
                   and not isinstance(i, Circle)), key=lambda i: item_bounds(i)[2] - item_bounds(i)[0])
    level = (item_bounds(forearm)[1] + item_bounds(forearm)[3]) / 2
    start = [i for i in items if isinstance(i, Shape) and i.fill == START_GREY]
    end = [i for i in items if isinstance(i, Shape) and i.fill == BLACK]
    assert start and end
    assert item_bounds(start[0])[1] < level - 0.3  # hangs well below the forearm
    assert _middle(end[0])[1] > level  # curled up above it


@pytest.mark.parametrize(("exercise_id", "cupboards"), [
    ("monster-walk", True),  # walking along it: a kitchen counter
    ("high-knee-march", True),
    ("heel-raises", True),  # standing at it, the hands on its top
    ("one-leg-stand", True),  # standing on one leg, the near knee lifted (stop 40)
    ("table-slide", False),  # sitting at a table: its legs, room for the knees
    ("arm-bike", False),
])
def test_a_counter_stood_at_has_cupboard_doors(library, exercise_id: str, cupboards: bool) -> None:  # type: ignore[no-untyped-def]
    # A bare white box with thin ends behind a walking figure read as a pool or a bath tub
    # (review W: the march, the monster walk, the hop in place).
    spec = library.get(exercise_id).figure
    ground, poses = placed_poses(spec)
    drawn = [i for p in spec.props if p.kind is PropKind.COUNTER
             for i in static_prop(p, poses[0], poses, ground)]
    knobs = [i for i in drawn if isinstance(i, Circle) and i.radius == pytest.approx(KNOB_R)]
    assert drawn
    assert bool(knobs) is cupboards


def test_the_forward_arm_raise_ends_in_a_plain_hand(library) -> None:  # type: ignore[no-untyped-def]
    # Its open hand's thumb read as the thumbs-up raise (reviews U and V).
    assert "right" not in library.get("arm-raise-forward").figure.hands


@pytest.mark.parametrize("inset", [
    {"hands": ["palm_up"], "holds": "hammer"},
    {"hands": ["fist", "fist"], "holds": "hammer"},
    {"hands": ["fist"], "holds": "weight", "from_side": True},
    {"hands": ["palm_up"], "from_side": True},
])
def test_a_close_up_that_cannot_be_drawn_is_refused(inset: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        HandInset.model_validate(inset)


def test_the_partial_curl_up_slides_open_hands_up_the_thighs(library) -> None:  # type: ignore[no-untyped-def]
    # Plain arm ends lying along the thighs read as arms crossed on the chest (the crunch, with
    # high confidence, review W): open hands and a short arrow up the thighs show the slide.
    spec = library.get("partial-curl-up").figure
    assert {str(h) for h in spec.hands.values()} == {"open"}
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "right_hand" and 20 <= move.direction <= 70
    crunch = library.get("crunch-arms-crossed").figure
    assert not any(m.kind is MarkKind.MOVE for m in crunch.marks)


def test_the_upper_back_arch_points_back_beside_the_upper_back_chin_level(library) -> None:  # type: ignore[no-untyped-def]
    # The arrow following the head back, the head tipped, read as the look up (neck arch) in
    # reviews W and X. The arrow now points back beside the chest; the neck stays level.
    spec = library.get("upper-back-arch-chair").figure
    assert spec.arrow is ArrowKind.NONE
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "chest" and 90 < move.direction < 270
    assert (spec.end.neck or 0) >= 0


def test_the_split_squat_drops_the_back_knee_straight_down(library) -> None:  # type: ignore[no-untyped-def]
    # The back thigh slanting back and an arrow down and back read as the front of hip stretch
    # (review Y). The back knee now drops under the hip, near the floor, the arrow straight down.
    spec = library.get("split-squat").figure
    ground, (start, end) = placed_poses(spec)
    e = end.points
    assert abs(e["left_knee"][0] - e["pelvis"][0]) < 0.08
    assert e["left_knee"][1] - ground < start.points["left_knee"][1] - ground - 0.15
    assert e["left_knee"][1] - ground < 0.25
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.at == "pelvis" and move.direction == -90 and spec.arrow is ArrowKind.NONE


def test_the_dead_bug_with_weights_holds_one_in_each_hand(library) -> None:  # type: ignore[no-untyped-def]
    # "Hold a light weight in each hand": with a weight only in the far hand, the lowering arm
    # was empty and reviews W to Y wondered if it was the plain dead bug.
    spec = library.get("dead-bug-weight").figure
    held = {p.at for p in spec.props if p.kind is PropKind.WEIGHT}
    assert held == {"left_hand", "right_hand"}
    assert not any(p.kind is PropKind.WEIGHT for p in library.get("dead-bug").figure.props)
