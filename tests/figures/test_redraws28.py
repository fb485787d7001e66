"""Pictures the fourteenth blind naming test (issue 13) read wrong or without confidence, redrawn:
each test fails if the picture slid back."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.body import point_radius
from rehab_planner.figures.household import SHOWER_HEAD, bathtub
from rehab_planner.figures.primitives import Shape, Stroke
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import MarkKind, PropKind, View


def _top(items: list) -> float:  # type: ignore[type-arg]
    return max(p[1] for i in items if isinstance(i, (Shape, Stroke)) for p in i.points)


def test_the_clamshell_tucks_the_feet_back_behind_the_knees_and_opens_the_top_knee(library) -> None:  # type: ignore[no-untyped-def]
    # With the shins running on past the knees the arrow sat by the feet and the foot seemed to
    # lift, not the knee (blind test #14).
    _, (start, end) = placed_poses(library.get("clamshell").figure)
    for sk in (start, end):
        p = sk.points
        for side in ("left", "right"):
            hip, knee, ankle = (p[f"{side}_{j}"][0] for j in ("hip", "knee", "ankle"))
            assert abs(ankle - hip) < abs(knee - hip)  # the feet come back toward the body line
    assert end.points["right_knee"][1] - start.points["right_knee"][1] > 0.15  # the knee opens
    feet = abs(end.points["right_ankle"][1] - end.points["left_ankle"][1])
    assert feet < 0.1  # while the feet stay together


def test_the_one_leg_heel_raise_lifts_the_other_foot_well_off_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # The free foot just off the floor behind the standing calf read as heel raises on both feet.
    spec = library.get("single-leg-heel-raise").figure
    ground, poses = placed_poses(spec)
    assert spec.far_grey  # the lifted leg drawn beside the standing one, not hidden behind it
    for sk in poses:
        assert sk.points["left_ankle"][1] - ground > 0.25
        assert sk.points["left_ankle"][0] < sk.points["right_ankle"][0] - 0.2  # up behind


def test_the_sideways_table_slide_leans_the_trunk_with_the_feet_kept_down(library) -> None:  # type: ignore[no-untyped-def]
    # Tipping the whole body kicked a leg up off the floor; with the chair drawn as a bench it read
    # as the forward table slide (blind test #14).
    spec = library.get("table-slide-sideways").figure
    assert spec.view is View.FRONT
    ground, (start, end) = placed_poses(spec)
    for side in ("left", "right"):
        assert end.points[f"{side}_ankle"] == pytest.approx(start.points[f"{side}_ankle"], abs=0.02)
        assert end.points[f"{side}_ankle"][1] - point_radius(f"{side}_ankle") < ground + 0.08
    assert end.points["head"][0] < start.points["head"][0] - 0.15  # the trunk leans to the table


def test_a_chair_seen_from_the_front_has_a_back_above_the_seat(library) -> None:  # type: ignore[no-untyped-def]
    # Cut to a seat on two legs it read as a bench, and a figure on it as seen from the side.
    spec = library.get("neck-side-bend").figure
    ground, poses = placed_poses(spec)
    (chair,) = [p for p in spec.props if p.kind is PropKind.CHAIR]
    items = static_prop(chair, poses[0], poses, ground)
    seat = poses[0].points["pelvis"][1]
    assert _top(items) > seat + 0.3


def test_the_side_lunge_keeps_both_feet_on_the_floor_and_follows_the_stepping_foot(library) -> None:  # type: ignore[no-untyped-def]
    # The straight leg's foot hung in the air and the arrow ran along that leg.
    spec = library.get("side-lunge").figure
    ground, (start, end) = placed_poses(spec)
    for side in ("left", "right"):
        assert end.points[f"{side}_ankle"][1] - ground < 0.08, side
    assert start.points["right_ankle"][0] - end.points["right_ankle"][0] > 0.5  # a wide step
    assert end.points["pelvis"][1] < start.points["pelvis"][1] - 0.1  # the hips sink as it bends
    assert spec.moving == ["right_foot"]


def test_the_tub_has_a_shower_on_the_wall_above_it() -> None:
    # Low beside a long bench, the tub alone read as a rowing machine, with high confidence.
    items = bathtub((0.0, 0.45), 0.0)
    assert _top(items) >= SHOWER_HEAD
    spray = [i for i in items if isinstance(i, Stroke) and len(i.points) == 2
             and min(p[1] for p in i.points) > 0.8 and i.points[0][1] > i.points[1][1]]
    assert len(spray) >= 8  # dashes falling from the head into the tub


def test_lying_face_down_on_a_pillow_rests_the_head_and_feet_on_the_bed(library) -> None:  # type: ignore[no-untyped-def]
    # Lifted straight over the pillow the whole body floated over the bed.
    ground, (sk,) = placed_poses(library.get("prone-lying").figure)
    p = sk.points
    for point in ("head", "right_toe"):  # face down the toes point back and rest on the bed
        assert p[point][1] - point_radius(point) < ground + 0.03, point
    assert p["pelvis"][1] - point_radius("pelvis") > ground + 0.02  # the hips ride on the pillow


def test_toe_raises_put_the_arrow_just_in_front_of_the_lifted_toes(library) -> None:  # type: ignore[no-untyped-def]
    # The arrow floated far above the toes and the picture read unsure.
    spec = library.get("toe-raises").figure
    (mark,) = spec.marks
    assert mark.kind is MarkKind.MOVE and mark.at == "right_toe" and mark.direction == 90
    assert mark.dy <= -0.1 and abs(mark.dx) < 0.03


def test_standing_tummy_tighten_points_an_arrow_in_at_the_belly(library) -> None:  # type: ignore[no-untyped-def]
    # A tiny hand on the belly and the word were all: it read unsure (blind tests #10, #11).
    spec = library.get("standing-abdominal-brace").figure
    assert spec.hold
    kinds = {m.kind for m in spec.marks}
    assert MarkKind.SQUEEZE in kinds
    (arrow,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert arrow.at == "belly" and arrow.direction == 180  # pointing back, into the belly
    assert arrow.dx > 0.3  # it starts in front of the body


def test_both_knees_to_chest_tucks_the_knees_over_the_chest_on_short_arms(library) -> None:  # type: ignore[no-untyped-def]
    # Long arms out to knees further off looked like a trunk raised off the mat: a sit-up (#11).
    _, (_, end) = placed_poses(library.get("knee-to-chest-both").figure)
    p = end.points
    for side in ("left", "right"):
        assert math.dist(p[f"{side}_wrist"], p[f"{side}_knee"]) < 0.1
        assert math.dist(p[f"{side}_wrist"], p[f"{side}_shoulder"]) < 0.4
    assert abs(p["right_knee"][0] - p["chest"][0]) < 0.15  # the knee over the chest
    assert p["head"][1] < p["right_knee"][1]  # the head stays down on the mat
