"""Pictures the ninth blind naming test (issue 13) found weak, redrawn: each test fails if the
picture slid back to what read wrong."""

from __future__ import annotations

import math

from rehab_planner.figures.primitives import Circle, Shape, Stroke
from rehab_planner.figures.props import VACUUM_HEAD, attached_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import PropKind


def test_vacuuming_draws_an_upright_vacuum_not_a_cane_and_a_box(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("vacuuming-no-twist").figure
    assert [p.kind for p in spec.props] == [PropKind.VACUUM]
    _, (start, end) = placed_poses(spec)
    floor = min(end.points["left_heel"][1], end.points["right_heel"][1]) - 0.05
    items = attached_prop(spec.props[0], end, start, floor, faded=False)
    hand = end.points["right_hand"]
    # A head resting on the floor ahead of the hand, longer than it is high.
    heads = [i for i in items if isinstance(i, Shape)
             and min(p[1] for p in i.points) == floor]
    (head,) = heads
    xs = [p[0] for p in head.points]
    ys = [p[1] for p in head.points]
    assert max(xs) - min(xs) > 3 * (max(ys) - min(ys))
    assert min(xs) > hand[0]
    # The handle runs from past the hand down to the head; a bag sits on it; a wheel at the back.
    (stick,) = [i for i in items if isinstance(i, Stroke) and i.width == 0.04]
    top, bottom = stick.points
    assert top[1] > hand[1] and math.isclose(bottom[1], floor + VACUUM_HEAD[1])
    assert any(isinstance(i, Shape) and len(i.points) == 4 for i in items)
    assert any(isinstance(i, Circle) for i in items)


def test_rolling_stool_walk_moves_the_body_and_a_wheeled_stool_forward(library) -> None:  # type: ignore[no-untyped-def]
    # On a chair that stayed put the rolling stool walk read as a seated knee bend.
    from rehab_planner.figures.props import STOOL_WHEEL

    spec = library.get("stool-scoot").figure
    assert [p.kind for p in spec.props] == [PropKind.STOOL]
    _, (start, end) = placed_poses(spec)
    assert end.points["pelvis"][0] - start.points["pelvis"][0] > 0.2
    floor = 0.0
    drawn = [attached_prop(spec.props[0], sk, start, floor, faded=sk is start) for sk in (start, end)]
    for sk, items in zip((start, end), drawn, strict=True):
        wheels = [i for i in items if isinstance(i, Circle)]
        assert len(wheels) == 2 and all(w.center[1] == STOOL_WHEEL for w in wheels)
        (seat,) = [i for i in items if isinstance(i, Shape)]
        # The seat under the pelvis, the stool moving with it.
        xs = [p[0] for p in seat.points]
        assert min(xs) < sk.points["pelvis"][0] < max(xs)
        assert max(p[1] for p in seat.points) < sk.points["pelvis"][1]
