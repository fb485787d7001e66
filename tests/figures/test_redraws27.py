"""Pictures the ninth and tenth blind naming tests (issue 13) read wrong or without confidence,
redrawn: each test fails if the picture slid back to what read wrong."""

from __future__ import annotations

import pytest

from rehab_planner.figures.feet import mat_outline
from rehab_planner.figures.render import placed_poses
from rehab_planner.figures.trunk import front_outline
from rehab_planner.model.figure import FigureSpec, MarkKind, View
from rehab_planner.model.figure_vocab import ArrowKind, BasePosition

SIDE_LYING = ["side-lying-leg-lift", "clamshell", "side-lying-double-leg-lift", "side-lying-arm-raise",
              "side-lying-outward-turn", "side-lying-bottom-leg-lift"]


@pytest.mark.parametrize("exercise_id", SIDE_LYING)
def test_side_lying_trunk_lies_flat_on_the_mat_dipping_at_the_waist_on_top(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # Pinched on both sides the trunk read as two blocks (a bow tie) floating over the mat, and
    # the body as lying on the back or the stomach.
    _, poses = placed_poses(library.get(exercise_id).figure)
    sk = poses[0]
    shoulder_r, shoulder_l = (sk.points[f"{s}_shoulder"] for s in ("right", "left"))
    low, high = ("left", "right") if shoulder_l[1] < shoulder_r[1] else ("right", "left")
    outline = front_outline(sk)
    # The outline runs right shoulder, left shoulder, chest, waist, hip, right hip, waist, chest.
    sides = {"left": list(outline[1:5]), "right": [outline[0], outline[7], outline[6], outline[5]]}
    bottom = sides[low]
    # The lower side is level: its hip reaches down as far as its shoulder, the waist between.
    assert bottom[3][1] == pytest.approx(bottom[0][1], abs=1e-6)
    assert all(abs(p[1] - bottom[0][1]) < 0.02 for p in bottom)
    # The top side dips at the waist: lower than the top shoulder and the top hip.
    top = sides[high]
    assert top[2][1] < top[0][1] - 0.05 and top[2][1] < top[3][1]


def test_a_body_seen_from_the_feet_lies_on_the_mat_with_the_mat_past_its_head(library) -> None:  # type: ignore[no-untyped-def]
    # The mat ended at the shoulders: the head rose over its far edge like a person standing
    # behind a table (the cane outward turn read as standing at a bar).
    figures = {i: library.get(i).figure for i in library.exercises}
    ids = [i for i, spec in figures.items() if spec is not None and spec.view is View.FEET]
    assert len(ids) >= 5
    for exercise_id in ids:
        _, poses = placed_poses(figures[exercise_id])
        for sk in poses:
            far = max(p[1] for p in mat_outline(sk))
            assert far > sk.points["head"][1] + 0.1, exercise_id


def test_the_cane_outward_turn_lies_with_the_knees_bent_seen_from_above_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("cane-outward-turn").figure
    assert spec.base is BasePosition.HOOK_LYING and spec.view is View.FEET


def test_the_side_step_down_lowers_the_free_foot_with_one_arrow_down(library) -> None:  # type: ignore[no-untyped-def]
    # An up-and-down arrow by the free foot read as a hip hike on a step.
    spec = library.get("step-down").figure
    assert spec.view is View.FRONT
    assert spec.arrow is not ArrowKind.NONE and not any(m.both_ways for m in spec.marks)
    _, (start, end) = placed_poses(spec)
    # The free foot starts level with the standing foot (off the step's side) and ends lower.
    assert start.points["left_heel"][1] == pytest.approx(start.points["right_heel"][1], abs=0.05)
    assert end.points["left_heel"][1] < end.points["right_heel"][1] - 0.15
    # The whole body lowers: the standing knee bends.
    assert end.points["head"][1] < start.points["head"][1] - 0.1


def test_the_clock_reach_arcs_over_the_standing_foot_not_along_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # A long arrow along the floor under the feet read as walking backward, with high confidence.
    spec = library.get("clock-reach").figure
    assert spec.arrow is ArrowKind.NONE
    (hop,) = [m for m in spec.marks if m.kind is MarkKind.HOP]
    assert hop.at == "right_ankle" and hop.direction == 180


def test_side_lying_figures_show_a_face(library) -> None:  # type: ignore[no-untyped-def]
    # Without eyes a side-lying body read as lying face down.
    for exercise_id in SIDE_LYING:
        spec: FigureSpec = library.get(exercise_id).figure
        assert spec.start is not None and spec.start.head_turn, exercise_id
