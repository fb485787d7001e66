"""Figures redrawn after the fourth blind naming test (issue 13): these were named as another
exercise. Each test holds what the redrawn picture now shows."""

from __future__ import annotations

import math

from rehab_planner.figures.primitives import Circle, Shape
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import MarkKind, PropKind


def test_long_shoe_horn_shows_a_shoe_and_a_heel_pressing_in_with_the_knee_still(library) -> None:  # type: ignore[no-untyped-def]
    # Read (with high confidence) as a seated knee bend: the knee moved 60 to 95 degrees and there
    # was no shoe.
    spec = library.get("long-shoe-horn").figure
    assert abs(spec.start.right_knee - spec.end.right_knee) <= 10  # type: ignore[operator]
    assert spec.start.right_ankle != spec.end.right_ankle
    shoe = next(p for p in spec.props if p.kind is PropKind.SHOE)
    horn = next(p for p in spec.props if p.kind is PropKind.CANE)
    assert horn.at == "right_hand" and horn.to == "right_heel"
    _, (start, end) = placed_poses(spec)
    assert start.points["right_heel"][1] > end.points["right_heel"][1] + 0.02  # the heel goes down
    assert math.dist(start.points["right_knee"], end.points["right_knee"]) < 0.08
    # the shoe is drawn round the foot where it ends, on the floor
    drawn = [i for i in static_prop(shoe, start, [start, end], 0.0) if isinstance(i, Shape)]
    xs = [x for item in drawn for x, _ in item.points]
    ys = [y for item in drawn for _, y in item.points]
    assert min(xs) <= end.points["right_heel"][0] and max(xs) >= end.points["right_toe"][0]
    assert min(ys) == 0.0
    (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
    assert push.at == "right_heel" and push.direction == 270


def test_the_dishwasher_is_drawn_open_with_plates_not_as_a_box(library) -> None:  # type: ignore[no-untyped-def]
    # A plain box on the floor read as lifting from the floor.
    spec = library.get("dishwasher-hip-hinge").figure
    kinds = {p.kind for p in spec.props}
    assert PropKind.DISHWASHER in kinds and PropKind.BOX not in kinds
    prop = next(p for p in spec.props if p.kind is PropKind.DISHWASHER)
    _, (start, end) = placed_poses(spec)
    drawn = static_prop(prop, start, [start, end], 0.0)
    plates = [i for i in drawn if isinstance(i, Circle)]
    assert len(plates) >= 3  # plates standing in the rack on the open door
    # the hand goes down toward the rack, in front of the cabinet and above the plates
    front = _pt_x(prop, start)
    hand = end.points["right_hand"]
    assert hand[0] < front + 0.05 and hand[1] > max(c.center[1] for c in plates)


def _pt_x(prop, sk) -> float:  # type: ignore[no-untyped-def]
    return sk.points[prop.at][0] + prop.dx
