"""Figures redrawn in stop 41, after full reviews HH and II: each test states what the picture
must show, and fails on the drawing that was misread."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.guidance import load_guidance
from rehab_planner.library import load_library
from rehab_planner.model import Patient, Prescription
from rehab_planner.model.figure import View
from rehab_planner.model.figure_vocab import PropKind
from rehab_planner.model.precaution import PrecautionSetting
from rehab_planner.patient_text import exercise_notes
from rehab_planner.templates.loader import instantiate, load_templates


def test_the_short_arc_rests_both_knees_over_the_roll(library) -> None:  # type: ignore[no-untyped-def]
    # With the other leg flat on the mat, the straightened leg read as lifted whole from the hip,
    # the straight leg raise (reviews BB, FF and HH). The other knee is bent over the roll too,
    # its shin down to the mat: it shows where the moving leg starts, and the steps say so.
    exercise = library.get("short-arc-quad")
    assert "under both knees" in exercise.steps[0]
    spec = exercise.figure
    ground, (start, end) = placed_poses(spec)
    (roll,) = [p for p in spec.props if p.kind is PropKind.ROLL]
    # the still leg bent as the moving one starts
    assert spec.start.left_knee == spec.start.right_knee > 30  # type: ignore[operator]
    assert spec.start.left_hip == spec.start.right_hip and spec.end.left_knee is None
    for pose in (start, end):
        assert pose.points["left_ankle"][1] - ground < 0.1  # its foot down on the mat
        # both knees over the roll, side by side in this view
        assert abs(pose.points["left_knee"][0] - start.points["right_knee"][0]) < 0.02
    assert spec.end.right_knee == 0 and end.points["right_knee"] == start.points["right_knee"]
    assert roll.at == "right_knee"


def test_the_arm_lift_face_down_is_seen_from_past_the_feet_one_arm_lifting(library) -> None:  # type: ignore[no-untyped-def]
    # From the side the lifted arm lay over the head a few pixels off the bed: read as the row
    # with the arm hanging off the bed (review II), as the arms and legs lift before (#10, #16).
    spec = library.get("prone-arm-lift").figure
    assert spec.view is View.FEET and spec.moving == ["right_arm"]
    _, (start, end) = placed_poses(spec)
    assert (spec.start.shoulders or 0) > 160  # both arms past the head
    lift = end.points["right_hand"][1] - start.points["right_hand"][1]
    assert lift > 0.05
    for still in ("left_hand", "left_ankle", "right_ankle"):
        assert end.points[still] == start.points[still], still
    assert any(p.kind is PropKind.PILLOW for p in spec.props)  # the steps' pillow
    assert render_spec(spec).items  # drawn whole, legs and all


def test_one_leg_stand_says_wait_for_full_weight_only_while_a_limit_is_in_force() -> None:
    # "Do this only when your surgeon allows full weight on the leg" printed for every leg
    # surgery at every stage, late in an ACL program too: true but needless. It prints while a
    # weight-bearing limit is in force, and not after it ends or with weight as tolerated.
    template = load_templates()["total-knee-replacement"]
    plan = instantiate(template, Patient(name="Test"), dt.date(2026, 9, 7))
    plan.precautions = [PrecautionSetting(id="wb-partial", weeks_from=0, weeks_to=6)]
    library, guidance = load_library(include_custom=False), load_guidance()
    plan.phases[0].prescriptions.append(Prescription(exercise_id="one-leg-stand"))
    wait = "Do this only when your surgeon allows full weight on the leg."
    assert wait in exercise_notes(plan, library, guidance, weeks=2)["one-leg-stand"]
    assert wait not in exercise_notes(plan, library, guidance, weeks=8)["one-leg-stand"]
    plan.precautions = [PrecautionSetting(id="wb-as-tolerated", weeks_from=0, weeks_to=6)]
    assert wait not in exercise_notes(plan, library, guidance, weeks=2)["one-leg-stand"]


def test_the_standing_posture_check_steps_away_from_the_wall_in_a_second_panel(library) -> None:  # type: ignore[no-untyped-def]
    # With the wall panel alone, the head going back to the wall read as the chin tuck against
    # a wall, with high confidence (reviews HH and II). The steps end away from the wall.
    exercise = library.get("standing-posture")
    assert "Step away from the wall" in exercise.steps[-1]
    at_wall, away = exercise.figure.panels()
    assert any(p.kind is PropKind.WALL for p in at_wall.props)
    assert away.hold and away.base.value == "standing"
    (wall,) = [p for p in away.props if p.kind is PropKind.WALL]
    assert wall.at == "right_heel" and wall.dx <= -0.4  # well away from it


def test_the_band_diagonal_runs_up_from_low_at_its_own_slant(library) -> None:  # type: ignore[no-untyped-def]
    # Tied at hip height, the band and the start arm's outline lay in one line: one long bar
    # pushed up, read as the cane side raise (reviews P, T and II).
    import math

    spec = library.get("band-diagonal-up").figure
    ground, (start, end) = placed_poses(spec)
    (band,) = [p for p in spec.props if p.kind is PropKind.BAND]
    anchor = (start.points["right_hand"][0] + band.dx, start.points["right_hand"][1] + band.dy)
    assert anchor[1] - ground < 0.3  # low on the door, near the floor

    def slant(a: tuple[float, float], b: tuple[float, float]) -> float:
        return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])) % 180

    band_slant = slant(anchor, end.points["right_hand"])
    arm_slant = slant(start.points["right_shoulder"], start.points["right_hand"])
    assert abs(band_slant - arm_slant) > 10


def test_the_neck_turn_ring_floats_above_the_head_clear_of_the_shoulders(library) -> None:  # type: ignore[no-untyped-def]
    # Round the neck the ring read as the shoulders rolling (reviews HH and MM) or the head
    # tilting side to side (LL). Above the head it is clear of the shoulders and the face.
    from rehab_planner.figures.arrows import marks
    from rehab_planner.figures.pose import HEAD_R
    from rehab_planner.figures.primitives import Shape, Stroke
    from rehab_planner.model.figure_vocab import MarkKind

    spec = library.get("neck-rotation").figure
    (ring,) = [m for m in spec.marks if m.kind is MarkKind.TWIST]
    _, (_, end) = placed_poses(spec)
    drawn = marks(spec, end, 1.0)
    lowest = min(y for item in drawn if isinstance(item, (Shape, Stroke)) for _, y in item.points)
    assert ring.at == "head" and lowest > end.points["head"][1] + HEAD_R  # above the head
    width = max(x for item in drawn if isinstance(item, (Shape, Stroke)) for x, _ in item.points)
    width -= min(x for item in drawn if isinstance(item, (Shape, Stroke)) for x, _ in item.points)
    shoulders = abs(end.points["left_shoulder"][0] - end.points["right_shoulder"][0])
    assert width < 2.5 * shoulders


def test_the_sideways_table_slide_keeps_the_head_level_looking_at_you(library) -> None:  # type: ignore[no-untyped-def]
    # With the head tipped with the lean, its eyes to one side, the figure read as seen from the
    # side leaning forward: the table slide (reviews GG and HH, three of three after MM).
    # Seen from behind since stop 43 (no eyes), the head still stays level over the lean.
    spec = library.get("table-slide-sideways").figure
    assert spec.view is View.BACK
    _, (_, end) = placed_poses(spec)
    assert (spec.end.spine or 0) >= 15 and (spec.end.neck or 0) <= -(spec.end.spine or 0)
    head, neck = end.points["head"], end.points["neck"]
    assert abs(head[0] - neck[0]) < 0.03  # the head upright over the neck
    # the knees apart, so the seated figure faces you
    assert abs(end.points["left_knee"][0] - end.points["right_knee"][0]) > abs(
        end.points["left_hip"][0] - end.points["right_hip"][0]) + 0.1


@pytest.mark.parametrize("exercise_id", ["knee-bend-leg-helping", "wrist-stretch-up"])
def test_a_close_up_with_far_grey_draws_the_far_limbs_dark_grey(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # A close-up drew every limb black: the helping leg and the sore leg ran together, and the
    # knee bend with the other leg helping read as the seated knee bend (reviews MM and NN).
    from rehab_planner.figures.body import FAR_GREY
    from rehab_planner.figures.primitives import Stroke

    spec = library.get(exercise_id).figure
    assert spec.focus is not None and spec.far_grey
    items = render_spec(spec).items
    assert any(isinstance(i, Stroke) and i.color == FAR_GREY for i in items)


def test_the_side_lying_outward_turn_lies_with_straight_legs_unlike_the_clamshell(library) -> None:  # type: ignore[no-untyped-def]
    # Its knees tucked like the clamshell's read as the clamshell (reviews FF and OO). With the
    # head on the bottom hand (stop 40) straight legs read as lying on the side, as in the arm
    # raise; only the top forearm moves.
    spec = library.get("side-lying-outward-turn").figure
    assert spec.base.value == "side_lying" and spec.moving == ["right_hand"]
    assert not spec.start.knees and not spec.start.right_knee and not spec.start.left_knee
    _, (start, end) = placed_poses(spec)
    for side in ("left", "right"):
        assert end.points[f"{side}_ankle"] == start.points[f"{side}_ankle"]
    # no weight in the hand: the steps name none, and a rotator cuff stage's note beside the
    # picture says "No weight yet"
    steps = " ".join(library.get("side-lying-outward-turn").steps).lower()
    assert "weight" not in steps and not any(p.kind is PropKind.WEIGHT for p in spec.props)


def test_a_figure_draws_a_weight_only_when_its_text_names_one(library) -> None:  # type: ignore[no-untyped-def]
    # The outward turn lying on the side drew a weight its steps never named, beside a stage's
    # note "No weight yet". Every figure that draws a weight has a name or steps that name one.
    import re

    named = re.compile(r"\b(weights?|dumbbells?|cans?|soup|bottles?|bags?|pounds?|lb)\b")
    for exercise in library:
        if exercise.figure is None:
            continue
        if any(p.kind is PropKind.WEIGHT for spec in exercise.figure.panels() for p in spec.props):
            text = (exercise.name + " " + " ".join(exercise.steps)).lower()
            assert named.search(text), exercise.id
